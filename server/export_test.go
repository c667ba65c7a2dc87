package server_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// download GETs an export like a browser's download would.
func download(t *testing.T, hc *http.Client, u string) (*http.Response, []byte) {
	t.Helper()
	res, err := hc.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

// counts reads an export back with a reader that did not write it and
// returns its numbers of nodes (organisations and networks) and edges
// (memberships).
func counts(t *testing.T, file string, body []byte) (nodes, edges int) {
	t.Helper()
	switch file {
	case "network.gexf":
		var doc struct {
			XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
			Graph   struct {
				Mode  string `xml:"mode,attr"`
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"nodes>node"`
				Edges []struct {
					ID     string `xml:"id,attr"`
					Spells []struct {
						Start string `xml:"start,attr"`
					} `xml:"spells>spell"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("GEXF: %v", err)
		}
		if doc.Graph.Mode != "dynamic" {
			t.Errorf("GEXF mode %q", doc.Graph.Mode)
		}
		return len(doc.Graph.Nodes), len(doc.Graph.Edges)
	case "network.graphml":
		var doc struct {
			XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
			Keys    []struct {
				ID string `xml:"id,attr"`
			} `xml:"key"`
			Graph struct {
				Nodes []struct {
					Data []struct {
						Key string `xml:"key,attr"`
					} `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					Data []struct {
						Key string `xml:"key,attr"`
					} `xml:"data"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("GraphML: %v", err)
		}
		declared := map[string]bool{}
		for _, k := range doc.Keys {
			declared[k.ID] = true
		}
		for _, n := range doc.Graph.Nodes {
			for _, d := range n.Data {
				if !declared[d.Key] {
					t.Errorf("GraphML: undeclared key %q", d.Key)
				}
			}
		}
		return len(doc.Graph.Nodes), len(doc.Graph.Edges)
	case "csv.zip":
		z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatalf("zip: %v", err)
		}
		rows := map[string][][]string{}
		for _, f := range z.File {
			r, _ := f.Open()
			raw, _ := io.ReadAll(r)
			if !bytes.HasPrefix(raw, []byte("\uFEFF")) {
				t.Errorf("%s has no byte-order mark", f.Name)
			}
			if rows[f.Name], err = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\uFEFF")))).ReadAll(); err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
		if strings.Join(rows[export.CSVNodes][0], ",") != strings.Join(export.NodeColumns, ",") ||
			strings.Join(rows[export.CSVEdges][0], ",") != strings.Join(export.EdgeColumns, ",") {
			t.Errorf("CSV headers: %v %v", rows[export.CSVNodes][0], rows[export.CSVEdges][0])
		}
		return len(rows[export.CSVNodes]) - 1, len(rows[export.CSVEdges]) - 1
	case "roster.xlsx":
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("XLSX: %v", err)
		}
		defer f.Close()
		size := map[string]int{}
		for sheet, header := range map[string][]string{export.SheetOrganizations: export.OrganizationColumns,
			export.SheetNetworks: export.NetworkColumns, export.SheetMemberships: export.MembershipColumns} {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatalf("XLSX sheet %s: %v", sheet, err)
			}
			if strings.Join(rows[0], ",") != strings.Join(header, ",") {
				t.Errorf("XLSX %s header: %v", sheet, rows[0])
			}
			size[sheet] = len(rows) - 1
		}
		return size[export.SheetOrganizations] + size[export.SheetNetworks], size[export.SheetMemberships]
	case "graph.json":
		var g struct {
			Options struct{ Type string }
			Nodes   []struct {
				Key        string
				Attributes map[string]string
			}
			Edges []struct{ Key, Source, Target string }
		}
		if err := json.Unmarshal(body, &g); err != nil {
			t.Fatalf("graphology: %v", err)
		}
		for _, n := range g.Nodes {
			if n.Key == "" || n.Attributes["label"] == "" || n.Attributes["kind"] == "" {
				t.Fatalf("graphology node without key, label or kind: %+v", n)
			}
		}
		return len(g.Nodes), len(g.Edges)
	case "popolo.json":
		var p struct {
			Organizations []struct{ ID, Name, Classification string }
			Memberships   []struct {
				ID             string
				Role           string
				OrganizationID string `json:"organization_id"`
				Member         struct {
					Type string `json:"@type"`
					ID   string
				}
			}
		}
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatalf("Popolo: %v", err)
		}
		for _, o := range p.Organizations {
			if o.ID == "" || o.Name == "" || o.Classification == "" {
				t.Fatalf("Popolo organization without id, name or classification: %+v", o)
			}
		}
		for _, m := range p.Memberships {
			if m.ID == "" || m.Role == "" || m.OrganizationID == "" || m.Member.ID == "" || m.Member.Type != "Organization" {
				t.Fatalf("Popolo membership incomplete: %+v", m)
			}
		}
		return len(p.Organizations), len(p.Memberships)
	case "hsds.json":
		var h struct {
			TotalItems int `json:"total_items"`
			Contents   []map[string]any
		}
		if err := json.Unmarshal(body, &h); err != nil {
			t.Fatalf("HSDS: %v", err)
		}
		for _, o := range h.Contents {
			for _, f := range []string{"id", "name", "description", "services"} {
				if _, ok := o[f]; !ok {
					t.Fatalf("HSDS organization without %s: %v", f, o)
				}
			}
			for _, s := range o["services"].([]any) {
				if sv := s.(map[string]any); sv["id"] == "" || sv["name"] == "" || sv["status"] != "active" {
					t.Fatalf("HSDS service incomplete: %v", sv)
				}
			}
		}
		if h.TotalItems != len(h.Contents) {
			t.Errorf("HSDS total_items %d, contents %d", h.TotalItems, len(h.Contents))
		}
		return len(h.Contents), -1
	}
	t.Fatalf("no reader for %s", file)
	return 0, 0
}

// TestExportsHoldWhatTheMapShows: every format, read back by another
// reader, has the map's node and edge counts for the same filter.
func TestExportsHoldWhatTheMapShows(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		county := countyID(t, a, "Kymenlaakson hyvinvointialue")
		filters := []struct {
			query string
			gql   map[string]any
		}{
			{"", nil},
			{"sector=POLICE,NGO", map[string]any{"sector": []string{"POLICE", "NGO"}}},
			{"kind=COORDINATION_GROUP&kind=WORKING_GROUP", map[string]any{"networkKind": []string{"COORDINATION_GROUP", "WORKING_GROUP"}}},
			{"area=" + county, map[string]any{"area": county}},
			{"asOf=2024-06-01&theme=DOMESTIC_VIOLENCE", map[string]any{"asOf": "2024-06-01", "theme": []string{"DOMESTIC_VIOLENCE"}}},
			{"status=ACTIVE,ENDED&level=WELLBEING_COUNTY", map[string]any{"status": []string{"ACTIVE", "ENDED"}, "level": []string{"WELLBEING_COUNTY"}}},
		}
		for _, f := range filters {
			var m struct {
				NetworkMap struct{ NodeCount, EdgeCount int }
			}
			a.post(t, `query($f:MapFilter){networkMap(filter:$f){nodeCount edgeCount}}`, map[string]any{"f": f.gql}).decode(t, &m)
			if f.query == "" && (m.NetworkMap.NodeCount < 20 || m.NetworkMap.EdgeCount < 20) {
				t.Fatalf("the demo map is too small to test with: %+v", m)
			}
			orgs := -1
			for _, format := range export.Formats {
				res, body := download(t, http.DefaultClient, a.URL+"/export/"+format.File+"?"+f.query)
				if res.StatusCode != 200 || res.Header.Get("Content-Type") != format.ContentType ||
					!strings.Contains(res.Header.Get("Content-Disposition"), `attachment; filename="verkosto-`+format.File) {
					t.Fatalf("%s?%s: %d %v %s", format.File, f.query, res.StatusCode, res.Header, body)
				}
				if strings.HasPrefix(format.File, "comembership.") {
					_, graph := download(t, http.DefaultClient, a.URL+"/export/graph.json?"+f.query)
					checkProjection(t, format.File+"?"+f.query, graph, body)
					continue
				}
				nodes, edges := counts(t, format.File, body)
				switch format.File {
				case "popolo.json":
					orgs = nodes // organisations and networks alike
				case "hsds.json":
					// Organisations only: the graph's nodes less its networks.
					var g struct {
						Nodes []struct{ Attributes map[string]string }
					}
					_, raw := download(t, http.DefaultClient, a.URL+"/export/graph.json?"+f.query)
					json.Unmarshal(raw, &g)
					want := 0
					for _, n := range g.Nodes {
						if n.Attributes["kind"] == "Organization" {
							want++
						}
					}
					if nodes != want {
						t.Errorf("%s?%s: %d organisations, want %d", format.File, f.query, nodes, want)
					}
					continue
				}
				if nodes != m.NetworkMap.NodeCount || edges != m.NetworkMap.EdgeCount {
					t.Errorf("%s?%s: %d nodes and %d edges, the map has %d and %d", format.File, f.query, nodes, edges,
						m.NetworkMap.NodeCount, m.NetworkMap.EdgeCount)
				}
			}
			if orgs != m.NetworkMap.NodeCount {
				t.Errorf("popolo?%s: %d organizations", f.query, orgs)
			}
		}
	})
}

