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
// in a request. The country's bridges, single points of failure and left
// out are the counties' together, each with its county, so that the country
// is the union of the counties' cached results (Service) and a county's
// request computes only that county.
//
// Everything runs on integer-indexed arrays (scope): at scale L a county
// has tens of thousands of nodes, and maps of pairs or gonum's map-based
// graphs spent most of the time hashing. The co-membership projection is
// never materialised: it has hundreds of thousands of pairs at scale M
// (millions at L) and is read a page at a time (ties.go).
package insight

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"runtime"
	"slices"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/asof"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/dataversion"
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
	// Estimated is set when the county's graph was too big for the exact
	// sum (ExactWork): Betweenness and Score are then estimates from a
	// sample of the sources.
	Estimated bool
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
	LeftOut   []LeftOut

	ties *tieIndex // the co-membership projection, paged by Ties

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
// area) on a day (zero: today), without a cache.
func Compute(d *coverage.Data, areaID int, asOf time.Time) (*Result, error) {
	idx := newIndex(d)
	day := Day(asOf)
	return idx.compute(context.Background(), areaID, day, func(ctx context.Context, county int) (*Result, error) {
		return idx.county(ctx, county, day, nil)
	})
}

// compute returns the insight into an area on a day; the country's takes
// the counties' results from county (Service passes its cache).
func (x *index) compute(ctx context.Context, areaID int, day time.Time, county func(context.Context, int) (*Result, error)) (*Result, error) {
	a, ok := x.d.Areas[areaID]
	if !ok {
		return nil, ErrUnknownArea
	}
	switch a.Kind {
	case area.KindCOUNTRY:
		return x.national(ctx, areaID, day, county)
	case area.KindWELLBEING_COUNTY, area.KindREGION:
		return county(ctx, areaID)
	}
	return nil, ErrAreaKind
}

// county computes one county's insight; its bridges and single points of
// failure come from graphs when it is not nil.
func (x *index) county(ctx context.Context, county int, day time.Time, graphs *dataversion.Cache[*structure]) (*Result, error) {
	s := x.scope(day, county)
	r := &Result{Area: county, AsOf: day, Overlaps: s.overlaps(), Loads: s.loads(), LeftOut: x.leftOut(s), ties: newTieIndex(s)}
	st, err := s.structure(ctx, graphs)
	if err != nil {
		return nil, err
	}
	r.Bridges, r.CutPoints = st.bridges, st.cutPoints
	r.index()
	return r, nil
}

// structure is what depends on a county's graph alone (its networks, their
// members, the links), not on the day, roles or meetings: the bridges and
// single points of failure, nearly all the cost of a county.
type structure struct {
	bridges   []Bridge
	cutPoints []CutPoint
}

func (st *structure) bytes() int { return 100 + len(st.bridges)*48 + len(st.cutPoints)*40 }

// structure computes the scope's structure, or takes it from graphs by the
// graph's content: a write changes the graph of the counties it touches
// only, and the other counties' stay good across data versions and days.
func (s *scope) structure(ctx context.Context, graphs *dataversion.Cache[*structure]) (*structure, error) {
	compute := func(ctx context.Context) (*structure, error) {
		b, err := s.bridges(ctx)
		if err != nil {
			return nil, err
		}
		return &structure{bridges: b, cutPoints: s.cutPoints()}, nil
	}
	if graphs == nil {
		return compute(ctx)
	}
	// Keyed by content, not by data version: version 0 always.
	return graphs.Get(ctx, 0, s.fingerprint(), compute)
}

// fingerprint identifies the scope's county and graph: a hash of the
// networks' and organisations' IDs and of the links between them.
func (s *scope) fingerprint() string {
	h := sha256.New()
	buf := make([]byte, 0, 8*(len(s.netIDs)+len(s.orgIDs)+2)+4*(len(s.netStart)+len(s.netOrgs)))
	buf = binary.LittleEndian.AppendUint64(buf, uint64(s.county))
	for _, ids := range [][]int{s.netIDs, s.orgIDs} {
		buf = binary.LittleEndian.AppendUint64(buf, uint64(len(ids)))
		for _, id := range ids {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(id))
		}
	}
	for _, xs := range [][]int32{s.netStart, s.netOrgs} {
		for _, x := range xs {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(x))
		}
	}
	h.Write(buf)
	return string(h.Sum(nil))
}

