package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
)

func TestDemoDataThroughTheAPI(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		var got struct {
			Organizations  struct{ TotalCount int } `json:"organizations"`
			Networks       struct{ TotalCount int } `json:"networks"`
			Memberships    struct{ TotalCount int } `json:"memberships"`
			Municipalities struct{ TotalCount int } `json:"municipalities"`
			Counties       struct{ TotalCount int } `json:"counties"`
		}
		app.post(t, `{
			organizations { totalCount } networks { totalCount } memberships { totalCount }
			municipalities: areas(where: {kind: MUNICIPALITY}) { totalCount }
			counties: areas(where: {kind: WELLBEING_COUNTY}) { totalCount }
		}`, nil).decode(t, &got)
		if got.Organizations.TotalCount < 40 || got.Networks.TotalCount < 12 || got.Memberships.TotalCount < 100 {
			t.Errorf("demo data too small: %+v", got)
		}
		if got.Municipalities.TotalCount != 309 || got.Counties.TotalCount != 22 {
			t.Errorf("reference areas: %d municipalities, %d counties", got.Municipalities.TotalCount, got.Counties.TotalCount)
		}

		// Every sector is represented.
		var sectors struct {
			Organizations struct {
				Edges []struct{ Node struct{ Sector string } }
			}
		}
		app.post(t, `{ organizations(first: 100) { edges { node { sector } } } }`, nil).decode(t, &sectors)
		seen := map[string]bool{}
		for _, e := range sectors.Organizations.Edges {
			seen[e.Node.Sector] = true
		}
		for _, s := range []string{"MUNICIPALITY", "WELLBEING_COUNTY", "POLICE", "PROBATION", "OTHER_STATE", "PARISH", "NGO", "EDUCATION", "BUSINESS", "OTHER"} {
			if !seen[s] {
				t.Errorf("no organisation of sector %s", s)
			}
		}
	})
}

func TestRelayPaginationAndNode(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		type page struct {
			Organizations struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct {
					Node struct {
						ID     string
						NameFi string
					}
				}
			}
		}
		q := `query($after: Cursor) { organizations(first: 10, after: $after, orderBy: [{field: NAME_FI}]) {
			totalCount pageInfo { hasNextPage endCursor } edges { node { id nameFi } } } }`
		var ids []string
		var names []string
		var after any
		for {
			var p page
			app.post(t, q, map[string]any{"after": after}).decode(t, &p)
			for _, e := range p.Organizations.Edges {
				ids = append(ids, e.Node.ID)
				names = append(names, e.Node.NameFi)
			}
			if !p.Organizations.PageInfo.HasNextPage {
				if len(ids) != p.Organizations.TotalCount {
					t.Fatalf("paged through %d of %d", len(ids), p.Organizations.TotalCount)
				}
				break
			}
			after = p.Organizations.PageInfo.EndCursor
		}
		if !slices.IsSorted(names) {
			t.Errorf("not ordered by name: %v", names)
		}
		// node(id:) resolves the type from the global ID.
		var n struct {
			Node struct {
				Typename string `json:"__typename"`
				ID       string
			}
			Nodes []struct {
				Typename string `json:"__typename"`
			}
		}
		app.post(t, `query($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename id } nodes(ids: $ids) { __typename } }`,
			map[string]any{"id": ids[0], "ids": ids[:2]}).decode(t, &n)
		if n.Node.Typename != "Organization" || n.Node.ID != ids[0] || len(n.Nodes) != 2 {
			t.Errorf("node: %+v", n)
		}
	})
}

func TestNestedQueryIsEagerLoaded(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		before := app.statements.Load()
		var got struct {
			Networks struct {
				Edges []struct {
					Node struct {
						Memberships struct {
							Edges []struct {
								Node struct {
									Role         string
									Organization struct {
										NameFi   string
										HomeArea *struct{ NameFi string }
									}
								}
							}
						}
					}
				}
			}
		}
		app.post(t, `{ networks(first: 50) { edges { node { nameFi memberships { edges { node {
			role organization { nameFi homeArea { nameFi } } } } } } } } }`, nil).decode(t, &got)
		n := app.statements.Load() - before
		if n > 5 {
			t.Errorf("nested query ran %d SQL statements, want at most 5", n)
		}
		members := 0
		for _, e := range got.Networks.Edges {
			members += len(e.Node.Memberships.Edges)
		}
		if len(got.Networks.Edges) < 12 || members < 100 {
			t.Errorf("got %d networks with %d memberships", len(got.Networks.Edges), members)
		}
	})
}

