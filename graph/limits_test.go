package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"github.com/verkosto/verkosto/graph"
)

func estimate(t *testing.T, query string, vars map[string]any) int {
	t.Helper()
	s := graph.NewSchema(nil, nil, nil, nil, nil).Schema()
	doc, err := gqlparser.LoadQueryWithRules(s, query, nil)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return graph.Estimate(doc, doc.Operations[0], vars, graph.MaxPage)
}

// hostile is the request that took a server from 52 MB to 957 MB: 29
// aliases of a hundred networks with a hundred memberships each.
func hostile(aliases int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range aliases {
		fmt.Fprintf(&b, " a%d: networks(first: 100) { edges { node { memberships(first: 100) { edges { node { organization { nameFi } } } } } } }", i)
	}
	return b.String() + " }"
}

func TestEstimate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		query string
		vars  map[string]any
		want  int
	}{
		{"scalar", "{ __typename }", nil, 1},
		// networks 1 + edges 100 × (1 + node 1 + memberships 1 + edges 100 × (1 + node 1 + organization 1 + nameFi 1))
		{"nested pages", hostile(1), nil, 1 + 100*(3+100*4)},
		{"29 aliases", hostile(29), nil, 29 * (1 + 100*(3+100*4))},
		{"default page", "{ organizations { totalCount edges { node { id } } } }", nil, 1 + 1 + 100*3},
		{"page from a variable", "query($n: Int) { organizations(first: $n) { edges { node { id } } } }", map[string]any{"n": 7}, 1 + 7*3},
		{"last and first", "{ organizations(first: 50, last: 5) { edges { node { id } } } }", nil, 1 + 5*3},
		{"search default", `{ search(query: "a") { id } }`, nil, 10 * 2},
		{"nodes by ids", `{ nodes(ids: ["1", "2", "3"]) { id } }`, nil, 3 * 2},
		{"the map is fixed", "{ networkMap { nodeCount edgeCount data } }", nil, 10_000},
		{"fragments multiply", "{ organizations(first: 20) { ...E } } fragment E on OrganizationConnection { edges { node { id } } }", nil, 1 + 20*3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := estimate(t, tc.query, tc.vars); got != tc.want {
				t.Errorf("estimate %d, want %d", got, tc.want)
			}
		})
	}
}

// Each fragment spreads the next twice: 2^40 fields unless fragments are
// costed once and multiplied, as they must be for a refusal to stay cheap.
func TestEstimateCostsFragmentsOnce(t *testing.T) {
	var b strings.Builder
	b.WriteString("query { organizations(first: 100) { edges { node { ...F0 } } } } ")
	for i := range 40 {
		fmt.Fprintf(&b, "fragment F%d on Organization { ...F%d ...F%d } ", i, i+1, i+1)
	}
	b.WriteString("fragment F40 on Organization { id }")
	if got := estimate(t, b.String(), nil); got <= graph.MaxCost {
		t.Errorf("estimate %d is within the budget", got)
	}
}
