package layout

import (
	"math"

	"gonum.org/v1/gonum/spatial/r2"
)

// WarmIterations is how many steps Warm takes by default: enough for a new
// node to settle among its neighbours, a fraction of a full layout's cost.
const WarmIterations = 60

// Warm lays out a graph that changed a little since an earlier layout
// (prev, in whose frame start is given), keeping the picture the user
// knows: only the nodes marked moving move; every other node stays exactly
// where it was. Nodes not placed (new ones) must be moving; they start at
// the centre of their placed neighbours. The moving nodes then take a few
// ForceAtlas2 steps against the fixed rest, with the same forces as a full
// layout in the earlier layout's own scale, and are kept inside
// [-Extent, Extent]. The result is deterministic like Full's.
func Warm(n int, edges [][2]int32, start []Point, placed, moving []bool, scale float64, opts Options) []Point {
	out := make([]Point, n)
	if n == 0 {
		return out
	}
	if scale <= 0 || math.IsNaN(scale) || math.IsInf(scale, 0) {
		scale = 1
	}
	if opts.Iterations <= 0 {
		opts.Iterations = WarmIterations
	}
	opts = withDefaults(n, opts)
	nodes, links, compensation := prepare(n, edges)
	// The simulation runs in its own coordinates, where the forces balanced.
	for i := range nodes {
		if placed[i] {
			nodes[i].pos = r2.Vec{X: start[i].X / scale, Y: start[i].Y / scale}
		}
	}
	placeNew(nodes, links, placed)

	var active []int32
	var fixed []node
	for i := range nodes {
		if moving[i] || !placed[i] {
			active = append(active, int32(i))
		} else {
			fixed = append(fixed, nodes[i])
		}
	}
	if len(active) > 0 {
		s := &warmState{nodes: nodes, active: active, opts: opts, compensation: compensation, speed: 1, speedEfficiency: 1}
		isActive := make([]bool, n)
		for _, i := range active {
			isActive[i] = true
		}
		for _, l := range links {
			if isActive[l[0]] || isActive[l[1]] {
				s.links = append(s.links, l)
				s.linkMoves = append(s.linkMoves, [2]bool{isActive[l[0]], isActive[l[1]]})
			}
		}
		// The fixed nodes do not move, so their tree is built once.
		if len(fixed) > 0 {
			s.fixed = fixed
			s.tree.rebuild(fixed)
		}
		for range opts.Iterations {
			if !s.step() {
				break
			}
		}
	}
	for i := range nodes {
		if placed[i] && !moving[i] {
			out[i] = start[i] // bit for bit: a fixed node does not move at all
			continue
		}
		p := Point{X: nodes[i].pos.X * scale, Y: nodes[i].pos.Y * scale}
		p.X = math.Max(-Extent, math.Min(Extent, p.X))
		p.Y = math.Max(-Extent, math.Min(Extent, p.Y))
		out[i] = p
	}
	return out
}

// placeNew starts each unplaced node at the centre of its placed neighbours,
// in rounds so that a new node linked only to new ones follows them; one
// with no placed neighbour at all starts on the full layout's spiral. A
// small fixed offset keeps nodes with the same neighbours apart.
func placeNew(nodes []node, links [][2]int32, placed []bool) {
	done := make([]bool, len(nodes))
	copy(done, placed)
	for range 4 {
		var sum []r2.Vec
		var count []int
		add := func(i, j int32) {
			if done[i] || !done[j] {
				return
			}
			if sum == nil {
				sum, count = make([]r2.Vec, len(nodes)), make([]int, len(nodes))
			}
			sum[i] = r2.Add(sum[i], nodes[j].pos)
			count[i]++
		}
		for _, l := range links {
			add(l[0], l[1])
			add(l[1], l[0])
		}
		if sum == nil {
			break
		}
		for i := range nodes {
			if count[i] > 0 {
				nodes[i].pos = r2.Add(r2.Scale(1/float64(count[i]), sum[i]), r2.Scale(0.1, spiral(i%1000)))
				done[i] = true
			}
		}
	}
	for i := range nodes {
		if !done[i] {
			nodes[i].pos = spiral(i)
		}
	}
}

// warmState is state for the moving nodes only.
type warmState struct {
	nodes        []node
	active       []int32
	links        [][2]int32 // links with at least one moving end
	linkMoves    [][2]bool  // which ends of each link move
	fixed        []node
	tree         quadtree
	opts         Options
	compensation float64

	speed, speedEfficiency float64
}

func (s *warmState) step() bool {
	stack := make([]int32, 0, 256)
	for _, i := range s.active {
		nd := &s.nodes[i]
		nd.old, nd.force = nd.force, r2.Vec{}
		if len(s.fixed) > 0 {
			fx, fy := s.tree.repulsionAt(s.fixed, nd.pos, nd.mass, -1, s.opts.Scaling, s.opts.Theta, stack)
			nd.force = r2.Vec{X: fx, Y: fy}
		}
		// Moving nodes are few: they repel each other exactly.
		for _, j := range s.active {
			if j == i {
				continue
			}
			d := r2.Sub(nd.pos, s.nodes[j].pos)
			d2 := d.X*d.X + d.Y*d.Y
			if d2 > 0 {
				nd.force = r2.Add(nd.force, r2.Scale(s.opts.Scaling*nd.mass*s.nodes[j].mass/d2, d))
			}
		}
		nd.force = r2.Sub(nd.force, r2.Scale(s.opts.Gravity*nd.mass, nd.pos))
	}
	for k, l := range s.links {
		a, b := &s.nodes[l[0]], &s.nodes[l[1]]
		f := r2.Scale(s.compensation/a.mass, r2.Sub(b.pos, a.pos))
		if s.linkMoves[k][0] {
			a.force = r2.Add(a.force, f)
		}
		if s.linkMoves[k][1] {
			b.force = r2.Sub(b.force, f)
		}
	}
	s.adjustSpeed()
	for _, i := range s.active {
		nd := &s.nodes[i]
		swing := nd.mass * math.Hypot(nd.old.X-nd.force.X, nd.old.Y-nd.force.Y)
		factor := s.speed / (1 + math.Sqrt(s.speed*swing))
		next := r2.Add(nd.pos, r2.Scale(factor, nd.force))
		if math.IsNaN(next.X) || math.IsNaN(next.Y) || math.IsInf(next.X, 0) || math.IsInf(next.Y, 0) {
			return false
		}
		nd.pos = next
	}
	return true
}

// adjustSpeed is state.adjustSpeed over the moving nodes.
func (s *warmState) adjustSpeed() {
	sub := make([]node, len(s.active))
	for k, i := range s.active {
		sub[k] = s.nodes[i]
	}
	st := state{nodes: sub, speed: s.speed, speedEfficiency: s.speedEfficiency}
	st.adjustSpeed()
	s.speed, s.speedEfficiency = st.speed, st.speedEfficiency
}
