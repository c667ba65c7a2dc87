package insight

import (
	"cmp"
	"context"
	"math/rand/v2"
	"runtime"
	"slices"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
)

// ExactWork bounds the work of an exact betweenness, in sources times
// adjacency entries (each source walks the adjacency twice): about three
// seconds of one processor. Every county of scale L is under it (the
// largest about 2·10⁸); only a county larger still is estimated, so that
// no request runs into its deadline and is retried forever. An estimate
// from 2²³ units (~200 sources at L) was measured 25% off on the top 100
// bridges and shared 11–17 of the top 20 with the exact sum, too rough to
// rank by: see bench/NOTES.md.
const ExactWork = 1 << 28

// minSample is the fewest sources an estimate is made from.
const minSample = 128

// cpu bounds the goroutines computing betweenness at once, across every
// request: a burst of cold requests (each write makes the next one cold)
// queues for the processors instead of multiplying the work in flight.
var cpu = semaphore.NewWeighted(int64(runtime.GOMAXPROCS(0)))

// adjacency is the scope's organisation–network graph in compressed sparse
// rows: node v's neighbours are adj[start[v]:start[v+1]]. Nodes
// 0…len(netIDs)-1 are the networks, then come the organisations. Networks
// without members are nodes too: they count in the pairs.
type adjacency struct {
	start []int32
	adj   []int32
	nets  int32 // the first organisation's node
}

func (s *scope) graph() *adjacency {
	nets, orgs := int32(len(s.netIDs)), int32(len(s.orgIDs))
	g := &adjacency{start: make([]int32, nets+orgs+1), adj: make([]int32, 0, 2*len(s.netOrgs)), nets: nets}
	for i := range nets {
		for _, j := range s.members(i) {
			g.adj = append(g.adj, nets+j)
		}
		g.start[i+1] = int32(len(g.adj))
	}
	for j := range orgs {
		g.adj = append(g.adj, s.networks(j)...)
		g.start[nets+j+1] = int32(len(g.adj))
	}
	return g
}

func (g *adjacency) nodes() int32               { return int32(len(g.start) - 1) }
func (g *adjacency) neighbours(v int32) []int32 { return g.adj[g.start[v]:g.start[v+1]] }

// bridges ranks the scope's organisations by betweenness centrality in the
// organisation–network graph, those with none left out.
func (s *scope) bridges(ctx context.Context) ([]Bridge, error) {
	g := s.graph()
	cb, estimated, err := g.betweenness(ctx, ExactWork)
	if err != nil {
		return nil, err
	}
	n := float64(g.nodes())
	var out []Bridge
	for j, id := range s.orgIDs {
		c := cb[g.nets+int32(j)]
		if c == 0 {
			continue
		}
		// Brandes from every source counts each unordered pair from both ends.
		out = append(out, Bridge{Org: id, County: s.county, Betweenness: c / 2, Score: c / ((n - 1) * (n - 2)), Estimated: estimated})
	}
	sortBridges(out)
	return out, nil
}

// betweenness is Brandes' algorithm for unweighted graphs, exact, from
// every node: a breadth-first search counts the shortest paths (sigma),
// then the nodes in reverse order of distance pass their dependency back
// to their predecessors, which are not stored: they are the neighbours one
// step closer. Sources are cut into chunks whose sums depend on the graph
// alone, computed side by side and added in order, so the result is the
// same on every machine and run whatever the scheduling.
//
// Only the organisations' sums are exact: a leaf (an organisation in one
// network of the graph) is not run as a source. Every shortest path from it
// is the edge to its network and then one from the network, so its
// dependencies on every other organisation are the network's: the network
// runs once with the weight of itself and its leaves. (The networks' own
// sums then lack what runs through them from their leaves; nothing reads
// them.)
//
// A county too big to sum exactly in a request (more than budget) is
// estimated from a sample of its sources (Brandes and Pich 2007), scaled up:
// see bench/NOTES.md for the error measured at scale L.
func (g *adjacency) betweenness(ctx context.Context, budget int) (cb []float64, estimated bool, err error) {
	n := g.nodes()
	weight := make([]float64, n)
	var sources []int32
	for v := range n {
		if v >= g.nets && len(g.neighbours(v)) == 1 {
			weight[g.neighbours(v)[0]]++
			continue
		}
		weight[v]++
		sources = append(sources, v)
	}
	if len(sources)*len(g.adj) > budget {
		// Too big to answer in a request: an unbiased estimate from a
		// sample of the sources, the same one on every run.
		// Sources are drawn in proportion to their weight (a network
		// stands for its leaves too), each draw worth total/k.
		k := max(budget/len(g.adj), minSample)
		cum := make([]float64, len(sources))
		total := 0.0
		for i, s := range sources {
			total += weight[s]
			cum[i] = total
		}
		r := rand.New(rand.NewPCG(uint64(n), uint64(len(g.adj))))
		drawn := make([]float64, n)
		for range k {
			i, _ := slices.BinarySearch(cum, r.Float64()*total)
			drawn[sources[min(i, len(sources)-1)]] += total / float64(k)
		}
		sources = sources[:0]
		for v, w := range drawn {
			if w > 0 {
				sources = append(sources, int32(v))
			}
		}
		weight, estimated = drawn, true
	}
	chunks := min(max(len(sources)/256, 1), 16)
	partial := make([][]float64, chunks)
	eg, ctx := errgroup.WithContext(ctx)
	for c := range chunks {
		eg.Go(func() error {
			if err := cpu.Acquire(ctx, 1); err != nil {
				return err
			}
			defer cpu.Release(1)
			cb, err := g.brandes(ctx, sources[c*len(sources)/chunks:(c+1)*len(sources)/chunks], weight)
			partial[c] = cb
			return err
		})
	}
	if err := eg.Wait(); err != nil {
		return nil, false, err
	}
	cb = partial[0]
	for _, p := range partial[1:] {
		for v, x := range p {
			cb[v] += x
		}
	}
	return cb, estimated, nil
}

