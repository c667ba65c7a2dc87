package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"syscall"

	"github.com/lib/pq"
	"github.com/lib/pq/pqerror"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/internal/fault"
)

// KindOf is the kind of any error a request can meet, for the doors that
// answer clients to map to a code: ent's validation, not-found and
// constraint errors, the privacy policies' denials and the drivers' faults
// get theirs here; our own domain errors say theirs (fault.KindOf).
// Anything else is fault.Internal.
func KindOf(err error) fault.Kind {
	if _, ok := errors.AsType[*ent.ValidationError](err); ok {
		return fault.Invalid
	}
	if k := fault.KindOf(err); k != fault.Internal {
		return k
	}
	switch {
	case errors.Is(err, privacy.Deny):
		return fault.Forbidden
	case ent.IsNotFound(err):
		return fault.NotFound
	case ent.IsConstraintError(err):
		return fault.Conflict
	case TimedOut(err):
		return fault.Timeout
	case Unreachable(err):
		return fault.Unavailable
	}
	return fault.Internal
}

// Unreachable reports whether err means the database cannot be reached at
// the moment (connection refused or dropped, server shutting down or
// starting, too many connections, a lock that stayed busy): a retry later
// may succeed, and nothing about the request was wrong.
func Unreachable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return true
	}
	if e := pq.As(err); e != nil {
		switch e.Code {
		case pqerror.AdminShutdown, pqerror.CrashShutdown, pqerror.CannotConnectNow, pqerror.TooManyConnections:
			return true
		}
		return e.Code.Class() == pqerror.ClassConnectionException
	}
	if e, ok := errors.AsType[*sqlite.Error](err); ok {
		switch e.Code() & 0xff {
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return true
		}
	}
	return false
}

// TimedOut reports whether err is the database giving up on a statement
// because its deadline passed: the request's context, or PostgreSQL's
// statement_timeout.
func TimedOut(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	if e := pq.As(err, pqerror.QueryCanceled); e != nil {
		return true
	}
	if e, ok := errors.AsType[*sqlite.Error](err); ok && e.Code()&0xff == sqlite3.SQLITE_INTERRUPT {
		return true
	}
	return false
}
