package server

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/klauspost/compress/gzhttp"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/verkosto/verkosto/internal/database"
)

// MaxBodyBytes caps a GraphQL request body.
const MaxBodyBytes = 64 << 10

// routes wires every endpoint. Fixed paths come before the web app's
// catch-all, which serves index.html for deep links.
func (a *App) routes(api http.Handler, ui fs.FS) http.Handler {
	mux := http.NewServeMux()
	byPattern := map[string]endpoint{}
	for _, e := range a.endpoints(api, ui) {
		mux.Handle(e.pattern, e.handler)
		byPattern[e.pattern] = e
	}
	// The middleware below asks the route what it needs (a session lookup,
	// a long deadline): one declaration per route, no second list of paths.
	a.endpointOf = func(r *http.Request) endpoint {
		_, pattern := mux.Handler(r)
		return byPattern[pattern]
	}

	var h http.Handler = mux
	h = gzhttp.GzipHandler(h)
	cop := http.NewCrossOriginProtection()
	if len(a.cfg.CORSOrigins) > 0 {
		for _, o := range a.cfg.CORSOrigins {
			if err := cop.AddTrustedOrigin(o); err != nil {
				a.log.Warn("ignoring bad CORS origin", "origin", o, "err", err)
			}
		}
		h = cors.New(cors.Options{
			AllowedOrigins:   a.cfg.CORSOrigins,
			AllowedMethods:   []string{http.MethodGet, http.MethodPost},
			AllowedHeaders:   []string{"Content-Type", "Accept"},
			AllowCredentials: true,
			MaxAge:           600,
		}).Handler(h)
	}
	// Cross-origin unsafe requests (a form on another site posting a
	// mutation with the user's cookie) are refused before reaching the API.
	h = cop.Handler(h)
	h = a.withViewer(h)
	h = a.withDeadline(h)
	h = a.closeWhenDraining(h)
	h = securityHeaders(h)
	h = a.requestLog(h)
	return h
}

// endpoint is one route. Every route is declared in endpoints, and a test
// (readpaths_test.go) fails on one it does not run the read rules through.
type endpoint struct {
	pattern string
	handler http.Handler
	session bool // needs to know who asks: the session cookie is looked up
	long    bool // streams or writes whole files: LongRequestTimeout
}

func (a *App) endpoints(api http.Handler, ui fs.FS) []endpoint {
	cached := newQueryCache(a.Version).wrap(api)
	return []endpoint{
		{pattern: "POST /graphql", session: true, handler: requireJSON(limitBody(cached, MaxBodyBytes))},
		{pattern: "GET /graphql", session: true, handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.RawQuery == "" && strings.Contains(r.Header.Get("Accept"), "text/html") {
				// GraphiQL is built into the web app's files (frontend/graphiql.html):
				// it works without internet, under the app's own policy.
				servePage(w, ui, "graphiql.html")
				return
			}
			if isMutation(r.URL.Query().Get("query")) {
				// GraphQL over HTTP: a mutation over GET is 405, with the method to use.
				w.Header().Set("Allow", http.MethodPost)
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusMethodNotAllowed)
				w.Write([]byte(`{"errors":[{"message":"mutations must be sent with POST","extensions":{"code":"BAD_USER_INPUT"}}]}`))
				return
			}
			cached.ServeHTTP(w, r)
		})},
		{pattern: "GET /healthz", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeText(w, http.StatusOK, "ok")
		})},
		{pattern: "GET /readyz", handler: http.HandlerFunc(a.readyz)},
		{pattern: "GET /map.json", session: true, handler: http.HandlerFunc(a.mapJSON)},
		{pattern: "GET /insight/scores.json", session: true, handler: http.HandlerFunc(a.insightScores)},
		{pattern: "GET /export/coverage.csv", session: true, long: true, handler: http.HandlerFunc(a.exportCoverage)},
		{pattern: "GET /export/{file}", session: true, long: true, handler: http.HandlerFunc(a.exportData)},
		{pattern: "GET /feeds/changes.atom", session: true, handler: http.HandlerFunc(a.feedChanges)},
		{pattern: "POST /import/preview", session: true, long: true, handler: http.HandlerFunc(a.importPreview)},
		{pattern: "POST /import/apply", session: true, long: true, handler: http.HandlerFunc(a.importApply)},
		{pattern: "GET /", handler: spa(ui, pageSettings{contact: a.cfg.AccessibilityContact, firstAdmin: a.noAccounts})},
	}
}

// readyz tells load balancers whether to send requests here: not while
// draining, nor when the database cannot be reached or would refuse writes.
func (a *App) readyz(w http.ResponseWriter, r *http.Request) {
	if a.draining.Load() {
		writeText(w, http.StatusServiceUnavailable, "draining: shutting down")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := a.DB.Ready(ctx); err != nil {
		if errors.Is(err, database.ErrReadOnly) {
			a.log.Warn("readyz: database is read-only", "err", err)
			writeText(w, http.StatusServiceUnavailable, "database is read-only")
			return
		}
		a.log.Warn("readyz: database unreachable", "err", err)
		writeText(w, http.StatusServiceUnavailable, "database unreachable")
		return
	}
	writeText(w, http.StatusOK, "ready")
}

// LongRequestTimeout is the deadline of the data exports and imports, which
// stream or write whole files (a national GEXF takes longer than a query);
// each of their statements is still bounded by --request-timeout.
const LongRequestTimeout = 10 * time.Minute

// withDeadline bounds every request; the context carries the deadline to
// the database, which stops the statement when it passes. Long routes
// (exports, imports) get LongRequestTimeout, and the connection's write
// deadline with it.
func (a *App) withDeadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d := a.cfg.RequestTimeout
		if a.endpointOf(r).long {
			d = max(d, LongRequestTimeout)
			http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d + 30*time.Second))
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// closeWhenDraining closes each connection after its answer once draining
// has begun, so that none is left idle for the shutdown to cut while a
// client is sending on it.
func (a *App) closeWhenDraining(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a.draining.Load() {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
}

func writeText(w http.ResponseWriter, status int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write([]byte(text + "\n"))
}

// isMutation reports whether a query document holds a mutation or a
// subscription (what GET must not run).
func isMutation(query string) bool {
	if query == "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false // gqlgen reports the syntax error
	}
	for _, op := range doc.Operations {
		if op.Operation != ast.Query {
			return true
		}
	}
	return false
}
