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
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/search"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Error codes, sent as extensions.code. Clients switch on these, never on messages.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeQueryTooComplex = "QUERY_TOO_COMPLEX"
	CodeTimeout         = "TIMEOUT"     // the request ran out of time (--request-timeout)
	CodeUnavailable     = "UNAVAILABLE" // the database cannot be reached now; try again
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
	case errors.Is(err, areas.ErrUnknown), errors.Is(err, coverage.ErrUnknownArea):
		return codedError(CodeBadUserInput, field, field+": no area has this ID")
	case errors.Is(err, search.ErrEmptyQuery):
		return codedError(CodeBadUserInput, field, field+": "+err.Error())
	}
	return err
}

// fault marks an error that is not the caller's doing unless the presenter
// recognises it as one of our domain errors: it came out of a resolver, the
// transaction around a mutation, or a panic. An unrecognised error without
// this mark was built by gqlgen from the request itself (parsing,
// validation, coercing an argument) and is shown as it is.
type fault struct{ err error }

func (f *fault) Error() string { return f.err.Error() }
func (f *fault) Unwrap() error { return f.err }

// markFaults wraps every error a resolver returns as a fault, except the
// coded errors we build on purpose.
func markFaults(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if err != nil {
		if _, coded := errors.AsType[*gqlerror.Error](err); !coded {
			err = &fault{err}
		}
	}
	return res, err
}

// presentError maps every error leaving the API to one with a code, so that
// internals (SQL, stack traces, driver messages) never reach the client;
// failures that are not the caller's are logged with the request id the
// client is shown.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	var gqlErr *gqlerror.Error
	var validation *ent.ValidationError
	var fieldErr *validate.FieldError
	var conflict *edit.ConflictError
	var f *fault
	switch {
	case errors.As(err, &validation):
		name := audit.GraphQLName(validation.Name)
		gqlErr = codedError(CodeBadUserInput, name, name+": "+validationReason(validation))
	case errors.As(err, &fieldErr):
		gqlErr = codedError(CodeBadUserInput, fieldErr.Field, fieldErr.Error())
	case errors.Is(err, auth.ErrWeakPassword):
		gqlErr = codedError(CodeBadUserInput, "password", "password: "+auth.ErrWeakPassword.Error())
	case errors.As(err, &conflict):
		gqlErr = codedError(CodeConflict, "", conflict.Error())
		if conflict.Current > 0 {
			gqlErr.Extensions["currentVersion"] = conflict.Current
		}
	case errors.Is(err, privacy.Deny):
		gqlErr = denied(ctx, err)
	case errors.Is(err, auth.ErrBadCredentials):
		gqlErr = codedError(CodeUnauthenticated, "", auth.ErrBadCredentials.Error())
		gqlErr.Extensions["reason"] = "BAD_CREDENTIALS" // clients word it in their language
	case errors.Is(err, auth.ErrThrottled):
		gqlErr = codedError(CodeUnauthenticated, "", auth.ErrThrottled.Error())
		gqlErr.Extensions["reason"] = "THROTTLED"
	case ent.IsNotFound(err):
		gqlErr = codedError(CodeNotFound, "", "not found: no object has this ID")
	case ent.IsConstraintError(err):
		gqlErr = codedError(CodeConflict, "", "the change conflicts with existing data (a duplicate or a missing reference)")
	case errors.Is(ctx.Err(), context.DeadlineExceeded), database.TimedOut(err):
		reqlog.From(ctx).Warn("graphql: request timed out", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(CodeTimeout, "", "the request took too long and was stopped; ask for less at a time (fewer fields or smaller pages)")
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads this answer.
		reqlog.From(ctx).Info("graphql: request cancelled", "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(CodeInternal, "", "the request was cancelled")
	case database.Unreachable(err):
		reqlog.From(ctx).Error("graphql: database unavailable", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(CodeUnavailable, "", "the database cannot be reached at the moment; try again shortly (request id "+reqlog.ID(ctx)+")")
	case !errors.As(err, &f) && errors.As(err, &gqlErr):
		// Built by gqlgen from the request (parse, validation, coercing an
		// argument such as a cursor or a date) or by us on purpose: the
		// message describes the request, not our internals.
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
	switch gqlErr.Extensions["code"] {
	case CodeInternal, CodeUnavailable, CodeTimeout:
		gqlErr.Extensions["requestId"] = reqlog.ID(ctx)
	}
	if gqlErr.Path == nil {
		gqlErr.Path = graphql.GetPath(ctx)
	}
	return gqlErr
}

// validationReason is a validator's own words, without ent's wrapping
// (`ent: validator failed for field "Organization.business_id": …`).
func validationReason(v *ent.ValidationError) string {
	cause := errors.Unwrap(v)
	if cause == nil {
		return "is not valid"
	}
	inner := errors.Unwrap(cause)
	if inner == nil {
		if strings.Contains(cause.Error(), "missing required field") {
			return "a value is required"
		}
		return "is not valid"
	}
	switch msg := inner.Error(); {
	case strings.HasPrefix(msg, "value is greater than the required"):
		return "too long"
	case strings.HasPrefix(msg, "value is less than the required"):
		return "too short (or empty)"
	case strings.HasPrefix(msg, "value does not match validation"):
		return "is not in the expected form"
	default:
		return msg
	}
}

// denied turns a privacy denial into UNAUTHENTICATED for anonymous
// visitors and FORBIDDEN for accounts, keeping the policy's reason (and the
// field it names, "sector: your role may not change this field").
func denied(ctx context.Context, err error) *gqlerror.Error {
	code := CodeForbidden
	if !viewer.FromContext(ctx).SignedIn() {
		code = CodeUnauthenticated
	}
	var wrapped *gqlerror.Error
	if errors.As(err, &wrapped) && wrapped.Err != nil {
		err = wrapped.Err // gqlgen's wrapper adds the query location to the message
	}
	msg := err.Error()
	if i := strings.Index(msg, ": "+privacy.Deny.Error()); i > 0 {
		msg = msg[:i]
	} else {
		msg = "your account may not do this"
	}
	// ent prefixes errors of nested operations; the reason is the last part.
	if i := strings.LastIndex(msg, "ent: "); i >= 0 {
		msg = msg[i+len("ent: "):]
	}
	field := ""
	if name, _, ok := strings.Cut(msg, ": "); ok && !strings.Contains(name, " ") {
		field = name
	}
	e := codedError(code, field, msg)
	if v := viewer.FromContext(ctx); code == CodeUnauthenticated && v.SessionExpired {
		// The client tells "your session has ended" from "sign in to do
		// this" by the reason, and keeps the user's unsaved input.
		e.Message = "your session has ended; sign in again"
		e.Extensions["reason"] = ReasonSessionExpired
	}
	return e
}

// ReasonSessionExpired is the reason of an UNAUTHENTICATED error for a
// request whose session cookie names a session that has ended.
const ReasonSessionExpired = "SESSION_EXPIRED"

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
