package server_test

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/frontend"
	"github.com/verkosto/verkosto/internal/testdb"
)

// GraphiQL must work on a closed network: the page, its scripts, styles,
// editor workers and font all come from this server, and its policy lets
// the browser load nothing from anywhere else.
func TestGraphiQLIsSelfContained(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		app := startAppWith(t, dialect, frontend.Dist())
		res, page := get(t, app.URL+"/graphql", "Accept", "text/html")
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("GraphiQL page: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
		}
		csp := res.Header.Get("Content-Security-Policy")
		for _, directive := range strings.Split(csp, ";") {
			fields := strings.Fields(directive)
			if len(fields) == 0 {
				continue
			}
			for _, source := range fields[1:] {
				allowed := []string{"'self'", "'none'", "data:", "blob:"}
				if fields[0] == "style-src" {
					allowed = append(allowed, "'unsafe-inline'") // the editor positions itself with inline styles
				}
				if !slices.Contains(allowed, source) {
					t.Errorf("CSP %s allows %s", fields[0], source)
				}
			}
		}
		if !strings.Contains(csp, "script-src 'self';") {
			t.Errorf("CSP lacks script-src 'self': %s", csp)
		}

		// Every file the page loads, and every file those load in turn
		// (chunks, workers, styles, the font), is served here.
		var queue []string
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1) {
			if !strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") {
				t.Errorf("the page loads %s from elsewhere", m[1])
			}
			queue = append(queue, m[1])
		}
		// Vite names assets by absolute path (/assets/x.js) in CSS and
		// worker URLs, and chunks relatively (./x.js) in imports.
		ref := regexp.MustCompile(`/?assets/[A-Za-z0-9._-]+\.(?:js|css|ttf|woff2?)|["'(]\./([A-Za-z0-9._-]+\.(?:js|css|ttf|woff2?))`)
		seen := map[string]bool{}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			if seen[u] {
				continue
			}
			seen[u] = true
			res, body := get(t, app.URL+u)
			if res.StatusCode != http.StatusOK {
				t.Errorf("%s: %d", u, res.StatusCode)
			}
			if !strings.HasSuffix(u, ".js") && !strings.HasSuffix(u, ".css") {
				continue
			}
			for _, m := range ref.FindAllStringSubmatch(body, -1) {
				if m[1] != "" {
					queue = append(queue, "/assets/"+m[1])
				} else {
					queue = append(queue, "/"+strings.TrimPrefix(m[0], "/"))
				}
			}
		}
		var workers int
		for u := range seen {
			if strings.Contains(u, "worker") {
				workers++
			}
		}
		if len(seen) < 5 || workers == 0 {
			t.Errorf("the page loads %d files (%d workers): %v", len(seen), workers, seen)
		}
	})
}
