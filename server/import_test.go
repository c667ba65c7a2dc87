package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/internal/importer"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

type importAnswer struct {
	Preview *importer.Preview `json:"preview"`
	Errors  []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	status int
}

func (a importAnswer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

// upload posts a file to /import/preview or /import/apply as the web app does.
func (b *browser) upload(t *testing.T, path, name string, file []byte, fields map[string]string, header ...string) importAnswer {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(file)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, b.app.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := b.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out importAnswer
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s answered %d, not JSON: %s", path, res.StatusCode, raw)
	}
	out.status = res.StatusCode
	return out
}

// counts is how many organisations, memberships and audit records exist.
func (f *fixture) counts(t *testing.T) [3]int {
	t.Helper()
	c := f.app.DB.Client
	return [3]int{c.Organization.Query().CountX(f.sys), c.Membership.Query().CountX(f.sys), c.Change.Query().CountX(f.sys)}
}

// roster is a CSV as Finnish Excel saves it: BOM, semicolons, CRLF, quotes.
func roster(lines ...string) []byte {
	return []byte("\uFEFF" + strings.Join(lines, "\r\n") + "\r\n")
}

const rosterHeader = "Organisaatio;Sektori;Rooli;Edustajan nimike;Alkaen;Yhteyshenkilö;Puhelin"

func TestImportPreviewApplyAndReimport(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		coord := f.browsers["COORDINATOR"]
		net := map[string]string{"network": fmt.Sprint(f.net.ID)}
		file := roster(rosterHeader,
			`Toinen yhdistys;Järjestö;Sihteeri;"ehkäisevän työn koordinaattori";1.2.2024;Matti Virtanen;040 123 4567`,
			`"Kotkan Nuorisoseura; Testi";Järjestö;Jäsen;nuorisotyön ohjaaja;2024-03-01;Liisa Laine;050 765 4321`)
		before := f.counts(t)

		// The preview says what would happen and writes nothing.
		res := coord.upload(t, "/import/preview", "jäsenet.csv", file, net)
		if res.status != 200 || res.Preview == nil {
			t.Fatalf("preview: %d %+v", res.status, res.Errors)
		}
		pv := res.Preview
		if pv.Totals.Rows != 2 || pv.Totals.Create != 2 || !pv.Ready {
			t.Fatalf("totals %+v ready %v rows %+v", pv.Totals, pv.Ready, pv.Rows)
		}
		if !pv.Rows[1].NewOrganization || pv.Rows[0].OrganizationID != f.other.ID {
			t.Errorf("matching: %+v", pv.Rows)
		}
		dropped := 0
		for _, c := range pv.Columns {
			if c.Person {
				dropped++
				if c.Field != "" || c.Note == nil || c.Note.Code != "personColumn" || !strings.Contains(c.Note.Message, "not imported") {
					t.Errorf("person column %+v", c)
				}
			}
		}
		if dropped != 2 {
			t.Errorf("person columns dropped: %d, want 2", dropped)
		}
		if after := f.counts(t); after != before {
			t.Fatalf("the preview wrote: %v → %v", before, after)
		}

		// One bad row (a person's name as the representative): nothing is written.
		bad := roster(rosterHeader,
			`Toinen yhdistys;Järjestö;Sihteeri;"ehkäisevän työn koordinaattori";1.2.2024;;`,
			`Kolmas Yhdistys;Järjestö;Jäsen;Pekka Korhonen;2024-03-01;;`)
		res = coord.upload(t, "/import/apply", "huono.csv", bad, net)
		if res.status != 422 || res.Preview == nil || res.Preview.Totals.Error != 1 || res.Preview.Applied {
			t.Fatalf("apply with a bad row: %d %+v", res.status, res.Errors)
		}
		if e := res.Preview.Rows[1].Errors; len(e) != 1 || e[0].Cell != "D3" || !strings.Contains(e[0].Message, "person's name") {
			t.Errorf("the bad cell: %+v", e)
		}
		if after := f.counts(t); after != before {
			t.Fatalf("a refused import wrote: %v → %v", before, after)
		}

		// Apply: one transaction, each change labelled with the import and file.
		res = coord.upload(t, "/import/apply", "jäsenet.csv", file, net)
		if res.status != 200 || !res.Preview.Applied {
			t.Fatalf("apply: %d %+v", res.status, res.Errors)
		}
		c := f.app.DB.Client
		ms := c.Membership.Query().Where(membership.NetworkID(f.net.ID)).WithOrganization().AllX(f.sys)
		if len(ms) != 2 {
			t.Fatalf("memberships: %d", len(ms))
		}
		for _, m := range ms {
			if m.Status != membership.StatusACTIVE || !strings.Contains(m.Source, "jäsenet.csv") {
				t.Errorf("membership of %s: %s, source %q", m.Edges.Organization.NameFi, m.Status, m.Source)
			}
			if strings.Contains(m.Representative, "Virtanen") || strings.Contains(m.Representative, "040") {
				t.Errorf("a person's details stored: %q", m.Representative)
			}
		}
		changes := c.Change.Query().Where(change.LabelContains("jäsenet.csv")).AllX(f.sys)
		if len(changes) < 3 { // the new organisation, two memberships (and their approvals)
			t.Errorf("labelled audit records: %d", len(changes))
		}
		for _, ch := range changes {
			if ch.ActorID == nil || *ch.ActorID != f.accounts["COORDINATOR"] || !strings.Contains(ch.Label, "import of") {
				t.Errorf("audit record %+v", ch)
			}
		}
		if n := c.Organization.Query().Where(organization.NameFi("Kotkan Nuorisoseura; Testi")).CountX(f.sys); n != 1 {
			t.Errorf("new organisation created %d times", n)
		}

		// The same file again changes nothing and writes no audit record.
		applied := f.counts(t)
		res = coord.upload(t, "/import/apply", "jäsenet.csv", file, net)
		if res.status != 200 || res.Preview.Totals.Unchanged != 2 {
			t.Fatalf("re-import: %d %+v %+v", res.status, res.Errors, res.Preview)
		}
		if after := f.counts(t); after != applied {
			t.Errorf("re-import wrote: %v → %v", applied, after)
		}

		// A changed role is an update, shown before → after.
		changed := roster(rosterHeader, `Toinen yhdistys;Järjestö;Puheenjohtaja;"ehkäisevän työn koordinaattori";1.2.2024;;`)
		res = coord.upload(t, "/import/preview", "jäsenet.csv", changed, net)
		if r := res.Preview.Rows[0]; r.Action != importer.ActionUpdate || len(r.Changes) != 1 || r.Changes[0].Before != "SECRETARY" || r.Changes[0].After != "CHAIR" {
			t.Errorf("update preview: %+v", r)
		}
	})
}