// flatten turns any export into searchable text: zip members and
// spreadsheet cells included.
func flatten(t *testing.T, file string, body []byte) string {
	t.Helper()
	switch file {
	case "csv.zip":
		z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		for _, f := range z.File {
			r, _ := f.Open()
			raw, _ := io.ReadAll(r)
			sb.Write(raw)
		}
		return sb.String()
	case "roster.xlsx":
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var sb strings.Builder
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for _, r := range rows {
				sb.WriteString(strings.Join(r, "\t") + "\n")
			}
		}
		return sb.String()
	}
	return string(body)
}

// TestExportsKeepHiddenThingsHidden: no export carries a pending request
// or a confidential address to who may not see it, even when the filter
// asks for pending requests; administrators get both.
func TestExportsKeepHiddenThingsHidden(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		addHiddenRequests(t, f)
		// The shelter belongs to a network, so that every format has it.
		f.app.DB.Client.Membership.Create().SetOrganizationID(f.shelter.ID).SetNetworkID(f.net.ID).
			SetStatus(membership.StatusACTIVE).SaveX(f.sys)
		pendingSeers := map[string]bool{"COORDINATOR": true, "ADMIN": true}
		for _, role := range roles {
			for _, format := range export.Formats {
				for _, q := range []string{"", "status=ACTIVE,PENDING"} {
					res, body := download(t, f.browsers[role].hc, f.app.URL+"/export/"+format.File+"?"+q)
					if res.StatusCode != 200 {
						t.Fatalf("%s %s?%s: %d %s", role, format.File, q, res.StatusCode, body)
					}
					all := flatten(t, format.File, body)
					graphOnly := map[string]bool{"graph.json": true, "network.gexf": true, "network.graphml": true,
						"comembership.gexf": true, "comembership.csv": true}
					if got, want := strings.Contains(all, "CANARY"), role == "ADMIN" && !graphOnly[format.File]; got != want {
						t.Errorf("%s %s?%s: has the confidential address: %v, want %v", role, format.File, q, got, want)
					}
					if q == "" || format.File == "hsds.json" {
						continue // memberships are not in HSDS
					}
					// The projection has no membership texts: the pending
					// request shows as the requester's ties.
					shown := strings.Contains(all, "Piilotettu pyytäjä")
					if strings.HasPrefix(format.File, "comembership.") {
						other := strconv.Itoa(f.other.ID)
						shown = strings.Contains(all, `source="`+other+`"`) || strings.Contains(all, `target="`+other+`"`) ||
							strings.Contains(all, "\n"+other+",") || strings.Contains(all, ","+other+",")
					}
					if got, want := shown, pendingSeers[role]; got != want {
						t.Errorf("%s %s?%s: has the pending request: %v, want %v", role, format.File, q, got, want)
					}
					if strings.Contains(all, "SALAINEN") {
						t.Errorf("%s %s: has the declined request's reason", role, format.File)
					}
				}
			}
		}
	})
}

