// Package insight answers planners' questions about the cooperation itself,
// for a county or the whole country on a given day: which networks meet
// with nearly the same members (merge candidates), which organisations sit
// in so many networks that they cannot attend them all, which organisations
// are bridges or single points of failure, who works with whom, and who is
// left out.
//
// It computes from the data coverage loads (coverage.Data: plain values,
// memberships as every reader may read them, visible.Everyone), so that
// the answer is the same for every reader and is computed once per data
// version and area and day (Service).
//
// Scope. A county's networks are those that existed on the day and have an
// area in the county (the county or one of its municipalities); national
// networks are not a county's cooperation and are left out of its
// measures. The country's networks are all that existed on the day. A
// membership counts when it ran on the day (asof.Membership) in one of the
// scope's networks: pending and declined requests never count.
//
// Bridges are computed per county: betweenness is quadratic in the size of
// the graph or worse, and the national graph at scale is too big to answer
// in a request. The country's bridges and single points of failure are the
// counties' together, each with its county.
package insight

import (
	"cmp"
	"errors"
	"slices"
	"time"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/asof"
	"github.com/verkosto/verkosto/internal/coverage"
)

const (
	// MinJaccard is the similarity from which two networks are listed as
	// possible duplicates.
	MinJaccard = 0.6
	// MinMembers is the size both networks of a possible duplicate must
	// have: two networks of two members each sharing one say nothing.
	MinMembers = 4
)

// ErrUnknownArea is returned for an ID that names no area.
var ErrUnknownArea = coverage.ErrUnknownArea

// ErrAreaKind is returned for an area that is neither the country nor a
// county-level area.
var ErrAreaKind = errors.New("give the country or a county-level area (a wellbeing services county)")

// Overlap is a pair of networks with nearly the same members.
type Overlap struct {
	A, B    int // network IDs, A < B
	Jaccard float64
	Shared  []int // organisations in both, by ID
	OnlyA   []int // in A only
	OnlyB   []int // in B only
}

// Load is what one organisation carries.
type Load struct {
	Org      int
	Networks int // networks it is a member of
	// MeetingsPerYear sums the networks' meetings a year; networks whose
	// meetings are not recorded add nothing and are counted in Unknown.
	MeetingsPerYear int
	Unknown         int
	Coordinator     int // networks in which it is the coordinator
	Chair           int // networks in which it chairs
}

// Bridge is an organisation's betweenness centrality in one county's
// organisation–network graph (organisations and networks as nodes, a
// membership as an edge).
type Bridge struct {
	Org, County int
	// Betweenness sums, over the pairs of other nodes, the share of the
	// shortest paths between them that pass through the organisation
	// (each unordered pair once).
	Betweenness float64
	// Score is Betweenness divided by the number of pairs of other nodes,
	// (n-1)(n-2)/2: 1 for the centre of a star, 0 for a leaf.
	Score float64
}

// CutPoint is an organisation whose removal splits a county's cooperation
// graph (organisations linked when they share a network): an articulation
// point.
type CutPoint struct {
	Org, County int
	// CutOff counts the organisations that lose every path to the rest of
	// their component without it (the smaller side when it is the root
	// of several).
	CutOff int
}

// Tie is an edge of the co-membership projection: two organisations and
// the number of networks they share.
type Tie struct {
	A, B   int // organisation IDs, A < B
	Shared int
}

// LeftOut is an organisation of a sector its county's coverage template
// expects that belongs to no network of the county.
type LeftOut struct {
	Org, County int
	Sector      enum.Sector
}

// Result is the insight into one area on one day. Lists are ranked, most
// notable first, ties broken by ID.
type Result struct {
	Area      int
	National  bool
	AsOf      time.Time
	Overlaps  []Overlap
	Loads     []Load
	Bridges   []Bridge
	CutPoints []CutPoint
	Ties      []Tie
	LeftOut   []LeftOut

	loadOf     map[int]int   // org → index in Loads
	bridgeOf   map[int]int   // org → index in Bridges of its highest score
	overlapsOf map[int][]int // network → indexes in Overlaps
}

// LoadOf returns the organisation's load, false when it is in no network
// of the area.
func (r *Result) LoadOf(org int) (Load, bool) {
	i, ok := r.loadOf[org]
	if !ok {
		return Load{}, false
	}
	return r.Loads[i], true
}

// BridgeOf returns the organisation's highest bridge score in the area (0
// when it is no bridge).
func (r *Result) BridgeOf(org int) (Bridge, bool) {
	i, ok := r.bridgeOf[org]
	if !ok {
		return Bridge{}, false
	}
	return r.Bridges[i], true
}

// OverlapsOf returns the possible duplicates of a network.
func (r *Result) OverlapsOf(net int) []Overlap {
	out := make([]Overlap, 0, len(r.overlapsOf[net]))
	for _, i := range r.overlapsOf[net] {
		out = append(out, r.Overlaps[i])
	}
	return out
}

