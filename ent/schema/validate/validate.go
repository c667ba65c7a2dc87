// Package validate holds the field validators the ent schema uses, so that
// every write path (GraphQL, CLI, import, demo loader) applies the same
// rules, and FieldError, the one error about one input field.
package validate

import (
	"errors"
	"net/mail"
	"net/url"
	"strings"

	"github.com/verkosto/verkosto/internal/fault"
)

// BusinessID checks a Finnish business ID (Y-tunnus): seven digits, a hyphen
// and a check digit. The check digit is 11 − (Σ digit×weight mod 11) with
// weights 7,9,10,5,8,4,2; remainder 0 gives 0 and remainder 1 is never issued.
func BusinessID(s string) error {
	if len(s) != 9 || s[7] != '-' {
		return errors.New("business ID must look like 1234567-8")
	}
	weights := [7]int{7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		c := s[i]
		if c < '0' || c > '9' {
			return errors.New("business ID must look like 1234567-8")
		}
		sum += int(c-'0') * w
	}
	check := s[8]
	if check < '0' || check > '9' {
		return errors.New("business ID must look like 1234567-8")
	}
	rem := sum % 11
	want := 0
	switch rem {
	case 0:
	case 1:
		return errors.New("business ID is not valid (checksum)")
	default:
		want = 11 - rem
	}
	if int(check-'0') != want {
		return errors.New("business ID is not valid (checksum)")
	}
	return nil
}

// Email accepts an empty value or a single plain address (no display name).
func Email(s string) error {
	if s == "" {
		return nil
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndexByte(s, '@'):], ".") {
		return errors.New("email address is not valid")
	}
	return nil
}

// URL accepts an empty value or an absolute http(s) URL with a host.
func URL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("website must be an http:// or https:// address")
	}
	return nil
}

// FieldError is an invalid value of one field that a single-field validator
// cannot see (a date that must not come before another). Field is the
// GraphQL input field's name.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Kind says the caller can correct it.
func (e *FieldError) Kind() fault.Kind { return fault.Invalid }

// FieldName is the input field it is about.
func (e *FieldError) FieldName() string { return e.Field }
