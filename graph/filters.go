package graph

// The filters this API adds to ent's where inputs (area, hasTheme,
// hasService; see verkosto.graphqls) are built from these helpers.

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/dataversion"
)

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

// relatedAreas lists the areas an area filter matches (areas.Tree.Related),
// from the tree of the current data version.
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

// newTreeCache keeps the area tree for the current data version: an area
// filter should not reload every municipality on every request.
func newTreeCache() *dataversion.Cache[*areas.Tree] {
	return dataversion.NewCache(dataversion.Limits[*areas.Tree]{Bytes: 16 << 20, Size: (*areas.Tree).Bytes})
}
