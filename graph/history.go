package graph

import (
	"errors"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
)

// readable is an entry a history event names, or nil when it is gone or
// the caller may not read it (a hidden membership reads as not found).
func readable[T any](v *T, err error) (*T, error) {
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, nil
	}
	return v, err
}

// optional is s, or nil for "".
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
