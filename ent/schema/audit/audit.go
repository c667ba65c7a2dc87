// Package audit holds the shape of one audited field change, shared by the
// ent schema (which stores it) and the GraphQL layer (which shows it).
package audit

import "strings"

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
