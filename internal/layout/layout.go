// Package layout positions graph nodes with ForceAtlas2 (Jacomy et al. 2014,
// the layout Gephi and graphology use): nodes repel each other in proportion
// to their degrees, edges pull their ends together, and gravity keeps
// disconnected parts from drifting away. Clustered networks come out as
// readable clusters around their hubs.
//
// Repulsion uses a Barnes-Hut quadtree (quadtree.go), so a step costs
// O(n log n) instead of O(n²). The result is deterministic:
// the same graph always gives the same positions, bit for bit, because the
// start positions are a fixed spiral and every step is computed in node order
// (forces are computed in parallel, but each node only writes its own slot).
package layout

import (
	"math"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/spatial/r2"
)

// Options tune the layout; the zero value means defaults.
type Options struct {
	Iterations int     // 0: chosen from the graph's size
	Gravity    float64 // 0: 0.05 (strong gravity: pull grows with distance)
	Scaling    float64 // repulsion strength; 0: 10
	Theta      float64 // Barnes-Hut accuracy (smaller is exacter); 0: 0.8
}

// Point is a position.
type Point struct{ X, Y float64 }

// Extent is half the width of the square the result is scaled into.
const Extent = 1000

type node struct {
	pos        r2.Vec
	mass       float64 // degree + 1
	force, old r2.Vec
}

// ForceAtlas2 lays out n nodes joined by edges (pairs of node indexes;
// duplicate pairs add weight, self-loops and out-of-range indexes are
// ignored) and returns one position per node, centred on the origin and
// scaled into [-Extent, Extent].
func ForceAtlas2(n int, edges [][2]int32, opts Options) []Point {
	return Full(n, edges, opts).Points
}

// Layout is a graph's positions and the factor the simulation's own
// coordinates were scaled by to fit them into [-Extent, Extent]; Warm needs
// it to keep the forces in the balance they settled in.
type Layout struct {
	Points []Point
	Scale  float64
}

// Full is ForceAtlas2 with the scale of its result.
func Full(n int, edges [][2]int32, opts Options) Layout {
	if n == 0 {
		return Layout{Points: []Point{}, Scale: 1}
	}
	opts = withDefaults(n, opts)
	nodes, links, compensation := prepare(n, edges)
	// A sunflower spiral: distinct, evenly spread and fixed start positions.
	for i := range nodes {
		nodes[i].pos = spiral(i)
	}
	s := &state{nodes: nodes, links: links, opts: opts,
		compensation: compensation, speed: 1, speedEfficiency: 1}
	for range opts.Iterations {
		if !s.step() {
			break
		}
	}
	return normalise(nodes)
}

func spiral(i int) r2.Vec {
	const golden = 2.399963229728653
	r := 10 * math.Sqrt(float64(i)+0.5)
	a := golden * float64(i)
	return r2.Vec{X: r * math.Cos(a), Y: r * math.Sin(a)}
}

// prepare gives the nodes their masses (degree + 1) and keeps the usable
// edges.
func prepare(n int, edges [][2]int32) ([]node, [][2]int32, float64) {
	nodes := make([]node, n)
	links := make([][2]int32, 0, len(edges))
	for _, e := range edges {
		a, b := e[0], e[1]
		if a == b || a < 0 || b < 0 || int(a) >= n || int(b) >= n {
			continue
		}
		links = append(links, e)
		nodes[a].mass++
		nodes[b].mass++
	}
	// Outbound attraction distribution: hubs (a police department in
	// hundreds of networks) are pulled less per edge, so they settle in the
	// middle of their networks instead of dragging them into one knot.
	compensation := 0.0
	for i := range nodes {
		nodes[i].mass++
		compensation += nodes[i].mass
	}
	return nodes, links, compensation / float64(n)
}

func withDefaults(n int, o Options) Options {
	if o.Iterations <= 0 {
		switch {
		case n < 100:
			o.Iterations = 500
		case n < 1000:
			o.Iterations = 300
		case n < 10000:
			o.Iterations = 120
		default:
			o.Iterations = 50
		}
	}
	if o.Gravity == 0 {
		o.Gravity = 0.05
	}
	if o.Scaling == 0 {
		o.Scaling = 10 // graphology's inferred default, with strong gravity
	}
	if o.Theta == 0 {
		o.Theta = 0.8
	}
	return o
}

type state struct {
	nodes        []node
	links        [][2]int32
	opts         Options
	compensation float64

	speed, speedEfficiency float64
	tree                   quadtree // rebuilt every step; kept to reuse its buffers
}

