package export

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/verkosto/verkosto/ent"
)

// The roster's sheet names and column headers, in Finnish as a Finnish
// coordinator's Excel has them. They are a stable format: the importer
// recognises them, and an exported roster imports back. Values are the
// API's codes (sector POLICE, role CHAIR, status ACTIVE…), dates are
// yyyy-mm-dd, lists are separated by "; ". The ID columns hold the
// exporting instance's IDs, so that rows of one file can refer to each
// other (a membership to its organisation and network, a unit to its parent).
const (
	SheetOrganizations = "Organisaatiot"
	SheetNetworks      = "Verkostot"
	SheetMemberships   = "Jäsenyydet"

	ColOrganization       = "Organisaatio"
	ColOrganizationSv     = "Organisaatio ruotsiksi"
	ColOrganizationEn     = "Organisaatio englanniksi"
	ColShortName          = "Lyhenne"
	ColBusinessID         = "Y-tunnus"
	ColSector             = "Sektori"
	ColServices           = "Palvelut"
	ColHomeArea           = "Kotialue"
	ColAreas              = "Toiminta-alueet"
	ColParentOrganization = "Emo-organisaation ID"
	ColEmail              = "Organisaation sähköposti"
	ColSwitchboard        = "Vaihde"
	ColWebsite            = "Verkkosivu"
	ColAddress            = "Osoite"
	ColAddressHidden      = "Osoite salainen"
	ColDescription        = "Kuvaus"
	ColID                 = "ID"

	ColNetwork             = "Verkosto"
	ColNetworkSv           = "Verkosto ruotsiksi"
	ColNetworkEn           = "Verkosto englanniksi"
	ColNetworkKind         = "Verkoston tyyppi"
	ColLevel               = "Taso"
	ColNetworkStatus       = "Verkoston tila"
	ColThemes              = "Teemat"
	ColNetworkAreas        = "Alueet"
	ColCoordinator         = "Koordinoiva organisaatio"
	ColCoordinatorID       = "Koordinoivan organisaation ID"
	ColParentNetwork       = "Ylemmän verkoston ID"
	ColMeetingsPerYear     = "Kokouksia vuodessa"
	ColStart               = "Alkaen"
	ColEnd                 = "Päättyen"
	ColRole                = "Rooli"
	ColRepresentative      = "Edustajan nimike"
	ColStatus              = "Tila"
	ColSource              = "Lähde"
	ColMembershipOrgID     = "Organisaation ID"
	ColMembershipNetworkID = "Verkoston ID"
	yes                    = "kyllä"
	ListSeparator          = "; "
	dateLayout             = time.DateOnly
	nodeKindOrganization   = "Organization"
	nodeKindNetwork        = "Network"
)

// OrganizationColumns are the Organisaatiot sheet's columns, in order.
var OrganizationColumns = []string{ColOrganization, ColOrganizationSv, ColOrganizationEn, ColShortName,
	ColBusinessID, ColSector, ColServices, ColHomeArea, ColAreas, ColEmail, ColSwitchboard, ColWebsite,
	ColAddress, ColAddressHidden, ColDescription, ColParentOrganization, ColID}

// NetworkColumns are the Verkostot sheet's columns, in order.
var NetworkColumns = []string{ColNetwork, ColNetworkSv, ColNetworkEn, ColShortName, ColNetworkKind,
	ColLevel, ColNetworkStatus, ColThemes, ColNetworkAreas, ColCoordinator, ColStart, ColEnd,
	ColMeetingsPerYear, ColWebsite, ColDescription, ColCoordinatorID, ColParentNetwork, ColID}

// MembershipColumns are the Jäsenyydet sheet's columns, in order; the
// memberships of edges.csv have the same columns after Id, Source and Target.
var MembershipColumns = []string{ColOrganization, ColBusinessID, ColSector, ColNetwork, ColRole,
	ColRepresentative, ColStart, ColEnd, ColStatus, ColSource, ColID, ColMembershipOrgID, ColMembershipNetworkID}

// cell is one value of a row: text, a date (nil when absent) or a number.
type cell = any

func organizationRow(o *ent.Organization) []cell {
	var home, parent string
	if o.Edges.HomeArea != nil {
		home = o.Edges.HomeArea.NameFi
	}
	if o.ParentID != nil {
		parent = strconv.Itoa(*o.ParentID)
	}
	hidden := yesIf(o.AddressConfidential)
	return []cell{o.NameFi, o.NameSv, o.NameEn, o.ShortName, deref(o.BusinessID), string(o.Sector),
		joinStrings(o.Services), home, areaNames(o.Edges.OperatingAreas), o.Email, o.Phone, o.Website,
		o.Address, hidden, o.Description, parent, strconv.Itoa(o.ID)}
}

func networkRow(n *ent.Network) []cell {
	var coordinator, coordinatorID, parent string
	if c := n.Edges.Coordinator; c != nil {
		coordinator, coordinatorID = c.NameFi, strconv.Itoa(c.ID)
	}
	if n.ParentID != nil {
		parent = strconv.Itoa(*n.ParentID)
	}
	return []cell{n.NameFi, n.NameSv, n.NameEn, n.ShortName, string(n.Kind), string(n.Level), string(n.Status),
		joinStrings(n.Themes), areaNames(n.Edges.Areas), coordinator, n.StartedOn, n.EndedOn, meetings(n),
		n.Website, n.Description, coordinatorID, parent, strconv.Itoa(n.ID)}
}

func membershipRow(m *ent.Membership) []cell {
	var org, businessID, sector, net string
	if o := m.Edges.Organization; o != nil {
		org, businessID, sector = o.NameFi, deref(o.BusinessID), string(o.Sector)
	}
	if n := m.Edges.Network; n != nil {
		net = n.NameFi
	}
	return []cell{org, businessID, sector, net, string(m.Role), m.Representative, m.StartDate, m.EndDate,
		string(m.Status), m.Source, strconv.Itoa(m.ID), strconv.Itoa(m.OrganizationID), strconv.Itoa(m.NetworkID)}
}

func meetings(n *ent.Network) cell {
	if n.MeetingsPerYear == nil {
		return nil
	}
	return *n.MeetingsPerYear
}

func yesIf(b bool) string {
	if b {
		return yes
	}
	return ""
}

func idText(id *int) string {
	if id == nil {
		return ""
	}
	return strconv.Itoa(*id)
}

// text renders a cell for the text formats.
func text(c cell) string {
	switch v := c.(type) {
	case string:
		return v
	case *time.Time:
		return date(v)
	case int:
		return strconv.Itoa(v)
	case nil:
		return ""
	}
	panic("export: unexpected cell type")
}

func date(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(dateLayout)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func joinStrings[T ~string](list []T) string {
	s := make([]string, len(list))
	for i, v := range list {
		s[i] = string(v)
	}
	return strings.Join(s, ListSeparator)
}

func areaNames(list []*ent.Area) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = a.NameFi
	}
	slices.Sort(s) // eager loading gives no order
	return strings.Join(s, ListSeparator)
}
