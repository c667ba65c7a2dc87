package server

import (
	"context"
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
	cached := newQueryCache(a.Version).wrap(api)
	mux.Handle("POST /graphql", requireJSON(limitBody(cached, MaxBodyBytes)))
	mux.HandleFunc("GET /graphql", func(w http.ResponseWriter, r *http.Request) {
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
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeText(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.DB.Ping(ctx); err != nil {
			a.log.Warn("readyz: database unreachable", "err", err)
			writeText(w, http.StatusServiceUnavailable, "database unreachable")
			return
		}
		writeText(w, http.StatusOK, "ready")
	})
	mux.HandleFunc("GET /export/coverage.csv", a.exportCoverage)
	mux.Handle("GET /", spa(ui))

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
	h = securityHeaders(h)
	h = a.requestLog(h)
	return h
}

func writeText(w http.ResponseWriter, status int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write([]byte(text + "\n"))
}

func openMigrated(ctx context.Context, url string) (*database.DB, error) {
	db, err := database.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
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
