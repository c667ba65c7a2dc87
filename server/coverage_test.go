package server_test

import (
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

type coverageReport struct {
	Area                        struct{ NameFi string }
	Met, AtRisk, Missing, Total int
	Expectations                []struct {
		Key, Status   string
		Organizations []struct{ NameFi string }
		Networks      []struct{ NameFi string }
		Suggestions   []struct{ NameFi string }
	}
	Children []coverageReport
}

func (r coverageReport) status(key string) string {
	for _, x := range r.Expectations {
		if x.Key == key {
			return x.Status
		}
	}
	return ""
}

func countyID(t *testing.T, a *testApp, name string) string {
	t.Helper()
	var d struct {
		Areas struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	a.post(t, `query($n:String!){areas(where:{kind:WELLBEING_COUNTY, nameFi:$n}){edges{node{id}}}}`, map[string]any{"n": name}).decode(t, &d)
	if len(d.Areas.Edges) != 1 {
		t.Fatalf("county %s not found", name)
	}
	return d.Areas.Edges[0].Node.ID
}

const coverageQuery = `query($a:ID!){coverage(area:$a){area{nameFi} met atRisk missing total
  expectations{key status organizations{nameFi} networks{nameFi} suggestions{nameFi}}
  children{area{nameFi} met atRisk missing total expectations{key status}}}}`

// TestCoverageOfTheDemoData: the gaps the source documents imply.
func TestCoverageOfTheDemoData(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		var d struct{ Coverage coverageReport }

		// Pohjois-Savo: the documents name no MARAK team and no county group today.
		a.post(t, coverageQuery, map[string]any{"a": countyID(t, a, "Pohjois-Savon hyvinvointialue")}).decode(t, &d)
		ps := d.Coverage
		if ps.status("marak") != "MISSING" || ps.status("county-group") != "MISSING" {
			t.Errorf("Pohjois-Savo: marak %s, county group %s", ps.status("marak"), ps.status("county-group"))
		}
		if len(ps.Children) == 0 || ps.Children[0].Total != 2 {
			t.Errorf("Pohjois-Savo's municipalities: %+v", ps.Children)
		}
		for _, x := range ps.Expectations {
			if x.Key == "member-police" && len(x.Suggestions) == 0 {
				t.Error("no police suggested for Pohjois-Savo's missing group member")
			}
		}

		// Pirkanmaa: a coordinators' network and a MARAK team in the documents.
		a.post(t, coverageQuery, map[string]any{"a": countyID(t, a, "Pirkanmaan hyvinvointialue")}).decode(t, &d)
		if s := d.Coverage.status("marak"); s == "MISSING" || s == "" {
			t.Errorf("Pirkanmaa's MARAK: %q", s)
		}
		if s := d.Coverage.status("county-group"); s == "MISSING" {
			t.Error("Pirkanmaa's coordination group not found")
		}

		// Lappi: no data at all is MISSING everywhere, not an error.
		a.post(t, coverageQuery, map[string]any{"a": countyID(t, a, "Lapin hyvinvointialue")}).decode(t, &d)
		if d.Coverage.Total == 0 || d.Coverage.Missing != d.Coverage.Total {
			t.Errorf("Lappi: %d missing of %d", d.Coverage.Missing, d.Coverage.Total)
		}
	})
}

// TestNationalCoverageInBoundedStatements: the country's report with its
// 22 counties (and their municipalities) costs a fixed number of SQL
// statements, not one per area.
func TestNationalCoverageInBoundedStatements(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		var c struct {
			Areas struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.post(t, `{areas(where:{kind:COUNTRY}){edges{node{id}}}}`, nil).decode(t, &c)
		country := c.Areas.Edges[0].Node.ID
		before := a.statements.Load()
		var d struct{ Coverage coverageReport }
		a.post(t, coverageQuery, map[string]any{"a": country}).decode(t, &d)
		stmts := a.statements.Load() - before
		if len(d.Coverage.Children) != 22 {
			t.Errorf("%d children, want the 22 county-level areas", len(d.Coverage.Children))
		}
		sum := 0
		for _, ch := range d.Coverage.Children {
			sum += ch.Total
		}
		if d.Coverage.Total != sum || d.Coverage.Total != 22*16 {
			t.Errorf("national total %d, counties' sum %d", d.Coverage.Total, sum)
		}
		if stmts > 14 {
			t.Errorf("national report took %d SQL statements", stmts)
		}
		var tpl struct {
			CoverageTemplates []struct {
				Key, AreaKind string
				Expectations  []struct{ Key, Guidance string }
			}
		}
		a.post(t, `{coverageTemplates{key areaKind expectations{key guidance}}}`, nil).decode(t, &tpl)
		if len(tpl.CoverageTemplates) != 2 || tpl.CoverageTemplates[0].AreaKind != string(area.KindWELLBEING_COUNTY) {
			t.Fatalf("templates: %+v", tpl.CoverageTemplates)
		}
		for _, x := range tpl.CoverageTemplates[0].Expectations {
			if x.Guidance == "" {
				t.Errorf("expectation %s cites no guidance", x.Key)
			}
		}
		if res := a.post(t, `{coverage(area:"999999"){total}}`, nil); res.code() != "BAD_USER_INPUT" {
			t.Errorf("unknown area: %+v", res.Errors)
		}
	})
}

