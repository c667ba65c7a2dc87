package insight

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Node IDs in the organisation–network graph: organisations and networks
// are numbered apart, so that equal IDs of the two never meet.
func orgNode(id int) int64 { return 2 * int64(id) }
func netNode(id int) int64 { return 2*int64(id) + 1 }

// bridges ranks the scope's organisations by betweenness centrality in the
// organisation–network graph (gonum's Brandes), those with none left out.
// Networks without members are nodes too: they count in the pairs.
func (s *scope) bridges() []Bridge {
	g := simple.NewUndirectedGraph()
	for _, net := range s.nets {
		g.AddNode(simple.Node(netNode(net)))
	}
	for _, net := range s.nets {
		for _, m := range s.byNet[net] {
			if g.Node(orgNode(m.org)) == nil {
				g.AddNode(simple.Node(orgNode(m.org)))
			}
			g.SetEdge(simple.Edge{F: simple.Node(orgNode(m.org)), T: simple.Node(netNode(net))})
		}
	}
	n := float64(g.Nodes().Len())
	var out []Bridge
	for id, cb := range network.Betweenness(g) {
		if id%2 != 0 {
			continue // a network
		}
		// gonum counts each unordered pair from both ends.
		b := Bridge{Org: int(id / 2), County: s.county, Betweenness: cb / 2}
		b.Score = cb / ((n - 1) * (n - 2))
		out = append(out, b)
	}
	sortBridges(out)
	return out
}

func sortBridges(bs []Bridge) {
	slices.SortFunc(bs, func(x, y Bridge) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.Org, y.Org), cmp.Compare(x.County, y.County))
	})
}

func sortCutPoints(cs []CutPoint) {
	slices.SortFunc(cs, func(x, y CutPoint) int {
		return cmp.Or(cmp.Compare(y.CutOff, x.CutOff), cmp.Compare(x.Org, y.Org), cmp.Compare(x.County, y.County))
	})
}

// cutPoints finds the articulation points of the cooperation graph made of
// ties. gonum has connected components (graph/topo) but no articulation
// points, so this is Hopcroft and Tarjan's depth-first search: a vertex v
// is one when a child c's subtree has no edge back above v (low[c] ≥
// disc[v]), or, for a root, when it has two children or more.
func (s *scope) cutPoints(ties []Tie) []CutPoint {
	adj := map[int][]int{}
	for _, t := range ties {
		adj[t.A] = append(adj[t.A], t.B)
		adj[t.B] = append(adj[t.B], t.A)
	}
	vertices := make([]int, 0, len(adj))
	for v := range adj {
		vertices = append(vertices, v)
	}
	slices.Sort(vertices)
	disc, low, size := map[int]int{}, map[int]int{}, map[int]int{}
	cut := map[int]int{} // articulation point → organisations cut off
	time := 0
	var visit func(v, parent int) (children []int)
	visit = func(v, parent int) []int {
		time++
		disc[v], low[v], size[v] = time, time, 1
		var children []int
		for _, w := range adj[v] {
			switch {
			case disc[w] == 0:
				visit(w, v)
				children = append(children, w)
				size[v] += size[w]
				low[v] = min(low[v], low[w])
				if parent != 0 && low[w] >= disc[v] {
					cut[v] += size[w]
				}
			case w != parent:
				low[v] = min(low[v], disc[w])
			}
		}
		return children
	}
	for _, root := range vertices {
		if disc[root] != 0 {
			continue
		}
		children := visit(root, 0)
		if len(children) < 2 {
			continue
		}
		// Without the root its children's subtrees fall apart: all but
		// the largest are cut off from it.
		largest, total := 0, 0
		for _, c := range children {
			largest = max(largest, size[c])
			total += size[c]
		}
		cut[root] = total - largest
	}
	out := make([]CutPoint, 0, len(cut))
	for v, n := range cut {
		out = append(out, CutPoint{Org: v, County: s.county, CutOff: n})
	}
	sortCutPoints(out)
	return out
}
