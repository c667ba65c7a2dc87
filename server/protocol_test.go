package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
)

// send posts body with the given Content-Type and Accept (either may be
// empty) and returns the status, the Content-Type and the decoded body.
func (a *testApp) send(t *testing.T, contentType, accept, body string) (int, string, map[string]json.RawMessage) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, a.URL+"/graphql", strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out map[string]json.RawMessage
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%d, not JSON: %s", res.StatusCode, raw)
	}
	return res.StatusCode, res.Header.Get("Content-Type"), out
}

func firstCode(t *testing.T, body map[string]json.RawMessage) (code, message string) {
	t.Helper()
	var errs []struct {
		Message    string
		Extensions struct{ Code string }
	}
	json.Unmarshal(body["errors"], &errs)
	if len(errs) == 0 {
		t.Fatalf("no errors in %v", body)
	}
	return errs[0].Extensions.Code, errs[0].Message
}

// GraphQL over HTTP: with application/json every well-formed request is a
// 200 whose errors say what went wrong; with
// application/graphql-response+json a request that could not execute is a
// 400 without a data entry. A request that is not GraphQL is a 400 either way.
func TestGraphQLOverHTTPStatusCodes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		app := startApp(t, dialect)
		tooComplex, _ := json.Marshal(map[string]any{"query": hostileQuery()})
		for _, tc := range []struct {
			name, body, code string
			request          bool // not a GraphQL request: 400 with either media type
		}{
			{"parse error", `{"query": "{"}`, "GRAPHQL_PARSE_FAILED", false},
			{"validation error", `{"query": "{ nope }"}`, "GRAPHQL_VALIDATION_FAILED", false},
			{"variable coercion", `{"query": "query($id: ID!) { __typename }", "variables": {"id": null}}`, "GRAPHQL_VALIDATION_FAILED", false},
			{"too complex", string(tooComplex), "QUERY_TOO_COMPLEX", false},
			{"no query", `{"qeury": "{ __typename }"}`, "BAD_USER_INPUT", true},
			{"query not a string", `{"query": 0}`, "BAD_USER_INPUT", true},
			{"body not JSON", `{"query": `, "BAD_USER_INPUT", true},
		} {
			t.Run(tc.name, func(t *testing.T) {
				for _, accept := range []string{"application/json", "application/graphql-response+json"} {
					status, media, body := app.send(t, "application/json", accept, tc.body)
					want := http.StatusOK
					if tc.request || accept != "application/json" {
						want = http.StatusBadRequest
					}
					if status != want || !strings.HasPrefix(media, accept) {
						t.Errorf("Accept %s: %d %s, want %d %s", accept, status, media, want, accept)
					}
					if _, ok := body["data"]; ok {
						t.Errorf("Accept %s: a request that did not execute has a data entry: %s", accept, body["data"])
					}
					code, msg := firstCode(t, body)
					if code != tc.code || strings.Contains(msg, "RawParams") || strings.Contains(msg, "body:") {
						t.Errorf("Accept %s: %s %q, want code %s", accept, code, msg, tc.code)
					}
				}
			})
		}
		// A field error still answers 200 with data beside the errors.
		status, _, body := app.send(t, "application/json", "application/graphql-response+json", `{"query": "{ node(id: \"123456789\") { id } }"}`)
		if _, ok := body["data"]; status != http.StatusOK || !ok {
			t.Errorf("field error: %d %v", status, body)
		}
	})
}

// Only JSON reaches the API: a text/plain or form POST (what an HTML form
// or a "simple" cross-site request sends) gets 415 with what to send, and
// is never answered from the cache, even when the same body was cached.
func TestPostMustBeJSON(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		app := startApp(t, dialect)
		query := `{"query": "{ areas(first: 1) { totalCount } }"}`
		for range 2 { // the second is answered from the cache
			if status, _, body := app.send(t, "application/json", "application/json", query); status != http.StatusOK || body["data"] == nil {
				t.Fatalf("JSON POST: %d %v", status, body)
			}
		}
		for _, contentType := range []string{"", "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql"} {
			before := app.statements.Load()
			status, _, body := app.send(t, contentType, "application/json", query)
			if status != http.StatusUnsupportedMediaType || body["data"] != nil {
				t.Errorf("Content-Type %q: %d %s %s", contentType, status, body["data"], body["errors"])
				continue
			}
			if code, msg := firstCode(t, body); code != "BAD_USER_INPUT" || !strings.Contains(msg, "application/json") {
				t.Errorf("Content-Type %q: %s %q", contentType, code, msg)
			}
			if ran := app.statements.Load() - before; ran != 0 {
				t.Errorf("Content-Type %q: ran %d SQL statements", contentType, ran)
			}
		}
		if status, _, _ := app.send(t, "application/json; charset=utf-8", "", query); status != http.StatusOK {
			t.Errorf("JSON with a charset: %d", status)
		}
	})
}
