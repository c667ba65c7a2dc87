package server

import (
	"errors"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"

	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// mapJSON serves GET /map.json: the data of the networkMap field (the same
// view, filters in the query string as for /export/…, the caller's read
// rules), written from the bytes the map service keeps for the data
// version, gzipped once. The web app draws the map from it: at scale L the
// GraphQL answer would be copied through gqlgen's buffering on every
// request. Browsers revalidate with the ETag.
func (a *App) mapJSON(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := viewer.FromContext(ctx)
	if !v.CanRead() {
		writeText(w, http.StatusUnauthorized, "sign in to see this")
		return
	}
	filter, err := export.ParseFilter(r.URL.Query())
	var bad *export.FilterError
	if errors.As(err, &bad) {
		writeText(w, http.StatusBadRequest, bad.Error())
		return
	}
	if err != nil {
		writeText(w, http.StatusBadRequest, "the filter is not valid")
		return
	}
	rule := visible.Memberships(v)
	version := a.Maps.Version(ctx)
	h := fnv.New64a()
	h.Write([]byte(r.URL.RawQuery + "\x00" + rule.Key()))
	etag := `W/"` + strconv.FormatUint(version, 36) + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
	w.Header().Set("Cache-Control", "private, no-cache") // revalidate every time: data changes without notice
	w.Header().Set("Vary", "Accept-Encoding, Cookie")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		w.Header().Set("ETag", etag)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	m, err := a.Maps.Get(ctx, &filter, rule)
	if errors.Is(err, netmap.ErrUnknownArea) {
		writeText(w, http.StatusBadRequest, "area: no such area")
		return
	}
	if err != nil {
		reqlog.From(ctx).Error("map", "err", err)
		writeText(w, http.StatusInternalServerError, "internal error; quote request id "+reqlog.ID(ctx))
		return
	}
	if m.Version != version {
		// Built at a newer version than the ETag names: name that one.
		etag = `W/"` + strconv.FormatUint(m.Version, 36) + "-" + strconv.FormatUint(h.Sum64(), 36) + `"`
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/json")
	body := []byte(m.Data)
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		body = m.Gzipped()
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}
