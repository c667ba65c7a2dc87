package server

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"regexp"
	"sync/atomic"
	"time"

	"github.com/verkosto/verkosto/internal/reqlog"
)

const (
	// appCSP is strict: no inline scripts or styles from elsewhere; the map
	// draws with WebGL and needs blob: workers only for its own code. It
	// covers GraphiQL too: its code, editor workers and font are ours.
	appCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
		"font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
		"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", appCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

var safeRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// requestLog gives each request an id (the caller's X-Request-Id when it is
// sane), puts a logger carrying it into the context, and logs the outcome
// as Config.LogRequests says: a line per request costs more than many
// requests do at national scale.
func (a *App) requestLog(next http.Handler) http.Handler {
	var count atomic.Uint64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !safeRequestID.MatchString(id) {
			var b [8]byte
			rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		next.ServeHTTP(rec, r.WithContext(reqlog.With(r.Context(), a.log, id)))
		switch {
		case rec.status >= 500:
		case a.cfg.LogRequests == "off":
			return
		case a.cfg.LogRequests == "sampled" && count.Add(1)%100 != 1:
			return
		}
		a.log.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "bytes", rec.bytes, "duration_ms", time.Since(start).Milliseconds())
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// limitBody reads at most max bytes of the body and answers 413 past that,
// so an oversized request is refused before any parsing.
func limitBody(next http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeJSONError(w, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT",
					"request body too large: at most 64 KiB")
				return
			}
			writeJSONError(w, http.StatusBadRequest, "BAD_USER_INPUT", "could not read the request body")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// requireJSON answers a POST whose body is not declared JSON with 415 and
// what to send instead. A text/plain or form POST is what an HTML form or a
// "simple" cross-site request sends: it must never reach the API, nor be
// answered from the cache as if it were a query.
func requireJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isJSON(r) {
			writeJSONError(w, http.StatusUnsupportedMediaType, "BAD_USER_INPUT",
				"send the request as JSON: Content-Type: application/json, with a body such as {\"query\": \"{ __typename }\"}")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isJSON(r *http.Request) bool {
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mediaType == "application/json"
}

func writeJSONError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	type extensions struct {
		Code string `json:"code"`
	}
	type gqlError struct {
		Message    string     `json:"message"`
		Extensions extensions `json:"extensions"`
	}
	json.NewEncoder(w).Encode(struct {
		Errors []gqlError `json:"errors"`
	}{[]gqlError{{message, extensions{code}}}})
}

// privateCache is the Cache-Control of every answer to a signed-in user:
// it may hold what only that account may read, so neither a shared cache
// nor the browser's disk may keep it.
const privateCache = "private, no-store"

// privateWriter sets privateCache as the headers go out, whatever a
// handler further in set (an export's no-store, a static file's max-age).
type privateWriter struct{ http.ResponseWriter }

func (p privateWriter) WriteHeader(code int) {
	p.Header().Set("Cache-Control", privateCache)
	p.ResponseWriter.WriteHeader(code)
}

func (p privateWriter) Write(b []byte) (int, error) {
	p.Header().Set("Cache-Control", privateCache)
	return p.ResponseWriter.Write(b)
}

func (p privateWriter) Unwrap() http.ResponseWriter { return p.ResponseWriter }
