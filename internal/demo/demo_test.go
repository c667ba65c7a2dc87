package demo_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/demo"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
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
	// The names of the people in the source documents, as SHA-256 prefixes of
	// their lower-case forms: the check must not itself store the names.
	forbidden := map[string]bool{}
	for _, h := range []string{"1d4b4ed6332ebc31", "efd08cb266f5f950", "9e037bcaff57c1d9", "3ee7077d8960db99", "6f6394d1f43e7a6d", "04b9de60497e2241", "83fa48fd8c3d238f", "372fb41298889bc4", "a97ce4636a73bea9", "4c51319498b9ed95", "c0038c131d18fc8e", "6c56b40dd28afd4d", "c4586a06b19a9080", "d277670919a94ba3", "b5679ea7383b47df"} {
		forbidden[h] = true
	}
	for _, word := range regexp.MustCompile(`\p{L}+`).FindAllString(text, -1) {
		sum := sha256.Sum256([]byte(strings.ToLower(word)))
		if forbidden[hex.EncodeToString(sum[:8])] {
			t.Errorf("demo data contains a personal name (%q)", word)
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
		ctx := viewer.SystemContext(context.Background())
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
