// Package demo loads the demo data set: real public organisations and
// networks drawn from the source documents (Kymenlaakso, Päijät-Häme,
// Pirkanmaa, Pohjois-Savo and national actors). Representatives appear by
// role title only; no personal name or phone is stored.
package demo

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/viewer"
)

//go:embed demo.json
var demoJSON []byte

// Source is a document the demo facts come from.
type Source struct {
	Key       string `json:"key"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
}

// Organization is one organisation of the data set.
type Organization struct {
	Key                 string         `json:"key"`
	NameFi              string         `json:"name_fi"`
	NameSv              string         `json:"name_sv"`
	NameEn              string         `json:"name_en"`
	ShortName           string         `json:"short_name"`
	Sector              enum.Sector    `json:"sector"`
	Services            []enum.Service `json:"services"`
	BusinessID          string         `json:"business_id"`
	HomeArea            string         `json:"home_area"`
	OperatingAreas      []string       `json:"operating_areas"`
	Parent              *string        `json:"parent"`
	Email               string         `json:"email"`
	Phone               string         `json:"phone"`
	Website             string         `json:"website"`
	Address             string         `json:"address"`
	AddressConfidential bool           `json:"address_confidential"`
	Description         string         `json:"description"`
	LastConfirmed       *Date          `json:"last_confirmed"`
	Source              string         `json:"source"`
}

// Network is one network of the data set.
type Network struct {
	Key             string         `json:"key"`
	NameFi          string         `json:"name_fi"`
	NameSv          string         `json:"name_sv"`
	NameEn          string         `json:"name_en"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Kind            network.Kind   `json:"kind"`
	Themes          []enum.Theme   `json:"themes"`
	Level           network.Level  `json:"level"`
	Areas           []string       `json:"areas"`
	Coordinator     *string        `json:"coordinator"`
	Parent          *string        `json:"parent"`
	MeetingsPerYear *int           `json:"meetings_per_year"`
	Started         *Date          `json:"started"`
	Ended           *Date          `json:"ended"`
	Status          network.Status `json:"status"`
	Website         string         `json:"website"`
	LastConfirmed   *Date          `json:"last_confirmed"`
	Source          string         `json:"source"`
}

// Membership is one membership of the data set.
type Membership struct {
	Organization   string            `json:"organization"`
	Network        string            `json:"network"`
	Role           membership.Role   `json:"role"`
	Representative string            `json:"representative"`
	Start          *Date             `json:"start"`
	End            *Date             `json:"end"`
	Status         membership.Status `json:"status"`
	Source         string            `json:"source"`
	Illustrative   bool              `json:"illustrative"`
	LastConfirmed  *Date             `json:"last_confirmed"`
}

// Data is the whole data set.
type Data struct {
	Sources       []Source       `json:"sources"`
	Organizations []Organization `json:"organizations"`
	Networks      []Network      `json:"networks"`
	Memberships   []Membership   `json:"memberships"`
}

// Date is a "YYYY-MM-DD" date.
type Date struct{ time.Time }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return err
	}
	d.Time = t
	return nil
}

func (d *Date) ptr() *time.Time {
	if d == nil {
		return nil
	}
	return &d.Time
}

// Parse returns the embedded data set.
func Parse() (*Data, error) {
	var d Data
	if err := json.Unmarshal(demoJSON, &d); err != nil {
		return nil, fmt.Errorf("demo: demo.json: %w", err)
	}
	return &d, nil
}

// Load loads the data set into a database that has no organisations yet, in
// one transaction, and reports whether it did. A database someone already
// uses is never touched.
func Load(ctx context.Context, client *ent.Client) (bool, error) {
	ctx = viewer.SystemContext(ctx) // demo data is loaded by the server itself

	d, err := Parse()
	if err != nil {
		return false, err
	}
	n, err := client.Organization.Query().Count(ctx)
	if err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	if n > 0 {
		return false, nil
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	defer tx.Rollback()
	if err := load(ctx, tx, d); err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	return true, tx.Commit()
}

// load writes the data set in its steps' order: each step needs the IDs
// the ones before it created.
func load(ctx context.Context, tx *ent.Tx, d *Data) error {
	areas, err := areasByName(ctx, tx)
	if err != nil {
		return err
	}
	orgIDs, err := loadOrganizations(ctx, tx, d.Organizations, areas)
	if err != nil {
		return err
	}
	netIDs, err := loadNetworks(ctx, tx, d.Networks, areas, orgIDs)
	if err != nil {
		return err
	}
	return loadMemberships(ctx, tx, d, orgIDs, netIDs)
}

// areaIndex finds the reference areas by their Finnish names, as the data
// set names them.
type areaIndex map[string]int

func areasByName(ctx context.Context, tx *ent.Tx) (areaIndex, error) {
	all, err := tx.Area.Query().All(ctx)
	if err != nil {
		return nil, err
	}
	areas := areaIndex{}
	for _, a := range all {
		areas[a.NameFi] = a.ID
	}
	return areas, nil
}

func (x areaIndex) id(name string) (int, error) {
	id, ok := x[name]
	if !ok {
		return 0, fmt.Errorf("unknown area %q", name)
	}
	return id, nil
}

// loadOrganizations creates the organisations, then links each to its
// parent; it returns their IDs by key.
func loadOrganizations(ctx context.Context, tx *ent.Tx, orgs []Organization, areas areaIndex) (map[string]int, error) {
	orgIDs := map[string]int{}
	for _, o := range orgs {
		c := tx.Organization.Create().
			SetNameFi(o.NameFi).SetNameSv(o.NameSv).SetNameEn(o.NameEn).SetShortName(o.ShortName).
			SetSector(o.Sector).SetServices(o.Services).
			SetEmail(o.Email).SetPhone(o.Phone).SetWebsite(o.Website).
			SetAddress(o.Address).SetAddressConfidential(o.AddressConfidential).
			SetDescription(o.Description).SetNillableLastConfirmedAt(o.LastConfirmed.ptr())
		if o.BusinessID != "" {
			c.SetBusinessID(o.BusinessID)
		}
		if o.HomeArea != "" {
			id, err := areas.id(o.HomeArea)
			if err != nil {
				return nil, fmt.Errorf("organization %s: %w", o.Key, err)
			}
			c.SetHomeAreaID(id)
		}
		for _, name := range o.OperatingAreas {
			id, err := areas.id(name)
			if err != nil {
				return nil, fmt.Errorf("organization %s: %w", o.Key, err)
			}
			c.AddOperatingAreaIDs(id)
		}
		created, err := c.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("organization %s: %w", o.Key, err)
		}
		orgIDs[o.Key] = created.ID
	}
	for _, o := range orgs {
		if o.Parent == nil {
			continue
		}
		parent, ok := orgIDs[*o.Parent]
		if !ok {
			return nil, fmt.Errorf("organization %s: unknown parent %q", o.Key, *o.Parent)
		}
		if err := tx.Organization.UpdateOneID(orgIDs[o.Key]).SetParentID(parent).Exec(ctx); err != nil {
			return nil, fmt.Errorf("organization %s: %w", o.Key, err)
		}
	}
	return orgIDs, nil
}

