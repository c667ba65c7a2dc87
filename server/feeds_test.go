package server_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// Atom 1.0 as a feed reader sees it, written apart from the server's types.
type readFeed struct {
	XMLName xml.Name `xml:"feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

const atomNS = "http://www.w3.org/2005/Atom"

// getFeed fetches a feed as b and checks what RFC 4287 requires of it.
func getFeed(t *testing.T, b *browser, path string) readFeed {
	t.Helper()
	res, err := b.hc.Get(b.app.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("GET %s: %d %s\n%s", path, res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	var f readFeed
	if err := xml.Unmarshal(body, &f); err != nil {
		t.Fatalf("GET %s: not XML: %v", path, err)
	}
	if f.XMLName.Space != atomNS {
		t.Errorf("feed namespace %q", f.XMLName.Space)
	}
	absolute := func(what, s string) {
		if u, err := url.Parse(s); err != nil || u.Scheme == "" {
			t.Errorf("%s: %q is not an absolute IRI", what, s)
		}
	}
	absolute("feed id", f.ID)
	if f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Errorf("feed title %q, author %+v", f.Title, f.Author)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil {
		t.Errorf("feed updated %q: %v", f.Updated, err)
	}
	self := false
	for _, l := range f.Links {
		self = self || l.Rel == "self"
	}
	if !self {
		t.Error("no self link")
	}
	ids := map[string]bool{}
	for _, e := range f.Entries {
		absolute("entry id", e.ID)
		if ids[e.ID] {
			t.Errorf("entry id %s twice", e.ID)
		}
		ids[e.ID] = true
		if e.Title == "" || len(e.Links) == 0 {
			t.Errorf("entry %s: title %q, links %v", e.ID, e.Title, e.Links)
		}
		for _, l := range e.Links {
			absolute("entry link", l.Href)
		}
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			t.Errorf("entry updated %q: %v", e.Updated, err)
		}
	}
	return f
}

func titles(f readFeed) string {
	var out []string
	for _, e := range f.Entries {
		out = append(out, e.Title)
	}
	return strings.Join(out, "\n")
}

// TestChangeFeeds: Atom feeds of public changes nationally, per network and
// per area; a pending request is in none of them, whoever asks.
func TestChangeFeeds(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		c := f.app.DB.Client
		editor, coord, admin := f.browsers["EDITOR"], f.browsers["COORDINATOR"], f.browsers["ADMIN"]
		ask(t, editor, f.org.ID, f.net.ID, "ORGANIZATION") // pending: its two sides only
		if res := coord.post(t, `mutation($id:ID!,$v:Int!){updateNetwork(id:$id,version:$v,input:{nameFi:"Syöteverkosto"}){id}}`,
			map[string]any{"id": fmt.Sprint(f.net.ID), "v": c.Network.GetX(f.sys, f.net.ID).Version}); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		if res := admin.post(t, `mutation{createOrganization(input:{nameFi:"Syötetesti ry",nameSv:"Flödestest rf",sector:NGO}){id}}`, nil); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}

		for _, role := range roles {
			national := getFeed(t, f.browsers[role], "/feeds/changes.atom")
			all := titles(national)
			for _, want := range []string{"Uusi organisaatio: Syötetesti ry", "Verkosto Testiverkosto on nyt Syöteverkosto"} {
				if !strings.Contains(all, want) {
					t.Errorf("%s: national feed lacks %q:\n%s", role, want, all)
				}
			}
			if strings.Contains(all, "pyyntö") {
				t.Errorf("%s: the national feed shows a pending request:\n%s", role, all)
			}
			byNet := titles(getFeed(t, f.browsers[role], fmt.Sprintf("/feeds/changes.atom?network=%d", f.net.ID)))
			if byNet != "Verkosto Testiverkosto on nyt Syöteverkosto" {
				t.Errorf("%s: the network's feed:\n%s", role, byNet)
			}
		}
		sv := getFeed(t, f.browsers["ANONYMOUS"], "/feeds/changes.atom?lang=sv")
		if !strings.Contains(titles(sv), "Ny organisation: Flödestest rf") || !strings.HasPrefix(sv.Title, "Verkosto: ändringar") {
			t.Errorf("Swedish feed %q:\n%s", sv.Title, titles(sv))
		}
		// An area's feed: the organisation works there once it says so.
		county := c.Area.Query().FirstIDX(f.sys)
		if res := admin.post(t, fmt.Sprintf(`mutation{createOrganization(input:{nameFi:"Alueen yhdistys",sector:NGO,homeAreaID:"%d"}){id}}`, county), nil); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		byArea := getFeed(t, f.browsers["ANONYMOUS"], fmt.Sprintf("/feeds/changes.atom?area=%d", county))
		if got := titles(byArea); got != "Uusi organisaatio: Alueen yhdistys" {
			t.Errorf("area feed:\n%s", got)
		}
		if !strings.Contains(byArea.Entries[0].Links[0].Href, "/organizations/") || !strings.Contains(byArea.Entries[0].Links[0].Href, "asOf=") {
			t.Errorf("entry link %s", byArea.Entries[0].Links[0].Href)
		}

		for path, want := range map[string]int{
			"/feeds/changes.atom?area=x":          http.StatusBadRequest,
			"/feeds/changes.atom?area=999999999":  http.StatusNotFound,
			"/feeds/changes.atom?network=1234567": http.StatusNotFound,
			"/feeds/changes.atom?lang=de":         http.StatusBadRequest,
		} {
			res, err := http.Get(f.app.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != want {
				t.Errorf("GET %s: %d, want %d", path, res.StatusCode, want)
			}
		}
	})
}

// TestChangeFeedPrivate: on a private instance anonymous callers get 401.
func TestChangeFeedPrivate(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		app := startApp(t, dialect, func(c *server.Config) { c.PublicRead = false })
		res, err := http.Get(app.URL + "/feeds/changes.atom")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous feed on a private instance: %d", res.StatusCode)
		}
		// A signed-in reader gets it: the route looks the session up.
		for email, role := range map[string]viewer.Role{"lukija@example.fi": viewer.RoleViewer, "yllapito@example.fi": viewer.RoleAdmin} {
			if _, err := edit.CreateAccount(viewer.SystemContext(context.Background()), app.DB.Client,
				edit.NewAccount{Email: email, Password: testPassword, Role: role}, nil); err != nil {
				t.Fatal(err)
			}
		}
		admin := app.browser(t)
		admin.login(t, "yllapito@example.fi")
		if res := admin.post(t, `mutation{createOrganization(input:{nameFi:"Yksityinen syöte ry",nameSv:"Privat flöde rf",sector:NGO}){id}}`, nil); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}
		b := app.browser(t)
		b.login(t, "lukija@example.fi")
		res, err = b.hc.Get(app.URL + "/feeds/changes.atom?lang=sv")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		var feed struct {
			Entries []struct {
				Title string `xml:"title"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(body, &feed); res.StatusCode != 200 || err != nil || len(feed.Entries) == 0 || !strings.Contains(feed.Entries[0].Title, "Privat flöde rf") {
			t.Errorf("signed-in feed on a private instance: %d %v, entries %+v", res.StatusCode, err, feed.Entries)
		}
	})
}
