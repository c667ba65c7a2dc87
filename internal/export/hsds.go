package export

import (
	"context"
	"io"
	"strconv"

	"github.com/google/uuid"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
)

// hsdsNamespace roots the UUIDs HSDS asks for: the same organisation gets
// the same UUID in every export of the same instance's data.
var hsdsNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://verkosto.fi/hsds"))

func hsdsID(kind string, id int, rest ...string) string {
	name := kind + ":" + strconv.Itoa(id)
	for _, r := range rest {
		name += ":" + r
	}
	return uuid.NewSHA1(hsdsNamespace, []byte(name)).String()
}

// serviceNames are the services' Finnish names (as the web app shows them).
var serviceNames = map[enum.Service]string{
	enum.ServiceShelter: "turvakoti", enum.ServiceVictimSupport: "rikoksen uhrin tuki", enum.ServiceMediation: "sovittelu",
	enum.ServiceReleasedPrisonerSupport: "vapautuvien tuki", enum.ServicePerpetratorSupport: "väkivallan tekijän tuki",
	enum.ServiceFamilySupport: "perheiden tuki", enum.ServiceYouthWork: "nuorisotyö", enum.ServiceSubstanceAbuse: "päihdetyö",
	enum.ServiceMentalHealth: "mielenterveyspalvelut", enum.ServiceChildProtection: "lastensuojelu", enum.ServiceHousing: "asuminen",
	enum.ServiceEducationServices: "koulutus", enum.ServiceSocialServices: "sosiaalipalvelut", enum.ServiceHealthServices: "terveyspalvelut",
	enum.ServiceDiaconalWork: "diakoniatyö", enum.ServiceCrimePrevention: "rikoksentorjunta", enum.ServiceResearch: "tutkimus ja kehittäminen",
}

type hsdsIdentifier struct {
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Scheme         string `json:"identifier_scheme"`
	Type           string `json:"identifier_type"`
	Identifier     string `json:"identifier"`
}

type hsdsPhone struct {
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Number         string `json:"number"`
	Type           string `json:"type"`
}

type hsdsAddress struct {
	ID            string `json:"id"`
	LocationID    string `json:"location_id"`
	Address1      string `json:"address_1"`
	City          string `json:"city"`
	StateProvince string `json:"state_province"`
	PostalCode    string `json:"postal_code"`
	Country       string `json:"country"`
	AddressType   string `json:"address_type"`
}

type hsdsLocation struct {
	ID             string        `json:"id"`
	OrganizationID string        `json:"organization_id"`
	LocationType   string        `json:"location_type"`
	Name           string        `json:"name"`
	Addresses      []hsdsAddress `json:"addresses"`
}

type hsdsService struct {
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	Name           string `json:"name"`
	AlternateName  string `json:"alternate_name"`
	Status         string `json:"status"`
	Email          string `json:"email,omitempty"`
	URL            string `json:"url,omitempty"`
}

type hsdsOrganization struct {
	ID            string           `json:"id"`
	Name          string           `json:"name"`
	AlternateName string           `json:"alternate_name,omitempty"`
	Description   string           `json:"description"`
	Email         string           `json:"email,omitempty"`
	Website       string           `json:"website,omitempty"`
	LegalStatus   string           `json:"legal_status"`
	ParentID      string           `json:"parent_organization_id,omitempty"`
	Identifiers   []hsdsIdentifier `json:"organization_identifiers"`
	Phones        []hsdsPhone      `json:"phones"`
	Locations     []hsdsLocation   `json:"locations"`
	Services      []hsdsService    `json:"services"`
}

// WriteHSDS writes Open Referral HSDS 3.0 JSON: one page of the
// organization list (total_items, contents…) holding every organisation in
// the export with its services. HSDS IDs are UUIDs derived from Verkosto's
// IDs (version 5), stable between exports. Service names are Finnish; the
// alternate_name is the service's code. A confidential address is left out
// unless the caller may see it.
func WriteHSDS(ctx context.Context, s *Source, w io.Writer) error {
	total, err := s.CountOrganizations(ctx)
	if err != nil {
		return err
	}
	j := newJSONStream(w)
	n := strconv.Itoa(total)
	j.raw(`{"total_items":` + n + `,"total_pages":1,"page_number":1,"size":` + n +
		`,"first_page":true,"last_page":true,"empty":` + strconv.FormatBool(total == 0) + `,"contents":[`)
	err = s.Organizations(ctx, func(o *ent.Organization) error {
		id := hsdsID("organization", o.ID)
		h := hsdsOrganization{ID: id, Name: o.NameFi, AlternateName: o.ShortName, Description: o.Description,
			Email: o.Email, Website: o.Website, LegalStatus: string(o.Sector),
			Identifiers: []hsdsIdentifier{}, Phones: []hsdsPhone{}, Locations: []hsdsLocation{}, Services: []hsdsService{}}
		if o.ParentID != nil {
			h.ParentID = hsdsID("organization", *o.ParentID)
		}
		if o.BusinessID != nil {
			h.Identifiers = append(h.Identifiers, hsdsIdentifier{hsdsID("organization", o.ID, "business-id"), id, "FI-YTJ", "Y-tunnus", *o.BusinessID})
		}
		if o.Phone != "" {
			h.Phones = append(h.Phones, hsdsPhone{hsdsID("organization", o.ID, "phone"), id, o.Phone, "voice"})
		}
		if o.Address != "" {
			loc := hsdsID("organization", o.ID, "location")
			h.Locations = append(h.Locations, hsdsLocation{loc, id, "physical", o.NameFi, []hsdsAddress{{
				ID: hsdsID("organization", o.ID, "address"), LocationID: loc, Address1: o.Address, Country: "FI", AddressType: "physical"}}})
		}
		for _, sv := range o.Services {
			name := serviceNames[sv]
			if name == "" {
				name = string(sv)
			}
			h.Services = append(h.Services, hsdsService{ID: hsdsID("organization", o.ID, "service", string(sv)), OrganizationID: id,
				Name: name, AlternateName: string(sv), Status: "active", Email: o.Email, URL: o.Website})
		}
		return j.item(h)
	})
	if err != nil {
		return err
	}
	j.raw("]}\n")
	return j.flush()
}
