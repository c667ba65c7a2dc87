package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/internal/importer"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// snapshot is a database's organisations, networks and memberships as
// text, compared by names and business IDs (IDs differ between databases)
// and by the relations between them. Memberships are those an
// administrator's export holds: every status but DECLINED.
func snapshot(t *testing.T, c *ent.Client) (orgs, nets, mems []string) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	day := func(d *time.Time) string {
		if d == nil {
			return ""
		}
		return d.UTC().Format(time.DateOnly)
	}
	names := func(list []*ent.Area) string {
		s := make([]string, len(list))
		for i, a := range list {
			s[i] = a.NameFi
		}
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	for _, o := range c.Organization.Query().WithHomeArea().WithOperatingAreas().WithParent().AllX(ctx) {
		var home, parent, bid string
		if o.Edges.HomeArea != nil {
			home = o.Edges.HomeArea.NameFi
		}
		if o.Edges.Parent != nil {
			parent = o.Edges.Parent.NameFi
		}
		if o.BusinessID != nil {
			bid = *o.BusinessID
		}
		orgs = append(orgs, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%v|%s|%s|%s|%s|%s|%s|%v|%q|parent=%s",
			o.NameFi, o.NameSv, o.NameEn, o.ShortName, bid, o.Sector, o.Services, home, names(o.Edges.OperatingAreas),
			o.Email, o.Phone, o.Website, o.Address, o.AddressConfidential, o.Description, parent))
	}
	for _, n := range c.Network.Query().WithAreas().WithCoordinator().WithParent().AllX(ctx) {
		var coordinator, parent string
		if n.Edges.Coordinator != nil {
			coordinator = n.Edges.Coordinator.NameFi
		}
		if n.Edges.Parent != nil {
			parent = n.Edges.Parent.NameFi
		}
		meetings := ""
		if n.MeetingsPerYear != nil {
			meetings = fmt.Sprint(*n.MeetingsPerYear)
		}
		nets = append(nets, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%v|%s|coordinator=%s|%s|%s|%s|%s|%q|parent=%s",
			n.NameFi, n.NameSv, n.NameEn, n.ShortName, n.Kind, n.Level, n.Status, n.Themes, names(n.Edges.Areas),
			coordinator, day(n.StartedOn), day(n.EndedOn), meetings, n.Website, n.Description, parent))
	}
	for _, m := range c.Membership.Query().Where(membership.StatusNEQ(membership.StatusDECLINED)).
		WithOrganization().WithNetwork().AllX(ctx) {
		mems = append(mems, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s",
			m.Edges.Organization.NameFi, m.Edges.Network.NameFi, m.Role, m.Representative,
			day(m.StartDate), day(m.EndDate), m.Status, m.Source))
	}
	slices.Sort(orgs)
	slices.Sort(nets)
	slices.Sort(mems)
	return orgs, nets, mems
}

func sameLines(t *testing.T, what string, want, got []string) {
	t.Helper()
	if slices.Equal(want, got) {
		return
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s missing after the round trip: %s", what, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("%s not in the original: %s", what, g)
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s: %d, want %d", what, len(got), len(want))
	}
}

func fetchFile(t *testing.T, b *browser, path string) []byte {
	t.Helper()
	res, err := b.hc.Get(b.app.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
	}
	return body
}

// emptyApp is a server on a new migrated database with the reference
// areas and one administrator, and nothing else.
func emptyApp(t *testing.T, dialect string) (*testApp, *browser) {
	t.Helper()
	app := startApp(t, dialect, func(c *server.Config) {
		c.Demo = false
		c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword
	})
	if n := app.DB.Client.Organization.Query().CountX(viewer.SystemContext(context.Background())); n != 0 {
		t.Fatalf("the new database has %d organisations", n)
	}
	b := app.browser(t)
	b.login(t, "admin@example.fi")
	return app, b
}

