// Package auth signs accounts in and out: password hashing, sessions stored
// in the database, and throttling of failed attempts. It turns a session
// cookie's token into the viewer the privacy policies check.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/session"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Expiry: a session ends after IdleTimeout without use, and after
// AbsoluteTimeout whatever happens.
type Expiry struct {
	Idle     time.Duration
	Absolute time.Duration
}

// DefaultExpiry suits a shared office computer: two idle hours, one working day.
var DefaultExpiry = Expiry{Idle: 2 * time.Hour, Absolute: 12 * time.Hour}

// touchEvery limits how often a session's last use is written.
const touchEvery = time.Minute

// ErrNoSession is returned for a token that names no live session.
var ErrNoSession = errors.New("no such session")

// newToken is a secret for a cookie or a link: 32 random bytes, URL-safe.
func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// NewSession starts a session for the account and returns its token (for
// the cookie) and when it expires at the latest.
func NewSession(ctx context.Context, client *ent.Client, accountID int, exp Expiry) (string, time.Time, error) {
	token, err := newToken()
	if err != nil {
		return "", time.Time{}, err
	}
	expires := time.Now().Add(exp.Absolute)
	err = client.Session.Create().
		SetTokenHash(hashToken(token)).
		SetAccountID(accountID).
		SetExpiresAt(expires).
		Exec(viewer.SystemContext(ctx))
	return token, expires, err
}

// Lookup returns the viewer a session token stands for. Expired sessions,
// and sessions of disabled accounts, are refused (and expired ones deleted).
func Lookup(ctx context.Context, client *ent.Client, token string, exp Expiry) (*viewer.Viewer, error) {
	sys := viewer.SystemContext(ctx)
	s, err := client.Session.Query().
		Where(session.TokenHash(hashToken(token))).
		WithAccount(func(q *ent.AccountQuery) {
			q.WithNetworks(func(q *ent.NetworkQuery) { q.Select(network.FieldID) })
		}).
		Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrNoSession
	}
	if err != nil {
		return nil, err
	}
	now := time.Now()
	if now.After(s.ExpiresAt) || now.Sub(s.LastSeenAt) > exp.Idle {
		client.Session.DeleteOneID(s.ID).Exec(sys)
		return nil, ErrNoSession
	}
	a := s.Edges.Account
	if a == nil || a.Disabled {
		return nil, ErrNoSession
	}
	lastSeen := s.LastSeenAt
	if now.Sub(s.LastSeenAt) > touchEvery {
		if err := client.Session.UpdateOneID(s.ID).SetLastSeenAt(now).Exec(sys); err != nil {
			return nil, err
		}
		lastSeen = now
	}
	v := viewerOf(a)
	v.SessionEnds = sessionEnds(s.ExpiresAt, lastSeen, exp)
	return v, nil
}

// sessionEnds is when a session last used at lastSeen ends: after the idle
// time, but never later than its absolute expiry.
func sessionEnds(absolute, lastSeen time.Time, exp Expiry) time.Time {
	idle := lastSeen.Add(exp.Idle)
	if idle.Before(absolute) {
		return idle
	}
	return absolute
}

// Extend marks the session the token names as used now, so its idle expiry
// starts again (the absolute one stays), and returns when it now ends. The
// web app calls it when the user asks for more time after a warning.
func Extend(ctx context.Context, client *ent.Client, token string, exp Expiry) (time.Time, error) {
	sys := viewer.SystemContext(ctx)
	s, err := client.Session.Query().Where(session.TokenHash(hashToken(token))).Only(sys)
	if ent.IsNotFound(err) {
		return time.Time{}, ErrNoSession
	}
	if err != nil {
		return time.Time{}, err
	}
	now := time.Now()
	if now.After(s.ExpiresAt) || now.Sub(s.LastSeenAt) > exp.Idle {
		return time.Time{}, ErrNoSession
	}
	if err := client.Session.UpdateOneID(s.ID).SetLastSeenAt(now).Exec(sys); err != nil {
		return time.Time{}, err
	}
	return sessionEnds(s.ExpiresAt, now, exp), nil
}

// viewerOf builds the viewer for an account loaded with its networks.
func viewerOf(a *ent.Account) *viewer.Viewer {
	v := &viewer.Viewer{AccountID: a.ID, Email: a.Email, Role: a.Role}
	if a.OrganizationID != nil {
		v.OrganizationID = *a.OrganizationID
	}
	for _, n := range a.Edges.Networks {
		v.NetworkIDs = append(v.NetworkIDs, n.ID)
	}
	return v
}

// EndSession deletes the session the token names; true when there was one.
func EndSession(ctx context.Context, client *ent.Client, token string) (bool, error) {
	n, err := client.Session.Delete().Where(session.TokenHash(hashToken(token))).Exec(viewer.SystemContext(ctx))
	return n > 0, err
}

// DeleteExpired removes sessions past their absolute or idle expiry.
func DeleteExpired(ctx context.Context, client *ent.Client, exp Expiry) (int, error) {
	now := time.Now()
	return client.Session.Delete().
		Where(session.Or(session.ExpiresAtLT(now), session.LastSeenAtLT(now.Add(-exp.Idle)))).
		Exec(viewer.SystemContext(ctx))
}

// ErrNoAccount: no active account has the email.
var ErrNoAccount = errors.New("no active account has this email")

// ViewerByEmail returns the viewer of an active account, for commands an
// operator runs on an account's behalf (verkosto import --as EMAIL): its
// changes are audited as that account's and its rights are that account's.
func ViewerByEmail(ctx context.Context, client *ent.Client, email string) (*viewer.Viewer, error) {
	a, err := client.Account.Query().
		Where(account.Email(NormalizeEmail(email)), account.Disabled(false)).
		WithNetworks(func(q *ent.NetworkQuery) { q.Select(network.FieldID) }).
		Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, ErrNoAccount
	}
	if err != nil {
		return nil, err
	}
	return viewerOf(a), nil
}
