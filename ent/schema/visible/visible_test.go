package visible_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

var statuses = []membership.Status{membership.StatusPENDING, membership.StatusACTIVE, membership.StatusDECLINED, membership.StatusENDED}

func ids(orgs []*ent.Organization) []int {
	out := make([]int, len(orgs))
	for i, o := range orgs {
		out[i] = o.ID
	}
	return out
}

// viewers is one of each kind of reader, with and without an own side.
func viewers(own, other *ent.Organization, ownNet, otherNet *ent.Network) map[string]*viewer.Viewer {
	return map[string]*viewer.Viewer{
		"system":                {System: true},
		"anonymous, private":    {},
		"anonymous, public":     {PublicRead: true},
		"viewer":                {AccountID: 1, Role: viewer.RoleViewer},
		"editor without org":    {AccountID: 2, Role: viewer.RoleEditor},
		"own editor":            {AccountID: 3, Role: viewer.RoleEditor, OrganizationID: own.ID},
		"other editor":          {AccountID: 4, Role: viewer.RoleEditor, OrganizationID: other.ID},
		"coordinator, no nets":  {AccountID: 5, Role: viewer.RoleCoordinator},
		"own coordinator":       {AccountID: 6, Role: viewer.RoleCoordinator, NetworkIDs: []int{ownNet.ID}},
		"other coordinator":     {AccountID: 7, Role: viewer.RoleCoordinator, NetworkIDs: []int{otherNet.ID}},
		"coordinator of both":   {AccountID: 8, Role: viewer.RoleCoordinator, NetworkIDs: []int{otherNet.ID, ownNet.ID}},
		"admin":                 {AccountID: 9, Role: viewer.RoleAdmin},
		"viewer with stale org": {AccountID: 10, Role: viewer.RoleViewer, OrganizationID: own.ID, NetworkIDs: []int{ownNet.ID}},
	}
}

// TestRenderingsAgree: for every combination of status, role and own side,
// a rule's SQL predicate, its in-memory check and the ent privacy policy
// allow the same rows; and rules that allow different rows have different
// cache keys.
func TestRenderingsAgree(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		c := testdb.Open(t, dialect).Client
		sys := viewer.SystemContext(context.Background())
		var orgs []*ent.Organization
		for i, confidential := range []bool{false, true, false, true} {
			orgs = append(orgs, c.Organization.Create().SetNameFi(fmt.Sprint("Org ", i)).SetSector("NGO").
				SetAddress("Katu 1").SetAddressConfidential(confidential).SaveX(sys))
		}
		own, other := orgs[1], orgs[3] // both with a confidential address
		ownNet := c.Network.Create().SetNameFi("Oma").SetKind(network.KindFORUM).SetLevel(network.LevelMUNICIPAL).SaveX(sys)
		otherNet := c.Network.Create().SetNameFi("Muu").SetKind(network.KindFORUM).SetLevel(network.LevelMUNICIPAL).SaveX(sys)
		var rows []*ent.Membership
		for _, s := range statuses {
			for _, o := range []*ent.Organization{own, other, orgs[0]} {
				for _, n := range []*ent.Network{ownNet, otherNet} {
					rows = append(rows, c.Membership.Create().SetOrganizationID(o.ID).SetNetworkID(n.ID).SetStatus(s).SaveX(sys))
				}
			}
		}

		keys := map[string][]int{}
		for name, v := range viewers(own, other, ownNet, otherNet) {
			rule := visible.Memberships(v)
			var byCheck []int
			for _, m := range rows {
				if rule.Allows(visible.MembershipRow{Status: m.Status, Organization: m.OrganizationID, Network: m.NetworkID}) {
					byCheck = append(byCheck, m.ID)
				}
			}
			q := c.Membership.Query()
			if p := rule.Predicate(); p != nil {
				q.Where(p)
			}
			bySQL := q.Order(ent.Asc(membership.FieldID)).IDsX(sys)
			if !slices.Equal(byCheck, bySQL) {
				t.Errorf("%s: Allows gives %v, Predicate %v", name, byCheck, bySQL)
			}
			byPolicy, err := c.Membership.Query().Order(ent.Asc(membership.FieldID)).IDs(viewer.NewContext(context.Background(), v))
			if err != nil && v.CanRead() {
				t.Errorf("%s: %v", name, err)
			}
			if err == nil && !slices.Equal(byCheck, byPolicy) {
				t.Errorf("%s: Allows gives %v, the privacy policy %v", name, byCheck, byPolicy)
			}
			if prev, ok := keys[rule.Key()]; ok && !slices.Equal(prev, byCheck) {
				t.Errorf("%s: key %q shared by rules allowing %v and %v", name, rule.Key(), prev, byCheck)
			}
			keys[rule.Key()] = byCheck
			for _, s := range statuses {
				if !rule.AllowsEvery([]membership.Status{s}) {
					continue
				}
				for _, m := range rows {
					if m.Status == s && !slices.Contains(byCheck, m.ID) {
						t.Errorf("%s: AllowsEvery(%s) but membership %d is hidden", name, s, m.ID)
					}
				}
			}

			addresses := visible.Address(v)
			var byCheckOrgs []int
			for _, o := range orgs {
				if addresses.Allows(o.ID, o.AddressConfidential) {
					byCheckOrgs = append(byCheckOrgs, o.ID)
				}
			}
			oq := c.Organization.Query().Where(organization.IDIn(ids(orgs)...))
			if p := addresses.Predicate(); p != nil {
				oq.Where(p)
			}
			if bySQL := oq.Order(ent.Asc(organization.FieldID)).IDsX(sys); !slices.Equal(byCheckOrgs, bySQL) {
				t.Errorf("%s: addresses: Allows gives %v, Predicate %v", name, byCheckOrgs, bySQL)
			}
			for _, o := range orgs {
				if addresses.AllowsHistory(o.ID) != addresses.Allows(o.ID, true) {
					t.Errorf("%s: the history of %d's address and its confidential address differ", name, o.ID)
				}
			}
		}
	})
}
