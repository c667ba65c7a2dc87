// Package schemadoc fills in the descriptions entgql leaves empty, because the
// schema is the API's documentation: every type and field must say what it is.
// It runs as an entgql schema hook while ent/entc.go generates graph/ent.graphqls.
package schemadoc

import (
	"fmt"
	"strings"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

// predicateSuffixes maps the suffixes of generated where-input fields to what they test.
// Longer suffixes come first so that "NotIn" wins over "In".
var predicateSuffixes = []struct{ suffix, meaning string }{
	{"ContainsFold", "contains the value, ignoring case"},
	{"EqualFold", "equals the value, ignoring case"},
	{"HasPrefix", "starts with the value"},
	{"HasSuffix", "ends with the value"},
	{"Contains", "contains the value"},
	{"NotNil", "is set"},
	{"IsNil", "is not set"},
	{"NotIn", "is none of the values"},
	{"GTE", "is greater than or equal to the value"},
	{"LTE", "is less than or equal to the value"},
	{"NEQ", "does not equal the value"},
	{"GT", "is greater than the value"},
	{"LT", "is less than the value"},
	{"In", "is one of the values"},
}

// FillDescriptions gives every generated type and field without a description one.
func FillDescriptions(_ *gen.Graph, s *ast.Schema) error {
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		if def.Description == "" {
			def.Description = typeDescription(name, def)
		}
		for _, f := range def.Fields {
			if f.Description == "" {
				f.Description = fieldDescription(def, f)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					a.Description = fmt.Sprintf("The %s argument.", a.Name)
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				v.Description = strings.ToLower(strings.ReplaceAll(v.Name, "_", " "))
			}
		}
	}
	return nil
}

func typeDescription(name string, def *ast.Definition) string {
	switch def.Kind {
	case ast.Enum:
		return fmt.Sprintf("The possible values of %s.", name)
	case ast.InputObject:
		return fmt.Sprintf("Input for %s.", name)
	default:
		return fmt.Sprintf("The %s type.", name)
	}
}

func fieldDescription(def *ast.Definition, f *ast.FieldDefinition) string {
	name := f.Name
	switch {
	case name == "id":
		return "The globally unique ID of the object; it encodes the object's type."
	case name == "not":
		return "Matches when the given filter does not match."
	case name == "and":
		return "Matches when all of the given filters match."
	case name == "or":
		return "Matches when any of the given filters matches."
	case strings.HasPrefix(name, "has") && strings.HasSuffix(name, "With"):
		return fmt.Sprintf("Matches when the %s edge has an item matching any of the filters.", strings.TrimSuffix(strings.TrimPrefix(name, "has"), "With"))
	case strings.HasPrefix(name, "has") && def.Kind == ast.InputObject && strings.HasSuffix(def.Name, "WhereInput"):
		return fmt.Sprintf("Matches when the %s edge has (true) or has no (false) items.", strings.TrimPrefix(name, "has"))
	case name == "direction":
		return "The ordering direction."
	case name == "field":
		return "The field by which to order."
	}
	if def.Kind == ast.InputObject && strings.HasSuffix(def.Name, "WhereInput") {
		for _, p := range predicateSuffixes {
			if base, ok := strings.CutSuffix(name, p.suffix); ok && base != "" {
				return fmt.Sprintf("Matches when %s %s.", base, p.meaning)
			}
		}
		return fmt.Sprintf("Matches when %s equals the value.", name)
	}
	return fmt.Sprintf("The %s field.", name)
}
