package netmap

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/viewer"
)

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

// A police department and an NGO; a MARAK team (2020–) and a project that
// ended in 2019. The NGO left the MARAK team in 2022.
func testSnapshot() *snapshot {
	s := &snapshot{
		orgs: []orgRow{
			{id: 1, nameFi: "Poliisi", sector: enum.SectorPolice},
			{id: 2, nameFi: "Järjestö", sector: enum.SectorNGO},
		},
		nets: []netRow{
			{id: 10, nameFi: "MARAK", kind: network.KindMARAK, level: network.LevelMUNICIPAL, started: day("2020-01-01")},
			{id: 11, nameFi: "Hanke", kind: network.KindPROJECT, level: network.LevelNATIONAL, themes: []enum.Theme{enum.ThemeYouth},
				started: day("2017-01-01"), ended: day("2019-12-31")},
		},
		edges: []edgeRow{
			{id: 100, org: 1, net: 10, orgIndex: 0, netIdx: 0, role: membership.RoleCHAIR, status: membership.StatusACTIVE, start: day("2020-01-01")},
			{id: 101, org: 2, net: 10, orgIndex: 1, netIdx: 0, role: membership.RoleMEMBER, status: membership.StatusENDED, start: day("2020-01-01"), end: day("2022-06-30")},
			{id: 102, org: 2, net: 11, orgIndex: 1, netIdx: 1, role: membership.RoleMEMBER, status: membership.StatusENDED, start: day("2017-01-01"), end: day("2019-12-31")},
		},
	}
	s.layout(nil)
	return s
}

func keys(t *testing.T, m *Map) (nodes, edges []string) {
	t.Helper()
	var g struct {
		Nodes []struct{ Key string }
		Edges []struct{ Key string }
	}
	if err := json.Unmarshal(m.Data, &g); err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		nodes = append(nodes, n.Key)
	}
	for _, e := range g.Edges {
		edges = append(edges, e.Key)
	}
	return nodes, edges
}

func TestViewRules(t *testing.T) {
	s := testSnapshot()
	for _, tc := range []struct {
		name         string
		f            Filter
		nodes, edges string
	}{
		{"default: everything, current memberships only", Filter{}, "[1 2 10 11]", "[100]"},
		{"network kind keeps only members", Filter{NetworkKind: []network.Kind{network.KindMARAK}}, "[1 10]", "[100]"},
		{"theme", Filter{Theme: []enum.Theme{enum.ThemeYouth}, Status: []membership.Status{membership.StatusENDED}}, "[2 11]", "[102]"},
		{"sector keeps only their networks", Filter{Sector: []enum.Sector{enum.SectorNGO}, Status: []membership.Status{membership.StatusENDED}}, "[2 10 11]", "[101 102]"},
		{"as of 2021: the NGO was still in MARAK, the project had ended", Filter{AsOf: day("2021-05-01")}, "[1 2 10]", "[100 101]"},
		{"as of 2018: only the project", Filter{AsOf: day("2018-05-01")}, "[1 2 11]", "[102]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := s.view(&tc.f, visible.Everyone())
			if err != nil {
				t.Fatal(err)
			}
			nodes, edges := keys(t, m)
			if got := fmtList(nodes); got != tc.nodes {
				t.Errorf("nodes %s, want %s", got, tc.nodes)
			}
			if got := fmtList(edges); got != tc.edges {
				t.Errorf("edges %s, want %s", got, tc.edges)
			}
			if m.NodeCount != len(nodes) || m.EdgeCount != len(edges) {
				t.Errorf("counts %d/%d", m.NodeCount, m.EdgeCount)
			}
		})
	}
}

func fmtList(l []string) string { return "[" + strings.Join(l, " ") + "]" }

func TestFilterKeyIsCanonical(t *testing.T) {
	a := Filter{Sector: []enum.Sector{enum.SectorNGO, enum.SectorPolice}}
	b := Filter{Sector: []enum.Sector{enum.SectorPolice, enum.SectorNGO, enum.SectorNGO}}
	if a.key() != b.key() {
		t.Errorf("%s != %s", a.key(), b.key())
	}
	if a.key() == (&Filter{}).key() {
		t.Error("different filters share a key")
	}
}

// The map's asOf follows the one as-of rule (package asof): an ENDED
// network or membership without an end date is shown on no past day (the
// map used to show both on every past day, unlike coverage), and a
// membership still counts on its last day.
func TestAsOfEdgeCases(t *testing.T) {
	s := testSnapshot()
	s.nets[1].ended = nil
	s.nets[1].status = network.StatusENDED
	s.edges[1].end = nil
	m, err := s.view(&Filter{AsOf: day("2018-06-01")}, visible.Everyone())
	if err != nil {
		t.Fatal(err)
	}
	if _, edges := keys(t, m); len(edges) != 0 {
		t.Errorf("as of 2018, with the project's end unknown: edges %v", edges)
	}
	m, _ = s.view(&Filter{AsOf: day("2021-06-01")}, visible.Everyone())
	if _, edges := keys(t, m); strings.Join(edges, ",") != "100" {
		t.Errorf("as of 2021, with the NGO's leaving date unknown: edges %v, want 100", edges)
	}
	s = testSnapshot()
	m, _ = s.view(&Filter{AsOf: day("2022-06-30")}, visible.Everyone())
	if _, edges := keys(t, m); strings.Join(edges, ",") != "100,101" {
		t.Errorf("on the NGO's last day: edges %v, want 100,101", edges)
	}
}

// Pending requests are on the map only for whom the membership rule
// allows them: here the requesting organisation's editor.
func TestViewAppliesTheMembershipRule(t *testing.T) {
	s := testSnapshot()
	s.edges = append(s.edges, edgeRow{id: 103, org: 1, net: 11, orgIndex: 0, netIdx: 1, role: membership.RoleMEMBER, status: membership.StatusPENDING})
	pending := &Filter{Status: []membership.Status{membership.StatusPENDING}}
	for _, tc := range []struct {
		name  string
		rule  visible.MembershipRule
		edges string
	}{
		{"everyone", visible.Everyone(), "[]"},
		{"the police's editor", visible.Memberships(&viewer.Viewer{AccountID: 1, Role: viewer.RoleEditor, OrganizationID: 1}), "[103]"},
		{"the NGO's editor", visible.Memberships(&viewer.Viewer{AccountID: 1, Role: viewer.RoleEditor, OrganizationID: 2}), "[]"},
		{"the project's coordinator", visible.Memberships(&viewer.Viewer{AccountID: 1, Role: viewer.RoleCoordinator, NetworkIDs: []int{11}}), "[103]"},
		{"an administrator", visible.Memberships(&viewer.Viewer{AccountID: 1, Role: viewer.RoleAdmin}), "[103]"},
	} {
		m, err := s.view(pending, tc.rule)
		if err != nil {
			t.Fatal(err)
		}
		if _, edges := keys(t, m); fmtList(edges) != tc.edges {
			t.Errorf("%s: edges %v, want %s", tc.name, edges, tc.edges)
		}
	}
}
