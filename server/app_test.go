package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"entgo.io/ent/dialect"

	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// testApp is a real server (real HTTP, real database) with demo data.
type testApp struct {
	*server.App
	URL        string
	statements *atomic.Int64
}

var testUI = fstest.MapFS{
	"index.html":           {Data: []byte("<!doctype html><title>Verkosto</title>")},
	"assets/app-abc123.js": {Data: []byte("console.log('app')")},
	"favicon.svg":          {Data: []byte("<svg/>")},
	"graphiql.html":        {Data: []byte("<!doctype html><title>GraphiQL</title>")},
}

func startApp(t *testing.T, dialectName string, mutate ...func(*server.Config)) *testApp {
	t.Helper()
	return startAppLogging(t, dialectName, io.Discard, mutate...)
}

// startAppLogging is startApp with the server's log written to logTo.
func startAppLogging(t *testing.T, dialectName string, logTo io.Writer, mutate ...func(*server.Config)) *testApp {
	t.Helper()
	return newTestApp(t, dialectName, testUI, logTo, mutate...)
}

// startAppWith serves ui as the web app (the real build: frontend.Dist()).
func startAppWith(t *testing.T, dialectName string, ui fs.FS, mutate ...func(*server.Config)) *testApp {
	t.Helper()
	return newTestApp(t, dialectName, ui, io.Discard, mutate...)
}

func newTestApp(t *testing.T, dialectName string, ui fs.FS, logTo io.Writer, mutate ...func(*server.Config)) *testApp {
	t.Helper()
	var count atomic.Int64
	cfg := server.DefaultConfig()
	cfg.DatabaseURL = testdb.URL(t, dialectName)
	cfg.Demo = true
	cfg.PublicRead = true
	cfg.WrapDriver = func(d dialect.Driver) dialect.Driver {
		return dialect.DebugWithContext(d, func(context.Context, ...any) { count.Add(1) })
	}
	// The mail sender stays idle unless a test wants it (its queries
	// would blur the tests that count statements).
	cfg.Outbox.Interval = time.Hour
	// So does the insight computed ahead of requests (TestInsightPrecompute
	// turns it on).
	cfg.InsightRefresh = 0
	for _, m := range mutate {
		m(&cfg)
	}
	log := slog.New(slog.NewTextHandler(logTo, nil))
	app, err := server.NewApp(context.Background(), cfg, log, ui)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler)
	t.Cleanup(func() {
		srv.Close()
		app.Close()
	})
	return &testApp{App: app, URL: srv.URL, statements: &count}
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	status int
	header http.Header
}

func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// post sends a GraphQL request over HTTP like any client would.
func (a *testApp) post(t *testing.T, query string, vars map[string]any) *gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return a.postRaw(t, body, "application/json")
}

func (a *testApp) postRaw(t *testing.T, body []byte, accept string) *gqlResponse {
	t.Helper()
	return a.postWith(t, http.DefaultClient, body, accept)
}

// postWith sends a request through hc (a browser-like client with a cookie jar).
func (a *testApp) postWith(t *testing.T, hc *http.Client, body []byte, accept string) *gqlResponse {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, a.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", accept)
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", res.StatusCode, raw)
	}
	out.status, out.header = res.StatusCode, res.Header
	return &out
}

// data unmarshals the response data, failing on any error.
func (r *gqlResponse) decode(t *testing.T, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}
