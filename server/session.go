package server

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/reqlog"
	"github.com/verkosto/verkosto/internal/viewer"
)

// SessionCookie is the session cookie's name.
const SessionCookie = "verkosto_session"

// withViewer puts the viewer in every request's context: the account whose
// session cookie the request carries, or an anonymous visitor who may read
// public data when the instance is public. Looking the session up on every
// request is what makes signing out and disabling an account take effect at
// once, on every server.
func (a *App) withViewer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		v := &viewer.Viewer{PublicRead: a.cfg.PublicRead}
		token := ""
		// Static files are the same for everyone: only routes declared with
		// session (the API, the map, exports, imports) pay for the lookup.
		if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" && a.endpointOf(r).session {
			token = c.Value
			sv, err := a.Auth.Lookup(ctx, token)
			switch {
			case err == nil:
				sv.PublicRead = a.cfg.PublicRead
				v = sv
				w = privateWriter{w}
			case err == auth.ErrNoSession:
				token = ""
				v.SessionExpired = true
				clearCookie(w, r) // stale cookie: stop sending it
			default:
				a.sessionLookupFailed(w, r, err)
				return
			}
		}
		ctx = viewer.NewContext(ctx, v)
		ctx = auth.WithCookies(ctx, &cookieJar{w: w, r: r, token: token})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// sessionLookupFailed answers a request whose session could not be looked
// up (the database is down, say) the way the API answers any other fault:
// as GraphQL JSON with a code and the request id, so that a signed-in
// client sees what an anonymous one sees.
func (a *App) sessionLookupFailed(w http.ResponseWriter, r *http.Request, err error) {
	ctx := r.Context()
	id := reqlog.ID(ctx)
	kind := database.KindOf(err)
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		kind = fault.Timeout
	}
	message := "internal error; quote request id " + id + " when reporting it"
	switch kind {
	case fault.Timeout:
		reqlog.From(ctx).Warn("session lookup timed out", "err", err)
		message = "the request took too long and was stopped"
	case fault.Unavailable:
		reqlog.From(ctx).Error("session lookup failed: database unavailable", "err", err)
		message = "the database cannot be reached at the moment; try again shortly (request id " + id + ")"
	default:
		kind = fault.Internal
		reqlog.From(ctx).Error("session lookup failed", "err", err)
	}
	if r.URL.Path != "/graphql" {
		writeText(w, http.StatusServiceUnavailable, message)
		return
	}
	contentType := "application/json"
	if strings.Contains(r.Header.Get("Accept"), "application/graphql-response+json") {
		contentType = "application/graphql-response+json"
	}
	body, _ := json.Marshal(map[string]any{
		"data":   nil,
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": kind.Code(), "requestId": id}}},
	})
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-store")
	// 200 like the API's answer to an anonymous request in the same outage.
	w.WriteHeader(http.StatusOK)
	w.Write(append(body, '\n'))
}

// cookieJar lets the login and logout mutations set and clear the cookie.
type cookieJar struct {
	w     http.ResponseWriter
	r     *http.Request
	token string
}

func (c *cookieJar) SetSession(token string, expires time.Time) {
	http.SetCookie(c.w, &http.Cookie{
		Name:     SessionCookie,
		Value:    token,
		Path:     "/",
		Expires:  expires,
		HttpOnly: true, // never readable by scripts
		Secure:   isTLS(c.r),
		SameSite: http.SameSiteLaxMode,
	})
	c.w.Header().Set("Cache-Control", privateCache) // the answer names the account
	c.token = token
}

func (c *cookieJar) ClearSession() { clearCookie(c.w, c.r) }

func (c *cookieJar) SessionToken() string { return c.token }

func (c *cookieJar) ClientAddr() string {
	host, _, err := net.SplitHostPort(c.r.RemoteAddr)
	if err != nil {
		return c.r.RemoteAddr
	}
	return host
}

func clearCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: isTLS(r), SameSite: http.SameSiteLaxMode})
}

// isTLS reports whether the browser reached us over HTTPS, directly or
// through a TLS-terminating proxy; the cookie is then Secure.
func isTLS(r *http.Request) bool {
	return r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}

// purgeEvery is how often expired sessions and forgotten sign-in failures
// are deleted. Nothing depends on it being prompt (an expired session is
// refused anyway); it keeps the tables small.
const purgeEvery = 10 * time.Minute

// purge deletes expired sessions and old failure counts every purgeEvery
// until ctx ends (NewApp purges once at start). Several servers on one
// database each purge: the deletes are idempotent.
func (a *App) purge(ctx context.Context) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := a.Auth.Purge(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("purging expired sessions failed", "err", err)
		}
	}
}
