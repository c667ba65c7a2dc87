package demo_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/demo"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/testdb"
)

func TestDataSet(t *testing.T) {
	d, err := demo.Parse()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Organizations) < 40 || len(d.Networks) < 12 || len(d.Memberships) < 100 {
		t.Errorf("too small: %d organisations, %d networks, %d memberships", len(d.Organizations), len(d.Networks), len(d.Memberships))
	}
	sectors := map[enum.Sector]bool{}
	for _, o := range d.Organizations {
		sectors[o.Sector] = true
	}
	for _, s := range enum.Sector("").Values() {
		if !sectors[enum.Sector(s)] {
			t.Errorf("no organisation of sector %s", s)
		}
	}
	sources := map[string]demo.Source{}
	for _, s := range d.Sources {
		sources[s.Key] = s
		if s.Title == "" || s.Publisher == "" || strings.HasSuffix(s.Title, ".txt") {
			t.Errorf("source %s must name a document's title and publisher: %+v", s.Key, s)
		}
	}
	for i, m := range d.Memberships {
		if _, ok := sources[m.Source]; !ok {
			t.Errorf("membership %d has no known source", i)
		}
		if (m.Source == "illustrative") != m.Illustrative {
			t.Errorf("membership %d: illustrative flag and source disagree", i)
		}
	}
}

// The source documents name real people; the product must not.
func TestNoPersonalData(t *testing.T) {
	raw, err := demo.Raw()
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	for _, name := range []string{"Leimio", "Lehtinen", "Ihalainen", "Mikkonen", "Röntynen", "Rauhansalo", "Ravi", "Susanna", "Heli ", "Jukka", "Olli ", "Saara", "Julia", "Hanna"} {
		if strings.Contains(text, name) {
			t.Errorf("demo data contains the personal name %q", name)
		}
	}
	// Finnish mobile numbers (04x / 050) are personal; organisations use switchboards.
	if m := regexp.MustCompile(`\b0(4\d|50)[ -]?\d{3}`).FindString(text); m != "" {
		t.Errorf("demo data contains a mobile number: %q", m)
	}
	if m := regexp.MustCompile(`[a-zåäö]+\.[a-zåäö]+@`).FindString(strings.ToLower(text)); m != "" {
		t.Errorf("demo data contains a personal email address: %q", m)
	}
}

func TestLoadOnceIntoEmptyDatabase(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := context.Background()
		db := testdb.Open(t, d)
		if err := reference.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		loaded, err := demo.Load(ctx, db.Client)
		if err != nil || !loaded {
			t.Fatalf("first load: %v %v", loaded, err)
		}
		n := db.Client.Membership.Query().CountX(ctx)
		loaded, err = demo.Load(ctx, db.Client)
		if err != nil || loaded {
			t.Fatalf("second load: %v %v", loaded, err)
		}
		if m := db.Client.Membership.Query().CountX(ctx); m != n {
			t.Errorf("second load changed the data: %d → %d memberships", n, m)
		}
		pending := db.Client.Membership.Query().Where(membership.StatusEQ(membership.StatusPENDING)).CountX(ctx)
		if pending == 0 {
			t.Error("the demo has no pending join request to approve")
		}
	})
}
