package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"syscall"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/reqlog"
)

// A panic cannot be caused from outside on purpose; what the recover
// function hands the presenter is checked here: INTERNAL with the request
// id, logged at ERROR with the panic; and an argument gqlgen could not
// coerce stays the caller's error.
func TestPresentedFaults(t *testing.T) {
	var logs bytes.Buffer
	ctx := reqlog.With(context.Background(), slog.New(slog.NewTextHandler(&logs, nil)), "req-1")
	for _, c := range []struct {
		name, code string
		err        error
		logged     bool
	}{
		{"panic", fault.Internal.Code(), gqlerror.WrapPath(nil, &resolverError{fmt.Errorf("panic: runtime error: index out of range")}), true},
		{"database refused", fault.Unavailable.Code(), gqlerror.WrapPath(nil, &resolverError{fmt.Errorf("dial tcp 127.0.0.1:5432: %w", syscall.ECONNREFUSED)}), true},
		{"unknown resolver error", fault.Internal.Code(), gqlerror.WrapPath(nil, &resolverError{errors.New("pq: something odd")}), true},
		{"bad argument", fault.Invalid.Code(), gqlerror.WrapPath(nil, errors.New(`"abc" is not a valid ID`)), false},
	} {
		logs.Reset()
		got := presentError(ctx, c.err)
		if got.Extensions["code"] != c.code {
			t.Errorf("%s: %+v, want %s", c.name, got, c.code)
		}
		if c.logged {
			if got.Extensions["requestId"] != "req-1" || strings.Contains(got.Message, "pq:") || strings.Contains(got.Message, "panic") {
				t.Errorf("%s: %+v", c.name, got)
			}
			if line := logs.String(); !strings.Contains(line, "level=ERROR") || !strings.Contains(line, "request_id=req-1") || !strings.Contains(line, c.err.Error()) {
				t.Errorf("%s: logged %q", c.name, line)
			}
		}
	}
}
