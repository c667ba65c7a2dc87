package graph

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/dataversion"
	"github.com/verkosto/verkosto/internal/viewer"
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

// linkedTo matches rows linked to one of areaIDs through a join table
// (key: the row's and the area's columns), straight on the join table:
// ent's Has…With would also join the areas table, which is slower and
// adds nothing here.
func linkedTo(idColumn, table string, key []string, areaIDs []int) func(*sql.Selector) {
	return func(s *sql.Selector) {
		t := sql.Table(table)
		s.Where(sql.In(s.C(idColumn), sql.Select(t.C(key[0])).From(t).Where(sql.InInts(t.C(key[1]), areaIDs...))))
	}
}

// jsonContains matches rows whose JSON array column holds value.
func jsonContains(column, value string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(s.C(column), value))
	}
}

func (r *Resolver) relatedAreas(ctx context.Context, id int) ([]int, error) {
	tree, err := r.trees.Get(ctx, r.maps.Version(ctx), "", func(ctx context.Context) (*areas.Tree, error) {
		return areas.Load(ctx, r.client)
	})
	if err != nil {
		return nil, err
	}
	ids, err := tree.Related(id)
	if err != nil {
		return nil, inputError("where.area", err)
	}
	return ids, nil
}

// visibleAddress is the organisation's address if the caller may read it.
func visibleAddress(ctx context.Context, o *ent.Organization) *string {
	if o.Address == "" || !visible.Address(viewer.FromContext(ctx)).Allows(o.ID, o.AddressConfidential) {
		return nil
	}
	return &o.Address
}

// visibleDiff is the change's field changes as the caller may read them.
func visibleDiff(ctx context.Context, c *ent.Change) []*audit.FieldChange {
	diff := visible.Diff(viewer.FromContext(ctx), c)
	out := make([]*audit.FieldChange, len(diff))
	for i := range diff {
		out[i] = &diff[i]
	}
	return out
}

// mapRule is the caller's membership rule for the map, which is built from
// plain SQL as the system for speed and so filters its edges in memory;
// those who may not read at all are refused here.
func mapRule(ctx context.Context) (visible.MembershipRule, error) {
	v := viewer.FromContext(ctx)
	if !v.CanRead() {
		return visible.MembershipRule{}, denied(ctx, privacy.Denyf("sign in to see this"))
	}
	return visible.Memberships(v), nil
}

// newTreeCache keeps the area tree for the current data version: an area
// filter should not reload every municipality on every request.
func newTreeCache() *dataversion.Cache[*areas.Tree] {
	return dataversion.NewCache(dataversion.Limits[*areas.Tree]{Bytes: 16 << 20, Size: (*areas.Tree).Bytes})
}
