package insight

import (
	"context"
	"strconv"
	"time"

	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// Service computes insight from coverage's loaded data, once per data
// version, area and day.
type Service struct {
	cover   *coverage.Service
	results *dataversion.Cache[*Result]
}

// NewService returns a Service reading the data cover loads.
func NewService(cover *coverage.Service) *Service {
	return &Service{cover: cover, results: dataversion.NewCache(dataversion.Limits[*Result]{
		Bytes: 256 << 20, Size: (*Result).bytes})}
}

// Get returns the insight into an area (the country or a county-level area)
// on a day (zero: today).
func (s *Service) Get(ctx context.Context, areaID int, asOf time.Time) (*Result, error) {
	d, version, err := s.cover.Data(ctx)
	if err != nil {
		return nil, err
	}
	day := Day(asOf)
	key := strconv.Itoa(areaID) + " " + day.Format(time.DateOnly)
	return s.results.Get(ctx, version, key, func(context.Context) (*Result, error) {
		return Compute(d, areaID, day)
	})
}
