package auth

import (
	"context"
	"time"
)

// Cookies is how a GraphQL resolver reaches the HTTP exchange it runs in:
// login sets the session cookie, logout clears it. The server provides it.
type Cookies interface {
	SetSession(token string, expires time.Time)
	ClearSession()
	SessionToken() string // the request's session token, "" when none
	ClientAddr() string   // for throttling
}

type cookiesKey struct{}

// WithCookies returns ctx carrying c.
func WithCookies(ctx context.Context, c Cookies) context.Context {
	return context.WithValue(ctx, cookiesKey{}, c)
}

// CookiesFrom returns the Cookies in ctx; outside an HTTP request, a no-op.
func CookiesFrom(ctx context.Context) Cookies {
	if c, ok := ctx.Value(cookiesKey{}).(Cookies); ok {
		return c
	}
	return noCookies{}
}

type noCookies struct{}

func (noCookies) SetSession(string, time.Time) {}
func (noCookies) ClearSession()                {}
func (noCookies) SessionToken() string         { return "" }
func (noCookies) ClientAddr() string           { return "" }