// step moves every node once; it reports false when the positions can no
// longer be told apart (the tree cannot be built) and the layout must stop.
func (s *state) step() bool {
	for i := range s.nodes {
		s.nodes[i].old, s.nodes[i].force = s.nodes[i].force, r2.Vec{}
	}
	if !s.repulse() {
		return false
	}
	// Strong gravity (as graphology infers for most graphs): the pull grows
	// with distance, so isolated nodes and small components stay near the
	// rest instead of flying off and shrinking everything else on screen.
	for i := range s.nodes {
		nd := &s.nodes[i]
		nd.force = r2.Sub(nd.force, r2.Scale(s.opts.Gravity*nd.mass, nd.pos))
	}
	for _, l := range s.links {
		a, b := &s.nodes[l[0]], &s.nodes[l[1]]
		// Linear attraction, divided by the source's mass (see compensation).
		f := r2.Scale(s.compensation/a.mass, r2.Sub(b.pos, a.pos))
		a.force = r2.Add(a.force, f)
		b.force = r2.Sub(b.force, f)
	}
	s.adjustSpeed()
	for i := range s.nodes {
		nd := &s.nodes[i]
		swing := nd.mass * math.Hypot(nd.old.X-nd.force.X, nd.old.Y-nd.force.Y)
		factor := s.speed / (1 + math.Sqrt(s.speed*swing))
		nd.pos = r2.Add(nd.pos, r2.Scale(factor, nd.force))
		if math.IsNaN(nd.pos.X) || math.IsNaN(nd.pos.Y) || math.IsInf(nd.pos.X, 0) || math.IsInf(nd.pos.Y, 0) {
			nd.pos = r2.Sub(nd.pos, r2.Scale(factor, nd.force)) // never let one bad step poison the result
			return false
		}
	}
	return true
}

// repulse adds k·mᵢ·mⱼ/d, pointing away, between every pair (approximated).
func (s *state) repulse() bool {
	tree := &s.tree
	tree.rebuild(s.nodes)
	workers := min(runtime.GOMAXPROCS(0), 8)
	if len(s.nodes) < 512 {
		workers = 1
	}
	var wg sync.WaitGroup
	chunk := (len(s.nodes) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(s.nodes))
		wg.Add(1)
		go func() {
			defer wg.Done()
			stack := make([]int32, 0, 256)
			for i := lo; i < hi; i++ {
				fx, fy := tree.repulsion(s.nodes, int32(i), s.opts.Scaling, s.opts.Theta, stack)
				s.nodes[i].force.X += fx
				s.nodes[i].force.Y += fy
			}
		}()
	}
	wg.Wait()
	return true
}

// adjustSpeed is ForceAtlas2's adaptive global speed: faster while nodes
// move steadily (traction), slower when they oscillate (swinging).
func (s *state) adjustSpeed() {
	var swinging, traction float64
	for i := range s.nodes {
		nd := &s.nodes[i]
		swinging += nd.mass * math.Hypot(nd.old.X-nd.force.X, nd.old.Y-nd.force.Y)
		traction += 0.5 * nd.mass * math.Hypot(nd.old.X+nd.force.X, nd.old.Y+nd.force.Y)
	}
	if swinging == 0 || traction == 0 {
		return
	}
	n := float64(len(s.nodes))
	estimated := 0.05 * math.Sqrt(n)
	jitter := math.Max(math.Sqrt(estimated), math.Min(10, estimated*traction/(n*n)))
	if swinging/traction > 2 {
		if s.speedEfficiency > 0.05 {
			s.speedEfficiency *= 0.5
		}
		jitter = math.Max(jitter, 1)
	}
	target := jitter * s.speedEfficiency * traction / swinging
	if swinging > jitter*traction {
		if s.speedEfficiency > 0.05 {
			s.speedEfficiency *= 0.7
		}
	} else if s.speed < 1000 {
		s.speedEfficiency *= 1.3
	}
	s.speed += math.Min(target-s.speed, 0.5*s.speed)
}

// normalise centres the layout and scales it into [-Extent, Extent].
func normalise(nodes []node) Layout {
	var cx, cy float64
	for _, nd := range nodes {
		cx += nd.pos.X
		cy += nd.pos.Y
	}
	cx /= float64(len(nodes))
	cy /= float64(len(nodes))
	extent := 0.0
	for _, nd := range nodes {
		extent = math.Max(extent, math.Max(math.Abs(nd.pos.X-cx), math.Abs(nd.pos.Y-cy)))
	}
	scale := 1.0
	if extent > 0 {
		scale = Extent / extent
	}
	out := make([]Point, len(nodes))
	for i, nd := range nodes {
		out[i] = Point{X: (nd.pos.X - cx) * scale, Y: (nd.pos.Y - cy) * scale}
	}
	return Layout{Points: out, Scale: scale}
}
