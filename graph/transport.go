package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/verkosto/verkosto/internal/fault"
)

// Response media types of GraphQL over HTTP.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// httpTransport is GraphQL over HTTP as its spec describes it (and as the
// spec authors' graphql-http audit checks), for GET and for POST with a
// JSON body. gqlgen's own transports differ in two ways that matter to
// clients: with application/json they answer a document that does not parse
// or validate with 422, where the spec asks for 200 (the errors are in the
// body, and generic clients read a non-2xx as "no GraphQL answer"); and they
// send "data": null alongside request errors, where
// application/graphql-response+json has no data entry at all.
type httpTransport struct{}

var _ graphql.Transport = httpTransport{}

func (httpTransport) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	if r.Method == http.MethodGet {
		return true
	}
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return r.Method == http.MethodPost && err == nil && mediaType == mediaJSON
}

func (httpTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	media := responseMedia(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", media)

	start := graphql.Now()
	params, problem := readParams(r)
	if problem != "" {
		// Not a GraphQL request at all: 400 whatever the media type.
		writeRequestErrors(w, http.StatusBadRequest, exec.DispatchError(ctx, gqlerror.List{codedError(fault.Invalid.Code(), "", problem)}))
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		// The document does not parse or validate, its variables do not
		// coerce, or a limit refuses it: nothing ran.
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		writeRequestErrors(w, status, exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs))
		return
	}
	if op := oc.Doc.Operations.ForName(oc.OperationName); r.Method == http.MethodGet && op != nil && op.Operation != ast.Query {
		w.Header().Set("Allow", http.MethodPost)
		writeRequestErrors(w, http.StatusMethodNotAllowed, exec.DispatchError(ctx, gqlerror.List{
			codedError(fault.Invalid.Code(), "", "mutations must be sent with POST")}))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	writeJSON(w, responses(ctx))
}

// responseMedia picks the response media type from Accept: the first of
// ours the client names, application/json when it names none (as the spec
// asks until every client knows the newer type).
func responseMedia(accept string) string {
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			return mediaJSON
		}
	}
	return mediaJSON
}

// readParams reads a GraphQL request from the URL (GET) or the JSON body
// (POST). problem says, in the caller's terms, why it is not one.
func readParams(r *http.Request) (params *graphql.RawParams, problem string) {
	params = &graphql.RawParams{}
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		params.Query, params.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" && decodeJSON(strings.NewReader(v), &params.Variables) != nil {
			return nil, "variables: not a JSON object"
		}
		if v := q.Get("extensions"); v != "" && decodeJSON(strings.NewReader(v), &params.Extensions) != nil {
			return nil, "extensions: not a JSON object"
		}
	} else {
		body, err := io.ReadAll(r.Body) // already capped by the server
		if err != nil {
			return nil, "could not read the request body"
		}
		if decodeJSON(bytes.NewReader(body), params) != nil {
			return nil, `the request body must be a JSON object: {"query": "…", "variables": {…}, "operationName": "…"}`
		}
	}
	if params.Query == "" && params.Extensions["persistedQuery"] == nil {
		return nil, "query: missing; send the GraphQL document as query"
	}
	return params, ""
}

func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.UseNumber() // integers in variables stay exact
	return dec.Decode(v)
}

// writeRequestErrors answers a request that did not execute: errors only,
// without a data entry (the spec's request error).
func writeRequestErrors(w http.ResponseWriter, status int, resp *graphql.Response) {
	w.WriteHeader(status)
	b, _ := json.Marshal(struct {
		Errors     gqlerror.List  `json:"errors"`
		Extensions map[string]any `json:"extensions,omitempty"`
	}{resp.Errors, resp.Extensions})
	w.Write(b)
}

func writeJSON(w http.ResponseWriter, resp *graphql.Response) {
	b, err := json.Marshal(resp)
	if err != nil {
		// Only a resolver's value that cannot be encoded gets here: a bug.
		panic(err)
	}
	w.Write(b)
}
