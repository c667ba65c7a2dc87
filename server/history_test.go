package server_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

type historyPage struct {
	Diff struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				Key, Kind, On string
				Before, After *string
				Organization  *struct{ ID string }
				Network       *struct{ ID string }
				Membership    *struct{ ID string }
			}
		}
	}
}

const diffQuery = `query($from:Date!,$to:Date!,$n:ID,$a:ID,$first:Int,$after:String){
	diff(from:$from,to:$to,network:$n,area:$a,first:$first,after:$after){totalCount pageInfo{hasNextPage endCursor}
	edges{cursor node{key kind on before after organization{id} network{id} membership{id}}}}}`

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestDiff: what changed in a network in 2024, from membership and
// network dates and hand-made audit records, as each reader may see it;
// paged by cursors; bad input named.
func TestDiff(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		c := f.app.DB.Client
		sys := f.sys
		net := f.net.ID // the coordinator's network
		a := c.Organization.Create().SetNameFi("Vanha nimi ry").SetSector("NGO").SaveX(sys)
		b := c.Organization.Create().SetNameFi("Lähtijä ry").SetSector("NGO").SaveX(sys)
		ma := c.Membership.Create().SetOrganizationID(a.ID).SetNetworkID(net).SetStatus(membership.StatusACTIVE).
			SetStartDate(date("2024-03-01")).SaveX(sys)
		mb := c.Membership.Create().SetOrganizationID(b.ID).SetNetworkID(net).SetStatus(membership.StatusENDED).
			SetStartDate(date("2019-01-01")).SetEndDate(date("2024-09-30")).SaveX(sys)
		// A pending request with a start date: it never ran, and only its
		// two sides (the shelter's editors, the network's coordinator) see it.
		mp := c.Membership.Create().SetOrganizationID(f.shelter.ID).SetNetworkID(net).SetStatus(membership.StatusPENDING).
			SetStartDate(date("2024-04-01")).SetRepresentative("PIILO").SaveX(sys)
		// A declined one, declined in the period.
		md := c.Membership.Create().SetOrganizationID(f.shelter.ID).SetNetworkID(net).SetStatus(membership.StatusDECLINED).SaveX(sys)
		// A membership of another network: out of scope.
		c.Membership.Create().SetOrganizationID(a.ID).SetNetworkID(f.otherNet.ID).SetStatus(membership.StatusACTIVE).
			SetStartDate(date("2024-05-01")).SaveX(sys)
		c.Network.UpdateOneID(net).SetStartedOn(date("2024-01-15")).ExecX(sys)

		record := func(at string, entity int, typ string, op change.Operation, fields ...string) {
			t.Helper()
			var diff []audit.FieldChange
			for i := 0; i < len(fields); i += 3 {
				diff = append(diff, audit.FieldChange{Field: fields[i], Before: fields[i+1], After: fields[i+2]})
			}
			at1, _ := time.Parse(time.RFC3339, at)
			c.Change.Create().SetAt(at1).SetActorID(f.accounts["ADMIN"]).SetActorRole(viewer.RoleAdmin).SetEntityID(entity).
				SetEntityType(typ).SetOperation(op).SetDiff(diff).ExecX(privacy.DecisionContext(sys, privacy.Allow))
		}
		record("2023-12-31T12:00:00Z", a.ID, ent.TypeOrganization, change.OperationUPDATE, "nameFi", `"Ennen"`, `"Vanha nimi ry"`)
		record("2024-02-02T10:00:00Z", a.ID, ent.TypeOrganization, change.OperationCREATE, "nameFi", "null", `"Vanha nimi ry"`)
		record("2024-04-04T10:00:00Z", mp.ID, ent.TypeMembership, change.OperationCREATE, "role", "null", `"MEMBER"`, "status", "null", `"PENDING"`)
		record("2024-04-05T10:00:00Z", md.ID, ent.TypeMembership, change.OperationUPDATE, "status", `"PENDING"`, `"DECLINED"`)
		record("2024-05-05T10:00:00Z", ma.ID, ent.TypeMembership, change.OperationUPDATE, "role", `"MEMBER"`, `"CHAIR"`)
		record("2024-06-01T10:00:00Z", a.ID, ent.TypeOrganization, change.OperationUPDATE, "nameFi", `"Vanha nimi ry"`, `"Uusi nimi ry"`,
			"address", `"Piilokatu 1"`, `"Piilokatu 2"`)
		record("2024-07-01T10:00:00Z", net, ent.TypeNetwork, change.OperationUPDATE, "status", `"ACTIVE"`, `"DORMANT"`)
		record("2024-08-01T10:00:00Z", a.ID, ent.TypeOrganization, change.OperationUPDATE, "lastConfirmedAt", "null", `"2024-08-01T10:00:00Z"`)
		record("2025-01-01T00:00:00Z", a.ID, ent.TypeOrganization, change.OperationUPDATE, "nameFi", `"Uusi nimi ry"`, `"Myöhempi ry"`)

		diff := func(b *browser, vars map[string]any) historyPage {
			t.Helper()
			var p historyPage
			b.post(t, diffQuery, vars).decode(t, &p)
			return p
		}
		lines := func(p historyPage) []string {
			var out []string
			for _, e := range p.Diff.Edges {
				n := e.Node
				line := n.On + " " + n.Kind
				if n.Membership != nil {
					line += " m" + n.Membership.ID
				}
				if n.Before != nil || n.After != nil {
					line += fmt.Sprintf(" %s→%s", deref(n.Before), deref(n.After))
				}
				out = append(out, line)
			}
			return out
		}
		year := map[string]any{"from": "2024-01-01", "to": "2024-12-31", "n": fmt.Sprint(net)}
		m := func(x *ent.Membership) string { return fmt.Sprint(x.ID) }
		public := []string{
			"2024-01-15 NETWORK_STARTED",
			"2024-02-02 ORGANIZATION_ADDED →\"Vanha nimi ry\"",
			"2024-03-01 MEMBERSHIP_STARTED m" + m(ma) + " →\"MEMBER\"",
			"2024-05-05 ROLE_CHANGED m" + m(ma) + " \"MEMBER\"→\"CHAIR\"",
			"2024-06-01 ORGANIZATION_RENAMED \"Vanha nimi ry\"→\"Uusi nimi ry\"",
			"2024-07-01 NETWORK_DORMANT \"ACTIVE\"→\"DORMANT\"",
			"2024-08-01 ENTRY_CONFIRMED →\"2024-08-01T10:00:00Z\"",
			"2024-09-30 MEMBERSHIP_ENDED m" + m(mb),
		}
		sides := slices.Clone(public)
		sides = slices.Insert(sides, 3,
			"2024-04-04 MEMBERSHIP_REQUESTED m"+m(mp)+" →\"MEMBER\"",
			"2024-04-05 MEMBERSHIP_DECLINED m"+m(md)+" \"PENDING\"→\"DECLINED\"")
		for role, want := range map[string][]string{"ANONYMOUS": public, "VIEWER": public, "EDITOR": public, "COORDINATOR": sides, "ADMIN": sides} {
			got := lines(diff(f.browsers[role], year))
			if !slices.Equal(got, want) {
				t.Errorf("%s sees\n%s\nwant\n%s", role, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}

		// Paging: two at a time gives the same events, each once.
		var paged []string
		vars := map[string]any{"from": "2024-01-01", "to": "2024-12-31", "n": fmt.Sprint(net), "first": 2}
		for range 10 {
			p := diff(f.browsers["ADMIN"], vars)
			paged = append(paged, lines(p)...)
			if p.Diff.TotalCount != len(sides) {
				t.Errorf("totalCount %d, want %d", p.Diff.TotalCount, len(sides))
			}
			if !p.Diff.PageInfo.HasNextPage {
				break
			}
			vars["after"] = *p.Diff.PageInfo.EndCursor
		}
		if !slices.Equal(paged, sides) {
			t.Errorf("paged:\n%s", strings.Join(paged, "\n"))
		}

		// Nationally, the other network's membership is there too; one day
		// is a period.
		var day historyPage
		f.browsers["VIEWER"].post(t, diffQuery, map[string]any{"from": "2024-05-01", "to": "2024-05-01"}).decode(t, &day)
		if got := lines(day); !slices.Contains(got, "2024-05-01 MEMBERSHIP_STARTED m"+fmt.Sprint(c.Membership.Query().
			Where(membership.NetworkID(f.otherNet.ID)).OnlyIDX(sys))+" →\"MEMBER\"") {
			t.Errorf("national diff of 2024-05-01: %v", got)
		}

		// Bad input is named; too much is refused before any work.
		for _, tc := range []struct {
			vars  map[string]any
			field string
		}{
			{map[string]any{"from": "2024-12-31", "to": "2024-01-01"}, "to"},
			{map[string]any{"from": "1900-01-01", "to": "2024-01-01"}, "to"},
			{map[string]any{"from": "2024-01-01", "to": "2024-12-31", "a": "999999999"}, "area"},
			{map[string]any{"from": "2024-01-01", "to": "2024-12-31", "after": "bm90IGEgY3Vyc29y"}, "after"},
		} {
			res := f.browsers["VIEWER"].post(t, diffQuery, tc.vars)
			if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != tc.field {
				t.Errorf("%v: %+v, want BAD_USER_INPUT naming %s", tc.vars, res.Errors, tc.field)
			}
		}
		big := f.browsers["VIEWER"].post(t, `{diff(from:"2024-01-01",to:"2024-12-31"){edges{node{organization{
			memberships(first:100){edges{node{id role representative startDate endDate}}}}}}}}`, nil)
		if big.code() != "QUERY_TOO_COMPLEX" {
			t.Errorf("a diff with every member's memberships: %+v, want QUERY_TOO_COMPLEX", big.Errors)
		}
	})
}

// TestDiffPrivate: on a private instance an anonymous visitor gets no diff.
func TestDiffPrivate(t *testing.T) {
	app := startApp(t, "sqlite", func(c *server.Config) { c.PublicRead = false })
	res := app.post(t, `{diff(from:"2024-01-01",to:"2024-12-31"){totalCount}}`, nil)
	if res.code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous diff on a private instance: %+v", res.Errors)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