func TestImportInvitesOrganisationsWithEditorsAndStaysInOwnNetworks(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		coord := f.browsers["COORDINATOR"]
		file := roster("Organisaatio;Verkosto;Rooli", "Testiyhdistys;Testiverkosto;Jäsen")

		// Testiyhdistys has its own editor: an invitation, not a membership.
		res := coord.upload(t, "/import/apply", "kutsu.csv", file, nil)
		if res.status != 200 || !res.Preview.Rows[0].Invitation {
			t.Fatalf("apply: %d %+v %+v", res.status, res.Errors, res.Preview)
		}
		m := f.app.DB.Client.Membership.Query().Where(membership.OrganizationID(f.org.ID), membership.NetworkID(f.net.ID)).OnlyX(f.sys)
		if m.Status != membership.StatusPENDING || m.RequestedBy != membership.RequestedByNETWORK {
			t.Errorf("membership %s requested by %s, want PENDING by NETWORK", m.Status, m.RequestedBy)
		}

		before := f.counts(t)
		// Someone else's network, whole or by row: refused, nothing written.
		res = coord.upload(t, "/import/apply", "x.csv", roster("Organisaatio;Rooli", "Toinen yhdistys;Jäsen"), map[string]string{"network": fmt.Sprint(f.otherNet.ID)})
		if res.status != 403 || res.code() != "FORBIDDEN" {
			t.Errorf("another's network: %d %+v", res.status, res.Errors)
		}
		res = coord.upload(t, "/import/apply", "x.csv", roster("Organisaatio;Verkosto", "Toinen yhdistys;Testiverkosto", "Toinen yhdistys;Toinen verkosto"), nil)
		if res.status != 422 || res.Preview.Rows[1].Action != importer.ActionError || res.Preview.Rows[1].Errors[0].Cell != "B3" {
			t.Errorf("a row in another's network: %d %+v", res.status, res.Preview)
		}
		for _, role := range []string{"VIEWER", "EDITOR"} {
			if res := f.browsers[role].upload(t, "/import/preview", "x.csv", file, nil); res.status != 403 {
				t.Errorf("%s: %d", role, res.status)
			}
		}
		if res := f.browsers["ANONYMOUS"].upload(t, "/import/preview", "x.csv", file, nil); res.status != 401 || res.code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous: %d %+v", res.status, res.Errors)
		}
		// Another site's page posting the form with the user's cookie.
		req := roster("Organisaatio;Verkosto", "Toinen yhdistys;Testiverkosto")
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		fw, _ := mw.CreateFormFile("file", "x.csv")
		fw.Write(req)
		mw.Close()
		hr, _ := http.NewRequest(http.MethodPost, f.app.URL+"/import/apply", &body)
		hr.Header.Set("Content-Type", mw.FormDataContentType())
		hr.Header.Set("Sec-Fetch-Site", "cross-site")
		hres, err := coord.hc.Do(hr)
		if err != nil {
			t.Fatal(err)
		}
		hres.Body.Close()
		if hres.StatusCode != 403 {
			t.Errorf("cross-site post: %d", hres.StatusCode)
		}
		if after := f.counts(t); after != before {
			t.Errorf("refused imports wrote: %v → %v", before, after)
		}
	})
}

