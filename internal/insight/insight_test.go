package insight

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/coveragetemplate"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
	"github.com/verkosto/verkosto/internal/coverage"
)

// The areas of every test: the country 1; county 10 with municipality 11;
// county 20.
const (
	country = 1
	county  = 10
	town    = 11
	other   = 20
)

var day = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func ptr[T any](v T) *T { return &v }

type world struct{ d *coverage.Data }

func newWorld() *world {
	d := &coverage.Data{Areas: map[int]*coverage.Area{
		country: {ID: country, Kind: area.KindCOUNTRY, Children: []int{county, other}},
		county:  {ID: county, Kind: area.KindWELLBEING_COUNTY, Parent: country, Children: []int{town}},
		town:    {ID: town, Kind: area.KindMUNICIPALITY, Parent: county},
		other:   {ID: other, Kind: area.KindWELLBEING_COUNTY, Parent: country},
	}, Orgs: map[int]*coverage.Org{}, Nets: map[int]*coverage.Net{}}
	return &world{d}
}

func (w *world) org(id int, sector enum.Sector, home int) {
	w.d.Orgs[id] = &coverage.Org{ID: id, Sector: sector, Home: home}
}

// net adds an active network in area at with members (active, MEMBER).
func (w *world) net(id, at int, meetings *int, members ...int) *coverage.Net {
	n := &coverage.Net{ID: id, Status: network.StatusACTIVE, Areas: []int{at}, MeetingsPerYear: meetings}
	w.d.Nets[id] = n
	for _, o := range members {
		if w.d.Orgs[o] == nil {
			w.org(o, "NGO", at)
		}
		w.member(o, id, membership.RoleMEMBER, membership.StatusACTIVE, nil, nil)
	}
	return n
}

func (w *world) member(org, net int, role membership.Role, status membership.Status, start, end *time.Time) {
	if w.d.Orgs[org] == nil {
		w.org(org, "NGO", town)
	}
	w.d.Memberships = append(w.d.Memberships, &coverage.Member{ID: len(w.d.Memberships) + 1, Org: org, Net: net,
		Role: role, Status: status, Start: start, End: end})
}

func (w *world) compute(t *testing.T, at int, on time.Time) *Result {
	t.Helper()
	r, err := Compute(w.d, at, on)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestOverlaps(t *testing.T) {
	w := newWorld()
	w.net(101, county, nil, 1, 2, 3, 4)
	w.net(102, town, nil, 1, 2, 3, 4, 5) // 4/5 with 101
	w.net(103, county, nil, 1, 2, 3)     // 3/4 with 101, but too small
	w.net(104, county, nil, 1, 2, 3)     // its fourth member left before the day
	w.member(4, 104, membership.RoleMEMBER, membership.StatusENDED, nil, date("2024-05-31"))
	w.net(105, county, nil, 30, 31, 32, 33)         // disjoint from the others
	w.net(106, county, nil, 1, 2, 3, 4, 5, 6, 7, 8) // 5/8 with 102, 4/8 with 101
	w.net(107, county, nil, 30, 31, 32, 33, 34)     // 4/5 with 105: ties with 101–102
	w.net(108, country, nil, 1, 2, 3, 4)            // national: 1.0 with 101, but not the county's
	w.net(109, county, nil, 40, 41, 42, 43)         // ended: not there on the day
	w.d.Nets[109].Status, w.d.Nets[109].Ended = network.StatusENDED, date("2024-01-01")
	w.net(110, county, nil, 40, 41, 42, 43)

	r := w.compute(t, county, day)
	type pair struct {
		A, B    int
		Jaccard float64
	}
	var got []pair
	for _, o := range r.Overlaps {
		got = append(got, pair{o.A, o.B, o.Jaccard})
	}
	want := []pair{{101, 102, 0.8}, {105, 107, 0.8}, {102, 106, 0.625}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("county overlaps %v, want %v", got, want)
	}
	o := r.Overlaps[0]
	if !reflect.DeepEqual(o.Shared, []int{1, 2, 3, 4}) || len(o.OnlyA) != 0 || !reflect.DeepEqual(o.OnlyB, []int{5}) {
		t.Errorf("101–102: shared %v, only in 101 %v, only in 102 %v", o.Shared, o.OnlyA, o.OnlyB)
	}
	if o := r.Overlaps[2]; !reflect.DeepEqual(o.OnlyB, []int{6, 7, 8}) {
		t.Errorf("102–106: only in 106 %v", o.OnlyB)
	}
	if got := r.OverlapsOf(102); len(got) != 2 || got[0].B != 102 || got[1].B != 106 {
		t.Errorf("OverlapsOf(102) = %+v", got)
	}

	n := w.compute(t, country, day)
	if len(n.Overlaps) == 0 || n.Overlaps[0].A != 101 || n.Overlaps[0].B != 108 || n.Overlaps[0].Jaccard != 1 {
		t.Errorf("national: the national twin of 101 is not first: %+v", n.Overlaps)
	}
	// Before 109 ended it duplicated 110.
	past := w.compute(t, county, time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC))
	if len(past.OverlapsOf(109)) != 1 || past.OverlapsOf(109)[0].Jaccard != 1 {
		t.Errorf("in 2023, 109 and 110: %+v", past.OverlapsOf(109))
	}
}

