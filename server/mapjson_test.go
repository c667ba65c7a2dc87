package server_test

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
)

// GET /map.json is the networkMap field's data, from the same bytes:
// gzipped when asked, revalidated with its ETag, new after a write, with
// the filters of the query string refused by name when wrong.
func TestMapJSON(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		fetch := func(path string, header ...string) (*http.Response, []byte) {
			t.Helper()
			req, _ := http.NewRequest(http.MethodGet, f.app.URL+path, nil)
			for i := 0; i+1 < len(header); i += 2 {
				req.Header.Set(header[i], header[i+1])
			}
			res, err := http.DefaultTransport.RoundTrip(req) // no transparent gunzip
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			return res, body
		}
		res, plain := fetch("/map.json?sector=NGO&status=ACTIVE,ENDED")
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" || res.Header.Get("ETag") == "" {
			t.Fatalf("map.json: %d %v %.200s", res.StatusCode, res.Header, plain)
		}
		resGz, zipped := fetch("/map.json?sector=NGO&status=ACTIVE,ENDED", "Accept-Encoding", "gzip")
		if resGz.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("not gzipped: %v", resGz.Header)
		}
		zr, err := gzip.NewReader(strings.NewReader(string(zipped)))
		if err != nil {
			t.Fatal(err)
		}
		unzipped, _ := io.ReadAll(zr)
		if string(unzipped) != string(plain) {
			t.Error("the gzipped map differs from the plain one")
		}
		// The same as the GraphQL field's data.
		gql := f.app.post(t, `{networkMap(filter:{sector:[NGO],status:[ACTIVE,ENDED]}){data}}`, nil)
		var answer struct{ NetworkMap struct{ Data any } }
		gql.decode(t, &answer)
		var direct any
		if err := json.Unmarshal(plain, &direct); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(direct, answer.NetworkMap.Data) {
			t.Error("map.json and networkMap differ")
		}
		etag := res.Header.Get("ETag")
		if res, body := fetch("/map.json?sector=NGO&status=ACTIVE,ENDED", "If-None-Match", etag); res.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("revalidation: %d with %d bytes", res.StatusCode, len(body))
		}
		if res, _ := fetch("/map.json?sector=NGO&status=ACTIVE", "If-None-Match", etag); res.StatusCode != 200 {
			t.Errorf("another filter with the first ETag: %d", res.StatusCode)
		}
		write := f.browsers["ADMIN"].post(t, `mutation{createOrganization(input:{nameFi:"Karttajärjestö",sector:NGO}){id}}`, nil)
		if len(write.Errors) > 0 {
			t.Fatal(write.Errors)
		}
		res, body := fetch("/map.json?sector=NGO&status=ACTIVE,ENDED", "If-None-Match", etag)
		if res.StatusCode != 200 || !strings.Contains(string(body), "Karttajärjestö") {
			t.Errorf("after a write: %d, new organisation shown: %v", res.StatusCode, strings.Contains(string(body), "Karttajärjestö"))
		}
		for query, field := range map[string]string{"sector=NOPE": "sector", "asOf=yesterday": "asOf", "area=x": "area",
			"area=" + url.QueryEscape("999999"): "area"} {
			res, body := fetch("/map.json?" + query)
			if res.StatusCode != http.StatusBadRequest || !strings.HasPrefix(string(body), field) {
				t.Errorf("%s: %d %s", query, res.StatusCode, body)
			}
		}
	})
}
