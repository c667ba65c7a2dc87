// Package audit holds the shape of one audited field change, shared by the
// ent schema (which stores it) and the GraphQL layer (which shows it).
package audit

import (
	"context"
	"strings"
)

// FieldChange is one field's value before and after a change, each encoded
// as JSON ("null" when unset). Edges are recorded as the IDs added/removed.
type FieldChange struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// GraphQLName turns an ent field or edge name into the name the API uses:
// business_id → businessID, name_fi → nameFi, operating_areas → operatingAreas.
func GraphQLName(name string) string {
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		switch p := parts[i]; {
		case p == "id" || p == "ids":
			parts[i] = strings.ToUpper(p[:2]) + p[2:]
		case p != "":
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

type labelKey struct{}

// MaxLabelLen caps a change's label.
const MaxLabelLen = 300

// WithLabel returns ctx whose audited changes carry label: what they were
// part of, such as an import naming its file. A change is still attributed
// to the account making it; the label says why many changes came at once.
func WithLabel(ctx context.Context, label string) context.Context {
	if r := []rune(label); len(r) > MaxLabelLen {
		label = string(r[:MaxLabelLen])
	}
	return context.WithValue(ctx, labelKey{}, label)
}

// Label returns the label WithLabel put in ctx, "" when none.
func Label(ctx context.Context) string {
	s, _ := ctx.Value(labelKey{}).(string)
	return s
}