// national computes the country's own measures over every network and
// gathers the counties' bridges, single points of failure and left out,
// the counties side by side on at most GOMAXPROCS goroutines.
func (x *index) national(ctx context.Context, areaID int, day time.Time, county func(context.Context, int) (*Result, error)) (*Result, error) {
	parts := make([]*Result, len(x.counties))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, c := range x.counties {
		g.Go(func() error {
			r, err := county(gctx, c)
			parts[i] = r
			return err
		})
	}
	s := x.scope(day, 0)
	r := &Result{Area: areaID, National: true, AsOf: day, Overlaps: s.overlaps(), Loads: s.loads(), ties: newTieIndex(s)}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for _, p := range parts {
		r.Bridges = append(r.Bridges, p.Bridges...)
		r.CutPoints = append(r.CutPoints, p.CutPoints...)
		r.LeftOut = append(r.LeftOut, p.LeftOut...)
	}
	sortBridges(r.Bridges)
	sortCutPoints(r.CutPoints)
	sortLeftOut(r.LeftOut)
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
	n := 200 + len(r.Loads)*(64+40) + len(r.Bridges)*(48+40) + len(r.CutPoints)*40 + len(r.LeftOut)*48 + r.ties.bytes()
	for _, o := range r.Overlaps {
		n += 80 + 40 + 8*(len(o.Shared)+len(o.OnlyA)+len(o.OnlyB))
	}
	return n
}

// index is the loaded data grouped for insight, once per data version:
// every scope on every day is cut from it without a pass over all the
// data.
type index struct {
	d        *coverage.Data
	counties []int                      // county-level areas, by ID
	nets     map[int][]int              // county → networks with an area in it (0: every network), by ID
	members  map[int][]*coverage.Member // network → its memberships, whatever their status
	orgsIn   map[int][]int              // county → organisations at home or operating in it, by ID
}

func newIndex(d *coverage.Data) *index {
	x := &index{d: d, nets: map[int][]int{}, members: map[int][]*coverage.Member{}, orgsIn: map[int][]int{}}
	for _, a := range d.Areas {
		if a.Kind == area.KindWELLBEING_COUNTY || a.Kind == area.KindREGION {
			x.counties = append(x.counties, a.ID)
		}
	}
	slices.Sort(x.counties)
	var in []int
	for id, n := range d.Nets {
		x.nets[0] = append(x.nets[0], id)
		in = in[:0]
		for _, a := range n.Areas {
			if c := d.County(a); c != 0 && !slices.Contains(in, c) {
				in = append(in, c)
				x.nets[c] = append(x.nets[c], id)
			}
		}
	}
	for _, ids := range x.nets {
		slices.Sort(ids)
	}
	for _, m := range d.Memberships {
		x.members[m.Net] = append(x.members[m.Net], m)
	}
	for id, o := range d.Orgs {
		in = append(in[:0], d.County(o.Home))
		for _, a := range o.Operating {
			in = append(in, d.County(a))
		}
		slices.Sort(in)
		for _, c := range slices.Compact(in) {
			if c != 0 {
				x.orgsIn[c] = append(x.orgsIn[c], id)
			}
		}
	}
	return x
}

// bytes estimates the memory the index holds beyond the data.
func (x *index) bytes() int {
	return 8*len(x.d.Memberships)*2 + 8*len(x.d.Nets)*3 + 8*len(x.d.Orgs)*2
}

// Roles held in a network, as bits: two memberships of one organisation in
// one network are one member with both roles.
const (
	roleCoordinator uint8 = 1 << iota
	roleChair
)

