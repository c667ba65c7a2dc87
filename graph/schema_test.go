package graph_test

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/verkosto/verkosto/graph"
)

// The schema is the API's documentation: every type, field, argument and
// enum value we define must say what it is.
func TestEveryTypeAndFieldHasADescription(t *testing.T) {
	s := graph.NewSchema(nil, nil, nil, nil, nil).Schema()
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			t.Errorf("type %s has no description", name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				t.Errorf("field %s.%s has no description", name, f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					t.Errorf("argument %s.%s(%s) has no description", name, f.Name, a.Name)
				}
			}
		}
		if def.Kind == ast.Enum {
			for _, v := range def.EnumValues {
				if strings.TrimSpace(v.Description) == "" {
					t.Errorf("enum value %s.%s has no description", name, v.Name)
				}
			}
		}
	}
}

// The names the design fixes are present.
func TestFixedNames(t *testing.T) {
	s := graph.NewSchema(nil, nil, nil, nil, nil).Schema()
	for _, f := range []string{"node", "nodes", "organizations", "networks", "memberships", "areas", "search", "networkMap"} {
		if s.Query.Fields.ForName(f) == nil {
			t.Errorf("Query.%s missing", f)
		}
	}
	for _, typ := range []string{"NetworkMap", "MapFilter", "MapData", "Date", "Sector", "Theme", "Service", "NetworkKind"} {
		if s.Types[typ] == nil {
			t.Errorf("type %s missing", typ)
		}
	}
}
