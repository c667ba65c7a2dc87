package server

import (
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// spa serves the web app: files from ui, and index.html for any other path
// without a file extension, so that deep links (/networks/123) load the app
// and the app routes them. A missing asset is a 404, never the index: a
// stale script tag must fail loudly, not receive HTML.
func spa(ui fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" || name == "index.html" {
			serveIndex(w, r, ui)
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
			} else {
				w.Header().Set("Cache-Control", "no-cache")
			}
			http.ServeFileFS(w, r, ui, name)
		case path.Ext(name) != "" || strings.HasPrefix(name, "assets/"):
			http.NotFound(w, r)
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			http.Error(w, "internal error", http.StatusInternalServerError)
		default:
			serveIndex(w, r, ui)
		}
	})
}

func serveIndex(w http.ResponseWriter, _ *http.Request, ui fs.FS) {
	servePage(w, ui, "index.html")
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