// brandes sums the dependencies of every node on sources, each times its
// weight, with its buffers allocated once and reset after each source.
//
// The graph is bipartite (links join a network and an organisation only),
// so each of a node's neighbours is one step closer to the source or one
// step further, never as far. That lets both passes sum over every neighbour without asking which
// kind it is, which is most of the speed (a branch per link that the
// processor cannot predict costs more than the arithmetic):
//   - forward, a node's path count (sigma) is summed when it leaves the
//     queue: its predecessors are final by then and the nodes one step
//     further have not left the queue yet, so theirs are still zero;
//   - backward, in reverse order of distance, each node keeps
//     c = (1+delta)/sigma, which is zero until it is reached: a node's
//     successors have theirs, its predecessors not yet, so
//     delta(v) = sigma(v) × the sum of c over all its neighbours.
func (g *adjacency) brandes(ctx context.Context, sources []int32, weight []float64) ([]float64, error) {
	n := g.nodes()
	cb := make([]float64, n)
	sigma := make([]float64, n)
	c := make([]float64, n)
	seen := make([]int32, n) // the source's number + 1 when reached from it
	// order has room for a node's neighbours past its end: a neighbour is
	// written there always and kept only when it is new.
	order := make([]int32, n+int32(g.maxDegree()))
	for k, s := range sources {
		if k%64 == 63 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		mark := int32(k + 1)
		order[0], seen[s] = s, mark
		tail := 1
		for h := 0; h < tail; h++ {
			v := order[h]
			sum := 0.0
			for _, w := range g.neighbours(v) {
				sum += sigma[w]
				order[tail] = w
				if seen[w] != mark {
					tail++
				}
				seen[w] = mark
			}
			if h == 0 {
				sum = 1
			}
			sigma[v] = sum
		}
		ws := weight[s]
		for h := tail - 1; h > 0; h-- { // order[0] is the source
			w := order[h]
			sum := 0.0
			for _, v := range g.neighbours(w) {
				sum += c[v]
			}
			sw := sigma[w]
			c[w] = 1/sw + sum
			cb[w] += ws * sw * sum
		}
		for _, v := range order[:tail] {
			sigma[v], c[v] = 0, 0
		}
	}
	return cb, nil
}

func (g *adjacency) maxDegree() int {
	d := 0
	for v := range g.nodes() {
		d = max(d, len(g.neighbours(v)))
	}
	return d
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

// cutPoints finds the articulation points of the cooperation graph
// (organisations linked when they share a network) on the organisation–
// network graph, without building the projection: an organisation cuts the
// projection exactly where it cuts organisations apart in the bipartite
// graph, since two organisations share a network there exactly when a
// network links them. gonum has connected components (graph/topo) but no
// articulation points, so this is Hopcroft and Tarjan's depth-first search:
// a vertex v is one when a child c's subtree has no edge back above v
// (low[c] ≥ disc[v]), or, for a root, when it has two children or more
// with organisations below them. Each component's root is its organisation
// with the lowest ID, so that "the rest of the component" is the same side
// whatever the order of the search.
func (s *scope) cutPoints() []CutPoint {
	g := s.graph()
	n := g.nodes()
	disc, low, orgs := make([]int32, n), make([]int32, n), make([]int32, n)
	cut := make([]int32, n) // organisation node → organisations cut off
	var time int32
	var visit func(v, parent int32)
	visit = func(v, parent int32) {
		time++
		disc[v], low[v] = time, time
		if v >= g.nets {
			orgs[v] = 1
		}
		for _, w := range g.neighbours(v) {
			switch {
			case disc[w] == 0:
				visit(w, v)
				orgs[v] += orgs[w]
				low[v] = min(low[v], low[w])
				if v >= g.nets && low[w] >= disc[v] {
					cut[v] += orgs[w]
				}
			case w != parent:
				low[v] = min(low[v], disc[w])
			}
		}
	}
	for root := g.nets; root < n; root++ {
		if disc[root] != 0 {
			continue
		}
		time++
		disc[root], low[root] = time, time
		// Without the root its children's subtrees fall apart: all but
		// the largest are cut off from it.
		largest, total := int32(0), int32(0)
		for _, c := range g.neighbours(root) {
			if disc[c] == 0 {
				visit(c, root)
				largest = max(largest, orgs[c])
				total += orgs[c]
			}
		}
		cut[root] = total - largest
	}
	var out []CutPoint
	for j, id := range s.orgIDs {
		if c := cut[g.nets+int32(j)]; c > 0 {
			out = append(out, CutPoint{Org: id, County: s.county, CutOff: int(c)})
		}
	}
	sortCutPoints(out)
	return out
}