func roleBit(r membership.Role) uint8 {
	switch r {
	case membership.RoleCOORDINATOR:
		return roleCoordinator
	case membership.RoleCHAIR:
		return roleChair
	}
	return 0
}

// scope is the networks of an area on a day and their members, as a
// bipartite graph in compressed sparse rows: networks and organisations
// are numbered 0… in ascending ID order, network i's members are
// netOrgs[netStart[i]:netStart[i+1]] (ascending) and organisation j's
// networks orgNets[orgStart[j]:orgStart[j+1]] (ascending).
type scope struct {
	d        *coverage.Data
	county   int // 0: the country
	netIDs   []int
	orgIDs   []int
	netStart []int32
	netOrgs  []int32
	roles    []uint8 // beside netOrgs
	orgStart []int32
	orgNets  []int32
}

func (x *index) scope(day time.Time, county int) *scope {
	d := x.d
	s := &scope{d: d, county: county}
	for _, id := range x.nets[county] {
		if n := d.Nets[id]; asof.Network(day, n.Status, n.Started, n.Ended) {
			s.netIDs = append(s.netIDs, id)
		}
	}
	type member struct {
		org  int
		role uint8
	}
	var all []member // every network's members, one after the other
	s.netStart = make([]int32, len(s.netIDs)+1)
	orgIndex := map[int]int32{}
	for i, id := range s.netIDs {
		from := len(all)
		for _, m := range x.members[id] {
			if d.Orgs[m.Org] != nil && asof.Membership(day, m.Status, m.Start, m.End) {
				all = append(all, member{m.Org, roleBit(m.Role)})
			}
		}
		ms := all[from:]
		slices.SortFunc(ms, func(a, b member) int { return cmp.Compare(a.org, b.org) })
		// Two memberships, one member.
		k := 0
		for j, m := range ms {
			if j > 0 && m.org == ms[k-1].org {
				ms[k-1].role |= m.role
				continue
			}
			ms[k] = m
			k++
			orgIndex[m.org] = 0
		}
		all = all[:from+k]
		s.netStart[i+1] = int32(len(all))
	}
	s.orgIDs = make([]int, 0, len(orgIndex))
	for id := range orgIndex {
		s.orgIDs = append(s.orgIDs, id)
	}
	slices.Sort(s.orgIDs)
	for j, id := range s.orgIDs {
		orgIndex[id] = int32(j)
	}
	s.netOrgs = make([]int32, len(all))
	s.roles = make([]uint8, len(all))
	s.orgStart = make([]int32, len(s.orgIDs)+1)
	for k, m := range all {
		j := orgIndex[m.org]
		s.netOrgs[k], s.roles[k] = j, m.role
		s.orgStart[j+1]++
	}
	for j := range s.orgIDs {
		s.orgStart[j+1] += s.orgStart[j]
	}
	s.orgNets = make([]int32, len(all))
	next := slices.Clone(s.orgStart[:len(s.orgIDs)])
	for i := range s.netIDs { // networks in ascending order: each organisation's list is sorted
		for _, j := range s.members(int32(i)) {
			s.orgNets[next[j]] = int32(i)
			next[j]++
		}
	}
	return s
}

// members returns network i's members, ascending.
func (s *scope) members(i int32) []int32 { return s.netOrgs[s.netStart[i]:s.netStart[i+1]] }

// networks returns organisation j's networks, ascending.
func (s *scope) networks(j int32) []int32 { return s.orgNets[s.orgStart[j]:s.orgStart[j+1]] }

// bytes estimates the memory the scope holds.
func (s *scope) bytes() int {
	return 8*(len(s.netIDs)+len(s.orgIDs)) + 4*(len(s.netStart)+len(s.orgStart)) + 9*len(s.netOrgs)
}