func TestExportRefusals(t *testing.T) {
	a := startApp(t, "sqlite")
	for _, tc := range []struct {
		path, field string
		status      int
	}{
		{"/export/nothing.txt", "", http.StatusNotFound},
		{"/export/network.gexf?sector=NOPE", "sector", http.StatusBadRequest},
		{"/export/network.gexf?area=x", "area", http.StatusBadRequest},
		{"/export/network.gexf?area=99999999", "area", http.StatusBadRequest},
		{"/export/network.gexf?asOf=yesterday", "asOf", http.StatusBadRequest},
		{"/export/roster.xlsx?status=ACTIVE,MAYBE", "status", http.StatusBadRequest},
		{"/export/csv.zip?kind=MARAK&theme=NOPE", "theme", http.StatusBadRequest},
		{"/export/popolo.json?level=GALACTIC", "level", http.StatusBadRequest},
		{"/export/hsds.json?networkKind=MARAK,ANKKURI", "", http.StatusOK},
	} {
		res, body := download(t, http.DefaultClient, a.URL+tc.path)
		if res.StatusCode != tc.status || tc.field != "" && !strings.HasPrefix(string(body), tc.field+":") {
			t.Errorf("%s: %d %s, want %d naming %s", tc.path, res.StatusCode, body, tc.status, tc.field)
		}
	}
	// A name a spreadsheet would run as a formula is defused in the CSV.
	a.DB.Client.Organization.Create().SetNameFi(`=HYPERLINK("http://evil.example","x")`).SetSector("POLICE").
		ExecX(viewer.SystemContext(context.Background()))
	_, body := download(t, http.DefaultClient, a.URL+"/export/csv.zip")
	text := flatten(t, "csv.zip", body)
	if !strings.Contains(text, `'=HYPERLINK`) || strings.Contains(text, "\n"+`"=HYPERLINK`) || strings.Contains(text, ",=HYPERLINK") {
		t.Errorf("the formula is not defused")
	}
	private := startApp(t, "sqlite", func(c *server.Config) { c.PublicRead = false })
	for _, format := range export.Formats {
		res, _ := download(t, http.DefaultClient, private.URL+"/export/"+format.File)
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous %s from a private instance: %d", format.File, res.StatusCode)
		}
	}
}

