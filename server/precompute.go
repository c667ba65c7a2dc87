package server

import (
	"context"
	"time"

	"github.com/verkosto/verkosto/internal/viewer"
)

// precompute keeps the national insight computed ahead of requests once
// someone has asked for insight: then whenever the data has changed, at most
// once per cfg.InsightRefresh. At scale L a computation takes seconds of
// every processor (exact betweenness over every county's graph,
// bench/NOTES.md) and a write's recomputes the counties it touched; done
// here, a planner's next request finds the answer cached instead of waiting
// for it. Writes in between are gathered into one run, so a stream of edits
// costs one county's work per interval, not one per edit. Nothing is
// computed before anyone asks: at L the data and results hold ~300 MB, for
// a server whose users may never open the insight page.
func (a *App) precompute(ctx context.Context) {
	ctx = viewer.SystemContext(ctx)
	var done uint64
	computed := false
	for {
		// The data version is read only once someone wants insight (on
		// SQLite reading it asks the database).
		if a.Insight.Wanted() && (!computed || a.Version.Load(ctx) != done) {
			start := time.Now()
			version, err := a.Insight.Prepare(ctx)
			switch {
			case ctx.Err() != nil:
				return
			case err != nil:
				a.log.Warn("computing insight ahead of requests failed; requests compute it", "err", err)
			default:
				done, computed = version, true
				a.log.Info("insight computed ahead of requests", "version", version, "seconds", time.Since(start).Seconds())
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(a.cfg.InsightRefresh):
		}
	}
}