func TestImportMatchingAndBadFiles(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin := f.browsers["ADMIN"]
		c := f.app.DB.Client
		net := map[string]string{"network": fmt.Sprint(f.net.ID)}
		withID := c.Organization.Create().SetNameFi("Y-tunnuksellinen ry").SetSector("NGO").SetBusinessID("0245437-2").SaveX(f.sys)
		c.Organization.Create().SetNameFi("Kaksoisnimi ry").SetSector("NGO").SaveX(f.sys)
		c.Organization.Create().SetNameFi("Kaksoisnimi ry").SetSector("PARISH").SaveX(f.sys)

		file := roster("Organisaatio;Y-tunnus;Sektori",
			"Aivan eri nimi;0245437-2;Järjestö", // business ID first
			"KAKSOISNIMI RY;;Järjestö",          // two of that name: a choice
			"Testiyhdistyss;;Järjestö",          // a typo: a near match, never taken
			"Tunnukseton;1234567-8;Järjestö",    // a bad checksum
			"Aivan uusi yhdistys;;")             // new, without its sector
		res := admin.upload(t, "/import/preview", "m.csv", file, net)
		if res.status != 200 {
			t.Fatalf("preview: %d %+v", res.status, res.Errors)
		}
		rows := res.Preview.Rows
		if rows[0].OrganizationID != withID.ID || rows[0].Action != importer.ActionCreate {
			t.Errorf("business ID match: %+v", rows[0])
		}
		if rows[1].Action != importer.ActionChoice || len(rows[1].Candidates) != 2 {
			t.Errorf("same name twice: %+v", rows[1])
		}
		if rows[2].Action != importer.ActionChoice || len(rows[2].Candidates) == 0 || rows[2].Candidates[0].ID != f.org.ID {
			t.Errorf("near match: %+v", rows[2])
		}
		if rows[3].Action != importer.ActionError || rows[3].Errors[0].Cell != "B5" || !strings.Contains(rows[3].Errors[0].Message, "checksum") {
			t.Errorf("bad business ID: %+v", rows[3])
		}
		if rows[4].Action != importer.ActionError || rows[4].Errors[0].Cell != "C6" {
			t.Errorf("new without sector: %+v", rows[4])
		}
		if res.Preview.Ready {
			t.Error("ready with open choices")
		}
		// The user's choices: the parish, a new organisation, skip the rest.
		parish := c.Organization.Query().Where(organization.NameFi("Kaksoisnimi ry"), organization.SectorEQ("PARISH")).OnlyX(f.sys)
		choices, _ := json.Marshal(map[string]string{"3": fmt.Sprint(parish.ID), "4": "new", "5": "skip", "6": "skip"})
		res = admin.upload(t, "/import/apply", "m.csv", file, map[string]string{"network": fmt.Sprint(f.net.ID), "choices": string(choices)})
		if res.status != 200 || res.Preview.Totals.Create != 3 || res.Preview.Totals.Skip != 2 {
			t.Fatalf("apply with choices: %d %+v %+v", res.status, res.Errors, res.Preview)
		}
		// Administrators' additions are memberships; the sector in the file
		// updated the matched organisation.
		if n := c.Membership.Query().Where(membership.NetworkID(f.net.ID), membership.StatusEQ(membership.StatusACTIVE)).CountX(f.sys); n != 3 {
			t.Errorf("active memberships: %d", n)
		}
		if o := c.Organization.GetX(f.sys, parish.ID); o.Sector != "NGO" {
			t.Errorf("sector not updated: %s", o.Sector)
		}

		// Files that cannot be read: a clear error naming the problem, nothing written.
		before := f.counts(t)
		for name, tc := range map[string]struct {
			data   []byte
			status int
			words  string
		}{
			"latin1.csv":   {[]byte("Organisaatio;Rooli\r\nLy\xf6m\xe4t\xf6n Linja;J\xe4sen\r\n"), 400, "not UTF-8"},
			"binary.csv":   {[]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00"), 400, "not text"},
			"locked.xlsx":  {append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), 400, "password"},
			"huge.csv":     {bytes.Repeat([]byte("a;b\n"), importer.MaxFileBytes/4+10), 413, "larger than 5 MB"},
			"noheader.csv": {roster("Jäsenmaksu;Puhelin", "10;040 1234567"), 400, "no column names the organisation"},
		} {
			res := admin.upload(t, "/import/apply", name, tc.data, net)
			if res.status != tc.status || res.code() != "BAD_USER_INPUT" || !strings.Contains(res.Errors[0].Message, tc.words) {
				t.Errorf("%s: %d %+v", name, res.status, res.Errors)
			}
		}
		if after := f.counts(t); after != before {
			t.Errorf("bad files wrote: %v → %v", before, after)
		}
	})
}

func TestImportCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		var url string
		f := newFixture(t, dialect, func(c *server.Config) { url = c.DatabaseURL })
		dir := t.TempDir()
		path := dir + "/jäsenet.csv"
		if err := os.WriteFile(path, roster("Organisaatio;Rooli;Edustajan nimike", "Toinen yhdistys;Sihteeri;sihteeri"), 0o600); err != nil {
			t.Fatal(err)
		}
		run := func(args ...string) (int, string) {
			var out, errOut bytes.Buffer
			code := server.Main(context.Background(), append([]string{"import"}, args...), strings.NewReader(""), &out, &errOut)
			return code, out.String() + errOut.String()
		}
		net := fmt.Sprint(f.net.ID)
		before := f.counts(t)
		code, out := run(path, "--db", url, "--as", "coordinator@example.fi", "--network", net, "--dry-run")
		if code != 0 || !strings.Contains(out, "1 create") || !strings.Contains(out, "Dry run") {
			t.Fatalf("dry run: %d %s", code, out)
		}
		if after := f.counts(t); after != before {
			t.Fatalf("dry run wrote: %v → %v", before, after)
		}
		if code, out := run(path, "--db", url, "--as", "coordinator@example.fi", "--network", fmt.Sprint(f.otherNet.ID)); code == 0 || !strings.Contains(out, "coordinate") {
			t.Errorf("another's network: %d %s", code, out)
		}
		if code, out := run(path, "--db", url, "--as", "nobody@example.fi", "--network", net); code == 0 || !strings.Contains(out, "no active account") {
			t.Errorf("unknown account: %d %s", code, out)
		}
		if code, out := run(path, "--db", url, "--as", "coordinator@example.fi", "--network", net, "--column", "Rooli=ignore"); code != 0 || !strings.Contains(out, "Applied: 1 created") {
			t.Fatalf("apply: %d %s", code, out)
		}
		m := f.app.DB.Client.Membership.Query().Where(membership.OrganizationID(f.other.ID), membership.NetworkID(f.net.ID)).OnlyX(f.sys)
		if m.Role != membership.RoleMEMBER || m.Status != membership.StatusACTIVE {
			t.Errorf("membership %s %s (the role column was to be left out)", m.Role, m.Status)
		}
	})
}