// TestExportCommand: the command line exports what an anonymous reader of
// a public instance sees, and everything with --all.
func TestExportCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		ctx := context.Background()
		url := testdb.URL(t, dialect)
		db, err := database.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		sys := viewer.SystemContext(ctx)
		c := db.Client
		shelter := c.Organization.Create().SetNameFi("Testiturvakoti").SetSector("NGO").
			SetAddress("Kanarialinnuntie 13 CANARY").SetAddressConfidential(true).SaveX(sys)
		police := c.Organization.Create().SetNameFi("Testipoliisi").SetSector("POLICE").SaveX(sys)
		net := c.Network.Create().SetNameFi("Testiverkosto").SetKind(network.KindWORKING_GROUP).SetLevel(network.LevelMUNICIPAL).SaveX(sys)
		c.Membership.Create().SetOrganizationID(shelter.ID).SetNetworkID(net.ID).SetStatus(membership.StatusACTIVE).ExecX(sys)
		c.Membership.Create().SetOrganizationID(police.ID).SetNetworkID(net.ID).SetStatus(membership.StatusPENDING).
			SetRepresentative("Piilotettu pyytäjä").ExecX(sys)
		run := func(args ...string) (int, string, string) {
			var out, errOut bytes.Buffer
			code := server.Main(ctx, append([]string{"export", "--db", url}, args...), nil, &out, &errOut)
			return code, out.String(), errOut.String()
		}
		code, out, errOut := run("--format", "popolo", "--status", "ACTIVE,PENDING")
		if code != 0 || !strings.Contains(out, "Testiverkosto") || !strings.Contains(out, "Testiturvakoti") {
			t.Fatalf("export: %d %s %s", code, out, errOut)
		}
		if strings.Contains(out, "CANARY") || strings.Contains(out, "Piilotettu pyytäjä") {
			t.Error("the anonymous export has hidden things")
		}
		code, out, _ = run("--format", "xlsx", "--all", "--status", "ACTIVE,PENDING")
		all := flatten(t, "roster.xlsx", []byte(out))
		if code != 0 || !strings.Contains(all, "CANARY") || !strings.Contains(all, "Piilotettu pyytäjä") {
			t.Errorf("export --all: %d\n%s", code, all)
		}
		code, out, _ = run("--format", "csv", "--all", "--sector", "NGO")
		if all := flatten(t, "csv.zip", []byte(out)); code != 0 || strings.Contains(all, "Testipoliisi") || !strings.Contains(all, "Testiturvakoti") {
			t.Errorf("export --sector NGO: %d\n%s", code, all)
		}
		for _, bad := range [][]string{{"--format", "pdf"}, {"--format", "gexf", "--sector", "NOPE"}, {"--format", "csv", "--asOf", "2024-13-01"}} {
			if code, _, errOut := run(bad...); code == 0 || errOut == "" {
				t.Errorf("%v: exit %d", bad, code)
			}
		}
	})
}

