package auth_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

// BenchmarkLoginRefusals times each way a sign-in is refused. They should
// all cost about the same, one password hash: compare the ns/op of the
// sub-benchmarks (timing is never asserted in tests).
//
//	go test -run '^$' -bench LoginRefusals ./internal/auth/
func BenchmarkLoginRefusals(b *testing.B) {
	ctx := context.Background()
	sys := viewer.SystemContext(ctx)
	db := testdb.Open(b, "sqlite")
	c := db.Client
	hash, err := auth.HashPassword("correct horse battery staple")
	if err != nil {
		b.Fatal(err)
	}
	for _, email := range []string{"wrong@example.fi", "locked@example.fi", "disabled@example.fi"} {
		c.Account.Create().SetEmail(email).SetPasswordHash(hash).ExecX(sys)
	}
	s := auth.NewService(c, auth.DefaultExpiry)
	for range 30 { // use up one client address's allowance
		s.Login(ctx, "throttled@example.fi", "wrong password!!", "10.0.0.1")
	}
	cases := []struct{ name, email, password, addr string }{
		{"unknown", "nobody%d@example.fi", "wrong password!!", "10.1.%d.%d"},
		{"wrong", "wrong@example.fi", "wrong password!!", "10.2.%d.%d"},
		{"locked", "locked@example.fi", "correct horse battery staple", "10.3.%d.%d"},
		{"disabled", "disabled@example.fi", "correct horse battery staple", "10.4.%d.%d"},
		{"throttled", "nobody%d@example.fi", "wrong password!!", "10.0.0.1"},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				b.StopTimer()
				// Keep each case on its own path: the wrong password never
				// reaches a lock, the locked account stays locked.
				c.Account.Update().SetFailedLogins(0).ClearLockedUntil().ExecX(sys)
				c.Account.Update().SetLockedUntil(time.Now().Add(time.Hour)).SetFailedLogins(9).
					Where(account.Email("locked@example.fi")).ExecX(sys)
				c.Account.Update().SetDisabled(true).Where(account.Email("disabled@example.fi")).ExecX(sys)
				email, addr := tc.email, tc.addr
				if addr != "10.0.0.1" {
					addr = fmt.Sprintf(addr, i/250, i%250)
				}
				if strings.Contains(email, "%d") {
					email = fmt.Sprintf(email, i)
				}
				i++
				b.StartTimer()
				if _, _, _, err := s.Login(ctx, email, tc.password, addr); err == nil {
					b.Fatal("signed in")
				}
			}
		})
	}
}
