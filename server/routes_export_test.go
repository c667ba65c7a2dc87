package server

// RoutePatterns lists the patterns of every route the server serves, for
// the read-path test (package server_test).
func (a *App) RoutePatterns() []string {
	var out []string
	for _, e := range a.endpoints(nil, nil) {
		out = append(out, e.pattern)
	}
	return out
}
