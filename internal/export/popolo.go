package export

import (
	"context"
	"io"
	"strconv"

	"github.com/verkosto/verkosto/ent"
)

type popoloName struct {
	Name string `json:"name"`
	Note string `json:"note"`
}

type popoloIdentifier struct {
	Identifier string `json:"identifier"`
	Scheme     string `json:"scheme"`
}

type popoloContact struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

type popoloLink struct {
	URL  string `json:"url,omitempty"`
	Note string `json:"note,omitempty"`
}

type popoloOrganization struct {
	ID              string             `json:"id"`
	Name            string             `json:"name"`
	OtherNames      []popoloName       `json:"other_names,omitempty"`
	Identifiers     []popoloIdentifier `json:"identifiers,omitempty"`
	Classification  string             `json:"classification"`
	ParentID        string             `json:"parent_id,omitempty"`
	Area            string             `json:"area_id,omitempty"`
	FoundingDate    string             `json:"founding_date,omitempty"`
	DissolutionDate string             `json:"dissolution_date,omitempty"`
	ContactDetails  []popoloContact    `json:"contact_details,omitempty"`
	Links           []popoloLink       `json:"links,omitempty"`
}

type popoloMember struct {
	Type string `json:"@type"`
	ID   string `json:"id"`
}

type popoloMembership struct {
	ID             string       `json:"id"`
	Label          string       `json:"label,omitempty"`
	Role           string       `json:"role"`
	Member         popoloMember `json:"member"`
	OrganizationID string       `json:"organization_id"`
	StartDate      string       `json:"start_date,omitempty"`
	EndDate        string       `json:"end_date,omitempty"`
	Sources        []popoloLink `json:"sources,omitempty"`
}

func otherNames(sv, en, short string) []popoloName {
	var out []popoloName
	for _, n := range []popoloName{{sv, "sv"}, {en, "en"}, {short, "short name"}} {
		if n.Name != "" {
			out = append(out, n)
		}
	}
	return out
}

// WritePopolo writes Popolo JSON (popoloproject.com): organisations and
// networks both as organizations (classification "sector:" and the sector
// for an organisation, "network:" and the kind for a network), and each
// membership with the organisation as its member, the network as its
// organization_id, its role and its dates. There are no persons: Verkosto
// records representatives by role title only, in the membership's label.
func WritePopolo(ctx context.Context, s *Source, w io.Writer) error {
	j := newJSONStream(w)
	j.raw(`{"organizations":[`)
	err := s.Organizations(ctx, func(o *ent.Organization) error {
		p := popoloOrganization{ID: strconv.Itoa(o.ID), Name: o.NameFi, OtherNames: otherNames(o.NameSv, o.NameEn, o.ShortName),
			Classification: "sector:" + string(o.Sector)}
		if o.BusinessID != nil {
			p.Identifiers = []popoloIdentifier{{*o.BusinessID, "FI-YTJ"}}
		}
		if o.ParentID != nil {
			p.ParentID = strconv.Itoa(*o.ParentID)
		}
		if o.HomeAreaID != nil {
			p.Area = strconv.Itoa(*o.HomeAreaID)
		}
		for _, c := range []popoloContact{{"email", o.Email}, {"voice", o.Phone}, {"address", o.Address}} {
			if c.Value != "" {
				p.ContactDetails = append(p.ContactDetails, c)
			}
		}
		if o.Website != "" {
			p.Links = []popoloLink{{o.Website, "website"}}
		}
		return j.item(p)
	})
	if err != nil {
		return err
	}
	err = s.Networks(ctx, func(n *ent.Network) error {
		p := popoloOrganization{ID: strconv.Itoa(n.ID), Name: n.NameFi, OtherNames: otherNames(n.NameSv, n.NameEn, n.ShortName),
			Classification: "network:" + string(n.Kind), FoundingDate: date(n.StartedOn), DissolutionDate: date(n.EndedOn)}
		if n.ParentID != nil {
			p.ParentID = strconv.Itoa(*n.ParentID)
		}
		if n.Website != "" {
			p.Links = []popoloLink{{n.Website, "website"}}
		}
		return j.item(p)
	})
	if err != nil {
		return err
	}
	j.raw(`],"memberships":[`)
	err = s.Memberships(ctx, func(m *ent.Membership) error {
		p := popoloMembership{ID: strconv.Itoa(m.ID), Label: m.Representative, Role: string(m.Role),
			Member:         popoloMember{"Organization", strconv.Itoa(m.OrganizationID)},
			OrganizationID: strconv.Itoa(m.NetworkID), StartDate: date(m.StartDate), EndDate: date(m.EndDate)}
		if m.Source != "" {
			p.Sources = []popoloLink{{Note: m.Source}}
		}
		return j.item(p)
	})
	if err != nil {
		return err
	}
	j.raw("]}\n")
	return j.flush()
}
