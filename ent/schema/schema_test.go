package schema_test

import (
	"context"
	"testing"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

func TestOrganizationRules(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := viewer.SystemContext(context.Background())
		c := testdb.Open(t, d).Client
		create := func(name, businessID string) (*ent.Organization, error) {
			q := c.Organization.Create().SetNameFi(name).SetSector(enum.SectorNGO)
			if businessID != "" {
				q.SetBusinessID(businessID)
			}
			return q.Save(ctx)
		}
		// Y-tunnus: the checksum is checked, and an ID is unique when set.
		if _, err := create("Väärä", "0245437-3"); !ent.IsValidationError(err) {
			t.Errorf("bad checksum accepted: %v", err)
		}
		if _, err := create("Ensimmäinen", "0245437-2"); err != nil {
			t.Fatal(err)
		}
		if _, err := create("Toinen", "0245437-2"); !ent.IsConstraintError(err) {
			t.Errorf("duplicate business ID accepted: %v", err)
		}
		// Many organisations may have none.
		for _, n := range []string{"A", "B"} {
			if _, err := create(n, ""); err != nil {
				t.Errorf("no business ID: %v", err)
			}
		}
		// The search key follows the names, including an update of one name.
		o, err := create("Äänekosken Turvakoti", "")
		if err != nil {
			t.Fatal(err)
		}
		if o.SearchText != "|äänekosken turvakoti|" {
			t.Errorf("search text %q", o.SearchText)
		}
		o, err = o.Update().SetNameSv("Äänekoski skyddshem").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if o.SearchText != "|äänekosken turvakoti|äänekoski skyddshem|" {
			t.Errorf("search text after update %q", o.SearchText)
		}
		// A bulk rename is refused rather than leaving stale search keys.
		if _, err := c.Organization.Update().SetNameEn("x").Save(ctx); err == nil {
			t.Error("bulk rename accepted")
		}
	})
}

// An organisation can leave a network and join it again: each stint is a row.
func TestMembershipRejoin(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := viewer.SystemContext(context.Background())
		c := testdb.Open(t, d).Client
		org := c.Organization.Create().SetNameFi("Järjestö").SetSector(enum.SectorNGO).SaveX(ctx)
		net := c.Network.Create().SetNameFi("Verkosto").SetKind("WORKING_GROUP").SetLevel("MUNICIPAL").SaveX(ctx)
		c.Membership.Create().SetOrganization(org).SetNetwork(net).SetStatus("ENDED").SaveX(ctx)
		c.Membership.Create().SetOrganization(org).SetNetwork(net).SetStatus("ACTIVE").SaveX(ctx)
		if n := c.Membership.Query().CountX(ctx); n != 2 {
			t.Errorf("%d memberships, want 2", n)
		}
		// Global IDs encode the type: each type has its own range.
		if org.ID>>32 == net.ID>>32 {
			t.Errorf("organisation %d and network %d share an ID range", org.ID, net.ID)
		}
	})
}
