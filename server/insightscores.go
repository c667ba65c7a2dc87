package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// insightScores serves GET /insight/scores.json?area=ID&asOf=DATE: every
// organisation's load and bridge score in the area (default: the country),
// from the same cached insight as the GraphQL field, for the map's modes
// that size nodes by them. A list of every organisation is past what a
// GraphQL page may hold, and the map reads it whole.
func (a *App) insightScores(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !viewer.FromContext(ctx).CanRead() {
		writeText(w, http.StatusUnauthorized, "sign in to see this")
		return
	}
	q := r.URL.Query()
	var areaID *int // nil: the country
	if s := q.Get("area"); s != "" {
		id, err := strconv.Atoi(s)
		if err != nil {
			writeText(w, http.StatusBadRequest, "area: give the area's ID, e.g. area=12")
			return
		}
		areaID = &id
	}
	var err error
	var day time.Time
	if s := q.Get("asOf"); s != "" {
		if day, err = time.Parse(time.DateOnly, s); err != nil {
			writeText(w, http.StatusBadRequest, "asOf: give a date like 2024-01-31")
			return
		}
	}
	scores, err := a.Insight.Scores(ctx, areaID, day)
	if errors.Is(err, insight.ErrUnknownArea) {
		writeText(w, http.StatusBadRequest, "area: no such area")
		return
	}
	if err != nil {
		reqlog.From(ctx).Error("insight scores", "err", err)
		writeText(w, http.StatusInternalServerError, "internal error; quote request id "+reqlog.ID(ctx))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "private, no-cache")
	json.NewEncoder(w).Encode(scores)
}
