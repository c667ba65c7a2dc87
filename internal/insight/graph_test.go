package insight

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// The organisations' betweenness agrees with gonum's Brandes on random
// organisation–network graphs: several components, leaves, networks
// without members, organisations sharing the same networks.
func TestBetweennessAgreesWithGonum(t *testing.T) {
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 7))
		nets, orgs := 1+r.IntN(12), 1+r.IntN(40)
		memberOf := make([][]int32, orgs)
		want := simple.NewUndirectedGraph()
		for v := range nets + orgs {
			want.AddNode(simple.Node(v))
		}
		for j := range orgs {
			for i := range nets {
				if r.IntN(nets) < 2 {
					memberOf[j] = append(memberOf[j], int32(i))
					want.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(nets + j)})
				}
			}
		}
		g := &adjacency{start: make([]int32, nets+orgs+1), nets: int32(nets)}
		for i := range nets {
			for j, ns := range memberOf {
				for _, n := range ns {
					if int(n) == i {
						g.adj = append(g.adj, int32(nets+j))
					}
				}
			}
			g.start[i+1] = int32(len(g.adj))
		}
		for j, ns := range memberOf {
			g.adj = append(g.adj, ns...)
			g.start[nets+j+1] = int32(len(g.adj))
		}
		got, estimated, err := g.betweenness(context.Background(), math.MaxInt)
		if err != nil || estimated {
			t.Fatal(err, estimated)
		}
		cb := network.Betweenness(want)
		for j := range orgs {
			v := nets + j
			if math.Abs(got[v]-cb[int64(v)]) > 1e-9*max(1, cb[int64(v)]) {
				t.Errorf("seed %d: organisation node %d: %v, gonum %v", seed, v, got[v], cb[int64(v)])
			}
		}
	}
}
