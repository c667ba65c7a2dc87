package auth

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/viewer"
)

var (
	// ErrBadCredentials is the one answer to an unknown email, a wrong
	// password and a disabled account, so none can be told apart.
	ErrBadCredentials = errors.New("wrong email or password")
	// ErrThrottled is returned after too many failures for an account, an
	// email or a client address.
	ErrThrottled = errors.New("too many sign-in attempts: wait a few minutes and try again")
)

// Throttling: after freeFailures consecutive failures an account (or an
// unknown email) is locked for lockBase, doubling with every further
// failure up to lockMax. A client address may try addressBurst times at
// once and then once per addressEvery, whichever accounts it tries.
const (
	freeFailures = 5
	lockBase     = 30 * time.Second
	lockMax      = 15 * time.Minute
	addressBurst = 20
	addressEvery = 3 * time.Second
)

// Service signs accounts in and out.
type Service struct {
	client  *ent.Client
	expiry  Expiry
	mu      sync.Mutex
	address *lru.Cache[string, *rate.Limiter]
	unknown *lru.Cache[string, failures] // emails without an account
}

type failures struct {
	count int
	until time.Time
}

// NewService returns a Service over client.
func NewService(client *ent.Client, exp Expiry) *Service {
	address, _ := lru.New[string, *rate.Limiter](10000)
	unknown, _ := lru.New[string, failures](10000)
	return &Service{client: client, expiry: exp, address: address, unknown: unknown}
}

// Expiry returns the session expiry the service applies.
func (s *Service) Expiry() Expiry { return s.expiry }

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
func (s *Service) Login(ctx context.Context, email, password, addr string) (*ent.Account, string, time.Time, error) {
	if !s.allowAddress(addr) {
		return nil, "", time.Time{}, ErrThrottled
	}
	email = NormalizeEmail(email)
	sys := viewer.SystemContext(ctx)
	a, err := s.client.Account.Query().
		Where(account.Email(email)).
		WithNetworks(func(q *ent.NetworkQuery) { q.Select(network.FieldID) }).
		Only(sys)
	if ent.IsNotFound(err) {
		return nil, "", time.Time{}, s.failUnknown(email, password)
	}
	if err != nil {
		return nil, "", time.Time{}, err
	}
	now := time.Now()
	if a.LockedUntil != nil && now.Before(*a.LockedUntil) {
		return nil, "", time.Time{}, ErrThrottled
	}
	ok, err := CheckPassword(a.PasswordHash, password)
	if err != nil {
		return nil, "", time.Time{}, err
	}
	if !ok || a.Disabled {
		a, err = s.client.Account.UpdateOneID(a.ID).AddFailedLogins(1).Save(sys)
		if err != nil {
			return nil, "", time.Time{}, err
		}
		if d := lockFor(a.FailedLogins); d > 0 {
			if err := s.client.Account.UpdateOneID(a.ID).SetLockedUntil(now.Add(d)).Exec(sys); err != nil {
				return nil, "", time.Time{}, err
			}
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

// failUnknown spends the time a password check takes and throttles the
// email exactly as it would an account's, so the answers look the same.
func (s *Service) failUnknown(email, password string) error {
	CheckPassword(dummyHash, password)
	s.mu.Lock()
	defer s.mu.Unlock()
	f, _ := s.unknown.Get(email)
	if time.Now().Before(f.until) {
		return ErrThrottled
	}
	f.count++
	if d := lockFor(f.count); d > 0 {
		f.until = time.Now().Add(d)
	}
	s.unknown.Add(email, f)
	return ErrBadCredentials
}

// Lookup returns the viewer a session token stands for.
func (s *Service) Lookup(ctx context.Context, token string) (*viewer.Viewer, error) {
	return Lookup(ctx, s.client, token, s.expiry)
}

// Logout ends the session the token names.
func (s *Service) Logout(ctx context.Context, token string) (bool, error) {
	return EndSession(ctx, s.client, token)
}
