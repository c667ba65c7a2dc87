package server_test

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/frontend"
	"github.com/verkosto/verkosto/internal/testdb"
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
