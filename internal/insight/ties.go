package insight

import (
	"slices"
)

// The co-membership projection (organisations linked by the networks they
// share) is ranked by shared networks, most first, then by the two IDs.
// It is never held whole: the country at scale M has some 800,000 pairs,
// and at L several millions. One pass over the scope counts, for each
// weight, which organisations have ties of that weight to organisations
// with a higher ID (their row) and how many; a page then recomputes only
// the rows it shows. Memory is a few entries per organisation, and a page
// costs one row per tie shown at most.

// tieIndex locates the ties of each weight: the organisations (indexes,
// ascending) whose rows hold ties of weights[k], and cum[k][i], the ties of
// that weight in the rows before rows[k][i] (one more entry: the weight's
// total).
type tieIndex struct {
	s       *scope
	weights []int32 // descending
	rows    [][]int32
	cum     [][]int
	total   int
}

func newTieIndex(s *scope) *tieIndex {
	t := &tieIndex{s: s}
	count := make([]int32, len(s.orgIDs))
	var touched []int32
	var hist []int // weight → ties of that weight in the row
	byWeight := map[int32]int{}
	for a := range int32(len(s.orgIDs)) {
		touched = s.row(a, count, touched[:0])
		for _, b := range touched {
			w := int(count[b])
			if w >= len(hist) {
				hist = append(hist, make([]int, w+1-len(hist))...)
			}
			hist[w]++
			count[b] = 0
		}
		for w, n := range hist {
			if n == 0 {
				continue
			}
			k, ok := byWeight[int32(w)]
			if !ok {
				k = len(t.weights)
				byWeight[int32(w)] = k
				t.weights = append(t.weights, int32(w))
				t.rows = append(t.rows, nil)
				t.cum = append(t.cum, []int{0})
			}
			t.rows[k] = append(t.rows[k], a)
			t.cum[k] = append(t.cum[k], t.cum[k][len(t.cum[k])-1]+n)
			t.total += n
			hist[w] = 0
		}
	}
	// Sort the weights descending, their lists with them.
	order := make([]int, len(t.weights))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(x, y int) int { return int(t.weights[y] - t.weights[x]) })
	w, rows, cum := make([]int32, len(order)), make([][]int32, len(order)), make([][]int, len(order))
	for i, k := range order {
		w[i], rows[i], cum[i] = t.weights[k], t.rows[k], t.cum[k]
	}
	t.weights, t.rows, t.cum = w, rows, cum
	return t
}

// row counts in count, for organisation a, the networks it shares with
// each organisation of a higher index, and returns those organisations
// (appended to touched, in no order). The caller zeroes count again.
func (s *scope) row(a int32, count []int32, touched []int32) []int32 {
	for _, i := range s.networks(a) {
		ms := s.members(i)
		k, _ := slices.BinarySearch(ms, a+1)
		for _, b := range ms[k:] {
			if count[b] == 0 {
				touched = append(touched, b)
			}
			count[b]++
		}
	}
	return touched
}

func (t *tieIndex) bytes() int {
	if t == nil {
		return 0
	}
	n := t.s.bytes() + 64*len(t.weights)
	for _, r := range t.rows {
		n += 12 * len(r)
	}
	return n
}

// TieCount returns how many pairs of organisations share a network in the
// area.
func (r *Result) TieCount() int { return r.ties.total }

// Ties returns the co-membership ties ranked from position start (0: the
// most shared), at most n of them.
func (r *Result) Ties(start, n int) []Tie {
	t := r.ties
	if start < 0 || n <= 0 || start >= t.total {
		return nil
	}
	// The weight holding start, then the row within it.
	k := 0
	for start >= t.cum[k][len(t.cum[k])-1] {
		start -= t.cum[k][len(t.cum[k])-1]
		k++
	}
	i, found := slices.BinarySearch(t.cum[k], start)
	if !found {
		i--
	}
	skip := start - t.cum[k][i]
	out := make([]Tie, 0, min(n, t.total))
	count := make([]int32, len(t.s.orgIDs))
	var touched []int32
	for ; k < len(t.weights); k, i = k+1, 0 {
		w := t.weights[k]
		for ; i < len(t.rows[k]); i++ {
			a := t.rows[k][i]
			touched = t.s.row(a, count, touched[:0])
			slices.Sort(touched)
			for _, b := range touched {
				if count[b] == w {
					if skip > 0 {
						skip--
					} else if len(out) < n {
						out = append(out, Tie{A: t.s.orgIDs[a], B: t.s.orgIDs[b], Shared: int(w)})
					}
				}
				count[b] = 0
			}
			if len(out) == n {
				return out
			}
		}
	}
	return out
}
