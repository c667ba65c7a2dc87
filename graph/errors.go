package graph

import (
	"context"
	"errors"
	"maps"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/search"
)

// Error codes, sent as extensions.code. Clients switch on these, never on messages.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeQueryTooComplex = "QUERY_TOO_COMPLEX"
	CodeInternal        = "INTERNAL"
)

func init() {
	// A refused query is a protocol-level failure: with the
	// graphql-response+json media type it answers 400, not 200.
	errcode.RegisterErrorType(CodeQueryTooComplex, errcode.KindProtocol)
}

// codedError builds an error with a code and, for input errors, the field.
func codedError(code, field, message string) *gqlerror.Error {
	ext := map[string]any{"code": code}
	if field != "" {
		ext["field"] = field
	}
	return &gqlerror.Error{Message: message, Extensions: ext}
}

// inputError turns a known domain error about one input into BAD_USER_INPUT
// naming the field. Anything else passes through untouched, to be logged and
// hidden by the presenter.
func inputError(field string, err error) error {
	switch {
	case errors.Is(err, areas.ErrUnknown):
		return codedError(CodeBadUserInput, field, field+": no area has this ID")
	case errors.Is(err, search.ErrEmptyQuery):
		return codedError(CodeBadUserInput, field, field+": "+err.Error())
	}
	return err
}

// presentError maps every error leaving the API to one with a code, so that
// internals (SQL, stack traces, driver messages) never reach the client.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	var validation *ent.ValidationError
	switch {
	case errors.As(err, &validation):
		gqlErr = codedError(CodeBadUserInput, validation.Name, validation.Name+": "+errors.Unwrap(validation).Error())
	case ent.IsNotFound(err):
		gqlErr = codedError(CodeNotFound, "", "not found: no object has this ID")
	case ent.IsConstraintError(err):
		gqlErr = codedError(CodeConflict, "", "the change conflicts with existing data (a duplicate or a missing reference)")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		gqlErr = codedError(CodeInternal, "", "the request was cancelled or took too long")
	case errors.As(err, &gqlErr):
		// Built by gqlgen (parse, validation, coercing an argument such as
		// a cursor or a date) or by us: the message describes the request,
		// not our internals. Resolver errors never arrive wrapped like this.
		ext := maps.Clone(gqlErr.Extensions)
		if ext == nil {
			ext = map[string]any{}
		}
		if ext["code"] == nil {
			ext["code"] = CodeBadUserInput
		}
		gqlErr = &gqlerror.Error{Message: plainMessage(gqlErr.Message), Path: gqlErr.Path, Locations: gqlErr.Locations, Extensions: ext, Rule: gqlErr.Rule}
	default:
		reqlog.From(ctx).Error("graphql: internal error", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(CodeInternal, "", "internal error; quote request id "+reqlog.ID(ctx)+" when reporting it")
	}
	if gqlErr.Path == nil {
		gqlErr.Path = graphql.GetPath(ctx)
	}
	return gqlErr
}

// plainMessage rewords the few library messages that would otherwise name
// Go types or encodings (and echo the whole request body).
func plainMessage(msg string) string {
	switch {
	case strings.HasPrefix(msg, "json request body could not be decoded"):
		return `the request body must be a JSON object like {"query": "...", "variables": {...}}`
	case strings.HasPrefix(msg, "cannot decode cursor"):
		return "not a valid cursor: use a cursor from pageInfo or an edge"
	}
	return msg
}