// The bridge graph: 1 –Na– 2 –Nb– 3, and 1 –Nc– 2 beside Na; organisation 4
// is in the county but in no network (isolated), 5 only through an ended
// membership, 6 only from a date after the day.
func bridgeWorld() *world {
	w := newWorld()
	w.net(201, county, ptr(12), 1, 2)
	w.net(202, town, nil, 2, 3)
	w.net(203, county, ptr(4), 1, 2)
	w.org(4, "POLICE", town)
	w.member(5, 202, membership.RoleMEMBER, membership.StatusENDED, nil, date("2024-01-31"))
	w.member(6, 201, membership.RoleMEMBER, membership.StatusACTIVE, date("2024-06-02"), nil)
	w.member(7, 202, membership.RoleMEMBER, membership.StatusPENDING, nil, nil)
	w.member(8, 203, membership.RoleMEMBER, membership.StatusENDED, nil, nil) // ended on an unknown day
	// Roles: 2 coordinates Na and chairs Nb.
	for _, m := range w.d.Memberships {
		if m.Org == 2 && m.Net == 201 {
			m.Role = membership.RoleCOORDINATOR
		}
		if m.Org == 2 && m.Net == 202 {
			m.Role = membership.RoleCHAIR
		}
	}
	return w
}

func TestBridges(t *testing.T) {
	r := bridgeWorld().compute(t, county, day)
	// Six nodes (1, 2, 3, Na, Nb, Nc), ten pairs of other nodes each.
	// Through 2: every pair across it (1 or Na or Nc with Nb or 3: six)
	// and half of Na–Nc (one of its two shortest paths): 6.5. Through 1:
	// the other half of Na–Nc. 3 is a leaf.
	want := []Bridge{
		{Org: 2, County: county, Betweenness: 6.5, Score: 0.65},
		{Org: 1, County: county, Betweenness: 0.5, Score: 0.05},
	}
	if len(r.Bridges) != len(want) {
		t.Fatalf("bridges %+v, want %+v", r.Bridges, want)
	}
	for i, b := range r.Bridges {
		if b.Org != want[i].Org || math.Abs(b.Betweenness-want[i].Betweenness) > 1e-9 || math.Abs(b.Score-want[i].Score) > 1e-9 {
			t.Errorf("bridge %d: %+v, want %+v", i, b, want[i])
		}
	}
	// The cooperation graph is 1 – 2 – 3: without 2, 3 is cut off.
	if !reflect.DeepEqual(r.CutPoints, []CutPoint{{Org: 2, County: county, CutOff: 1}}) {
		t.Errorf("cut points %+v", r.CutPoints)
	}
	if !reflect.DeepEqual(r.Ties(0, 100), []Tie{{1, 2, 2}, {2, 3, 1}}) {
		t.Errorf("ties %+v", r.Ties(0, 100))
	}
	// Nationally: the county's bridges with their county; county 20 has none.
	n := bridgeWorld().compute(t, country, day)
	if len(n.Bridges) != 2 || n.Bridges[0].Org != 2 || n.Bridges[0].County != county {
		t.Errorf("national bridges %+v", n.Bridges)
	}
	if b, ok := n.BridgeOf(1); !ok || math.Abs(b.Score-0.05) > 1e-9 {
		t.Errorf("BridgeOf(1) = %+v, %v", b, ok)
	}
	if _, ok := n.BridgeOf(3); ok {
		t.Error("a leaf is a bridge")
	}
}

