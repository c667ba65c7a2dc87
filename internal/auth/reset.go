package auth

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/passwordreset"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/ent/session"
	"github.com/verkosto/verkosto/internal/viewer"
)

// ResetLinkTTL is how long a password reset link works.
const ResetLinkTTL = 24 * time.Hour

// ResetPath is where a reset link opens the web app. The token travels in
// the fragment, which browsers do not send: it stays out of request logs
// and Referer headers.
const ResetPath = "/reset-password#token="

// NewPasswordReset makes a one-time link for an account's owner to set a new
// password, and returns its token and expiry. Whoever may change the
// account may make one (ent's privacy rules for accounts: administrators);
// the others are refused before learning whether the account exists.
func NewPasswordReset(ctx context.Context, client *ent.Client, accountID int) (string, time.Time, error) {
	if err := MayChangeAccount(ctx, client, accountID); err != nil {
		return "", time.Time{}, err
	}
	if _, err := client.Account.Get(ctx, accountID); err != nil {
		return "", time.Time{}, err
	}
	token, err := newToken()
	if err != nil {
		return "", time.Time{}, err
	}
	expires := time.Now().Add(ResetLinkTTL)
	err = client.PasswordReset.Create().
		SetTokenHash(hashToken(token)).
		SetAccountID(accountID).
		SetExpiresAt(expires).
		Exec(viewer.SystemContext(ctx))
	return token, expires, err
}

// MayChangeAccount asks ent's privacy rules for accounts whether the viewer
// may change the account, as they would on saving, before anything about it
// is read: whoever may not is refused without learning whether it exists.
func MayChangeAccount(ctx context.Context, client *ent.Client, id int) error {
	return account.Policy.EvalMutation(ctx, client.Account.UpdateOneID(id).Mutation())
}

// ErrResetLink is the answer to a link that is unknown, used or expired:
// the same for all three.
var ErrResetLink = &validate.FieldError{Field: "token", Err: errors.New("this link has expired or has been used: ask an administrator for a new one")}

// ResetPassword sets the password of the account a reset link was made
// for, uses the link up, and ends the account's sessions (whoever knew the
// old password is signed out everywhere). It lifts a lockout from failed
// sign-ins, but a disabled account stays disabled.
func ResetPassword(ctx context.Context, client *ent.Client, token, password string) error {
	sys := viewer.SystemContext(ctx)
	hash, err := HashPassword(password)
	if errors.Is(err, ErrWeakPassword) {
		return &validate.FieldError{Field: "password", Err: err}
	}
	if err != nil {
		return err
	}
	now := time.Now()
	r, err := client.PasswordReset.Query().
		Where(passwordreset.TokenHash(hashToken(token)), passwordreset.UsedAtIsNil(), passwordreset.ExpiresAtGT(now)).
		Only(sys)
	if ent.IsNotFound(err) {
		return ErrResetLink
	}
	if err != nil {
		return err
	}
	// Used once: of two requests with the same link, one wins.
	n, err := client.PasswordReset.Update().
		Where(passwordreset.ID(r.ID), passwordreset.UsedAtIsNil()).
		SetUsedAt(now).
		Save(sys)
	if err != nil {
		return err
	}
	if n != 1 {
		return ErrResetLink
	}
	if err := client.Account.UpdateOneID(r.AccountID).
		SetPasswordHash(hash).
		SetFailedLogins(0).
		ClearLockedUntil().
		Exec(sys); err != nil {
		return fmt.Errorf("setting the new password: %w", err)
	}
	_, err = client.Session.Delete().Where(session.AccountID(r.AccountID)).Exec(sys)
	return err
}
