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
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

func generate(t *testing.T, dialect string, seed uint64) *ent.Client {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	c := testdb.Open(t, dialect).Client
	if err := reference.Load(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := synth.Generate(ctx, c, synth.Scales["S"], seed); err != nil {
		t.Fatal(err)
	}
	return c
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
		c := generate(t, d, 1)
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
		if err := synth.Generate(ctx, c, s, 1); err != synth.ErrNotEmpty {
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
