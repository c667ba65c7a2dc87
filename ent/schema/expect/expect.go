// Package expect holds the shape of a coverage expectation: what should
// exist in an area, as data. The ent schema stores templates of them; the
// coverage package evaluates them. It depends only on the schema's enums.
package expect

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/verkosto/verkosto/ent/schema/enum"
)

// Rule is the kind of check an expectation makes.
type Rule string

const (
	// CountyGroup: an active county-level coordination, working or steering
	// group working on the template's themes.
	CountyGroup Rule = "COUNTY_GROUP"
	// GroupCoordinator: one of those groups has a COORDINATOR membership.
	GroupCoordinator Rule = "GROUP_COORDINATOR"
	// GroupMember: the groups' members include an organisation of Sector,
	// or one providing Service, or (OtherNGO) an NGO providing none of the
	// services the template asks for elsewhere.
	GroupMember Rule = "GROUP_MEMBER"
	// MunicipalitiesRepresented: every municipality of the county is a
	// member of one of the groups (the key-person model).
	MunicipalitiesRepresented Rule = "MUNICIPALITIES_REPRESENTED"
	// Network: an active network of NetworkKind, or working on Theme,
	// reaching the area (a national network reaches everywhere).
	Network Rule = "NETWORK"
	// ServiceInArea: an organisation providing Service operates in the area.
	ServiceInArea Rule = "SERVICE_IN_AREA"
	// Confirmed: every membership of the template's networks in the area was
	// confirmed within StaleMonths.
	Confirmed Rule = "CONFIRMED"
	// MunicipalContact: the municipality's own organisation, with a generic
	// contact (email or phone).
	MunicipalContact Rule = "MUNICIPAL_CONTACT"
	// InCountyGroup: the municipality is a member of its county's group.
	InCountyGroup Rule = "IN_COUNTY_GROUP"
)

// Expectation is one thing that should exist in an area.
type Expectation struct {
	Key           string `json:"key"`
	Rule          Rule   `json:"rule"`
	DescriptionFi string `json:"descriptionFi"`
	DescriptionSv string `json:"descriptionSv"`
	DescriptionEn string `json:"descriptionEn"`
	// Guidance cites where the expectation comes from, in Finnish (older
	// templates have it in English), Swedish and English.
	Guidance   string       `json:"guidance,omitempty"`
	GuidanceSv string       `json:"guidanceSv,omitempty"`
	GuidanceEn string       `json:"guidanceEn,omitempty"`
	Sector     enum.Sector  `json:"sector,omitempty"`
	Service    enum.Service `json:"service,omitempty"`
	// NetworkKind is a value of the Network kind enum (ent generates that
	// type from the schema, which imports this package, so it is a string here).
	NetworkKind string     `json:"networkKind,omitempty"`
	Theme       enum.Theme `json:"theme,omitempty"`
	OtherNGO    bool       `json:"otherNGO,omitempty"`
	// StaleMonths: entries confirmed longer ago than this count as
	// unconfirmed (0: the default of 12).
	StaleMonths int `json:"staleMonths,omitempty"`
	// For a gap, organisations of these sectors or providing these
	// services, operating in the area and not yet taking part, are suggested.
	SuggestSectors  []enum.Sector  `json:"suggestSectors,omitempty"`
	SuggestServices []enum.Service `json:"suggestServices,omitempty"`
}

// Rules lists every rule, in the order the API documents them.
var Rules = []Rule{CountyGroup, GroupCoordinator, GroupMember, MunicipalitiesRepresented,
	Network, ServiceInArea, Confirmed, MunicipalContact, InCountyGroup}

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return slices.Contains(Rules, r) }

// MarshalGQL writes the rule as a GraphQL enum value (CoverageRule).
func (r Rule) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Rule) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Rule(s).Valid() {
		return fmt.Errorf("%v is not a valid CoverageRule", v)
	}
	*r = Rule(s)
	return nil
}

// NamedServices are the services the template's GROUP_MEMBER expectations
// ask for by name: an "other NGO" is one providing none of them.
func NamedServices(template []Expectation) []enum.Service {
	var out []enum.Service
	for _, y := range template {
		if y.Rule == GroupMember && y.Service != "" && !slices.Contains(out, y.Service) {
			out = append(out, y.Service)
		}
	}
	return out
}
