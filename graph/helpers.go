package graph

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/internal/areas"
)

// MaxPage is the largest first/last a connection accepts, and the page size
// when a client gives neither.
const MaxPage = 100

func defaultPage(first, last *int) *int {
	if first == nil && last == nil {
		n := MaxPage
		return &n
	}
	return first
}

func deref(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// jsonContains matches rows whose JSON array column holds value.
func jsonContains(column, value string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(s.C(column), value))
	}
}

func (r *Resolver) relatedAreas(ctx context.Context, id int) ([]int, error) {
	ids, err := areas.Related(ctx, r.client, id)
	if err != nil {
		return nil, inputError("where.area", err)
	}
	return ids, nil
}

// visibleAddress hides a confidential address (a shelter's) from everyone.
// Accounts come with the editing issue; until then no reader may see one.
func visibleAddress(_ context.Context, o *ent.Organization) *string {
	if o.AddressConfidential || o.Address == "" {
		return nil
	}
	return &o.Address
}
