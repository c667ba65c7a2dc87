package server_test

import (
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/frontend"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestStaticFilesAndFallback(t *testing.T) {
	app := startApp(t, "sqlite")
	for _, tc := range []struct {
		path   string
		status int
		body   string
		cache  string
	}{
		{"/", 200, "<title>Verkosto", "no-cache"},
		{"/networks/8589934593", 200, "<title>Verkosto", "no-cache"},
		{"/organizations/1/deep/link", 200, "<title>Verkosto", "no-cache"},
		{"/assets/app-abc123.js", 200, "console.log", "public, max-age=31536000, immutable"},
		{"/assets/missing-123.js", 404, "", ""},
		{"/missing.png", 404, "", ""},
		{"/favicon.svg", 200, "<svg/>", "no-cache"},
		{"/../../etc/passwd", 307, "", ""}, // the mux redirects to the cleaned path
		{"/%2e%2e/%2e%2e/etc/passwd", 200, "<title>Verkosto", "no-cache"},
		{"/assets/%2e%2e/%2e%2e/go.mod", 404, "", ""},
		{"/assets/..%2f..%2fgo.mod", 404, "", ""},
		{"/healthz", 200, "ok", "no-store"},
		{"/readyz", 200, "ready", "no-store"},
	} {
		res, body := get(t, app.URL+tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d", tc.path, res.StatusCode, tc.status)
			continue
		}
		if tc.body != "" && !strings.Contains(body, tc.body) {
			t.Errorf("%s: body %q lacks %q", tc.path, body, tc.body)
		}
		if tc.cache != "" && res.Header.Get("Cache-Control") != tc.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tc.path, res.Header.Get("Cache-Control"), tc.cache)
		}
		if strings.Contains(body, "root:") || strings.Contains(body, "module github.com") {
			t.Errorf("%s: leaked a file outside the app", tc.path)
		}
	}
	// Scripts come gzipped once at the best level to clients that take gzip,
	// plain to others.
	for _, tc := range []struct{ accept, encoding string }{{"gzip, deflate, br, zstd", "gzip"}, {"gzip;q=0.5", "gzip"}, {"identity", ""}, {"gzip;q=0", ""}} {
		req, _ := http.NewRequest(http.MethodGet, app.URL+"/assets/app-abc123.js", nil)
		req.Header.Set("Accept-Encoding", tc.accept)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var r io.Reader = res.Body
		if res.Header.Get("Content-Encoding") != tc.encoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.accept, res.Header.Get("Content-Encoding"), tc.encoding)
		} else if tc.encoding == "gzip" {
			if r, err = gzip.NewReader(res.Body); err != nil {
				t.Fatal(err)
			}
		}
		b, _ := io.ReadAll(r)
		res.Body.Close()
		if string(b) != "console.log('app')" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
			t.Errorf("Accept-Encoding %q: %q as %q", tc.accept, b, res.Header.Get("Content-Type"))
		}
	}
	// /graphql is never swallowed by the app.
	res, body := get(t, app.URL+"/graphql?query=%7B__typename%7D")
	if res.StatusCode != 200 || !strings.Contains(body, `"__typename":"Query"`) {
		t.Errorf("/graphql GET: %d %s", res.StatusCode, body)
	}
	// A browser gets GraphiQL.
	res, body = get(t, app.URL+"/graphql", "Accept", "text/html")
	if res.StatusCode != 200 || !strings.Contains(strings.ToLower(body), "graphiql") {
		t.Errorf("GraphiQL: %d", res.StatusCode)
	}
}

func TestSecurityHeadersAndCrossOrigin(t *testing.T) {
	app := startApp(t, "sqlite")
	res, _ := get(t, app.URL+"/")
	h := res.Header
	if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") ||
		strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self' 'unsafe-inline'") ||
		h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
		t.Errorf("security headers: %v", h)
	}
	// A cross-site POST (a form or script on another site) is refused.
	req, _ := http.NewRequest(http.MethodPost, app.URL+"/graphql", strings.NewReader(`{"query":"{__typename}"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: status %d, want 403", r.StatusCode)
	}
	// The same request from the same origin goes through.
	req, _ = http.NewRequest(http.MethodPost, app.URL+"/graphql", strings.NewReader(`{"query":"{__typename}"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	r, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusOK {
		t.Errorf("same-origin POST: status %d", r.StatusCode)
	}
}

func TestStartupErrors(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg := server.DefaultConfig()
	cfg.DatabaseURL = "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"
	_, err := server.NewApp(context.Background(), cfg, log, testUI)
	if err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Errorf("unreachable database: %v", err)
	}
	cfg.DatabaseURL = "mysql://x"
	if _, err := server.NewApp(context.Background(), cfg, log, testUI); err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Errorf("bad scheme: %v", err)
	}

	// A port in use is a clear error.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cfg.DatabaseURL = testdb.URL(t, "sqlite")
	cfg.Addr = ln.Addr().String()
	app, err := server.NewApp(context.Background(), cfg, log, testUI)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	if err := app.Serve(context.Background(), nil); err == nil || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("port in use: %v", err)
	}
}

