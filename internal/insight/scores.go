package insight

import (
	"context"
	"time"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/coverage"
)

// Score is what the map's insight modes draw for one organisation: its
// load and its bridge score.
type Score struct {
	Networks        int     `json:"networks"`
	MeetingsPerYear int     `json:"meetingsPerYear"`
	Bridge          float64 `json:"bridge"`
}

// Scores is every organisation's score in an area on a day, for sizing a
// map's nodes by load or bridge score.
type Scores struct {
	// Area is the area measured: the one asked for, or the county-level
	// area a smaller one lies in (bridges are measured in counties' graphs).
	Area      int            `json:"area"`
	AsOf      string         `json:"asOf"`
	Estimated bool           `json:"estimated"` // some bridge scores are estimates (see Bridge.Estimated)
	Orgs      map[int]*Score `json:"orgs"`
}

// countryOf is the country's area, from the data already loaded (the lowest
// ID, should there be several).
func countryOf(d *coverage.Data) int {
	id := 0
	for _, a := range d.Areas {
		if a.Kind == area.KindCOUNTRY && (id == 0 || a.ID < id) {
			id = a.ID
		}
	}
	return id
}

// Scores returns the scores in an area (nil: the country) on a day (zero:
// today). A municipality (or any area inside a county) is measured as its
// county.
func (s *Service) Scores(ctx context.Context, areaID *int, asOf time.Time) (*Scores, error) {
	d, _, err := s.cover.Data(ctx)
	if err != nil {
		return nil, err
	}
	id := countryOf(d)
	if areaID != nil {
		id = *areaID
	}
	a, ok := d.Areas[id]
	if !ok {
		return nil, ErrUnknownArea
	}
	if a.Kind != area.KindCOUNTRY {
		if c := d.County(id); c != 0 {
			id = c
		}
	}
	r, err := s.Get(ctx, id, asOf)
	if err != nil {
		return nil, err
	}
	out := &Scores{Area: r.Area, AsOf: r.AsOf.Format(time.DateOnly), Orgs: make(map[int]*Score, len(r.Loads))}
	for _, l := range r.Loads {
		out.Orgs[l.Org] = &Score{Networks: l.Networks, MeetingsPerYear: l.MeetingsPerYear}
	}
	for _, b := range r.Bridges {
		sc := out.Orgs[b.Org]
		if sc == nil {
			sc = &Score{}
			out.Orgs[b.Org] = sc
		}
		// An organisation in several counties keeps its highest score, as
		// Result.BridgeOf does.
		sc.Bridge = max(sc.Bridge, b.Score)
		out.Estimated = out.Estimated || b.Estimated
	}
	return out, nil
}
