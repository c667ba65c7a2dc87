package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// Two servers on one database: a write through one is on the other's map
// at once, whether it comes through the API or as plain SQL (a manual fix
// in psql), and both name the same data with the same ETag.
func TestWriteThroughOneServerIsOnTheOthersMap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		shared := testdb.URL(t, dialect)
		onShared := func(c *server.Config) { c.DatabaseURL = shared }
		f := newFixture(t, dialect, onShared) // server A, with signed-in browsers
		b := startApp(t, dialect, onShared)
		mapOf := func(app *testApp) (body, etag string) {
			t.Helper()
			res, err := http.Get(app.URL + "/graphql?query=" + url.QueryEscape("{ networkMap { data } }"))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("map: %d %s", res.StatusCode, raw)
			}
			return string(raw), res.Header.Get("ETag")
		}
		waitOnB := func(name string) {
			t.Helper()
			start := time.Now()
			for {
				if body, _ := mapOf(b); strings.Contains(body, name) {
					t.Logf("%q on the other server's map after %v", name, time.Since(start))
					return
				}
				if time.Since(start) > 5*time.Second {
					t.Fatalf("%q was not on the other server's map after 5 s", name)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}

		mapOf(b) // B has a map cached before the writes
		for i := range 3 {
			name := fmt.Sprintf("Toisen palvelimen järjestö %d", i)
			res := f.browsers["ADMIN"].post(t, `mutation($n:String!){createOrganization(input:{nameFi:$n,sector:NGO}){id}}`, map[string]any{"n": name})
			if len(res.Errors) > 0 {
				t.Fatalf("write through A: %+v", res.Errors)
			}
			waitOnB(name)
		}

		psql, err := database.Open(context.Background(), shared)
		if err != nil {
			t.Fatal(err)
		}
		defer psql.Close()
		if _, err := psql.SQL.Exec(`UPDATE organizations SET name_fi = 'Käsin korjattu nimi' WHERE id = ` + fmt.Sprint(f.org.ID)); err != nil {
			t.Fatal(err)
		}
		waitOnB("Käsin korjattu nimi")

		// Once A has seen it too, the two answer with the same ETag: a
		// browser sent to the other server revalidates rather than refetches.
		start := time.Now()
		for {
			bodyA, etagA := mapOf(f.app)
			_, etagB := mapOf(b)
			if strings.Contains(bodyA, "Käsin korjattu nimi") {
				if etagA == "" || etagA != etagB {
					t.Errorf("the same data has ETag %q on A and %q on B", etagA, etagB)
				}
				break
			}
			if time.Since(start) > 5*time.Second {
				t.Fatal("A never showed the manual fix")
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}