func TestGracefulShutdown(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg := server.DefaultConfig()
	cfg.DatabaseURL = testdb.URL(t, "sqlite")
	cfg.Addr = "127.0.0.1:0"
	cfg.Drain = 100 * time.Millisecond
	app, err := server.NewApp(context.Background(), cfg, log, testUI)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- app.Serve(ctx, func(a string) { addr <- a }) }()
	url := "http://" + <-addr
	if res, _ := get(t, url+"/healthz"); res.StatusCode != 200 {
		t.Fatalf("healthz %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after shutdown: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not shut down")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestRepeatedQueriesAnsweredFromCache(t *testing.T) {
	app := startApp(t, "sqlite")
	url := app.URL + "/graphql?query=" + "%7BnetworkMap%7BnodeCount%20data%7D%7D"
	res, body := get(t, url, "Accept-Encoding", "gzip")
	etag := res.Header.Get("ETag")
	if res.StatusCode != 200 || etag == "" || res.Header.Get("Content-Encoding") != "gzip" || len(body) == 0 {
		t.Fatalf("first answer: %d etag=%q encoding=%q", res.StatusCode, etag, res.Header.Get("Content-Encoding"))
	}
	// The client already has it: 304 and no body.
	res, body = get(t, url, "If-None-Match", etag)
	if res.StatusCode != http.StatusNotModified || body != "" {
		t.Errorf("revalidation: %d with %d bytes", res.StatusCode, len(body))
	}
	// Any write changes the answer's tag.
	app.DB.Client.Organization.Create().SetNameFi("Uusi järjestö").SetSector("NGO").SaveX(viewer.SystemContext(context.Background()))
	res, body = get(t, url, "If-None-Match", etag)
	if res.StatusCode != 200 || res.Header.Get("ETag") == etag || !strings.Contains(body, "nodeCount") {
		t.Errorf("after a write: %d etag=%q", res.StatusCode, res.Header.Get("ETag"))
	}
	// Errors are never cached.
	res, _ = get(t, app.URL+"/graphql?query=%7Bnope%7D")
	if res.Header.Get("ETag") != "" {
		t.Error("an error answer got an ETag")
	}
}

// TestRestartOnTheSameDatabase: a second start finds everything in place
// (migrations, reference areas, coverage templates, demo data, the first
// administrator) and changes nothing.
func TestRestartOnTheSameDatabase(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		cfg := server.DefaultConfig()
		cfg.DatabaseURL = testdb.URL(t, dialect)
		cfg.Demo = true
		cfg.AdminEmail, cfg.AdminPassword = "admin@example.fi", "a long enough password"
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		for i := range 2 {
			app, err := server.NewApp(context.Background(), cfg, log, testUI)
			if err != nil {
				t.Fatalf("start %d: %v", i+1, err)
			}
			n := app.DB.Client.CoverageTemplate.Query().CountX(viewer.SystemContext(context.Background()))
			app.Close()
			if n != 2 {
				t.Errorf("start %d: %d templates", i+1, n)
			}
		}
	})
}

// A fresh instance without accounts says so on its page (the sign-in form
// then explains how the operator makes the first administrator); once an
// account exists the page says nothing of it.
func TestFirstAdminHint(t *testing.T) {
	app := startAppWith(t, "sqlite", frontend.Dist())
	const meta = `<meta name="verkosto-setup" content="first-admin" />`
	if _, body := get(t, app.URL+"/login"); !strings.Contains(body, meta) {
		t.Errorf("no first-admin hint on an instance without accounts: %s", body)
	}
	app.DB.Client.Account.Create().SetEmail("first@example.fi").SetPasswordHash("unused").SetRole(viewer.RoleAdmin).SaveX(viewer.SystemContext(context.Background()))
	if _, body := get(t, app.URL+"/login"); strings.Contains(body, meta) {
		t.Error("the first-admin hint stays after an account exists")
	}
}
