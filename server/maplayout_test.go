package server_test

import (
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// A write keeps the user's picture: after one new membership the map is
// laid out from the previous positions, so every node but the two it joins
// stays where it was (the full layout it replaced moved every node).
func TestOneWriteKeepsTheMap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		shared := testdb.URL(t, dialect)
		onShared := func(c *server.Config) { c.DatabaseURL = shared }
		f := newFixture(t, dialect, onShared)
		positionsOn := func(app *testApp) (map[string][2]float64, string) {
			t.Helper()
			res, err := http.Get(app.URL + "/graphql?query=" + url.QueryEscape("{ networkMap { data } }"))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			raw, _ := io.ReadAll(res.Body)
			var answer struct {
				Data struct {
					NetworkMap struct {
						Data struct {
							Nodes []struct {
								Key        string
								Attributes struct{ X, Y float64 }
							}
						}
					}
				}
			}
			if err := json.Unmarshal(raw, &answer); err != nil {
				t.Fatalf("map: %d %s", res.StatusCode, raw)
			}
			out := map[string][2]float64{}
			for _, n := range answer.Data.NetworkMap.Data.Nodes {
				out[n.Key] = [2]float64{n.Attributes.X, n.Attributes.Y}
			}
			return out, res.Header.Get("ETag")
		}
		positions := func() (map[string][2]float64, string) { return positionsOn(f.app) }
		before, etag := positions()
		res := f.browsers["ADMIN"].post(t, `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n,role:MEMBER}){id}}`,
			map[string]any{"o": f.org.ID, "n": f.net.ID})
		if len(res.Errors) > 0 {
			t.Fatalf("write: %+v", res.Errors)
		}
		after, etagAfter := positions()
		if etagAfter == etag {
			t.Fatal("the map did not change version after the write")
		}
		joined := map[string]bool{strconv.Itoa(f.org.ID): true, strconv.Itoa(f.net.ID): true}
		var sum, worst float64
		var n int
		for key, p := range before {
			q, ok := after[key]
			if !ok || joined[key] {
				continue
			}
			d := math.Hypot(p[0]-q[0], p[1]-q[1])
			sum, worst, n = sum+d, math.Max(worst, d), n+1
		}
		if n < 50 {
			t.Fatalf("only %d nodes on both maps", n)
		}
		t.Logf("%d unchanged nodes moved %.2f on average, at most %.2f (the map spans 2,000)", n, sum/float64(n), worst)
		if worst > 0.5 {
			t.Errorf("an unchanged node moved %.2f (mean %.2f over %d nodes)", worst, sum/float64(n), n)
		}

		// On demand, the whole map is laid out afresh: as a server that
		// has just started lays out the same data.
		if res := f.browsers["ADMIN"].post(t, `mutation{relayoutMap}`, nil); len(res.Errors) > 0 || string(res.Data) != `{"relayoutMap":true}` {
			t.Fatalf("relayoutMap: %s %+v", res.Data, res.Errors)
		}
		fresh, etagFresh := positions()
		if etagFresh == etagAfter {
			t.Error("the relayout kept the map's ETag")
		}
		if reflect.DeepEqual(fresh, after) {
			t.Error("the relayout moved nothing")
		}
		started, _ := positionsOn(startApp(t, dialect, onShared))
		if !reflect.DeepEqual(fresh, started) {
			t.Error("the relayout differs from a new server's layout of the same data")
		}
	})
}
