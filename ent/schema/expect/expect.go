// Package expect holds the shape of a coverage expectation: what should
// exist in an area, as data. The ent schema stores templates of them; the
// coverage package evaluates them. It has no dependencies of its own.
package expect

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
	// Guidance cites where the expectation comes from.
	Guidance    string `json:"guidance,omitempty"`
	Sector      string `json:"sector,omitempty"`
	Service     string `json:"service,omitempty"`
	NetworkKind string `json:"networkKind,omitempty"`
	Theme       string `json:"theme,omitempty"`
	OtherNGO    bool   `json:"otherNGO,omitempty"`
	// StaleMonths: entries confirmed longer ago than this count as
	// unconfirmed (0: the default of 12).
	StaleMonths int `json:"staleMonths,omitempty"`
	// For a gap, organisations of these sectors or providing these
	// services, operating in the area and not yet taking part, are suggested.
	SuggestSectors  []string `json:"suggestSectors,omitempty"`
	SuggestServices []string `json:"suggestServices,omitempty"`
}