// TestRosterRoundTrip: the demo data (with a shelter's confidential
// address, pending requests and ended memberships) exported by an
// administrator as roster.xlsx and csv.zip and imported by an
// administrator into an empty database gives back the same organisations,
// networks and memberships; importing the same file again changes nothing.
func TestRosterRoundTrip(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		ctx := viewer.SystemContext(context.Background())
		src := f.app.DB.Client
		// A unit under the shelter: the parent is the file's ID.
		src.Organization.Create().SetNameFi("Testiturvakodin avopalvelu").SetSector("NGO").
			SetParentID(f.shelter.ID).SetPhone("+358 20 123 4567").SetEmail("avopalvelu@example.fi").SaveX(ctx)
		wantOrgs, wantNets, wantMems := snapshot(t, src)
		if !slices.ContainsFunc(wantMems, func(m string) bool { return strings.Contains(m, "|PENDING|") }) ||
			!slices.ContainsFunc(wantMems, func(m string) bool { return strings.Contains(m, "|ENDED|") }) ||
			!slices.ContainsFunc(wantOrgs, func(o string) bool { return strings.Contains(o, f.canary) }) {
			t.Fatal("the source lacks pending or ended memberships or the confidential address")
		}
		admin := f.browsers["ADMIN"]
		const every = "?status=ACTIVE,PENDING,ENDED"
		xlsx := fetchFile(t, admin, "/export/roster.xlsx"+every)
		zipped := fetchFile(t, admin, "/export/csv.zip"+every)

		for _, file := range []struct {
			name string
			data []byte
		}{{"roster.xlsx", xlsx}, {"csv.zip", zipped}} {
			t.Run(file.name, func(t *testing.T) {
				app, b := emptyApp(t, dialect)
				res := b.upload(t, "/import/preview", file.name, file.data, nil)
				if res.status != http.StatusOK || !res.Preview.Ready {
					t.Fatalf("preview: %d %+v %s", res.status, res.Errors, rowProblems(res.Preview))
				}
				pv := res.Preview
				want := len(wantOrgs) + len(wantNets) + len(wantMems)
				if pv.Totals.Rows != want || pv.Totals.Create != want {
					t.Errorf("totals %+v, want %d rows all created", pv.Totals, want)
				}
				res = b.upload(t, "/import/apply", file.name, file.data, nil)
				if res.status != http.StatusOK || !res.Preview.Applied {
					t.Fatalf("apply: %d %+v %s", res.status, res.Errors, rowProblems(res.Preview))
				}
				orgs, nets, mems := snapshot(t, app.DB.Client)
				sameLines(t, "organisation", wantOrgs, orgs)
				sameLines(t, "network", wantNets, nets)
				sameLines(t, "membership", wantMems, mems)

				// Again: every row unchanged, nothing written, not even an audit record.
				changes := app.DB.Client.Change.Query().CountX(ctx)
				for _, again := range []struct {
					name string
					data []byte
				}{{"roster.xlsx", xlsx}, {"csv.zip", zipped}} {
					res = b.upload(t, "/import/apply", again.name, again.data, nil)
					if res.status != http.StatusOK || res.Preview.Totals.Unchanged != want {
						t.Errorf("%s again: %d %+v %s", again.name, res.status, res.Preview.Totals, rowProblems(res.Preview))
					}
				}
				if n := app.DB.Client.Change.Query().CountX(ctx); n != changes {
					t.Errorf("importing again wrote %d audit records", n-changes)
				}
				orgs, nets, mems = snapshot(t, app.DB.Client)
				sameLines(t, "organisation", wantOrgs, orgs)
				sameLines(t, "network", wantNets, nets)
				sameLines(t, "membership", wantMems, mems)
			})
		}
	})
}

// rowProblems lists the rows that are not as the test expects, for a failure's message.
func rowProblems(pv *importer.Preview) string {
	if pv == nil {
		return ""
	}
	var out []string
	for _, r := range pv.Rows {
		if len(r.Errors) > 0 || r.Action == importer.ActionChoice || r.Action == importer.ActionUpdate {
			out = append(out, fmt.Sprintf("%s row %d %s: %+v %+v", r.Sheet, r.Row, r.Action, r.Errors, r.Changes))
		}
		if len(out) > 10 {
			break
		}
	}
	return strings.Join(out, "\n")
}
