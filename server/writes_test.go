package server_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
)

// TestOwnWriteIsOnTheMapAtOnce: once a mutation has returned, the writer's
// next look at the map (anonymous, through the shared answer cache) shows
// it, even while other readers keep asking for the map. The data version
// must move after the transaction commits: moved before, a concurrent
// reader rebuilds the map from the data as it was and caches it under the
// new version.
func TestOwnWriteIsOnTheMapAtOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin := f.browsers["ADMIN"]
		url := f.app.URL + "/graphql?query=" + "%7BnetworkMap%7Bdata%7D%7D"
		mapNow := func() (string, error) {
			res, err := http.Get(url)
			if err != nil {
				return "", err
			}
			defer res.Body.Close()
			b, err := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				return "", fmt.Errorf("map: status %d: %s", res.StatusCode, b)
			}
			return string(b), err
		}

		done := make(chan struct{})
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					if _, err := mapNow(); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		defer func() {
			close(done)
			wg.Wait()
		}()

		missing := 0
		for i := range 30 {
			name := fmt.Sprintf("Oma kirjoitus %d", i)
			res := admin.post(t, `mutation($n:String!){createOrganization(input:{nameFi:$n,sector:NGO}){id}}`, map[string]any{"n": name})
			if len(res.Errors) > 0 {
				t.Fatalf("write %d: %+v", i, res.Errors)
			}
			body, err := mapNow()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(body, name) {
				missing++
			}
		}
		if missing > 0 {
			t.Errorf("%d of 30 writes were missing from the writer's next map", missing)
		}
	})
}