func TestCoverageCSV(t *testing.T) {
	a := startApp(t, "sqlite")
	id := countyID(t, a, "Pohjois-Savon hyvinvointialue")
	// An organisation whose name a spreadsheet would run as a formula.
	home, _ := strconv.Atoi(id)
	a.DB.Client.Organization.Create().SetNameFi(`=HYPERLINK("http://evil.example","x")`).SetSector("POLICE").
		SetHomeAreaID(home).ExecX(viewer.SystemContext(context.Background()))
	resp, err := http.Get(a.URL + "/export/coverage.csv?area=" + id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") ||
		!strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("CSV: %d %v", resp.StatusCode, resp.Header)
	}
	if !strings.HasPrefix(string(body), "\uFEFFarea_code,area,expectation") {
		t.Errorf("no BOM or header: %q", string(body[:40]))
	}
	if !strings.Contains(string(body), "Pohjois-Savon hyvinvointialue,marak,") || !strings.Contains(string(body), "MISSING") {
		t.Errorf("the MARAK gap is not in the export:\n%s", body)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	defused := false
	for _, row := range rows {
		for _, cell := range row {
			if strings.HasPrefix(cell, "=") {
				t.Errorf("a cell starts with '=': %q", cell)
			}
			defused = defused || strings.Contains(cell, `'=HYPERLINK`)
		}
	}
	if !defused {
		t.Error("the formula-like name is not in the export, defused")
	}
	for _, bad := range []string{"/export/coverage.csv", "/export/coverage.csv?area=x", "/export/coverage.csv?area=" + id + "&asOf=yesterday", "/export/coverage.csv?area=" + id + "&theme=NOPE"} {
		r, _ := http.Get(a.URL + bad)
		r.Body.Close()
		if r.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, r.StatusCode)
		}
	}
	private := startApp(t, "sqlite", func(c *server.Config) { c.PublicRead = false })
	r, _ := http.Get(private.URL + "/export/coverage.csv?area=" + id)
	r.Body.Close()
	if r.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous export from a private instance: %d", r.StatusCode)
	}
}

