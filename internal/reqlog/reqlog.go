// Package reqlog carries the request's logger (with its request id) in the
// context, so that an error deep in a resolver is logged with the id the
// client was shown.
package reqlog

import (
	"context"
	"log/slog"
)

type ctxKey struct{}

type entry struct {
	logger *slog.Logger
	id     string
}

// With returns a context carrying logger and the request id.
func With(ctx context.Context, logger *slog.Logger, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, entry{logger.With("request_id", id), id})
}

// From returns the request's logger, or the default one outside a request.
func From(ctx context.Context) *slog.Logger {
	if e, ok := ctx.Value(ctxKey{}).(entry); ok {
		return e.logger
	}
	return slog.Default()
}

// ID returns the request id, or "" outside a request.
func ID(ctx context.Context) string {
	e, _ := ctx.Value(ctxKey{}).(entry)
	return e.id
}