// Day returns the calendar day (UTC) asOf falls on; today for the zero time.
func Day(asOf time.Time) time.Time {
	if asOf.IsZero() {
		asOf = time.Now()
	}
	y, m, d := asOf.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Compute returns the insight into an area (the country or a county-level
// area) on a day (zero: today).
func Compute(d *coverage.Data, areaID int, asOf time.Time) (*Result, error) {
	a, ok := d.Areas[areaID]
	if !ok {
		return nil, ErrUnknownArea
	}
	day := Day(asOf)
	r := &Result{Area: areaID, AsOf: day}
	switch a.Kind {
	case area.KindCOUNTRY:
		r.National = true
		s := newScope(d, day, 0)
		r.Overlaps, r.Loads, r.Ties = s.overlaps(), s.loads(), s.ties()
		for _, c := range counties(d) {
			cs := newScope(d, day, c)
			r.Bridges = append(r.Bridges, cs.bridges()...)
			r.CutPoints = append(r.CutPoints, cs.cutPoints(cs.ties())...)
			r.LeftOut = append(r.LeftOut, cs.leftOut()...)
		}
		sortBridges(r.Bridges)
		sortCutPoints(r.CutPoints)
	case area.KindWELLBEING_COUNTY, area.KindREGION:
		s := newScope(d, day, areaID)
		r.Overlaps, r.Loads, r.Ties = s.overlaps(), s.loads(), s.ties()
		r.Bridges, r.CutPoints, r.LeftOut = s.bridges(), s.cutPoints(r.Ties), s.leftOut()
	default:
		return nil, ErrAreaKind
	}
	r.index()
	return r, nil
}

func (r *Result) index() {
	r.loadOf = make(map[int]int, len(r.Loads))
	for i, l := range r.Loads {
		r.loadOf[l.Org] = i
	}
	r.bridgeOf = map[int]int{}
	for i, b := range r.Bridges {
		if _, ok := r.bridgeOf[b.Org]; !ok { // ranked: the first is the highest
			r.bridgeOf[b.Org] = i
		}
	}
	r.overlapsOf = map[int][]int{}
	for i, o := range r.Overlaps {
		r.overlapsOf[o.A] = append(r.overlapsOf[o.A], i)
		r.overlapsOf[o.B] = append(r.overlapsOf[o.B], i)
	}
}

// bytes estimates the memory a result holds, for the cache's bound.
func (r *Result) bytes() int {
	n := 200 + len(r.Loads)*64 + len(r.Bridges)*48 + len(r.CutPoints)*40 + len(r.Ties)*40 + len(r.LeftOut)*48
	for _, o := range r.Overlaps {
		n += 80 + 8*(len(o.Shared)+len(o.OnlyA)+len(o.OnlyB))
	}
	return n
}

// counties lists the county-level areas, by ID.
func counties(d *coverage.Data) []int {
	var out []int
	for _, a := range d.Areas {
		if a.Kind == area.KindWELLBEING_COUNTY || a.Kind == area.KindREGION {
			out = append(out, a.ID)
		}
	}
	slices.Sort(out)
	return out
}

// member is one organisation's part in one network of the scope.
type member struct {
	org   int
	roles []membership.Role
}

// scope is the networks of an area on a day and their members.
type scope struct {
	d      *coverage.Data
	county int // 0: the country
	nets   []int
	byNet  map[int][]member // by org ID
	orgsOf map[int][]int    // org → its networks in the scope, by ID
}

func newScope(d *coverage.Data, day time.Time, county int) *scope {
	s := &scope{d: d, county: county, byNet: map[int][]member{}, orgsOf: map[int][]int{}}
	for id, n := range d.Nets {
		if !asof.Network(day, n.Status, n.Started, n.Ended) {
			continue
		}
		if county != 0 && !slices.ContainsFunc(n.Areas, func(a int) bool { return d.County(a) == county }) {
			continue
		}
		s.nets = append(s.nets, id)
		s.byNet[id] = nil
	}
	slices.Sort(s.nets)
	for _, m := range d.Memberships {
		if _, ok := s.byNet[m.Net]; !ok || d.Orgs[m.Org] == nil || !asof.Membership(day, m.Status, m.Start, m.End) {
			continue
		}
		ms := s.byNet[m.Net]
		if i := slices.IndexFunc(ms, func(x member) bool { return x.org == m.Org }); i >= 0 {
			ms[i].roles = append(ms[i].roles, m.Role) // two memberships, one member
			continue
		}
		s.byNet[m.Net] = append(ms, member{org: m.Org, roles: []membership.Role{m.Role}})
	}
	for _, net := range s.nets {
		ms := s.byNet[net]
		slices.SortFunc(ms, func(a, b member) int { return cmp.Compare(a.org, b.org) })
		for _, m := range ms {
			s.orgsOf[m.org] = append(s.orgsOf[m.org], net)
		}
	}
	return s
}

// orgs returns the network's members' IDs, ascending.
func (s *scope) orgs(net int) []int {
	out := make([]int, len(s.byNet[net]))
	for i, m := range s.byNet[net] {
		out[i] = m.org
	}
	return out
}

func (s *scope) overlaps() []Overlap {
	// Pairs sharing no member have a similarity of 0: count the shared
	// members of the others through each organisation's networks.
	shared := map[[2]int]int{}
	for _, nets := range s.orgsOf {
		for i, a := range nets {
			if len(s.byNet[a]) < MinMembers {
				continue
			}
			for _, b := range nets[i+1:] {
				if len(s.byNet[b]) >= MinMembers {
					shared[[2]int{a, b}]++
				}
			}
		}
	}
	var out []Overlap
	for pair, n := range shared {
		a, b := s.orgs(pair[0]), s.orgs(pair[1])
		j := float64(n) / float64(len(a)+len(b)-n)
		if j < MinJaccard {
			continue
		}
		o := Overlap{A: pair[0], B: pair[1], Jaccard: j}
		for _, x := range a {
			if _, in := slices.BinarySearch(b, x); in {
				o.Shared = append(o.Shared, x)
			} else {
				o.OnlyA = append(o.OnlyA, x)
			}
		}
		for _, x := range b {
			if _, in := slices.BinarySearch(a, x); !in {
				o.OnlyB = append(o.OnlyB, x)
			}
		}
		out = append(out, o)
	}
	slices.SortFunc(out, func(x, y Overlap) int {
		return cmp.Or(cmp.Compare(y.Jaccard, x.Jaccard), cmp.Compare(len(y.Shared), len(x.Shared)),
			cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return out
}

func (s *scope) loads() []Load {
	byOrg := map[int]*Load{}
	for _, net := range s.nets {
		meetings := s.d.Nets[net].MeetingsPerYear
		for _, m := range s.byNet[net] {
			l := byOrg[m.org]
			if l == nil {
				l = &Load{Org: m.org}
				byOrg[m.org] = l
			}
			l.Networks++
			if meetings != nil {
				l.MeetingsPerYear += *meetings
			} else {
				l.Unknown++
			}
			if slices.Contains(m.roles, membership.RoleCOORDINATOR) {
				l.Coordinator++
			}
			if slices.Contains(m.roles, membership.RoleCHAIR) {
				l.Chair++
			}
		}
	}
	out := make([]Load, 0, len(byOrg))
	for _, l := range byOrg {
		out = append(out, *l)
	}
	slices.SortFunc(out, func(x, y Load) int {
		return cmp.Or(cmp.Compare(y.MeetingsPerYear, x.MeetingsPerYear), cmp.Compare(y.Networks, x.Networks),
			cmp.Compare(y.Coordinator+y.Chair, x.Coordinator+x.Chair), cmp.Compare(x.Org, y.Org))
	})
	return out
}

func (s *scope) ties() []Tie {
	weight := map[[2]int]int{}
	for _, net := range s.nets {
		ms := s.byNet[net]
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				weight[[2]int{a.org, b.org}]++ // members are sorted: a.org < b.org
			}
		}
	}
	out := make([]Tie, 0, len(weight))
	for p, w := range weight {
		out = append(out, Tie{A: p[0], B: p[1], Shared: w})
	}
	slices.SortFunc(out, func(x, y Tie) int {
		return cmp.Or(cmp.Compare(y.Shared, x.Shared), cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return out
}

// leftOut lists the county's organisations of the sectors its template
// expects that are members of none of its networks.
func (s *scope) leftOut() []LeftOut {
	t := s.d.Template(s.d.Areas[s.county].Kind, nil)
	if t == nil {
		return nil
	}
	var sectors []enum.Sector
	for _, x := range t.Expectations {
		for _, sec := range append([]enum.Sector{x.Sector}, x.SuggestSectors...) {
			if sec != "" && !slices.Contains(sectors, sec) {
				sectors = append(sectors, sec)
			}
		}
	}
	var out []LeftOut
	for id, o := range s.d.Orgs {
		if !slices.Contains(sectors, o.Sector) || len(s.orgsOf[id]) > 0 {
			continue
		}
		if s.d.County(o.Home) == s.county || slices.ContainsFunc(o.Operating, func(a int) bool { return s.d.County(a) == s.county }) {
			out = append(out, LeftOut{Org: id, County: s.county, Sector: o.Sector})
		}
	}
	slices.SortFunc(out, func(x, y LeftOut) int {
		return cmp.Or(cmp.Compare(x.County, y.County), cmp.Compare(x.Sector, y.Sector), cmp.Compare(x.Org, y.Org))
	})
	return out
}
