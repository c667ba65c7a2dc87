package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/loginthrottle"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/passwordreset"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/viewer"
)

var (
	// ErrBadCredentials is the one answer to an unknown email, a wrong
	// password and a disabled account, so none can be told apart.
	ErrBadCredentials = fault.New(fault.Unauthenticated, "wrong email or password")
	// ErrThrottled is returned after too many failures for an email (with
	// or without an account) or a client address.
	//
	// It may say so, unlike a disabled account's answer, because it tells
	// nothing about whether the email exists: an unknown email is counted
	// and locked by the same rule as an account, in the database, so every
	// server locks it after the same failures. A caller who sees it learns
	// only how many failures they themselves caused.
	ErrThrottled = fault.New(fault.Unauthenticated, "too many sign-in attempts: wait a few minutes and try again")
)

// Throttling: after freeFailures failures an email (with or without an
// account) is locked for lockBase, doubling with every further failure up
// to lockMax; its count is forgotten forgetAfter after its last failure or
// lock. A client address may try addressBurst times at once and then once
// per addressEvery, whichever emails it tries.
const (
	freeFailures = 5
	lockBase     = 30 * time.Second
	lockMax      = 15 * time.Minute
	forgetAfter  = 24 * time.Hour
	addressBurst = 20
	addressEvery = 3 * time.Second
)

// Service signs accounts in and out.
type Service struct {
	client  *ent.Client
	expiry  Expiry
	mu      sync.Mutex
	address *lru.Cache[string, *rate.Limiter]
	checks  atomic.Int64
}

// NewService returns a Service over client.
func NewService(client *ent.Client, exp Expiry) *Service {
	address, _ := lru.New[string, *rate.Limiter](10000)
	return &Service{client: client, expiry: exp, address: address}
}

// Expiry returns the session expiry the service applies.
func (s *Service) Expiry() Expiry { return s.expiry }

// PasswordChecks is how many password hashes the service has verified:
// every sign-in attempt verifies exactly one, whatever its outcome.
func (s *Service) PasswordChecks() int64 { return s.checks.Load() }

// NormalizeEmail is how emails are compared and stored.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

func lockFor(count int) time.Duration {
	if count < freeFailures {
		return 0
	}
	d := lockBase << min(count-freeFailures, 10)
	return min(d, lockMax)
}

func (s *Service) allowAddress(addr string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.address.Get(addr)
	if !ok {
		l = rate.NewLimiter(rate.Every(addressEvery), addressBurst)
		s.address.Add(addr, l)
	}
	return l.Allow()
}

// Login checks the email and password and starts a session. It returns the
// account, the session token for the cookie and when the session expires.
//
// Every attempt verifies one password hash before anything is decided (the
// account's, or a dummy one for an unknown email), whether the client is
// throttled, the email unknown or locked, the account disabled or the
// password wrong: the answer's timing is the hash's, and does not tell
// which. What differs between the paths is a statement or two on indexed
// rows, well below the hash's tens of milliseconds and the network's noise.
func (s *Service) Login(ctx context.Context, email, password, addr string) (*ent.Account, string, time.Time, error) {
	allowed := s.allowAddress(addr)
	email = NormalizeEmail(email)
	sys := viewer.SystemContext(ctx)
	a, err := s.client.Account.Query().
		Where(account.Email(email)).
		WithNetworks(func(q *ent.NetworkQuery) { q.Select(network.FieldID) }).
		Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return nil, "", time.Time{}, err
	}
	hash := dummyHash
	if a != nil {
		hash = a.PasswordHash
	}
	s.checks.Add(1)
	ok, err := CheckPassword(hash, password)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	if !allowed {
		return nil, "", time.Time{}, ErrThrottled
	}
	var c counter = unknownEmail{client: s.client, hash: emailHash(email)}
	if a != nil {
		c = accountCounter{client: s.client, a: a}
	}
	now := time.Now()
	locked, err := c.locked(sys, now)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	if locked {
		return nil, "", time.Time{}, ErrThrottled
	}
	if a == nil || !ok || a.Disabled {
		if err := c.fail(sys, now); err != nil {
			return nil, "", time.Time{}, err
		}
		return nil, "", time.Time{}, ErrBadCredentials
	}
	a, err = s.client.Account.UpdateOneID(a.ID).
		SetFailedLogins(0).
		ClearLockedUntil().
		SetLastLoginAt(now).
		Save(sys)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	token, expires, err := NewSession(ctx, s.client, a.ID, s.expiry)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	return a, token, expires, nil
}

