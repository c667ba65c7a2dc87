package layout

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bipartite builds a seeded organisation–network graph with a long tail:
// a few hub organisations in many networks, many in one or two.
func bipartite(orgs, nets, edges int, seed uint64) (int, [][2]int32) {
	r := rand.New(rand.NewPCG(seed, seed))
	out := make([][2]int32, 0, edges)
	for range edges {
		o := int32(math.Floor(float64(orgs) * math.Pow(r.Float64(), 3))) // skewed towards low indexes: hubs
		nw := int32(orgs + r.IntN(nets))
		out = append(out, [2]int32{o, nw})
	}
	return orgs + nets, out
}

func TestDeterministic(t *testing.T) {
	n, edges := bipartite(300, 60, 1500, 1)
	a := ForceAtlas2(n, edges, Options{})
	b := ForceAtlas2(n, edges, Options{})
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("node %d: %v then %v", i, a[i], b[i])
		}
	}
}

func TestFiniteAndNormalised(t *testing.T) {
	n, edges := bipartite(200, 40, 800, 2)
	edges = append(edges, [2]int32{3, 3}, [2]int32{5, 250}, [2]int32{-1, 4}, [2]int32{7, 9999}) // tolerated
	pos := ForceAtlas2(n+10, edges, Options{})                                                  // ten isolated nodes
	maxAbs := 0.0
	for i, p := range pos {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
			t.Fatalf("node %d at %v", i, p)
		}
		maxAbs = math.Max(maxAbs, math.Max(math.Abs(p.X), math.Abs(p.Y)))
	}
	if math.Abs(maxAbs-Extent) > 1e-6 {
		t.Errorf("extent %v, want %v", maxAbs, float64(Extent))
	}
	if len(ForceAtlas2(0, nil, Options{})) != 0 {
		t.Error("empty graph")
	}
	if p := ForceAtlas2(1, nil, Options{}); len(p) != 1 || p[0] != (Point{}) {
		t.Errorf("single node: %v", p)
	}
}

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// Two dense clusters joined by nothing end up apart, each compact.
func TestClustersStayTogether(t *testing.T) {
	var edges [][2]int32
	for c := range 2 {
		base := int32(c * 30)
		for i := range int32(30) {
			for j := i + 1; j < 30; j += 3 {
				edges = append(edges, [2]int32{base + i, base + j})
			}
		}
	}
	pos := ForceAtlas2(60, edges, Options{})
	var intra, inter float64
	var ni, nx int
	for i := range 60 {
		for j := i + 1; j < 60; j++ {
			if i/30 == j/30 {
				intra += dist(pos[i], pos[j])
				ni++
			} else {
				inter += dist(pos[i], pos[j])
				nx++
			}
		}
	}
	intra /= float64(ni)
	inter /= float64(nx)
	if intra*2 > inter {
		t.Errorf("mean distance within clusters %.0f, between %.0f", intra, inter)
	}
}

// Nodes joined by an edge are closer on average than random pairs.
func TestNeighboursAreClose(t *testing.T) {
	n, edges := bipartite(500, 100, 2000, 3)
	pos := ForceAtlas2(n, edges, Options{})
	var linked float64
	for _, e := range edges {
		linked += dist(pos[e[0]], pos[e[1]])
	}
	linked /= float64(len(edges))
	r := rand.New(rand.NewPCG(9, 9))
	var random float64
	for range 5000 {
		random += dist(pos[r.IntN(n)], pos[r.IntN(n)])
	}
	random /= 5000
	if linked >= random*0.8 {
		t.Errorf("mean edge length %.0f, random pair %.0f", linked, random)
	}
}

// After a small change, only the nodes marked moving move; a new node lands
// among its neighbours, and the ends of the new edge move a little.
func TestWarmKeepsThePicture(t *testing.T) {
	n, edges := bipartite(500, 100, 2000, 4)
	before := Full(n, edges, Options{})
	// A new organisation (index n) joins three networks.
	added := [][2]int32{{int32(n), 510}, {int32(n), 520}, {int32(n), 530}}
	grown := append(append([][2]int32{}, edges...), added...)
	start := append(append([]Point{}, before.Points...), Point{})
	placed := make([]bool, n+1)
	moving := make([]bool, n+1)
	for i := range n {
		placed[i] = true
	}
	for _, e := range added {
		moving[e[0]], moving[e[1]] = true, true
	}
	after := Warm(n+1, grown, start, placed, moving, before.Scale, Options{})
	for i := range n {
		if !moving[i] && after[i] != before.Points[i] {
			t.Fatalf("unchanged node %d moved from %v to %v", i, before.Points[i], after[i])
		}
	}
	for _, e := range added[:] {
		if d := dist(after[e[1]], before.Points[e[1]]); d > 50 {
			t.Errorf("network %d moved %.0f for one new member", e[1], d)
		}
	}
	for _, e := range added {
		t.Logf("network %d moved %.1f", e[1], dist(after[e[1]], before.Points[e[1]]))
	}
	var toNeighbours float64
	for _, e := range added {
		toNeighbours += dist(after[n], after[e[1]])
	}
	toNeighbours /= float64(len(added))
	t.Logf("to neighbours %.0f", toNeighbours)
	var random float64
	for i := range n {
		random += dist(after[n], after[i])
	}
	random /= float64(n)
	if toNeighbours >= random*0.8 {
		t.Errorf("new node %.0f from its networks, %.0f from the average node", toNeighbours, random)
	}
	again := Warm(n+1, grown, start, placed, moving, before.Scale, Options{})
	for i := range after {
		if after[i] != again[i] {
			t.Fatalf("node %d: %v then %v", i, after[i], again[i])
		}
	}
}