func TestWhereFilters(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		var got struct {
			Police struct {
				Edges []struct{ Node struct{ Sector string } }
			}
			Shelters struct {
				Edges []struct {
					Node struct {
						Services []string
						Address  *string
					}
				}
			}
			Marak struct {
				Edges []struct{ Node struct{ Kind string } }
			}
			Named struct{ TotalCount int }
			Kymi  struct{ TotalCount int }
			DV    struct {
				Edges []struct{ Node struct{ Themes []string } }
			}
		}
		app.post(t, `{
			police: organizations(where: {sector: POLICE}) { edges { node { sector } } }
			shelters: organizations(where: {hasService: SHELTER}) { edges { node { services address } } }
			marak: networks(where: {kind: MARAK}) { edges { node { kind } } }
			named: organizations(where: {nameContains: "KOTKA"}) { totalCount }
			kymi: networks(where: {hasAreasWith: {nameFi: "Kymenlaakson hyvinvointialue"}}) { totalCount }
			dv: networks(where: {hasTheme: DOMESTIC_VIOLENCE}) { edges { node { themes } } }
		}`, nil).decode(t, &got)
		if len(got.Police.Edges) == 0 || len(got.Shelters.Edges) == 0 || len(got.Marak.Edges) == 0 || got.Named.TotalCount == 0 || got.Kymi.TotalCount == 0 || len(got.DV.Edges) == 0 {
			t.Fatalf("a filter matched nothing: %+v", got)
		}
		for _, e := range got.Shelters.Edges {
			if !slices.Contains(e.Node.Services, "SHELTER") {
				t.Errorf("hasService: %v", e.Node.Services)
			}
		}
		for _, e := range got.DV.Edges {
			if !slices.Contains(e.Node.Themes, "DOMESTIC_VIOLENCE") {
				t.Errorf("hasTheme: %v", e.Node.Themes)
			}
		}
	})
}

func TestSearch(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		type result struct {
			Search []struct {
				Typename string `json:"__typename"`
				NameFi   string
				NameSv   string
				NameEn   string
			}
		}
		q := `query($q: String!) { search(query: $q, first: 20) { __typename
			... on Organization { nameFi nameSv nameEn } ... on Network { nameFi nameSv nameEn } ... on Area { nameFi nameSv nameEn } } }`
		var r result
		// Upper-case Ä must find lower-case ä: folding is Unicode-aware on both databases.
		app.post(t, q, map[string]any{"q": "PÄIJÄT-HÄME"}).decode(t, &r)
		if len(r.Search) == 0 {
			t.Fatal("no results for PÄIJÄT-HÄME")
		}
		for _, h := range r.Search {
			if !strings.Contains(strings.ToLower(h.NameFi+h.NameSv+h.NameEn), "päijät-häme") {
				t.Errorf("unrelated result %q", h.NameFi)
			}
		}
		// Exact before prefix before substring: the municipality "Kotka"
		// comes before "Kotkan kaupunki" and "… Kotka …".
		app.post(t, q, map[string]any{"q": "kotka"}).decode(t, &r)
		if len(r.Search) < 2 || r.Search[0].NameFi != "Kotka" || r.Search[0].Typename != "Area" {
			t.Errorf("exact match not first: %+v", r.Search)
		}
		// A blank query is bad input naming the field.
		res := app.post(t, q, map[string]any{"q": "   "})
		if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "query" {
			t.Errorf("blank query: %+v", res.Errors)
		}
	})
}

