// TEMPORARY STUB written by the main session so dependent packages compile
// while the real ForceAtlas2 implementation is being written. Replace this
// whole file (same API) with the real implementation.
package layout

import "math"

type Options struct {
	Iterations int
	Gravity    float64
	Scaling    float64
	Theta      float64
}

type Point struct{ X, Y float64 }

func ForceAtlas2(n int, edges [][2]int32, opts Options) []Point {
	out := make([]Point, n)
	for i := range out {
		a := float64(i) * 2.399963
		r := 10 * math.Sqrt(float64(i))
		out[i] = Point{r * math.Cos(a), r * math.Sin(a)}
	}
	return out
}
