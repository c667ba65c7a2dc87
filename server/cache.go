package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"

	lru "github.com/hashicorp/golang-lru/v2"
)

// queryCache answers repeated GET /graphql queries from memory while the
// data has not changed: with 304 Not Modified when the client already has
// the answer (If-None-Match), otherwise with the stored, already gzipped
// bytes. The map payload is about a megabyte at national scale; compressing
// it once instead of per request is most of the saving.
//
// Only GET is cached (gqlgen's GET transport runs queries, never mutations),
// only successful answers without errors, and never a request that carries
// credentials: answers may one day depend on who asks.
type queryCache struct {
	version func(context.Context) uint64
	entries *lru.Cache[string, *cachedAnswer]
}

type cachedAnswer struct {
	version     uint64
	etag        string
	contentType string
	plain, gz   []byte
}

func newQueryCache(version func(context.Context) uint64) *queryCache {
	entries, _ := lru.New[string, *cachedAnswer](64) // cannot fail for a positive size
	return &queryCache{version: version, entries: entries}
}

func (c *queryCache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Cookie") != "" || r.Header.Get("Authorization") != "" {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RawQuery + "\x00" + r.Header.Get("Accept")
		version := c.version(r.Context())
		h := fnv.New64a()
		h.Write([]byte(key))
		etag := `W/"` + strconv.FormatUint(version, 36) + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
		w.Header().Set("Cache-Control", "no-cache") // revalidate every time: data changes without notice
		w.Header().Set("Vary", "Accept, Accept-Encoding")
		if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
			w.Header().Set("ETag", etag)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if a, ok := c.entries.Get(key); ok && a.version == version {
			a.write(w, r)
			return
		}
		rec := &recorder{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status != http.StatusOK || bytes.Contains(rec.body.Bytes(), []byte(`"errors"`)) {
			rec.copyTo(w)
			return
		}
		a := &cachedAnswer{version: version, etag: etag, contentType: rec.header.Get("Content-Type"), plain: rec.body.Bytes()}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
		zw.Write(a.plain)
		zw.Close()
		a.gz = gz.Bytes()
		c.entries.Add(key, a)
		a.write(w, r)
	})
}

func (a *cachedAnswer) write(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("ETag", a.etag)
	w.Header().Set("Content-Type", a.contentType)
	body := a.plain
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		body = a.gz
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body)
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
