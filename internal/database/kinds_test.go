package database_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/fault"
)

// Every error a request can meet gets the kind the API's codes follow.
func TestKindOf(t *testing.T) {
	for _, c := range []struct {
		what string
		err  error
		want fault.Kind
	}{
		{"a policy's denial", fmt.Errorf("ent: %w", privacy.Denyf("sector: your role may not change this field")), fault.Forbidden},
		{"no such row", &ent.NotFoundError{}, fault.NotFound},
		{"a duplicate", &ent.ConstraintError{}, fault.Conflict},
		{"a validator", &ent.ValidationError{Name: "business_id"}, fault.Invalid},
		{"a field error", &validate.FieldError{Field: "endDate", Err: fmt.Errorf("must not be in the future")}, fault.Invalid},
		{"a stale version", fmt.Errorf("update: %w", &edit.ConflictError{Current: 3}), fault.Conflict},
		{"a wrong password", auth.ErrBadCredentials, fault.Unauthenticated},
		{"the deadline", fmt.Errorf("query: %w", context.DeadlineExceeded), fault.Timeout},
		{"a refused connection", fmt.Errorf("dial tcp: %w", syscall.ECONNREFUSED), fault.Unavailable},
		{"anything else", fmt.Errorf("pq: something odd"), fault.Internal},
	} {
		if got := database.KindOf(c.err); got != c.want {
			t.Errorf("%s: %v, want %v", c.what, got, c.want)
		}
	}
}