// loadNetworks creates the networks with their coordinators, then links
// each to its parent; it returns their IDs by key.
func loadNetworks(ctx context.Context, tx *ent.Tx, nets []Network, areas areaIndex, orgIDs map[string]int) (map[string]int, error) {
	netIDs := map[string]int{}
	for _, n := range nets {
		c := tx.Network.Create().
			SetNameFi(n.NameFi).SetNameSv(n.NameSv).SetNameEn(n.NameEn).SetShortName(n.ShortName).
			SetDescription(n.Description).SetKind(n.Kind).SetThemes(n.Themes).SetLevel(n.Level).
			SetNillableMeetingsPerYear(n.MeetingsPerYear).
			SetNillableStartedOn(n.Started.ptr()).SetNillableEndedOn(n.Ended.ptr()).
			SetStatus(n.Status).SetWebsite(n.Website).
			SetNillableLastConfirmedAt(n.LastConfirmed.ptr())
		for _, name := range n.Areas {
			id, err := areas.id(name)
			if err != nil {
				return nil, fmt.Errorf("network %s: %w", n.Key, err)
			}
			c.AddAreaIDs(id)
		}
		if n.Coordinator != nil {
			id, ok := orgIDs[*n.Coordinator]
			if !ok {
				return nil, fmt.Errorf("network %s: unknown coordinator %q", n.Key, *n.Coordinator)
			}
			c.SetCoordinatorID(id)
		}
		created, err := c.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("network %s: %w", n.Key, err)
		}
		netIDs[n.Key] = created.ID
	}
	for _, n := range nets {
		if n.Parent == nil {
			continue
		}
		parent, ok := netIDs[*n.Parent]
		if !ok {
			return nil, fmt.Errorf("network %s: unknown parent %q", n.Key, *n.Parent)
		}
		if err := tx.Network.UpdateOneID(netIDs[n.Key]).SetParentID(parent).Exec(ctx); err != nil {
			return nil, fmt.Errorf("network %s: %w", n.Key, err)
		}
	}
	return netIDs, nil
}

// loadMemberships creates the memberships in one statement, each citing
// its source document.
func loadMemberships(ctx context.Context, tx *ent.Tx, d *Data, orgIDs, netIDs map[string]int) error {
	sources := map[string]string{}
	for _, s := range d.Sources {
		sources[s.Key] = s.Publisher + ": " + s.Title
	}
	builders := make([]*ent.MembershipCreate, 0, len(d.Memberships))
	for i, m := range d.Memberships {
		org, ok1 := orgIDs[m.Organization]
		net, ok2 := netIDs[m.Network]
		source, ok3 := sources[m.Source]
		if !ok1 || !ok2 || !ok3 {
			return fmt.Errorf("membership %d (%s in %s): unknown organization, network or source", i, m.Organization, m.Network)
		}
		confirmed := m.LastConfirmed.ptr()
		builders = append(builders, tx.Membership.Create().
			SetOrganizationID(org).SetNetworkID(net).SetRole(m.Role).
			SetRepresentative(m.Representative).
			SetNillableStartDate(m.Start.ptr()).SetNillableEndDate(m.End.ptr()).
			SetStatus(m.Status).SetSource(source).SetIllustrative(m.Illustrative).
			SetNillableOrganizationConfirmedAt(confirmed).SetNillableNetworkConfirmedAt(confirmed))
	}
	return tx.Membership.CreateBulk(builders...).Exec(ctx)
}

// Raw returns the embedded JSON as is (tests scan it for personal data).
func Raw() ([]byte, error) { return demoJSON, nil }
