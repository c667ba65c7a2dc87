package coverage

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/coveragetemplate"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Data is everything an evaluation reads, loaded with a fixed number of
// queries whatever the number of areas. Plain values, so rules can be
// tested without a database.
type Data struct {
	Areas       map[int]*Area
	Orgs        map[int]*Org
	Nets        map[int]*Net
	Memberships []*Member
	Templates   []*ent.CoverageTemplate
}

type Area struct {
	ID       int
	Kind     area.Kind
	Parent   int // 0 for the roots
	Children []int
}

type Org struct {
	ID            int
	Name          string
	Sector        enum.Sector
	Services      []enum.Service
	Home          int // 0 when unknown
	Operating     []int
	Contact       bool // has a generic email or phone
	LastConfirmed *time.Time
}

type Net struct {
	ID            int
	Kind          network.Kind
	Status        network.Status
	Level         network.Level
	Themes        []enum.Theme
	Areas         []int
	Started       *time.Time
	Ended         *time.Time
	LastConfirmed *time.Time
	// MeetingsPerYear is nil when unknown (insight sums it as an organisation's load).
	MeetingsPerYear *int
}

type Member struct {
	ID         int
	Org, Net   int
	Role       membership.Role
	Status     membership.Status
	Start, End *time.Time
	OrgConfirm *time.Time
	NetConfirm *time.Time
}

// Load reads the data in seven queries.
func Load(ctx context.Context, client *ent.Client) (*Data, error) {
	// Coverage is built once and shown to every reader: it reads what
	// everyone may read (memberships by visible.Everyone; no addresses).
	// The caller checked the viewer may read at all.
	ctx = viewer.SystemContext(ctx)
	d := &Data{Areas: map[int]*Area{}, Orgs: map[int]*Org{}, Nets: map[int]*Net{}}
	areas, err := client.Area.Query().Select(area.FieldID, area.FieldKind, area.FieldParentID).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading areas: %w", err)
	}
	for _, a := range areas {
		d.Areas[a.ID] = &Area{ID: a.ID, Kind: a.Kind}
		if a.ParentID != nil {
			d.Areas[a.ID].Parent = *a.ParentID
		}
	}
	for _, a := range d.Areas {
		if p, ok := d.Areas[a.Parent]; ok {
			p.Children = append(p.Children, a.ID)
		}
	}
	for _, a := range d.Areas {
		slices.Sort(a.Children)
	}
	orgs, err := client.Organization.Query().
		Select(organization.FieldID, organization.FieldNameFi, organization.FieldSector, organization.FieldServices,
			organization.FieldHomeAreaID, organization.FieldEmail, organization.FieldPhone, organization.FieldLastConfirmedAt).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading organisations: %w", err)
	}
	for _, o := range orgs {
		org := &Org{ID: o.ID, Name: o.NameFi, Sector: o.Sector, Services: o.Services, Contact: o.Email != "" || o.Phone != "", LastConfirmed: o.LastConfirmedAt}
		if o.HomeAreaID != nil {
			org.Home = *o.HomeAreaID
		}
		d.Orgs[o.ID] = org
	}
	// The join tables are read whole: eager loading would name every
	// organisation in one IN list, past SQLite's 32,766 parameters at scale L.
	err = joinRows(ctx, client, "SELECT organization_id, area_id FROM "+organization.OperatingAreasTable, func(org, a int) {
		if o := d.Orgs[org]; o != nil {
			o.Operating = append(o.Operating, a)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("coverage: loading operating areas: %w", err)
	}
	nets, err := client.Network.Query().
		Select(network.FieldID, network.FieldKind, network.FieldStatus, network.FieldLevel, network.FieldThemes,
			network.FieldStartedOn, network.FieldEndedOn, network.FieldLastConfirmedAt, network.FieldMeetingsPerYear).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading networks: %w", err)
	}
	for _, n := range nets {
		net := &Net{ID: n.ID, Kind: n.Kind, Status: n.Status, Level: n.Level, Themes: n.Themes,
			Started: n.StartedOn, Ended: n.EndedOn, LastConfirmed: n.LastConfirmedAt, MeetingsPerYear: n.MeetingsPerYear}
		d.Nets[n.ID] = net
	}
	err = joinRows(ctx, client, "SELECT network_id, area_id FROM "+network.AreasTable, func(net, a int) {
		if n := d.Nets[net]; n != nil {
			n.Areas = append(n.Areas, a)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("coverage: loading network areas: %w", err)
	}
	ms, err := client.Membership.Query().
		Where(visible.Everyone().Predicate()).
		Select(membership.FieldID, membership.FieldOrganizationID, membership.FieldNetworkID, membership.FieldRole,
			membership.FieldStatus, membership.FieldStartDate, membership.FieldEndDate,
			membership.FieldOrganizationConfirmedAt, membership.FieldNetworkConfirmedAt).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading memberships: %w", err)
	}
	for _, m := range ms {
		d.Memberships = append(d.Memberships, &Member{ID: m.ID, Org: m.OrganizationID, Net: m.NetworkID, Role: m.Role,
			Status: m.Status, Start: m.StartDate, End: m.EndDate, OrgConfirm: m.OrganizationConfirmedAt, NetConfirm: m.NetworkConfirmedAt})
	}
	d.Templates, err = client.CoverageTemplate.Query().Order(ent.Asc(coveragetemplate.FieldKey)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("coverage: loading templates: %w", err)
	}
	return d, nil
}

// Template is the template that applies to an area kind and theme (nil:
// none); the first by key, as coverage applies it.
func (d *Data) Template(kind area.Kind, theme *enum.Theme) *ent.CoverageTemplate {
	return d.template(kind, theme)
}

// County returns the county-level area (a wellbeing services county or a
// region) that area id is or lies in; 0 for the country or an unknown area.
func (d *Data) County(id int) int {
	for a := d.Areas[id]; a != nil; a = d.Areas[a.Parent] {
		if a.Kind == area.KindWELLBEING_COUNTY || a.Kind == area.KindREGION {
			return a.ID
		}
	}
	return 0
}

// template picks the template for an area kind and theme: the first (by
// key) of the kind that covers the theme, or of the kind at all when no
// theme is asked for.
func (d *Data) template(kind area.Kind, theme *enum.Theme) *ent.CoverageTemplate {
	for _, t := range d.Templates {
		if string(t.AreaKind) != string(kind) {
			continue
		}
		if theme == nil || slices.Contains(t.Themes, *theme) {
			return t
		}
	}
	return nil
}

// joinRows calls add for every (id, area) pair a join-table query returns,
// in the order the database gives them.
func joinRows(ctx context.Context, client *ent.Client, query string, add func(id, area int)) error {
	rows, err := client.QueryContext(ctx, query+" ORDER BY 1, 2")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, a int
		if err := rows.Scan(&id, &a); err != nil {
			return err
		}
		add(id, a)
	}
	return rows.Err()
}
