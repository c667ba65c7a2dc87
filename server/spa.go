package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// spa serves the web app: files from ui, and index.html for any other path
// without a file extension, so that deep links (/networks/123) load the app
// and the app routes them. A missing asset is a 404, never the index: a
// stale script tag must fail loudly, not receive HTML.
// The page carries the operator's settings that the app shows before any
// request (and to visitors of a private instance): the accessibility
// feedback contact, as a <meta> element.
func spa(ui fs.FS, page pageSettings) http.Handler {
	gz := &gzipAssets{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" || name == "index.html" {
			serveIndex(w, r, ui, page)
			return
		}
		if !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		info, err := fs.Stat(ui, name)
		switch {
		case err == nil && !info.IsDir():
			if strings.HasPrefix(name, "assets/") {
				// Vite puts a content hash in every asset name.
				w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				if gz.serve(w, r, ui, name) {
					return
				}
			} else {
				w.Header().Set("Cache-Control", "no-cache")
			}
			http.ServeFileFS(w, r, ui, name)
		case path.Ext(name) != "" || strings.HasPrefix(name, "assets/"):
			http.NotFound(w, r)
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			http.Error(w, "internal error", http.StatusInternalServerError)
		default:
			serveIndex(w, r, ui, page)
		}
	})
}

// pageSettings is what the page says of the instance before any request:
// the accessibility feedback contact, and whether nobody can sign in yet.
type pageSettings struct {
	contact    string
	firstAdmin func(context.Context) bool // no account exists yet
}

func serveIndex(w http.ResponseWriter, r *http.Request, ui fs.FS, s pageSettings) {
	page, err := fs.ReadFile(ui, "index.html")
	if err != nil {
		http.Error(w, "the web app is not built", http.StatusNotFound)
		return
	}
	// The page names its language before any script runs, so that screen
	// readers and translation tools get it right from the first byte; the
	// app reads it back as its language when the URL names none.
	lang := pageLanguage(r)
	page = bytes.Replace(page, []byte(`<html lang="fi">`), []byte(`<html lang="`+lang+`">`), 1)
	if s.contact != "" {
		meta := `<meta name="verkosto-accessibility-contact" content="` + html.EscapeString(s.contact) + `" />`
		page = bytes.Replace(page, []byte(`</head>`), []byte(meta+`</head>`), 1)
	}
	if s.firstAdmin != nil && s.firstAdmin(r.Context()) {
		// The sign-in form then says how the operator makes the first
		// administrator (the log says it at start too).
		page = bytes.Replace(page, []byte(`</head>`), []byte(`<meta name="verkosto-setup" content="first-admin" /></head>`), 1)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Add("Vary", "Accept-Language, Cookie")
	w.Write(page)
}

// LangCookie remembers the language the user chose in the web app.
const LangCookie = "verkosto_lang"

var pageLanguages = language.NewMatcher([]language.Tag{language.Finnish, language.Swedish, language.English})

// pageLanguage is the web app's language for a request, in the app's own
// order: the URL's ?lang=, the language last chosen (a cookie the app
// sets), the browser's Accept-Language; Finnish by default.
func pageLanguage(r *http.Request) string {
	switch l := r.URL.Query().Get("lang"); l {
	case "fi", "sv", "en":
		return l
	}
	if c, err := r.Cookie(LangCookie); err == nil {
		switch c.Value {
		case "fi", "sv", "en":
			return c.Value
		}
	}
	if accept := r.Header.Get("Accept-Language"); accept != "" {
		if tags, _, err := language.ParseAcceptLanguage(accept); err == nil && len(tags) > 0 {
			_, i, confidence := pageLanguages.Match(tags...)
			if confidence >= language.High {
				return [...]string{"fi", "sv", "en"}[i]
			}
		}
	}
	return "fi"
}

// servePage serves one of the built HTML pages (the app, GraphiQL).
func servePage(w http.ResponseWriter, ui fs.FS, name string) {
	page, err := fs.ReadFile(ui, name)
	if err != nil {
		http.Error(w, "the web app is not built", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(page)
}

// gzipAssets serves the web app's scripts and styles gzipped at the best
// level, each compressed once on first request: assets do not change while
// the server runs (their names carry a content hash), and the first page's
// JavaScript is about a tenth smaller than with the compression on the fly
// that answers everything else.
type gzipAssets struct {
	m sync.Map // name → []byte
}

// serve answers with the gzipped asset, or returns false for a client that
// takes no gzip or a file not worth compressing (images, fonts).
func (g *gzipAssets) serve(w http.ResponseWriter, r *http.Request, ui fs.FS, name string) bool {
	ext := path.Ext(name)
	if (ext != ".js" && ext != ".css" && ext != ".svg") || !acceptsGzip(r) {
		return false
	}
	v, ok := g.m.Load(name)
	if !ok {
		raw, err := fs.ReadFile(ui, name)
		if err != nil {
			return false
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(raw)
		zw.Close()
		v, _ = g.m.LoadOrStore(name, buf.Bytes())
	}
	h := w.Header()
	h.Set("Content-Type", mime.TypeByExtension(ext))
	h.Set("Content-Encoding", "gzip")
	h.Add("Vary", "Accept-Encoding")
	body := v.([]byte)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}

// acceptsGzip reads Accept-Encoding: gzip (or *) with a weight above zero.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if coding != "gzip" && coding != "*" {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimPrefix(strings.TrimSpace(params), "q="), 64)
		return params == "" || err != nil || q > 0
	}
	return false
}
