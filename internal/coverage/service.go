package coverage

import (
	"context"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// Service evaluates coverage from data loaded once per data version: the
// load (a few flat queries over every organisation, network and membership)
// is most of the cost, and the data changes far less often than it is read.
type Service struct {
	client  *ent.Client
	version *dataversion.Version
	data    *dataversion.Cache[*Data]
}

// NewService returns a Service whose loaded data is good until version moves.
func NewService(client *ent.Client, version *dataversion.Version) *Service {
	return &Service{client: client, version: version,
		data: dataversion.NewCache(dataversion.Limits[*Data]{Bytes: 1 << 30, Size: (*Data).bytes})}
}

// Evaluate is Evaluate with the loaded data cached per data version.
func (s *Service) Evaluate(ctx context.Context, areaID int, theme *enum.Theme, asOf time.Time) (*Report, error) {
	d, _, err := s.Data(ctx)
	if err != nil {
		return nil, err
	}
	return d.Evaluate(areaID, theme, asOf)
}

// Data returns the loaded data at the current data version, with that
// version: views built from it (insight) key their own caches by it.
func (s *Service) Data(ctx context.Context) (*Data, uint64, error) {
	version := s.version.Load(ctx)
	d, err := s.data.Get(ctx, version, "", func(ctx context.Context) (*Data, error) {
		return Load(ctx, s.client)
	})
	return d, version, err
}

// bytes estimates the memory the data holds, for the cache's bound.
func (d *Data) bytes() int {
	return len(d.Areas)*100 + len(d.Orgs)*200 + len(d.Nets)*200 + len(d.Memberships)*120
}
