package insight

import (
	"context"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// Service computes insight from coverage's loaded data, once per data
// version, area and day. The country's result is made of the counties'
// results, each kept under its own key: a county's request computes that
// county alone, and the country's reuses the counties already asked for.
// Bridges and single points of failure, nearly all the cost, are kept by
// the content of each county's graph across data versions (graphs): after a
// write only the counties whose graph it changed are computed again.
type Service struct {
	wanted  atomic.Bool // someone has asked for insight (Wanted)
	cover   *coverage.Service
	indexes *dataversion.Cache[*index]
	results *dataversion.Cache[*Result]
	graphs  *dataversion.Cache[*structure]
}

// NewService returns a Service reading the data cover loads.
func NewService(cover *coverage.Service) *Service {
	return &Service{cover: cover,
		indexes: dataversion.NewCache(dataversion.Limits[*index]{Bytes: 256 << 20, Size: (*index).bytes}),
		results: dataversion.NewCache(dataversion.Limits[*Result]{Bytes: 256 << 20, Size: (*Result).bytes}),
		graphs:  dataversion.NewCache(dataversion.Limits[*structure]{Bytes: 64 << 20, Size: (*structure).bytes})}
}

// Get returns the insight into an area (the country or a county-level area)
// on a day (zero: today).
func (s *Service) Get(ctx context.Context, areaID int, asOf time.Time) (*Result, error) {
	s.wanted.Store(true)
	return s.result(ctx, areaID, asOf)
}

// Wanted reports whether anyone has asked for insight since the server
// started. Until then nothing is computed ahead: at scale L that would hold
// some 300 MB for nobody.
func (s *Service) Wanted() bool { return s.wanted.Load() }

func (s *Service) result(ctx context.Context, areaID int, asOf time.Time) (*Result, error) {
	d, version, err := s.cover.Data(ctx)
	if err != nil {
		return nil, err
	}
	idx, err := s.indexes.Get(ctx, version, "", func(context.Context) (*index, error) { return newIndex(d), nil })
	if err != nil {
		return nil, err
	}
	return s.get(ctx, idx, version, areaID, Day(asOf))
}

// Prepare computes today's national insight unless it is cached, so that
// a request finds it ready. It returns the data version it computed for.
func (s *Service) Prepare(ctx context.Context) (uint64, error) {
	d, version, err := s.cover.Data(ctx)
	if err != nil {
		return 0, err
	}
	id := countryOf(d)
	if id == 0 {
		return version, nil // no reference data: nothing to compute
	}
	_, err = s.result(ctx, id, time.Time{})
	return version, err
}

func (s *Service) get(ctx context.Context, idx *index, version uint64, areaID int, day time.Time) (*Result, error) {
	key := strconv.Itoa(areaID) + " " + day.Format(time.DateOnly)
	return s.results.Get(ctx, version, key, func(ctx context.Context) (*Result, error) {
		return idx.compute(ctx, areaID, day, func(ctx context.Context, county int) (*Result, error) {
			if county == areaID {
				return idx.county(ctx, county, day, s.graphs)
			}
			return s.get(ctx, idx, version, county, day)
		})
	})
}
