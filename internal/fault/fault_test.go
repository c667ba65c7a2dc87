package fault_test

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/verkosto/verkosto/internal/fault"
)

// The codes and statuses are part of the API (clients switch on them): a kind
// must keep its code.
func TestCodesAndStatuses(t *testing.T) {
	for _, c := range []struct {
		kind   fault.Kind
		code   string
		status int
	}{
		{fault.Internal, "INTERNAL", http.StatusInternalServerError},
		{fault.Invalid, "BAD_USER_INPUT", http.StatusBadRequest},
		{fault.NotFound, "NOT_FOUND", http.StatusNotFound},
		{fault.Conflict, "CONFLICT", http.StatusConflict},
		{fault.Forbidden, "FORBIDDEN", http.StatusForbidden},
		{fault.Unauthenticated, "UNAUTHENTICATED", http.StatusUnauthorized},
		{fault.Unavailable, "UNAVAILABLE", http.StatusServiceUnavailable},
		{fault.Timeout, "TIMEOUT", http.StatusServiceUnavailable},
		{fault.Kind(200), "INTERNAL", http.StatusInternalServerError},
	} {
		if c.kind.Code() != c.code || c.kind.Status() != c.status {
			t.Errorf("kind %d: %s %d, want %s %d", c.kind, c.kind.Code(), c.kind.Status(), c.code, c.status)
		}
	}
}

type fieldErr struct{}

func (fieldErr) Error() string     { return "name: too long" }
func (fieldErr) Kind() fault.Kind  { return fault.Invalid }
func (fieldErr) FieldName() string { return "name" }

func TestKindAndFieldThroughWrapping(t *testing.T) {
	gone := fault.New(fault.NotFound, "no area has this ID")
	for _, c := range []struct {
		err   error
		kind  fault.Kind
		field string
	}{
		{nil, fault.Internal, ""},
		{errors.New("pq: something odd"), fault.Internal, ""},
		{gone, fault.NotFound, ""},
		{fmt.Errorf("loading: %w", gone), fault.NotFound, ""},
		{fmt.Errorf("row 7: %w", fieldErr{}), fault.Invalid, "name"},
	} {
		if got := fault.KindOf(c.err); got != c.kind {
			t.Errorf("KindOf(%v) = %v, want %v", c.err, got, c.kind)
		}
		if got := fault.FieldOf(c.err); got != c.field {
			t.Errorf("FieldOf(%v) = %q, want %q", c.err, got, c.field)
		}
	}
	if !errors.Is(fmt.Errorf("x: %w", gone), gone) {
		t.Error("a sentinel is not found through wrapping")
	}
}
