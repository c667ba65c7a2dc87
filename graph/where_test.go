package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/internal/viewer"
)

// TestEveryWhereEdgeHasAReadRule walks every filter the API offers, both
// in the schema (what a client can send) and in the generated Go types
// (what entgql turns into SQL), and fails on an entity a filter can reach
// that has no read rule, so that a new has…With edge (or a filter on a new
// entity) stays closed until someone decides who may read through it.
func TestEveryWhereEdgeHasAReadRule(t *testing.T) {
	schema := NewSchema(nil, nil, nil, nil, nil).Schema()
	seen := map[string]bool{}
	for name, def := range schema.Types {
		if def.Kind != ast.InputObject || !strings.HasSuffix(name, "WhereInput") {
			continue
		}
		entity := strings.TrimSuffix(name, "WhereInput")
		seen[entity] = true
		rule, ok := whereTargets[entity]
		switch {
		case !ok:
			t.Errorf("%s: %s has no entry in whereTargets", name, entity)
		case rule == rowRule && def.Directives.ForName("readRule") == nil:
			t.Errorf("%s hides rows but has no @readRule (extend input %s @readRule)", name, name)
		}
		for _, f := range def.Fields {
			if !strings.HasPrefix(f.Name, "has") || !strings.HasSuffix(f.Name, "With") {
				continue
			}
			if _, ok := whereTargets[strings.TrimSuffix(f.Type.Name(), "WhereInput")]; !ok {
				t.Errorf("%s.%s reaches %s, which has no entry in whereTargets", name, f.Name, f.Type.Name())
			}
		}
	}
	for _, entity := range []string{"Account", "Session", "Change"} {
		if seen[entity] {
			t.Errorf("%s has a where filter: state who may filter on it in whereTargets", entity)
		}
	}

	// The Go side: from the connections' filters, every has…With field.
	public := viewer.NewContext(context.Background(), &viewer.Viewer{PublicRead: true})
	roots := []reflect.Type{
		reflect.TypeFor[ent.OrganizationWhereInput](), reflect.TypeFor[ent.NetworkWhereInput](),
		reflect.TypeFor[ent.MembershipWhereInput](), reflect.TypeFor[ent.AreaWhereInput](),
	}
	visited := map[reflect.Type]bool{}
	for len(roots) > 0 {
		typ := roots[0]
		roots = roots[1:]
		if visited[typ] {
			continue
		}
		visited[typ] = true
		entity := strings.TrimSuffix(typ.Name(), "WhereInput")
		rule, ok := whereTargets[entity]
		if !ok {
			t.Errorf("%s: %s has no entry in whereTargets", typ.Name(), entity)
		}
		if rule == rowRule {
			got, err := applyReadRule(public, nil, func(context.Context) (any, error) {
				return reflect.New(typ).Elem().Interface(), nil
			})
			if err != nil {
				t.Errorf("@readRule on %s: %v", typ.Name(), err)
			} else if reflect.ValueOf(got).FieldByName("Predicates").Len() != 1 {
				t.Errorf("@readRule on %s added no predicate for an anonymous reader", typ.Name())
			}
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if strings.HasPrefix(f.Name, "Has") && strings.HasSuffix(f.Name, "With") {
				roots = append(roots, f.Type.Elem().Elem()) // []*XWhereInput
			}
		}
	}
	if len(visited) < 4 {
		t.Errorf("walked only %d filter types", len(visited))
	}
}
