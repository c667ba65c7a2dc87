package server_test

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/graph"
	"github.com/verkosto/verkosto/internal/testdb"
)

// webAppDocuments returns every query and mutation the web app sends, by
// operation name, from the documents map graphql-codegen generates.
func webAppDocuments(t *testing.T) map[string]string {
	t.Helper()
	src, err := os.ReadFile("../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(src), "const documents")
	if !ok {
		t.Fatal("gql.ts has no documents map")
	}
	docs := map[string]string{}
	name := regexp.MustCompile(`^(query|mutation) (\w+)`)
	for _, m := range regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): types\.\w+,$`).FindAllStringSubmatch(block, -1) {
		var doc string
		if err := json.Unmarshal([]byte(m[1]), &doc); err != nil {
			t.Fatal(err)
		}
		op := name.FindStringSubmatch(doc)
		if op == nil {
			t.Fatalf("document without an operation name: %s", doc)
		}
		docs[op[2]] = doc
	}
	if len(docs) < 10 {
		t.Fatalf("found only %d documents in gql.ts", len(docs))
	}
	return docs
}

// hostileQuery is the anonymous 6 KB request that returned 28.9 MB in 33 s
// and took the server from 52 MB to 957 MB.
func hostileQuery() string {
	var b strings.Builder
	b.WriteString("{")
	for i := range 29 {
		fmt.Fprintf(&b, " a%d: networks(first: 100) { edges { node { memberships(first: 100) { edges { node { organization { nameFi } } } } } } }", i)
	}
	return b.String() + " }"
}

func TestQueryCostIsBoundedBeforeExecution(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin := f.browsers["ADMIN"]

		before := f.app.statements.Load()
		res := f.browsers["ANONYMOUS"].post(t, hostileQuery(), nil)
		if ran := f.app.statements.Load() - before; ran != 0 {
			t.Errorf("a refused query ran %d SQL statements", ran)
		}
		if res.code() != "QUERY_TOO_COMPLEX" || len(res.Data) > 0 && string(res.Data) != "null" {
			t.Fatalf("hostile query not refused: %.300s %+v", res.Data, res.Errors)
		}
		want := 29 * (1 + 100*(3+100*4))
		if msg := res.Errors[0].Message; !strings.Contains(msg, fmt.Sprint(want)) || !strings.Contains(msg, fmt.Sprint(graph.MaxCost)) {
			t.Errorf("message does not name the estimate %d and the budget %d: %q", want, graph.MaxCost, msg)
		}
		// One page of a hundred inside another is over the budget too.
		one := `{ networks(first: 100) { edges { node { memberships(first: 100) { edges { node { role organization { id nameFi } } } } } } } }`
		if res := admin.post(t, one, nil); res.code() != "QUERY_TOO_COMPLEX" {
			t.Errorf("nested pages of 100 not refused for an administrator: %+v", res.Errors)
		}
		// Default page sizes count as 100: leaving first out is no way round.
		if res := admin.post(t, `{ networks { edges { node { memberships { edges { node { role organization { id nameFi } } } } } } } }`, nil); res.code() != "QUERY_TOO_COMPLEX" {
			t.Errorf("nested default pages not refused: %+v", res.Errors)
		}
		// Variables count: the same query is refused or served by its page sizes.
		paged := `query($n: Int) { networks(first: $n) { edges { node { memberships(first: $n) { edges { node { role organization { id nameFi } } } } } } } }`
		if res := admin.post(t, paged, map[string]any{"n": 100}); res.code() != "QUERY_TOO_COMPLEX" {
			t.Errorf("page sizes from variables not counted: %+v", res.Errors)
		}
		if res := admin.post(t, paged, map[string]any{"n": 10}); len(res.Errors) > 0 {
			t.Errorf("small pages refused: %+v", res.Errors)
		}

		// Every document the web app sends passes, with the variables it sends.
		ids := func(q string) (org, net, country, county string) {
			var d struct {
				O, N, C, W struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			admin.post(t, q, nil).decode(t, &d)
			return d.O.Edges[0].Node.ID, d.N.Edges[0].Node.ID, d.C.Edges[0].Node.ID, d.W.Edges[0].Node.ID
		}
		org, net, country, county := ids(`{ o: organizations(first: 1, orderBy: [{field: MEMBERSHIPS_COUNT, direction: DESC}]) { edges { node { id } } }
			n: networks(first: 1, orderBy: [{field: MEMBERSHIPS_COUNT, direction: DESC}]) { edges { node { id } } }
			c: areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } }
			w: areas(first: 1, where: {kind: WELLBEING_COUNTY}) { edges { node { id } } } }`)
		orgTable := map[string]any{"first": 100, "order": []any{map[string]any{"field": "NAME_FI", "direction": "ASC"}}, "where": map[string]any{"sectorIn": []any{"POLICE", "NGO"}}}
		netTable := map[string]any{"last": 100, "before": nil, "order": []any{map[string]any{"field": "NAME_FI", "direction": "DESC"}}, "where": map[string]any{"kindIn": []any{"MARAK"}}}
		queries := map[string][]map[string]any{
			"Orgs":                 {orgTable},
			"Nets":                 {netTable},
			"Map":                  {{"filter": map[string]any{"sector": []any{"POLICE"}}}, {"filter": nil}},
			"Node":                 {{"id": org}, {"id": net}},
			"Counties":             {{}},
			"Search":               {{"q": "kotka"}},
			"Country":              {{}},
			"NationalCoverage":     {{"area": country, "asOf": nil}},
			"AreaCoverage":         {{"area": county, "asOf": "2024-01-01"}, {"area": country}},
			"Insight":              {{"area": county, "asOf": "2024-01-01"}, {"area": country}},
			"Me":                   {{}},
			"OrganizationForEdit":  {{"id": org}},
			"NetworkForEdit":       {{"id": net}},
			"NetworkOptions":       {{"q": "a"}},
			"AreaOptions":          {{"q": "kot"}},
			"OrganizationOptions":  {{"q": "kot"}},
			"Accounts":             {{"after": nil}},
			"Pending":              {{}},
			"History":              {{"id": org}},
			"Diff":                 {{"from": "2025-01-01", "to": "2025-12-31"}, {"from": "2000-01-01", "to": "2099-12-31", "area": county, "after": nil}},
			"Notifications":        {{}},
			"Preferences":          {{}},
			"FirstMembershipStart": {{}},
		}
		// Mutations change data: here they only need to pass the limits
		// (they fail later, on their made-up IDs and versions).
		mutations := map[string]map[string]any{
			"Login":                   {"email": "nobody@example.fi", "password": "wrong password!!"},
			"Logout":                  {},
			"RefreshSession":          {},
			"UpdateOrganization":      {"id": "1", "version": 0, "input": map[string]any{}},
			"ConfirmOrganization":     {"id": "1"},
			"ConfirmNetwork":          {"id": "1"},
			"RequestMembership":       {"input": map[string]any{"organizationID": "1", "networkID": "1", "role": "MEMBER"}, "key": "k"},
			"ApproveMembership":       {"id": "1"},
			"DeclineMembership":       {"id": "1", "reason": "no"},
			"EndMembership":           {"id": "1", "endDate": "2024-01-01"},
			"UpdateNetwork":           {"id": "1", "version": 0, "input": map[string]any{}},
			"MarkNotificationRead":    {"id": "1"},
			"UpdatePreferences":       {"language": "sv", "off": []any{"STALE_DIGEST"}, "digest": true},
			"CreateAccount":           {"input": map[string]any{"email": "x@example.fi", "password": "short", "role": "VIEWER"}, "key": "k"},
			"UpdateAccount":           {"id": "1", "input": map[string]any{"disabled": false}},
			"CreatePasswordResetLink": {"id": "1"},
			"ResetPassword":           {"token": "unknown", "password": "a long enough password"},
		}
		for name, doc := range webAppDocuments(t) {
			if vars, ok := mutations[name]; ok {
				if res := f.browsers["ANONYMOUS"].post(t, doc, vars); res.code() == "QUERY_TOO_COMPLEX" {
					t.Errorf("%s refused: %+v", name, res.Errors)
				}
				continue
			}
			cases, ok := queries[name]
			if !ok {
				t.Errorf("the web app sends %s: add it here with the variables it sends", name)
				continue
			}
			for _, vars := range cases {
				if res := admin.post(t, doc, vars); len(res.Errors) > 0 {
					t.Errorf("%s %v: %+v", name, vars, res.Errors)
				}
			}
		}
	})
}
