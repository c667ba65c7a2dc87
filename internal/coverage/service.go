package coverage

import (
	"context"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
)

// Service evaluates coverage from data loaded once per data version: the
// load (a few flat queries over every organisation, network and membership)
// is most of the cost, and the data changes far less often than it is read.
type Service struct {
	client  *ent.Client
	version func(context.Context) uint64
	flight  singleflight.Group

	mu          sync.Mutex
	data        *Data
	dataVersion uint64
}

// NewService returns a Service; version reports the data version (the map's,
// which moves on every write to organisations, networks, memberships, areas
// and coverage templates, here or in another process).
func NewService(client *ent.Client, version func(context.Context) uint64) *Service {
	return &Service{client: client, version: version}
}

// Evaluate is Evaluate with the loaded data cached per data version.
func (s *Service) Evaluate(ctx context.Context, areaID int, theme *enum.Theme, asOf time.Time) (*Report, error) {
	v := s.version(ctx)
	s.mu.Lock()
	d := s.data
	fresh := d != nil && s.dataVersion == v
	s.mu.Unlock()
	if !fresh {
		loaded, err, _ := s.flight.Do(strconv.FormatUint(v, 10), func() (any, error) {
			d, err := Load(context.WithoutCancel(ctx), s.client)
			if err != nil {
				return nil, err
			}
			s.mu.Lock()
			if s.data == nil || s.dataVersion <= v {
				s.data, s.dataVersion = d, v
			}
			s.mu.Unlock()
			return d, nil
		})
		if err != nil {
			return nil, err
		}
		d = loaded.(*Data)
	}
	return d.Evaluate(areaID, theme, asOf)
}
