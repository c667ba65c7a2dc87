package graph

// MaxPage is the largest first/last a connection accepts, and the page size
// when a client gives neither.
const MaxPage = 100

func defaultPage(first, last *int) *int {
	if first == nil && last == nil {
		n := MaxPage
		return &n
	}
	return first
}

func deref(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}
