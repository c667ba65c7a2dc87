package model

import (
	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/insight"
)

// Insight wraps an insight result for the API; its lists are paged by the
// resolvers, which load the entities of one page in one query per type.
type Insight struct {
	Result *insight.Result
}

type NetworkOverlap struct {
	A, B                     *ent.Network
	Jaccard                  float64
	Shared, OnlyInA, OnlyInB []*ent.Organization
}

type OrganizationLoad struct {
	Organization                                                   *ent.Organization
	Networks, MeetingsPerYear, UnknownMeetings, Coordinator, Chair int
}

type Bridge struct {
	Organization       *ent.Organization
	County             *ent.Area
	Score, Betweenness float64
	Estimated          bool
}

type SinglePoint struct {
	Organization *ent.Organization
	County       *ent.Area
	CutOff       int
}

type CoMembershipTie struct {
	A, B           *ent.Organization
	SharedNetworks int
}

type LeftOutOrganization struct {
	Organization *ent.Organization
	County       *ent.Area
	Sector       enum.Sector
}

// NewOrganizationLoad turns a load into its API form for o.
func NewOrganizationLoad(o *ent.Organization, l insight.Load) *OrganizationLoad {
	return &OrganizationLoad{Organization: o, Networks: l.Networks, MeetingsPerYear: l.MeetingsPerYear,
		UnknownMeetings: l.Unknown, Coordinator: l.Coordinator, Chair: l.Chair}
}
