// Package reference loads the reference areas shipped inside the binary:
// the country, the wellbeing services counties (and the City of Helsinki),
// the Åland region and every municipality, linked parent to child.
package reference

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/viewer"
)

//go:embed areas.json
var areasJSON []byte

// Names are an area's names in Finnish, Swedish and English.
type Names struct {
	Code   string `json:"code"`
	NameFi string `json:"name_fi"`
	NameSv string `json:"name_sv"`
	NameEn string `json:"name_en"`
	// Short names, for tight places (the coverage tiles): the county-level
	// areas' place names, "Lappi", "Lappland", "Lapland".
	ShortFi string `json:"short_fi,omitempty"`
	ShortSv string `json:"short_sv,omitempty"`
	ShortEn string `json:"short_en,omitempty"`
}

// Municipality is a municipality and the code of its county (or region).
type Municipality struct {
	Names
	Parent string `json:"parent"`
}

// Data is the content of areas.json.
type Data struct {
	Source         string         `json:"source"`
	Country        Names          `json:"country"`
	Counties       []Names        `json:"counties"`
	Regions        []Names        `json:"regions"`
	Municipalities []Municipality `json:"municipalities"`
}

// Areas returns the embedded reference data.
func Areas() (*Data, error) {
	var d Data
	if err := json.Unmarshal(areasJSON, &d); err != nil {
		return nil, fmt.Errorf("reference: areas.json: %w", err)
	}
	return &d, nil
}

var shortNames = sync.OnceValue(func() map[string][3]string {
	d, err := Areas()
	if err != nil {
		return nil // the embedded file is checked by the tests and at every start (Load)
	}
	out := map[string][3]string{}
	for _, c := range d.Counties {
		out[c.Code] = [3]string{c.ShortFi, c.ShortSv, c.ShortEn}
	}
	return out
})

// ShortName is a county-level area's short name in lang (fi, sv or en),
// by its code; "" for other areas.
func ShortName(code, lang string) string {
	names, ok := shortNames()[code]
	if !ok {
		return ""
	}
	switch lang {
	case "sv":
		return names[1]
	case "en":
		return names[2]
	}
	return names[0]
}

type key struct {
	kind area.Kind
	code string
}

type row struct {
	key
	names  Names
	parent *key
}

// Load makes the database's areas match the reference data: it creates what
// is missing and corrects names and parents that differ. It runs in one
// transaction and is cheap when nothing changed, so it runs at every start.
func Load(ctx context.Context, client *ent.Client) error {
	// Reference data is the server's own: written as the system, not audited.
	ctx = viewer.SystemContext(ctx)

	d, err := Areas()
	if err != nil {
		return err
	}
	country := key{area.KindCOUNTRY, d.Country.Code}
	rows := []row{{key: country, names: d.Country}}
	parents := map[string]key{}
	for _, c := range d.Counties {
		k := key{area.KindWELLBEING_COUNTY, c.Code}
		rows = append(rows, row{key: k, names: c, parent: &country})
		parents[c.Code] = k
	}
	for _, r := range d.Regions {
		k := key{area.KindREGION, r.Code}
		rows = append(rows, row{key: k, names: r, parent: &country})
		parents[r.Code] = k
	}
	for _, m := range d.Municipalities {
		p, ok := parents[m.Parent]
		if !ok {
			return fmt.Errorf("reference: municipality %s has unknown parent %q", m.Code, m.Parent)
		}
		rows = append(rows, row{key: key{area.KindMUNICIPALITY, m.Code}, names: m.Names, parent: &p})
	}

	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("reference: %w", err)
	}
	defer tx.Rollback()
	existing, err := tx.Area.Query().All(ctx)
	if err != nil {
		return fmt.Errorf("reference: unable to read areas: %w", err)
	}
	ids := map[key]*ent.Area{}
	for _, a := range existing {
		ids[key{a.Kind, a.Code}] = a
	}
	// Parents come before children in rows, so one pass can link them.
	for _, r := range rows {
		var parentID *int
		if r.parent != nil {
			parentID = &ids[*r.parent].ID
		}
		a, ok := ids[r.key]
		if !ok {
			a, err = tx.Area.Create().
				SetKind(r.kind).SetCode(r.code).
				SetNameFi(r.names.NameFi).SetNameSv(r.names.NameSv).SetNameEn(r.names.NameEn).
				SetNillableParentID(parentID).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("reference: unable to create area %s %s: %w", r.kind, r.code, err)
			}
			ids[r.key] = a
			continue
		}
		if a.NameFi != r.names.NameFi || a.NameSv != r.names.NameSv || a.NameEn != r.names.NameEn || !sameID(a.ParentID, parentID) {
			a, err = a.Update().
				SetNameFi(r.names.NameFi).SetNameSv(r.names.NameSv).SetNameEn(r.names.NameEn).
				SetNillableParentID(parentID).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("reference: unable to update area %s %s: %w", r.kind, r.code, err)
			}
			ids[r.key] = a
		}
	}
	return tx.Commit()
}

func sameID(a, b *int) bool {
	return (a == nil && b == nil) || (a != nil && b != nil && *a == *b)
}