func TestNetworkMap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		app := startApp(t, d)
		type graph struct {
			Nodes []struct {
				Key        string
				Attributes map[string]any
			}
			Edges []struct {
				Key, Source, Target string
				Attributes          map[string]any
			}
		}
		type resp struct {
			NetworkMap struct {
				NodeCount, EdgeCount int
				Data                 graph
			}
		}
		q := `query($f: MapFilter) { networkMap(filter: $f) { nodeCount edgeCount data } }`
		var all resp
		app.post(t, q, nil).decode(t, &all)
		m := all.NetworkMap
		if m.NodeCount != len(m.Data.Nodes) || m.EdgeCount != len(m.Data.Edges) || m.EdgeCount < 80 {
			t.Fatalf("counts: %d/%d nodes, %d/%d edges", m.NodeCount, len(m.Data.Nodes), m.EdgeCount, len(m.Data.Edges))
		}
		keys := map[string]bool{}
		for _, n := range m.Data.Nodes {
			keys[n.Key] = true
			a := n.Attributes
			kind := a["kind"]
			if (kind != "Organization" || a["sector"] == nil) && (kind != "Network" || a["networkKind"] == nil) {
				t.Fatalf("node attributes: %v", a)
			}
			for _, k := range []string{"label", "x", "y", "size"} {
				if a[k] == nil {
					t.Fatalf("node %s lacks %s", n.Key, k)
				}
			}
		}
		for _, e := range m.Data.Edges {
			if !keys[e.Source] || !keys[e.Target] || e.Attributes["role"] == nil || e.Attributes["status"] != "ACTIVE" {
				t.Fatalf("edge: %+v", e)
			}
		}
		// Same data, same positions.
		var again resp
		app.post(t, q, nil).decode(t, &again)
		if fmt.Sprint(again.NetworkMap.Data) != fmt.Sprint(m.Data) {
			t.Error("map differs between two requests on unchanged data")
		}
		// Filters narrow it.
		var police resp
		app.post(t, q, map[string]any{"f": map[string]any{"sector": []string{"POLICE"}}}).decode(t, &police)
		for _, n := range police.NetworkMap.Data.Nodes {
			if n.Attributes["kind"] == "Organization" && n.Attributes["sector"] != "POLICE" {
				t.Errorf("sector filter let through %v", n.Attributes)
			}
		}
		if police.NetworkMap.NodeCount == 0 || police.NetworkMap.NodeCount >= m.NodeCount {
			t.Errorf("sector filter: %d of %d nodes", police.NetworkMap.NodeCount, m.NodeCount)
		}
		// Time travel: before any network existed, nothing is connected.
		var past resp
		app.post(t, q, map[string]any{"f": map[string]any{"asOf": "1990-01-01"}}).decode(t, &past)
		if past.NetworkMap.EdgeCount != 0 {
			t.Errorf("asOf 1990: %d edges", past.NetworkMap.EdgeCount)
		}
		// An unknown area is bad input.
		res := app.post(t, q, map[string]any{"f": map[string]any{"area": "999999"}})
		if res.code() != "BAD_USER_INPUT" {
			t.Errorf("unknown area: %+v", res.Errors)
		}
	})
}

func TestConfidentialAddressIsHidden(t *testing.T) {
	app := startApp(t, "sqlite")
	var got struct {
		Organizations struct {
			Edges []struct {
				Node struct {
					AddressConfidential bool
					Address             *string
				}
			}
		}
	}
	app.post(t, `{ organizations(where: {addressConfidential: true}) { edges { node { addressConfidential address } } } }`, nil).decode(t, &got)
	if len(got.Organizations.Edges) == 0 {
		t.Fatal("demo data has no confidential address")
	}
	for _, e := range got.Organizations.Edges {
		if e.Node.Address != nil {
			t.Errorf("confidential address shown: %q", *e.Node.Address)
		}
	}
}

