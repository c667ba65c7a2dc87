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
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// CodeQueryTooComplex refuses a query over the limits (graph/limits.go)
// before it runs. The other codes are the kinds of package fault
// (fault.Kind.Code): clients switch on codes, never on messages.
const CodeQueryTooComplex = "QUERY_TOO_COMPLEX"

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

// inputError turns one of our domain errors about an argument (an area ID
// that names no area, an empty search) into BAD_USER_INPUT naming the
// argument. Anything else passes through untouched, to the presenter.
func inputError(field string, err error) error {
	if e, ok := errors.AsType[*fault.Error](err); ok {
		switch e.Kind() {
		case fault.Invalid, fault.NotFound:
			return codedError(fault.Invalid.Code(), field, field+": "+e.Error())
		}
	}
	return err
}

// resolverError marks an error that is not the caller's doing unless its
// kind says otherwise: it came out of a resolver, the transaction around a
// mutation, or a panic. An error of no kind without this mark was built by
// gqlgen from the request itself (parsing, validation, coercing an
// argument) and is shown as it is.
type resolverError struct{ err error }

func (f *resolverError) Error() string { return f.err.Error() }
func (f *resolverError) Unwrap() error { return f.err }

// markFaults wraps every error a resolver returns as a resolverError,
// except the coded errors we build on purpose.
func markFaults(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if err != nil {
		if _, coded := errors.AsType[*gqlerror.Error](err); !coded {
			err = &resolverError{err}
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
	_, fromResolver := errors.AsType[*resolverError](err)
	// gqlgen's own errors describe the request (parsing, validation,
	// coercing an argument), and so do ours built on purpose: what they
	// wrap says nothing of the database. (A cursor whose decoding runs out
	// of bytes wraps io.ErrUnexpectedEOF, which from a driver would mean a
	// dropped connection.)
	kind := fault.Internal
	if fromResolver || !errors.As(err, &gqlErr) {
		kind = database.KindOf(err)
	}
	if (kind == fault.Internal || kind == fault.Unavailable) && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		kind = fault.Timeout
	}
	switch {
	case kind == fault.Invalid:
		gqlErr = invalid(err)
	case kind == fault.Conflict:
		if conflict, ok := errors.AsType[*edit.ConflictError](err); ok {
			gqlErr = codedError(kind.Code(), "", conflict.Error())
			if conflict.Current > 0 {
				gqlErr.Extensions["currentVersion"] = conflict.Current
			}
		} else {
			gqlErr = codedError(kind.Code(), "", "the change conflicts with existing data (a duplicate or a missing reference)")
		}
	case kind == fault.Forbidden:
		gqlErr = denied(ctx, err)
	case kind == fault.Unauthenticated:
		gqlErr = codedError(kind.Code(), "", ownMessage(err))
		// Clients word these in their own language by the reason.
		switch {
		case errors.Is(err, auth.ErrBadCredentials):
			gqlErr.Extensions["reason"] = "BAD_CREDENTIALS"
		case errors.Is(err, auth.ErrThrottled):
			gqlErr.Extensions["reason"] = "THROTTLED"
		}
	case kind == fault.NotFound:
		gqlErr = codedError(kind.Code(), "", "not found: no object has this ID")
	case kind == fault.Timeout:
		reqlog.From(ctx).Warn("graphql: request timed out", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(kind.Code(), "", "the request took too long and was stopped; ask for less at a time (fewer fields or smaller pages)")
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads this answer.
		reqlog.From(ctx).Info("graphql: request cancelled", "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(fault.Internal.Code(), "", "the request was cancelled")
	case kind == fault.Unavailable:
		reqlog.From(ctx).Error("graphql: database unavailable", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(kind.Code(), "", "the database cannot be reached at the moment; try again shortly (request id "+reqlog.ID(ctx)+")")
	case !fromResolver && errors.As(err, &gqlErr):
		// Built by gqlgen from the request (parse, validation, coercing an
		// argument such as a cursor or a date) or by us on purpose: the
		// message describes the request, not our internals.
		ext := maps.Clone(gqlErr.Extensions)
		if ext == nil {
			ext = map[string]any{}
		}
		if ext["code"] == nil {
			ext["code"] = fault.Invalid.Code()
		}
		gqlErr = &gqlerror.Error{Message: plainMessage(gqlErr.Message), Path: gqlErr.Path, Locations: gqlErr.Locations, Extensions: ext, Rule: gqlErr.Rule}
	default:
		reqlog.From(ctx).Error("graphql: internal error", "err", err, "path", graphql.GetPath(ctx).String())
		gqlErr = codedError(fault.Internal.Code(), "", "internal error; quote request id "+reqlog.ID(ctx)+" when reporting it")
	}
	switch gqlErr.Extensions["code"] {
	case fault.Internal.Code(), fault.Unavailable.Code(), fault.Timeout.Code():
		gqlErr.Extensions["requestId"] = reqlog.ID(ctx)
	}
	if gqlErr.Path == nil {
		gqlErr.Path = graphql.GetPath(ctx)
	}
	return gqlErr
}

// invalid is BAD_USER_INPUT naming the field, in the API's terms.
func invalid(err error) *gqlerror.Error {
	if validation, ok := errors.AsType[*ent.ValidationError](err); ok {
		name := audit.GraphQLName(validation.Name)
		return codedError(fault.Invalid.Code(), name, name+": "+validationReason(validation))
	}
	return codedError(fault.Invalid.Code(), fault.FieldOf(err), ownMessage(err))
}

// ownMessage is the message of the domain error that gave err its kind,
// without what wrapped it on the way out.
func ownMessage(err error) string {
	if k, ok := errors.AsType[fault.Kinded](err); ok {
		return k.Error()
	}
	return err.Error()
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
	kind := fault.Forbidden
	if !viewer.FromContext(ctx).SignedIn() {
		kind = fault.Unauthenticated
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
	e := codedError(kind.Code(), field, msg)
	if v := viewer.FromContext(ctx); kind == fault.Unauthenticated && v.SessionExpired {
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
