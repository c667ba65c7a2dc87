package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"hash/fnv"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/verkosto/verkosto/internal/dataversion"
)

// queryCache answers repeated GraphQL queries from memory while the data
// has not changed: with 304 Not Modified when the client already has the
// answer (If-None-Match), otherwise with the stored, already gzipped bytes.
// The map payload is megabytes at national scale; building and compressing
// it once per data version instead of per request is most of the saving,
// in time and in memory.
//
// Cached: GET queries and POSTed queries (never mutations), only successful
// answers without errors, and never for a request with credentials:
// answers depend on who asks (addresses, pending requests), so signed-in
// users get fresh answers. Identical concurrent misses are computed once.
type queryCache struct {
	version *dataversion.Version
	answers *dataversion.Cache[*answer]

	// heavy bounds how many uncached map answers are built at once: each
	// holds several copies of a payload that is tens of megabytes at scale
	// L, and building more at once than there are cores gains nothing.
	heavy chan struct{}
}

// answer is a response kept gzipped, or as recorded when it must not be
// kept (an error): then only the requests that waited for it get it.
type answer struct {
	etag        string
	contentType string
	gz          []byte
	uncached    *recorder
}

// cacheBytes bounds the compressed answers kept in memory; one answer may
// take half, so that it cannot push everything else out.
const cacheBytes = 32 << 20

func newQueryCache(version *dataversion.Version) *queryCache {
	return &queryCache{
		version: version,
		answers: dataversion.NewCache(dataversion.Limits[*answer]{
			Bytes: cacheBytes,
			Entry: cacheBytes / 2,
			Size:  func(a *answer) int { return len(a.gz) + len(a.etag) + len(a.contentType) },
			Keep:  func(a *answer) bool { return a.uncached == nil },
		}),
		heavy: make(chan struct{}, max(2, runtime.GOMAXPROCS(0))),
	}
}

// cacheKey returns the request's cache key, or "" when it must not be
// cached: credentials, a mutation, a body that is not a plain query.
func cacheKey(r *http.Request) (string, []byte) {
	// A client that asks for a fresh answer (a hard reload, the benchmark) gets one.
	if r.Header.Get("Cookie") != "" || r.Header.Get("Authorization") != "" || strings.Contains(r.Header.Get("Cache-Control"), "no-cache") {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		return "", body
	}
	if r.Method == http.MethodGet {
		return "GET\x00" + r.URL.RawQuery + "\x00" + r.Header.Get("Accept"), nil
	}
	body, err := io.ReadAll(r.Body) // already capped by limitBody
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil || !isJSON(r) {
		return "", body // the API refuses it: a cached answer must not make it look accepted
	}
	var req struct {
		Query         string `json:"query"`
		OperationName string `json:"operationName"`
	}
	if json.Unmarshal(body, &req) != nil || req.Query == "" {
		return "", body
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: req.Query})
	if err != nil {
		return "", body
	}
	for _, op := range doc.Operations {
		if op.Operation != ast.Query {
			return "", body
		}
	}
	return "POST\x00" + string(body) + "\x00" + r.Header.Get("Accept"), body
}

// isHeavy reports whether a request asks for the map, the one answer that
// is large enough to need its concurrency bounded.
func isHeavy(r *http.Request, body []byte) bool {
	return strings.Contains(r.URL.RawQuery, "networkMap") || bytes.Contains(body, []byte("networkMap"))
}

func (c *queryCache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, body := cacheKey(r)
		if key == "" {
			if isHeavy(r, body) {
				c.heavy <- struct{}{}
				defer func() { <-c.heavy }()
			}
			next.ServeHTTP(w, r)
			return
		}
		version := c.version.Load(r.Context())
		h := fnv.New64a()
		h.Write([]byte(key))
		etag := `W/"` + strconv.FormatUint(version, 36) + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
		w.Header().Set("Cache-Control", "no-cache") // revalidate every time: data changes without notice
		w.Header().Set("Vary", "Accept, Accept-Encoding, Cookie")
		if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		// Never fails: a failed request is an answer too, served uncached.
		a, _ := c.answers.Get(r.Context(), version, key, func(ctx context.Context) (*answer, error) {
			if isHeavy(r, body) {
				c.heavy <- struct{}{}
				defer func() { <-c.heavy }()
			}
			rec := &recorder{header: http.Header{}, status: http.StatusOK}
			next.ServeHTTP(rec, r.Clone(ctx))
			if rec.status != http.StatusOK || bytes.Contains(rec.body.Bytes(), []byte(`"errors"`)) {
				return &answer{uncached: rec}, nil
			}
			var gz bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
			zw.Write(rec.body.Bytes())
			zw.Close()
			return &answer{etag: etag, contentType: rec.header.Get("Content-Type"), gz: gz.Bytes()}, nil
		})
		if a.uncached != nil {
			a.uncached.copyTo(w)
			return
		}
		a.write(w, r)
	})
}

func (a *answer) write(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("ETag", a.etag)
	w.Header().Set("Content-Type", a.contentType)
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", strconv.Itoa(len(a.gz)))
		w.WriteHeader(http.StatusOK)
		w.Write(a.gz)
		return
	}
	// Rare (every browser accepts gzip): inflate on the way out rather
	// than keep a second, uncompressed copy.
	w.WriteHeader(http.StatusOK)
	zr, err := gzip.NewReader(bytes.NewReader(a.gz))
	if err == nil {
		io.Copy(w, zr)
	}
}

// recorder captures a response so it can be stored before it is sent.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(status int)      { r.status = status }

func (r *recorder) copyTo(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	w.WriteHeader(r.status)
	w.Write(r.body.Bytes())
}