// overlaps counts, for each network a, the members it shares with each
// later network through its members' other networks: pairs sharing no
// member (a similarity of 0) are never looked at.
func (s *scope) overlaps() []Overlap {
	shared := make([]int32, len(s.netIDs))
	var touched []int32
	size := func(i int32) int { return int(s.netStart[i+1] - s.netStart[i]) }
	var out []Overlap
	for a := range int32(len(s.netIDs)) {
		if size(a) < MinMembers {
			continue
		}
		touched = touched[:0]
		for _, j := range s.members(a) {
			for _, b := range s.networks(j) {
				if b > a && size(b) >= MinMembers {
					if shared[b] == 0 {
						touched = append(touched, b)
					}
					shared[b]++
				}
			}
		}
		for _, b := range touched {
			n := int(shared[b])
			shared[b] = 0
			j := float64(n) / float64(size(a)+size(b)-n)
			if j < MinJaccard {
				continue
			}
			o := Overlap{A: s.netIDs[a], B: s.netIDs[b], Jaccard: j}
			ma, mb := s.members(a), s.members(b)
			for len(ma) > 0 || len(mb) > 0 {
				switch {
				case len(mb) == 0 || len(ma) > 0 && ma[0] < mb[0]:
					o.OnlyA = append(o.OnlyA, s.orgIDs[ma[0]])
					ma = ma[1:]
				case len(ma) == 0 || mb[0] < ma[0]:
					o.OnlyB = append(o.OnlyB, s.orgIDs[mb[0]])
					mb = mb[1:]
				default:
					o.Shared = append(o.Shared, s.orgIDs[ma[0]])
					ma, mb = ma[1:], mb[1:]
				}
			}
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(x, y Overlap) int {
		return cmp.Or(cmp.Compare(y.Jaccard, x.Jaccard), cmp.Compare(len(y.Shared), len(x.Shared)),
			cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	return out
}

func (s *scope) loads() []Load {
	out := make([]Load, len(s.orgIDs))
	for j, id := range s.orgIDs {
		out[j].Org = id
	}
	for i, id := range s.netIDs {
		meetings := s.d.Nets[id].MeetingsPerYear
		for k := s.netStart[i]; k < s.netStart[i+1]; k++ {
			l := &out[s.netOrgs[k]]
			l.Networks++
			if meetings != nil {
				l.MeetingsPerYear += *meetings
			} else {
				l.Unknown++
			}
			if s.roles[k]&roleCoordinator != 0 {
				l.Coordinator++
			}
			if s.roles[k]&roleChair != 0 {
				l.Chair++
			}
		}
	}
	slices.SortFunc(out, func(x, y Load) int {
		return cmp.Or(cmp.Compare(y.MeetingsPerYear, x.MeetingsPerYear), cmp.Compare(y.Networks, x.Networks),
			cmp.Compare(y.Coordinator+y.Chair, x.Coordinator+x.Chair), cmp.Compare(x.Org, y.Org))
	})
	return out
}

// leftOut lists the county's organisations of the sectors its template
// expects that are members of none of its networks.
func (x *index) leftOut(s *scope) []LeftOut {
	t := x.d.Template(x.d.Areas[s.county].Kind, nil)
	if t == nil {
		return nil
	}
	var sectors []enum.Sector
	for _, e := range t.Expectations {
		for _, sec := range append([]enum.Sector{e.Sector}, e.SuggestSectors...) {
			if sec != "" && !slices.Contains(sectors, sec) {
				sectors = append(sectors, sec)
			}
		}
	}
	var out []LeftOut
	for _, id := range x.orgsIn[s.county] {
		if _, member := slices.BinarySearch(s.orgIDs, id); !member && slices.Contains(sectors, x.d.Orgs[id].Sector) {
			out = append(out, LeftOut{Org: id, County: s.county, Sector: x.d.Orgs[id].Sector})
		}
	}
	sortLeftOut(out)
	return out
}

func sortLeftOut(ls []LeftOut) {
	slices.SortFunc(ls, func(x, y LeftOut) int {
		return cmp.Or(cmp.Compare(x.County, y.County), cmp.Compare(x.Sector, y.Sector), cmp.Compare(x.Org, y.Org))
	})
}
