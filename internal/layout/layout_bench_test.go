package layout

import "testing"

// Scale M: 5,000 organisations, 1,000 networks, 30,000 memberships.
func BenchmarkForceAtlas2M(b *testing.B) {
	n, edges := bipartite(5000, 1000, 30000, 42)
	for b.Loop() {
		ForceAtlas2(n, edges, Options{})
	}
}

// Scale L: ten times M.
func BenchmarkForceAtlas2L(b *testing.B) {
	n, edges := bipartite(50000, 10000, 300000, 42)
	for b.Loop() {
		ForceAtlas2(n, edges, Options{})
	}
}