func TestLimitsAndBadInput(t *testing.T) {
	app := startApp(t, "sqlite")
	deep := "{ areas { edges { node { children { edges { node { children { edges { node { children { edges { node { id } } } } } } } } } } } } }"
	aliases := "{ " + strings.Repeat("a: __typename ", 1) + func() string {
		var b strings.Builder
		for i := range 31 {
			fmt.Fprintf(&b, "a%d: __typename ", i)
		}
		return b.String()
	}() + "}"
	long := "{ " + strings.Repeat("__typename ", 5001) + "}"
	fields := func() string {
		var b strings.Builder
		b.WriteString("{ organizations { edges { node { ")
		for range 1001 {
			b.WriteString("id ")
		}
		b.WriteString("} } } }")
		return b.String()
	}()
	bomb := "query { ...F0 } " + func() string {
		var b strings.Builder
		for i := range 60 {
			fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d } ", i, i+1, i+1)
		}
		b.WriteString("fragment F60 on Query { __typename }")
		return b.String()
	}()
	for _, tc := range []struct {
		name, query, code string
	}{
		{"depth", deep, "QUERY_TOO_COMPLEX"},
		{"aliases", aliases, "QUERY_TOO_COMPLEX"},
		{"tokens", long, "QUERY_TOO_COMPLEX"},
		{"complexity", fields, "QUERY_TOO_COMPLEX"},
		{"fragment bomb", bomb, "QUERY_TOO_COMPLEX"},
		{"fragment chain", "query { ...F0 } " + func() string {
			var b strings.Builder
			for i := range 100 {
				fmt.Fprintf(&b, "fragment F%d on Query { ...F%d } ", i, i+1)
			}
			return b.String() + "fragment F100 on Query { __typename }"
		}(), "QUERY_TOO_COMPLEX"},
		{"repeated field", "{ " + strings.Repeat("organizations(first: 1) { totalCount } ", 11) + "}", "QUERY_TOO_COMPLEX"},
		{"first over 100", "{ organizations(first: 101) { totalCount } }", "BAD_USER_INPUT"},
		{"nested last over 100", "{ networks(first: 1) { edges { node { memberships(last: 500) { totalCount } } } } }", "BAD_USER_INPUT"},
		{"negative first", "{ organizations(first: -1) { totalCount } }", "BAD_USER_INPUT"},
		{"unknown field", "{ nope }", "GRAPHQL_VALIDATION_FAILED"},
		{"syntax", "{ organizations { ", "GRAPHQL_PARSE_FAILED"},
		{"bad cursor", `{ organizations(after: "not-a-cursor") { totalCount } }`, "BAD_USER_INPUT"},
		// Cursors whose decoding runs out of bytes (io.ErrUnexpectedEOF) were
		// once taken for a dropped database connection: UNAVAILABLE.
		{"cursor cut short", `{ organizations(first: 2, after: "garbage") { totalCount } }`, "BAD_USER_INPUT"},
		{"empty cursor", `{ networks(last: 2, before: "") { totalCount } }`, "BAD_USER_INPUT"},
		{"cursor cut short after one byte", `{ memberships(first: 2, after: "kw") { totalCount } }`, "BAD_USER_INPUT"},
		// A nested connection's cursor reached ent's eager loading undecoded:
		// a panic, INTERNAL.
		{"nested cursor cut short", `{ networks(first: 1) { edges { node { memberships(first: 1, after: "kw") { totalCount } } } } }`, "BAD_USER_INPUT"},
		{"nested cursor that is no cursor", `{ organizations(first: 1) { edges { node { memberships(last: 1, before: "not a cursor") { totalCount } } } } }`, "BAD_USER_INPUT"},
		{"cursor in a variable", `query($c: Cursor = "kw") { networks(first: 1) { edges { node { memberships(first: 1, after: $c) { totalCount } } } } }`, "BAD_USER_INPUT"},
		{"unknown id", `{ node(id: "123456789") { id } }`, "NOT_FOUND"},
		{"id outside every type's range", `{ node(id: "99999999999999") { id } }`, "NOT_FOUND"},
		{"malformed id", `{ node(id: "abc") { id } }`, "BAD_USER_INPUT"},
		{"bad date", `{ networkMap(filter: {asOf: "1.1.2024"}) { nodeCount } }`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := app.post(t, tc.query, nil)
			if len(res.Errors) == 0 {
				t.Fatalf("no error")
			}
			if tc.code != "" && res.code() != tc.code {
				t.Errorf("code %q, want %q: %+v", res.code(), tc.code, res.Errors)
			}
			for _, e := range res.Errors {
				for _, leak := range []string{"SELECT", "sql:", "pq:", "goroutine", ".go:", "strconv", "runtime error", "msgpack"} {
					if strings.Contains(e.Message, leak) {
						t.Errorf("error leaks internals: %q", e.Message)
					}
				}
			}
		})
	}

	// The server still serves afterwards.
	var ok struct{ Areas struct{ TotalCount int } }
	app.post(t, "{ areas { totalCount } }", nil).decode(t, &ok)
	if ok.Areas.TotalCount == 0 {
		t.Error("no areas after bad input")
	}
}

func TestBodyLimitAndMediaTypes(t *testing.T) {
	app := startApp(t, "sqlite")
	big := []byte(`{"query":"{ __typename }","variables":{"x":"` + strings.Repeat("a", 70<<10) + `"}}`)
	res := app.postRaw(t, big, "application/json")
	if res.status != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize body: status %d", res.status)
	}
	// application/graphql-response+json: a validation error is a 400.
	body, _ := json.Marshal(map[string]any{"query": "{ nope }"})
	res = app.postRaw(t, body, "application/graphql-response+json")
	if res.status != http.StatusBadRequest || !strings.HasPrefix(res.header.Get("Content-Type"), "application/graphql-response+json") {
		t.Errorf("graphql-response+json: %d %s", res.status, res.header.Get("Content-Type"))
	}
	// A body that is not JSON is a clear 400, not a crash.
	res = app.postRaw(t, []byte(`{"query": `), "application/json")
	if res.status != http.StatusBadRequest || res.code() == "INTERNAL" || strings.Contains(res.Errors[0].Message, "RawParams") {
		t.Errorf("malformed JSON: %d %+v", res.status, res.Errors)
	}
	// GET runs queries but never mutations.
	r, err := http.Get(app.URL + "/graphql?query=" + "%7B__typename%7D")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		t.Errorf("GET query: %d", r.StatusCode)
	}
}