func TestCutPoints(t *testing.T) {
	// Cooperation graph: a triangle 1-2-3, 3 – 4 – 5 – 6 hanging from it,
	// and 7 – 8 apart. 3 cuts off 4, 5, 6 (three); 4 cuts off 5 and 6;
	// 5 cuts off 6. A pair has no cut point.
	w := newWorld()
	w.net(301, county, nil, 1, 2, 3)
	w.net(302, county, nil, 3, 4)
	w.net(303, county, nil, 4, 5)
	w.net(304, county, nil, 5, 6)
	w.net(305, county, nil, 7, 8)
	r := w.compute(t, county, day)
	want := []CutPoint{{3, county, 3}, {4, county, 2}, {5, county, 1}}
	if !reflect.DeepEqual(r.CutPoints, want) {
		t.Errorf("cut points %+v, want %+v", r.CutPoints, want)
	}
	// A root with two sides: 1 between 2 and 3 – 4; without it 2 is cut off.
	w = newWorld()
	w.net(311, county, nil, 1, 2)
	w.net(312, county, nil, 1, 3)
	w.net(313, county, nil, 3, 4)
	r = w.compute(t, county, day)
	want = []CutPoint{{1, county, 1}, {3, county, 1}}
	if !reflect.DeepEqual(r.CutPoints, want) {
		t.Errorf("cut points %+v, want %+v", r.CutPoints, want)
	}
}

func TestLoadsAndDates(t *testing.T) {
	w := bridgeWorld()
	r := w.compute(t, county, day)
	want := []Load{
		{Org: 2, Networks: 3, MeetingsPerYear: 16, Unknown: 1, Coordinator: 1, Chair: 1},
		{Org: 1, Networks: 2, MeetingsPerYear: 16},
		{Org: 3, Networks: 1, Unknown: 1},
	}
	if !reflect.DeepEqual(r.Loads, want) {
		t.Errorf("loads %+v, want %+v", r.Loads, want)
	}
	for _, org := range []int{4, 5, 6, 7, 8} {
		if l, ok := r.LoadOf(org); ok {
			t.Errorf("organisation %d has a load on the day: %+v", org, l)
		}
	}
	// On the last day of its membership 5 still counted; 6 from its first.
	if l, ok := w.compute(t, county, *date("2024-01-31")).LoadOf(5); !ok || l.Networks != 1 {
		t.Errorf("on its end date, 5: %+v %v", l, ok)
	}
	if _, ok := w.compute(t, county, *date("2024-02-01")).LoadOf(5); ok {
		t.Error("the day after its end date, 5 still counts")
	}
	if l, ok := w.compute(t, county, *date("2024-06-02")).LoadOf(6); !ok || l.MeetingsPerYear != 12 {
		t.Errorf("from its start date, 6: %+v %v", l, ok)
	}
}

func TestLeftOut(t *testing.T) {
	w := bridgeWorld() // 4 is police in the county's town, in no network
	w.org(9, "POLICE", other)
	w.org(10, "NGO", town) // not a sector the template expects
	w.org(11, "POLICE", country)
	w.d.Orgs[11].Operating = []int{town} // operates in the county
	w.org(3, "POLICE", town)             // a member: not left out
	w.d.Templates = []*ent.CoverageTemplate{{AreaKind: coveragetemplate.AreaKindWELLBEING_COUNTY,
		Expectations: []expect.Expectation{{Key: "police", Rule: expect.GroupMember, Sector: "POLICE"},
			{Key: "group", Rule: expect.CountyGroup, SuggestSectors: []enum.Sector{"WELLBEING_COUNTY"}}}}}
	r := w.compute(t, county, day)
	want := []LeftOut{{4, county, "POLICE"}, {11, county, "POLICE"}}
	if !reflect.DeepEqual(r.LeftOut, want) {
		t.Errorf("left out %+v, want %+v", r.LeftOut, want)
	}
	n := w.compute(t, country, day)
	want = append(want, LeftOut{9, other, "POLICE"})
	if !reflect.DeepEqual(n.LeftOut, want) {
		t.Errorf("national left out %+v, want %+v", n.LeftOut, want)
	}
}

func TestAreas(t *testing.T) {
	w := newWorld()
	if _, err := Compute(w.d, town, day); err != ErrAreaKind {
		t.Errorf("a municipality: %v", err)
	}
	if _, err := Compute(w.d, 999, day); err != ErrUnknownArea {
		t.Errorf("an unknown area: %v", err)
	}
	// An empty county: empty lists, no division by zero.
	r := w.compute(t, other, day)
	if len(r.Bridges)+len(r.Loads)+len(r.Overlaps)+len(r.CutPoints)+r.TieCount() != 0 {
		t.Errorf("an empty county: %+v", r)
	}
}