func TestAdminAdaptsATemplate(t *testing.T) {
	f := newFixture(t, "sqlite")
	admin := f.browsers["ADMIN"]
	var tpl struct {
		CoverageTemplates []struct {
			ID, Key      string
			Expectations []struct{ Key string }
		}
	}
	admin.post(t, `{coverageTemplates{id key expectations{key}}}`, nil).decode(t, &tpl)
	id := tpl.CoverageTemplates[0].ID
	res := admin.post(t, `mutation($id:ID!){updateCoverageTemplate(id:$id,input:{expectations:[
		{key:"marak",rule:NETWORK,networkKind:MARAK,descriptionFi:"MARAK"},
		{key:"marak",rule:NETWORK,networkKind:ANKKURI,descriptionFi:"Ankkuri"}]}){id}}`, map[string]any{"id": id})
	if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "expectations[1].key" {
		t.Errorf("duplicate key: %+v", res.Errors)
	}
	// Rules are an enum: an unknown one is refused by the schema itself.
	res = admin.post(t, `mutation($id:ID!){updateCoverageTemplate(id:$id,input:{expectations:[{key:"x",rule:NOPE,descriptionFi:"x"}]}){id}}`, map[string]any{"id": id})
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "CoverageRule") {
		t.Errorf("unknown rule: %+v", res.Errors)
	}
	res = admin.post(t, `mutation($id:ID!){updateCoverageTemplate(id:$id,input:{expectations:[{key:"x",rule:NETWORK,descriptionFi:"x"}]}){id}}`, map[string]any{"id": id})
	if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "expectations[0].networkKind" {
		t.Errorf("a NETWORK expectation without kind or theme (nothing could meet it): %+v", res.Errors)
	}
	// Templates read back typed: enums, not strings to parse.
	var typed struct {
		CoverageTemplates []struct {
			Expectations []struct {
				Key, Rule       string
				Sector, Service *string
				NetworkKind     *string
				SuggestServices []string
			}
		}
	}
	admin.post(t, `{coverageTemplates{expectations{key rule sector service networkKind suggestServices}}}`, nil).decode(t, &typed)
	found := 0
	for _, x := range typed.CoverageTemplates[0].Expectations {
		switch {
		case x.Key == "marak" && x.Rule == "NETWORK" && x.NetworkKind != nil && *x.NetworkKind == "MARAK":
			found++
		case x.Key == "member-shelter" && x.Rule == "GROUP_MEMBER" && x.Service != nil && *x.Service == "SHELTER" && slices.Equal(x.SuggestServices, []string{"SHELTER"}):
			found++
		}
	}
	if found != 2 {
		t.Errorf("typed expectations: %+v", typed.CoverageTemplates[0].Expectations)
	}
	var ok struct {
		UpdateCoverageTemplate struct {
			Expectations []struct {
				Key         string
				StaleMonths *int
			}
		}
	}
	admin.post(t, `mutation($id:ID!){updateCoverageTemplate(id:$id,input:{expectations:[
		{key:"marak",rule:NETWORK,networkKind:MARAK,descriptionFi:"Aktiivinen MARAK",suggestSectors:[POLICE]},
		{key:"confirmed",rule:CONFIRMED,descriptionFi:"Vahvistettu puolen vuoden sisällä",staleMonths:6}]}){expectations{key staleMonths}}}`,
		map[string]any{"id": id}).decode(t, &ok)
	if len(ok.UpdateCoverageTemplate.Expectations) != 2 || *ok.UpdateCoverageTemplate.Expectations[1].StaleMonths != 6 {
		t.Fatalf("adapted template: %+v", ok.UpdateCoverageTemplate)
	}
	// The county report follows the adapted template, and the change is audited.
	var d struct{ Coverage coverageReport }
	f.app.post(t, coverageQuery, map[string]any{"a": countyID(t, f.app, "Pirkanmaan hyvinvointialue")}).decode(t, &d)
	if d.Coverage.Total != 2 {
		t.Errorf("county report has %d expectations, want the adapted 2", d.Coverage.Total)
	}
	var h struct {
		Changes struct {
			Edges []struct{ Node struct{ Operation string } }
		}
	}
	admin.post(t, `query($id:ID!){changes(entity:$id){edges{node{operation}}}}`, map[string]any{"id": id}).decode(t, &h)
	if len(h.Changes.Edges) != 1 {
		t.Errorf("%d audit records for the template", len(h.Changes.Edges))
	}
}

// TestCoverageMatrixCSV: the national view as one table: each expectation
// (a row) in each of the 22 county-level areas (a column, named by its code
// and short name), the status in the cell, the same as the GraphQL report.
func TestCoverageMatrixCSV(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		var d struct {
			Areas struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.post(t, `{areas(first:1,where:{kind:COUNTRY}){edges{node{id}}}}`, nil).decode(t, &d)
		country := d.Areas.Edges[0].Node.ID
		resp, err := http.Get(a.URL + "/export/coverage.csv?layout=matrix&area=" + country)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), "verkosto-coverage-matrix-") {
			t.Fatalf("%d %v", resp.StatusCode, resp.Header)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		header := rows[0]
		if len(header) != 2+22 || header[0] != "expectation" || !slices.Contains(header, "11 Pohjois-Savo") || !slices.Contains(header, "19 Lappi") {
			t.Fatalf("header %v", header)
		}
		if len(rows) != 1+16 {
			t.Errorf("%d expectations, want 16", len(rows)-1)
		}
		col := slices.Index(header, "11 Pohjois-Savo")
		for _, r := range rows[1:] {
			if r[0] == "marak" && r[col] != "MISSING" {
				t.Errorf("MARAK in Pohjois-Savo: %s", r[col])
			}
			for _, cell := range r[2:] {
				if !slices.Contains([]string{"MET", "AT_RISK", "MISSING"}, cell) {
					t.Errorf("%s: cell %q", r[0], cell)
				}
			}
		}
	})
}
