package layout

import (
	"math"

	"gonum.org/v1/gonum/spatial/r2"
)

// quadtree is a Barnes-Hut tree over node positions: far-away groups of
// nodes act as one mass at their centre of mass, so repulsion costs
// O(n log n) per step.
//
// gonum's spatial/barneshut was the first choice, but its tree computes
// centres of mass as Σpos/Σmass, which is only right when every mass is 1;
// ForceAtlas2's masses are degrees, so Verkosto keeps this small tree.
type quadtree struct {
	cells   []cell
	order   []int32 // node indexes, grouped so each leaf owns a contiguous run
	scratch []int32 // partition buffer, reused at every level
}

type cell struct {
	x0, y0, size float64 // the square the cell covers
	cx, cy, mass float64 // centre of mass and total mass
	first, count int32   // a leaf's run in order; count == 0 for inner cells
	child        [4]int32
}

// maxDepth stops splitting where positions are (nearly) equal; such nodes
// share one leaf and are handled exactly.
const maxDepth = 48

// rebuild makes t the tree of the nodes' current positions, reusing its buffers.
func (t *quadtree) rebuild(nodes []node) {
	if cap(t.order) < len(nodes) {
		t.order, t.scratch = make([]int32, len(nodes)), make([]int32, len(nodes))
	}
	t.order, t.scratch, t.cells = t.order[:len(nodes)], t.scratch[:len(nodes)], t.cells[:0]
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, nd := range nodes {
		t.order[i] = int32(i)
		minX, maxX = math.Min(minX, nd.pos.X), math.Max(maxX, nd.pos.X)
		minY, maxY = math.Min(minY, nd.pos.Y), math.Max(maxY, nd.pos.Y)
	}
	size := math.Max(maxX-minX, maxY-minY)*1.0001 + 1e-9
	t.build(nodes, 0, int32(len(nodes)), minX, minY, size, 0)
}

// build makes the cell for order[lo:hi] and returns its index.
func (t *quadtree) build(nodes []node, lo, hi int32, x0, y0, size float64, depth int) int32 {
	id := int32(len(t.cells))
	t.cells = append(t.cells, cell{x0: x0, y0: y0, size: size})
	var mx, my, mass float64
	for _, i := range t.order[lo:hi] {
		m := nodes[i].mass
		mx += m * nodes[i].pos.X
		my += m * nodes[i].pos.Y
		mass += m
	}
	c := &t.cells[id]
	c.cx, c.cy, c.mass = mx/mass, my/mass, mass
	if hi-lo <= 1 || depth >= maxDepth {
		c.first, c.count = lo, hi-lo
		return id
	}
	// Partition the run into the four quadrants, in a fixed order.
	half := size / 2
	midX, midY := x0+half, y0+half
	quadrant := func(i int32) int {
		q := 0
		if nodes[i].pos.X >= midX {
			q |= 1
		}
		if nodes[i].pos.Y >= midY {
			q |= 2
		}
		return q
	}
	run := t.order[lo:hi]
	var counts [4]int32
	for _, i := range run {
		counts[quadrant(i)]++
	}
	sorted := t.scratch[lo:lo]
	for q := range 4 {
		for _, i := range run {
			if quadrant(i) == q {
				sorted = append(sorted, i)
			}
		}
	}
	copy(run, sorted)
	start := lo
	for q := range 4 {
		if counts[q] == 0 {
			continue
		}
		qx, qy := x0, y0
		if q&1 != 0 {
			qx = midX
		}
		if q&2 != 0 {
			qy = midY
		}
		child := t.build(nodes, start, start+counts[q], qx, qy, half, depth+1)
		t.cells[id].child[q] = child // re-index: append may have moved cells
		start += counts[q]
	}
	return id
}

// repulsion returns the FA2 repulsion on node i: k·mᵢ·mⱼ/d, pointing away
// from every other node, with distant cells approximated (size/d < theta).
// stack is the caller's scratch space, reused across calls.
func (t *quadtree) repulsion(nodes []node, i int32, k, theta float64, stack []int32) (fx, fy float64) {
	return t.repulsionAt(nodes, nodes[i].pos, nodes[i].mass, i, k, theta, stack)
}

// repulsionAt is the repulsion on a mass mi at p from the tree's nodes but
// skip (-1 for none: p need not be one of them).
func (t *quadtree) repulsionAt(nodes []node, p r2.Vec, mi float64, skip int32, k, theta float64, stack []int32) (fx, fy float64) {
	if len(t.cells) == 0 {
		return 0, 0
	}
	stack = append(stack[:0], 0)
	for len(stack) > 0 {
		c := &t.cells[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if c.count > 0 {
			for _, j := range t.order[c.first : c.first+c.count] {
				if j == skip {
					continue
				}
				dx, dy := p.X-nodes[j].pos.X, p.Y-nodes[j].pos.Y
				d2 := dx*dx + dy*dy
				if d2 == 0 {
					continue
				}
				f := k * mi * nodes[j].mass / d2
				fx, fy = fx+dx*f, fy+dy*f
			}
			continue
		}
		dx, dy := p.X-c.cx, p.Y-c.cy
		d2 := dx*dx + dy*dy
		inside := p.X >= c.x0 && p.X < c.x0+c.size && p.Y >= c.y0 && p.Y < c.y0+c.size
		if !inside && d2 > 0 && c.size*c.size < theta*theta*d2 {
			f := k * mi * c.mass / d2
			fx, fy = fx+dx*f, fy+dy*f
			continue
		}
		for _, ch := range c.child {
			if ch != 0 {
				stack = append(stack, ch)
			}
		}
	}
	return fx, fy
}
