package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/frontend"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// The app's page names its language in <html lang> before any script runs
// (WCAG 3.1.1): from the URL, else the language the user last chose, else
// the browser's preference, else Finnish.
func TestPageLanguage(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		app := startAppWith(t, dialect, frontend.Dist())
		for _, c := range []struct {
			name, path, accept, cookie, want string
		}{
			{"default", "/", "", "", "fi"},
			{"url", "/networks?lang=sv", "en", "verkosto_lang=en", "sv"},
			{"cookie over browser", "/organizations/1", "sv-FI,sv;q=0.9", "verkosto_lang=en", "en"},
			{"browser", "/coverage", "sv-FI,sv;q=0.9,en;q=0.5", "", "sv"},
			{"browser english", "/", "en-US,en;q=0.9", "", "en"},
			{"unknown browser language", "/", "de-DE", "", "fi"},
			{"bad url value", "/?lang=xx", "en", "", "en"},
			{"bad cookie", "/", "", "verkosto_lang=<script>", "fi"},
		} {
			req, _ := http.NewRequest(http.MethodGet, app.URL+c.path, nil)
			if c.accept != "" {
				req.Header.Set("Accept-Language", c.accept)
			}
			if c.cookie != "" {
				req.Header.Set("Cookie", c.cookie)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if !strings.Contains(string(body), `<html lang="`+c.want+`">`) {
				t.Errorf("%s: want <html lang=%q>, got %.80s", c.name, c.want, body)
			}
			if !strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "Accept-Language") {
				t.Errorf("%s: Vary %q must name Accept-Language", c.name, res.Header.Values("Vary"))
			}
		}
	})
}

// The operator's accessibility feedback contact reaches the page (for the
// accessibility statement) escaped; a bad one is refused at start-up, naming
// the flag; without one the page carries none.
func TestAccessibilityContact(t *testing.T) {
	page := func(contact string) string {
		app := startAppWith(t, "sqlite", frontend.Dist(), func(c *server.Config) { c.AccessibilityContact = contact })
		res, err := http.Get(app.URL + "/accessibility")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return string(body)
	}
	if got := page("saavutettavuus@kunta.fi"); !strings.Contains(got, `<meta name="verkosto-accessibility-contact" content="saavutettavuus@kunta.fi" />`) {
		t.Errorf("contact not on the page: %.400s", got)
	}
	if got := page(`https://kunta.fi/palaute?a=1&b="x"`); !strings.Contains(got, `content="https://kunta.fi/palaute?a=1&amp;b=&#34;x&#34;"`) {
		t.Errorf("contact not escaped: %.400s", got)
	}
	if got := page(""); strings.Contains(got, "verkosto-accessibility-contact") {
		t.Errorf("a contact without one: %.400s", got)
	}
	for _, bad := range []string{"not an address", "javascript:alert(1)", "Joku <joku@kunta.fi>", "https://"} {
		if _, err := server.ParseServeFlags([]string{"--accessibility-contact", bad}); err == nil || !strings.Contains(err.Error(), "--accessibility-contact") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if cfg, err := server.ParseServeFlags([]string{"--accessibility-contact", "https://kunta.fi/saavutettavuus"}); err != nil || cfg.AccessibilityContact != "https://kunta.fi/saavutettavuus" {
		t.Errorf("a web address: %v %+v", err, cfg.AccessibilityContact)
	}
}
