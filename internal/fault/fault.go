// Package fault is the small vocabulary of what went wrong. A domain error
// says its Kind (not found, conflict, invalid input, forbidden…); the doors
// that answer clients, the GraphQL error presenter (graph/errors.go) and
// the HTTP file endpoints (server), turn a kind into the client's code and
// HTTP status here, in one place. database.KindOf adds the kinds of the
// errors our libraries return (ent's, the privacy policies', the drivers').
//
// The package imports nothing of ours, so that every package, down to the
// schema's validators, can give its errors a kind.
package fault

import (
	"errors"
	"net/http"
)

// Kind is what went wrong, as far as the client is concerned.
type Kind uint8

const (
	// Internal is not the caller's doing: logged with the request id,
	// details hidden. An error without a kind is Internal.
	Internal Kind = iota
	// Invalid is input the caller can correct.
	Invalid
	// NotFound: nothing has the ID the caller gave, or they may not see it.
	NotFound
	// Conflict: the entry changed meanwhile, or the change clashes with
	// existing data.
	Conflict
	// Forbidden: the caller may not do this.
	Forbidden
	// Unauthenticated: the caller is not signed in, or signing in failed.
	Unauthenticated
	// Unavailable: the database cannot be reached now; a retry may work.
	Unavailable
	// Timeout: the request ran out of time (--request-timeout).
	Timeout
)

var kinds = [...]struct {
	code   string
	status int
}{
	Internal:        {"INTERNAL", http.StatusInternalServerError},
	Invalid:         {"BAD_USER_INPUT", http.StatusBadRequest},
	NotFound:        {"NOT_FOUND", http.StatusNotFound},
	Conflict:        {"CONFLICT", http.StatusConflict},
	Forbidden:       {"FORBIDDEN", http.StatusForbidden},
	Unauthenticated: {"UNAUTHENTICATED", http.StatusUnauthorized},
	Unavailable:     {"UNAVAILABLE", http.StatusServiceUnavailable},
	Timeout:         {"TIMEOUT", http.StatusServiceUnavailable},
}

// Code is the kind's code as clients see it (GraphQL extensions.code, the
// file endpoints' JSON errors). Clients switch on these, never on messages.
func (k Kind) Code() string {
	if int(k) >= len(kinds) {
		return kinds[Internal].code
	}
	return kinds[k].code
}

// Status is the HTTP status of an answer that fails with this kind.
func (k Kind) Status() int {
	if int(k) >= len(kinds) {
		return kinds[Internal].status
	}
	return kinds[k].status
}

func (k Kind) String() string { return k.Code() }

// Kinded is an error that says its kind.
type Kinded interface {
	error
	Kind() Kind
}

// Error is a domain error of a known kind, such as a package's sentinel
// (areas.ErrUnknown); compare with errors.Is.
type Error struct {
	kind Kind
	msg  string
}

// New returns an error of kind k that says msg.
func New(k Kind, msg string) error { return &Error{kind: k, msg: msg} }

func (e *Error) Error() string { return e.msg }

// Kind is the error's kind.
func (e *Error) Kind() Kind { return e.kind }

// KindOf is the kind of the first error in err's chain that says its kind;
// Internal when none does (or err is nil).
func KindOf(err error) Kind {
	if k, ok := errors.AsType[Kinded](err); ok {
		return k.Kind()
	}
	return Internal
}

// Field is an error about one input, named as the API spells it
// (validate.FieldError, importer.InputError, export.FilterError).
type Field interface {
	error
	FieldName() string
}

// FieldOf names the input the first such error in err's chain is about;
// "" when none is.
func FieldOf(err error) string {
	if f, ok := errors.AsType[Field](err); ok {
		return f.FieldName()
	}
	return ""
}