// checkProjection checks a co-membership export against the projection of
// the map export (graph.json) of the same filter, computed here: every
// organisation a node, and a tie of weight n for every two organisations
// that share n networks.
func checkProjection(t *testing.T, name string, graph, body []byte) {
	t.Helper()
	var g struct {
		Nodes []struct {
			Key        string
			Attributes map[string]string
		}
		Edges []struct{ Source, Target string }
	}
	if err := json.Unmarshal(graph, &g); err != nil {
		t.Fatalf("graphology: %v", err)
	}
	orgs := 0
	for _, n := range g.Nodes {
		if n.Attributes["kind"] == "Organization" {
			orgs++
		}
	}
	members := map[string]map[string]bool{}
	for _, e := range g.Edges {
		if members[e.Target] == nil {
			members[e.Target] = map[string]bool{}
		}
		members[e.Target][e.Source] = true
	}
	want := map[[2]string]int{}
	for _, ms := range members {
		for a := range ms {
			for b := range ms {
				x, _ := strconv.Atoi(a)
				y, _ := strconv.Atoi(b)
				if x < y {
					want[[2]string{a, b}]++
				}
			}
		}
	}
	got := map[[2]string]int{}
	nodes := -1
	if strings.HasSuffix(name, ".csv") || strings.Contains(name, ".csv?") {
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.Join(rows[0], ",") != strings.Join(export.CoMembershipColumns, ",") {
			t.Errorf("%s header: %v", name, rows[0])
		}
		for _, r := range rows[1:] {
			got[[2]string{r[0], r[1]}], _ = strconv.Atoi(r[4])
		}
	} else {
		var doc struct {
			Graph struct {
				Nodes []struct{} `xml:"nodes>node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
					Weight int    `xml:"weight,attr"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		nodes = len(doc.Graph.Nodes)
		for _, e := range doc.Graph.Edges {
			got[[2]string{e.Source, e.Target}] = e.Weight
		}
	}
	if !maps.Equal(got, want) || (nodes >= 0 && nodes != orgs) {
		t.Errorf("%s: %d nodes and %d ties, the map's projection has %d organisations and %d ties", name, nodes, len(got), orgs, len(want))
	}
	if len(want) == 0 && strings.HasSuffix(name, "?") {
		t.Errorf("%s: the demo map has no ties to check", name)
	}
}
