package server_test

import (
	"bytes"
	"net/http"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/importer"
	"github.com/verkosto/verkosto/internal/testdb"
)

// workbook builds an XLSX of sheets given as rows (the first being the header).
func workbook(t *testing.T, sheets map[string][][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	first := true
	for name, rows := range sheets {
		if first {
			f.SetSheetName("Sheet1", name)
			first = false
		} else {
			f.NewSheet(name)
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(name, cell, &r); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A coordinator's whole roster: she creates organisations and networks
// (the preview says CREATE), the organisation's generic e-mail is read and
// a plain Sähköposti column is a person's; a stored organisation's
// differences are only noted; a network under one she does not coordinate
// is refused, and so is every membership row that refers to it.
func TestCoordinatorImportsAWholeRoster(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		coord := f.browsers["COORDINATOR"]
		book := func(parent string) []byte {
			return workbook(t, map[string][][]any{
				"Organisaatiot": {
					{"Organisaatio", "Sektori", "Vaihde", "Organisaation sähköposti", "Sähköposti", "ID"},
					{"Uusi yhdistys", "NGO", "020 123 456", "info@uusi.example.fi", "matti@example.fi", "o1"},
					{"Toinen yhdistys", "BUSINESS", "", "", "", "o2"},
				},
				"Verkostot": {
					{"Verkosto", "Verkoston tyyppi", "Taso", "Ylemmän verkoston ID", "ID"},
					{"Uusi työryhmä", "WORKING_GROUP", "MUNICIPAL", parent, "n1"},
					{"Toinen verkosto", "FORUM", "MUNICIPAL", "", "n2"},
				},
				"Jäsenyydet": {
					{"Organisaatio", "Verkosto", "Rooli", "Tila", "Organisaation ID", "Verkoston ID"},
					{"Uusi yhdistys", "Uusi työryhmä", "MEMBER", "ACTIVE", "o1", "n1"},
				},
			})
		}
		res := coord.upload(t, "/import/preview", "rosteri.xlsx", book("n2"), nil)
		if res.status != http.StatusOK || res.Preview == nil {
			t.Fatalf("preview: %d %+v", res.status, res.Errors)
		}
		rows := map[string]importer.Row{}
		for _, r := range res.Preview.Rows {
			rows[r.Sheet+"/"+string(rune('0'+r.Row))] = r
		}
		if r := rows["Organisaatiot/2"]; r.Action != importer.ActionCreate || !r.NewOrganization {
			t.Errorf("new organisation: %+v", r)
		}
		if r := rows["Organisaatiot/3"]; r.Action != importer.ActionUnchanged || len(r.Notes) != 1 || r.Notes[0].Code != "adminOnlyField" {
			t.Errorf("a stored organisation's sector, for a coordinator: %+v", r)
		}
		if r := rows["Verkostot/2"]; r.Action != importer.ActionError || r.Errors[0].Code != "mayNotPlaceNetwork" || r.Errors[0].Cell != "D2" {
			t.Errorf("a network under one she does not coordinate: %+v", r)
		}
		if r := rows["Jäsenyydet/2"]; r.Action != importer.ActionError || r.Errors[0].Code != "rowHasErrors" || r.Errors[0].Params["sheet"] != "Verkostot" {
			t.Errorf("a membership in a refused network: %+v", r)
		}
		for _, c := range res.Preview.Columns {
			switch c.Header {
			case "Organisaation sähköposti", "Vaihde":
				if c.Person || c.Field == "" {
					t.Errorf("generic contact column %+v", c)
				}
			case "Sähköposti":
				if !c.Person {
					t.Errorf("a plain e-mail column is a person's: %+v", c)
				}
			}
		}
		if res.Preview.Ready {
			t.Fatal("ready with errors")
		}

		// Without the parent it goes through: the network is hers, the
		// organisation (without editors) a member at once.
		file := book("")
		res = coord.upload(t, "/import/apply", "rosteri.xlsx", file, nil)
		if res.status != http.StatusOK || !res.Preview.Applied || res.Preview.Totals.Create != 3 {
			t.Fatalf("apply: %d %+v %s", res.status, res.Errors, rowProblems(res.Preview))
		}
		c := f.app.DB.Client
		n := c.Network.Query().Where(network.NameFi("Uusi työryhmä")).OnlyX(f.sys)
		if !c.Account.Query().Where(account.ID(f.accounts["COORDINATOR"])).QueryNetworks().Where(network.ID(n.ID)).ExistX(f.sys) {
			t.Error("the coordinator does not coordinate the network she created")
		}
		m := n.QueryMemberships().WithOrganization().OnlyX(f.sys)
		if m.Status != "ACTIVE" || m.Edges.Organization.Email != "info@uusi.example.fi" || m.Edges.Organization.Phone != "020 123 456" {
			t.Errorf("membership %+v of %+v", m, m.Edges.Organization)
		}
		if other := c.Organization.GetX(f.sys, f.other.ID); other.Sector != "NGO" {
			t.Errorf("a coordinator's import changed a stored organisation's sector to %s", other.Sector)
		}
		res = coord.upload(t, "/import/apply", "rosteri.xlsx", file, nil)
		if res.status != http.StatusOK || res.Preview.Totals.Create != 0 || res.Preview.Totals.Update != 0 {
			t.Errorf("again: %d %+v", res.status, res.Preview.Totals)
		}
	})
}