// counter keeps an email's failed sign-ins: on its account when there is
// one, in LoginThrottle otherwise. Both follow the same rule (lockFor,
// forgetAfter) and both live in the database, so no server and no path
// answers differently for an email that exists.
type counter interface {
	locked(ctx context.Context, now time.Time) (bool, error)
	fail(ctx context.Context, now time.Time) error
}

// lockAfter is when the next failure's lock ends. The lock time is written
// on every failure (now, while failures are still free), so that it also
// says when the count may be forgotten.
func lockAfter(count int, now time.Time) time.Time { return now.Add(lockFor(count)) }

type accountCounter struct {
	client *ent.Client
	a      *ent.Account
}

func (c accountCounter) locked(_ context.Context, now time.Time) (bool, error) {
	return c.a.LockedUntil != nil && now.Before(*c.a.LockedUntil), nil
}

func (c accountCounter) fail(ctx context.Context, now time.Time) error {
	upd := c.client.Account.UpdateOneID(c.a.ID)
	if c.a.LockedUntil == nil || now.Sub(*c.a.LockedUntil) > forgetAfter {
		upd.SetFailedLogins(1)
	} else {
		upd.AddFailedLogins(1) // in the database: concurrent failures all count
	}
	a, err := upd.Save(ctx)
	if err != nil {
		return err
	}
	until := lockAfter(a.FailedLogins, now)
	// A slower concurrent failure must not shorten a longer lock.
	_, err = c.client.Account.Update().
		Where(account.ID(a.ID), account.Or(account.LockedUntilIsNil(), account.LockedUntilLT(until))).
		SetLockedUntil(until).
		Save(ctx)
	return err
}

type unknownEmail struct {
	client *ent.Client
	hash   string
}

func emailHash(email string) string {
	sum := sha256.Sum256([]byte(email))
	return hex.EncodeToString(sum[:])
}

func (c unknownEmail) locked(ctx context.Context, now time.Time) (bool, error) {
	return c.client.LoginThrottle.Query().
		Where(loginthrottle.EmailHash(c.hash), loginthrottle.LockedUntilGT(now)).
		Exist(ctx)
}

func (c unknownEmail) fail(ctx context.Context, now time.Time) error {
	// A count past forgetAfter starts again, as an account's does.
	if _, err := c.client.LoginThrottle.Delete().
		Where(loginthrottle.EmailHash(c.hash), loginthrottle.LockedUntilLT(now.Add(-forgetAfter))).
		Exec(ctx); err != nil {
		return err
	}
	err := c.client.LoginThrottle.Create().
		SetEmailHash(c.hash).
		SetFailedLogins(1).
		SetLockedUntil(now).
		OnConflictColumns(loginthrottle.FieldEmailHash).
		Update(func(u *ent.LoginThrottleUpsert) { u.AddFailedLogins(1) }).
		Exec(ctx)
	if err != nil {
		return err
	}
	t, err := c.client.LoginThrottle.Query().Where(loginthrottle.EmailHash(c.hash)).Only(ctx)
	if err != nil {
		return err
	}
	until := lockAfter(t.FailedLogins, now)
	_, err = c.client.LoginThrottle.Update().
		Where(loginthrottle.ID(t.ID), loginthrottle.LockedUntilLT(until)).
		SetLockedUntil(until).
		Save(ctx)
	return err
}

// Purge deletes what has expired: sessions past their absolute or idle
// expiry, and failure counts of unknown emails old enough to be forgotten.
// Lookup refuses an expired session anyway; purging keeps the tables from
// growing with every sign-in and every email an attacker tries.
func (s *Service) Purge(ctx context.Context) error {
	if _, err := DeleteExpired(ctx, s.client, s.expiry); err != nil {
		return err
	}
	if _, err := s.client.LoginThrottle.Delete().
		Where(loginthrottle.LockedUntilLT(time.Now().Add(-forgetAfter))).
		Exec(viewer.SystemContext(ctx)); err != nil {
		return err
	}
	// Reset links are kept a while after they stop working (an
	// administrator may ask whether one was used), then forgotten.
	_, err := s.client.PasswordReset.Delete().
		Where(passwordreset.ExpiresAtLT(time.Now().Add(-forgetAfter))).
		Exec(viewer.SystemContext(ctx))
	return err
}

// Lookup returns the viewer a session token stands for.
func (s *Service) Lookup(ctx context.Context, token string) (*viewer.Viewer, error) {
	return Lookup(ctx, s.client, token, s.expiry)
}

// Extend restarts the idle expiry of the session the token names.
func (s *Service) Extend(ctx context.Context, token string) (time.Time, error) {
	return Extend(ctx, s.client, token, s.expiry)
}

// Logout ends the session the token names.
func (s *Service) Logout(ctx context.Context, token string) (bool, error) {
	return EndSession(ctx, s.client, token)
}
