package synth_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/searchtext"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

func generate(t *testing.T, dialect string, seed uint64) *ent.Client {
	return generateDB(t, dialect, seed).Client
}

func generateDB(t *testing.T, dialect string, seed uint64) *database.DB {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t, dialect)
	if err := reference.Load(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	if err := synth.Generate(ctx, db, synth.Scales["S"], seed); err != nil {
		t.Fatal(err)
	}
	return db
}

// fingerprint describes the data without database IDs, which differ between runs.
func fingerprint(t *testing.T, c *ent.Client) string {
	ctx := viewer.SystemContext(context.Background())
	var b strings.Builder
	for _, m := range c.Membership.Query().WithOrganization().WithNetwork().AllX(ctx) {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%v\n", m.Edges.Organization.NameFi, m.Edges.Network.NameFi, m.Role, m.Status, m.StartDate)
	}
	lines := strings.Split(b.String(), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func TestGenerateScaleS(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := viewer.SystemContext(context.Background())
		db := generateDB(t, d, 1)
		c := db.Client
		s := synth.Scales["S"]
		if n := c.Organization.Query().CountX(ctx); n != s.Organizations {
			t.Errorf("%d organisations, want %d", n, s.Organizations)
		}
		if n := c.Network.Query().CountX(ctx); n != s.Networks {
			t.Errorf("%d networks, want %d", n, s.Networks)
		}
		if n := c.Membership.Query().CountX(ctx); n != s.Memberships {
			t.Errorf("%d memberships, want %d", n, s.Memberships)
		}
		// Every county and municipality takes part.
		munis := c.Area.Query().Where(area.KindEQ(area.KindMUNICIPALITY)).CountX(ctx)
		orgMunis := c.Organization.Query().Where(organization.SectorEQ(enum.SectorMunicipality), organization.NameFiHasSuffix(" (kunta)")).CountX(ctx)
		if orgMunis != munis {
			t.Errorf("%d municipal organisations for %d municipalities", orgMunis, munis)
		}
		// Police departments are hubs: far more memberships than a typical NGO.
		police := c.Organization.Query().Where(organization.SectorEQ(enum.SectorPolice)).WithMemberships().AllX(ctx)
		ngos := c.Organization.Query().Where(organization.SectorEQ(enum.SectorNGO)).WithMemberships().AllX(ctx)
		avg := func(os []*ent.Organization) float64 {
			n := 0
			for _, o := range os {
				n += len(o.Edges.Memberships)
			}
			return float64(n) / float64(len(os))
		}
		if avg(police) < 3*avg(ngos) {
			t.Errorf("police average %.1f memberships, NGOs %.1f: no long tail", avg(police), avg(ngos))
		}
		// A second run on a non-empty database is refused.
		if err := synth.Generate(ctx, db, s, 1); err != synth.ErrNotEmpty {
			t.Errorf("second run: %v", err)
		}
	})
}

func TestGenerateIsDeterministic(t *testing.T) {
	a := fingerprint(t, generate(t, "sqlite", 7))
	b := fingerprint(t, generate(t, "sqlite", 7))
	c := fingerprint(t, generate(t, "sqlite", 8))
	if a != b {
		t.Error("the same seed gave different data")
	}
	if a == c {
		t.Error("different seeds gave the same data")
	}
}

// The bulk load below ent leaves what ent's own writes would: the search
// key, readable JSON, no audit records for the server's own data, a data
// version that has moved, and ID sequences past the loaded rows.
func TestGenerateLeavesWhatEntWould(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := viewer.SystemContext(context.Background())
		db := testdb.Open(t, d)
		c := db.Client
		if err := reference.Load(ctx, c); err != nil {
			t.Fatal(err)
		}
		version := func() int64 {
			var v int64
			if err := db.SQL.QueryRowContext(ctx, "SELECT version FROM data_version WHERE id = 1").Scan(&v); err != nil {
				t.Fatal(err)
			}
			return v
		}
		before := version()
		if err := synth.Generate(ctx, db, synth.Scales["S"], 1); err != nil {
			t.Fatal(err)
		}
		if after := version(); after <= before {
			t.Errorf("data version %d before and %d after", before, after)
		}
		if n := c.Change.Query().CountX(ctx); n != 0 {
			t.Errorf("%d audit records for generated data", n)
		}
		withServices := 0
		for _, o := range c.Organization.Query().AllX(ctx) {
			if want := searchtext.Key(o.NameFi, o.NameSv, o.NameEn, o.ShortName); o.SearchText != want {
				t.Fatalf("%s: search text %q, want %q", o.NameFi, o.SearchText, want)
			}
			if o.Version != 1 {
				t.Fatalf("%s: version %d", o.NameFi, o.Version)
			}
			if len(o.Services) > 0 {
				withServices++
			}
		}
		if withServices == 0 {
			t.Error("no organisation has services")
		}
		for _, n := range c.Network.Query().WithAreas().WithCoordinator().AllX(ctx) {
			if len(n.Edges.Areas) == 0 || n.Edges.Coordinator == nil || n.SearchText != searchtext.Key(n.NameFi) {
				t.Fatalf("%s: areas %d, coordinator %v, search text %q", n.NameFi, len(n.Edges.Areas), n.Edges.Coordinator, n.SearchText)
			}
		}
		// New rows go on after the loaded ones.
		last := c.Organization.Query().Aggregate(ent.Max(organization.FieldID)).IntX(ctx)
		o, err := c.Organization.Create().SetNameFi("Uusi").SetSector(enum.SectorNGO).Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if o.ID <= last {
			t.Errorf("new organisation got ID %d, loaded ones go up to %d", o.ID, last)
		}
		n, err := c.Network.Create().SetNameFi("Uusi").SetKind("OTHER").SetLevel("NATIONAL").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Membership.Create().SetOrganization(o).SetNetwork(n).Save(ctx); err != nil {
			t.Fatal(err)
		}
	})
}
