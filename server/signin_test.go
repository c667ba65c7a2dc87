package server_test

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/loginthrottle"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/session"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// signIn tries one sign-in from a fresh browser.
func (a *testApp) signIn(t *testing.T, email, password string) *gqlResponse {
	t.Helper()
	return a.browser(t).post(t, `mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`,
		map[string]any{"e": email, "p": password})
}

// answer is what a caller can compare between two refusals.
func (r *gqlResponse) answer() string {
	if len(r.Errors) != 1 {
		return fmt.Sprintf("%d %s %+v", r.status, r.Data, r.Errors)
	}
	return fmt.Sprintf("%d %s %s %s", r.status, r.Data, r.code(), r.Errors[0].Message)
}

// TestSignInAnswersAlike: an unknown email, a wrong password, a disabled
// account, a locked account and a throttled client each get an answer that
// does not tell whether the email exists, after the same password-hash
// work; an unknown email locked on one server is locked on another.
func TestSignInAnswersAlike(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		url := testdb.URL(t, dialect)
		f := newFixture(t, dialect, func(c *server.Config) { c.DatabaseURL = url })
		a := f.app
		f.app.DB.Client.Account.UpdateOneID(f.accounts["COORDINATOR"]).SetDisabled(true).ExecX(f.sys)
		checks := a.Auth.PasswordChecks()
		try := func(email, password string) *gqlResponse {
			t.Helper()
			res := a.signIn(t, email, password)
			if now := a.Auth.PasswordChecks(); now != checks+1 {
				t.Errorf("sign-in as %s verified %d password hashes, want 1", email, now-checks)
			}
			checks = a.Auth.PasswordChecks()
			return res
		}

		unknown := try("nobody@example.fi", "wrong password!!")
		wrong := try("viewer@example.fi", "wrong password!!")
		disabled := try("coordinator@example.fi", testPassword)
		if unknown.code() != "UNAUTHENTICATED" || wrong.answer() != unknown.answer() || disabled.answer() != unknown.answer() {
			t.Fatalf("unknown email %q, wrong password %q and disabled account %q must answer alike",
				unknown.answer(), wrong.answer(), disabled.answer())
		}
		// Four more failures lock both, and both say so alike, even to the right password.
		for range 4 {
			try("viewer@example.fi", "wrong password!!")
			try("nobody@example.fi", "wrong password!!")
		}
		lockedAccount := try("viewer@example.fi", testPassword)
		lockedUnknown := try("nobody@example.fi", testPassword)
		if !strings.Contains(lockedAccount.answer(), "too many") || lockedAccount.answer() != lockedUnknown.answer() {
			t.Fatalf("locked account %q and locked unknown email %q must answer alike", lockedAccount.answer(), lockedUnknown.answer())
		}
		if n := a.DB.Client.LoginThrottle.Query().CountX(f.sys); n != 1 {
			t.Errorf("%d throttle rows, want 1 (the unknown email's)", n)
		}
		if a.DB.Client.LoginThrottle.Query().Where(loginthrottle.EmailHashContains("nobody")).ExistX(f.sys) {
			t.Error("the throttle table stores the email itself")
		}

		// A second server on the same database knows both locks.
		b := startApp(t, dialect, func(c *server.Config) { c.DatabaseURL = url })
		onB := b.signIn(t, "nobody@example.fi", testPassword)
		if onB.answer() != lockedUnknown.answer() || b.signIn(t, "viewer@example.fi", testPassword).answer() != lockedAccount.answer() {
			t.Errorf("server B: unknown email %q, want the lock %q", onB.answer(), lockedUnknown.answer())
		}

		// A client that tries too often is throttled whatever the email,
		// after the same hash work.
		throttled := 0
		for i := range 15 {
			res := try(fmt.Sprintf("spray%d@example.fi", i), "wrong password!!")
			if strings.Contains(res.answer(), "too many") {
				throttled++
			}
		}
		if throttled == 0 {
			t.Error("one client's many attempts were not throttled")
		}
	})
}

// TestSignedInAnswersAreNeverStored: answers to a signed-in user carry
// Cache-Control: private, no-store, and the shared answer cache keeps none.
func TestSignedInAnswersAreNeverStored(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		const private = "private, no-store"
		signed := f.browsers["ADMIN"].post(t, `{ networks(first: 2) { edges { node { nameFi } } } }`, nil)
		if got := signed.header.Get("Cache-Control"); got != private || signed.header.Get("ETag") != "" {
			t.Errorf("signed-in query: Cache-Control %q, ETag %q; want %q and none", got, signed.header.Get("ETag"), private)
		}
		mut := f.browsers["EDITOR"].post(t, `mutation($id:ID!){confirmOrganization(id:$id){id}}`, map[string]any{"id": fmt.Sprint(f.org.ID)})
		if got := mut.header.Get("Cache-Control"); got != private {
			t.Errorf("signed-in mutation: Cache-Control %q, want %q", got, private)
		}
		b := f.app.browser(t)
		res := b.post(t, `mutation($e:String!,$p:String!){login(email:$e,password:$p){email}}`, map[string]any{"e": "viewer@example.fi", "p": testPassword})
		if got := res.header.Get("Cache-Control"); got != private {
			t.Errorf("sign-in answer: Cache-Control %q, want %q", got, private)
		}
		// An export overrides Cache-Control itself; a signed-in one is still private.
		area := countyID(t, f.app, "Pirkanmaan hyvinvointialue")
		req, _ := http.NewRequest(http.MethodGet, f.app.URL+"/export/coverage.csv?area="+area, nil)
		exp, err := f.browsers["ADMIN"].hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, exp.Body)
		exp.Body.Close()
		if got := exp.Header.Get("Cache-Control"); exp.StatusCode != 200 || got != private {
			t.Errorf("signed-in export: %d, Cache-Control %q, want 200 %q", exp.StatusCode, got, private)
		}
		// Anonymous answers are unchanged: shared, revalidated.
		anon := f.app.post(t, `{ networks(first: 2) { edges { node { nameFi } } } }`, nil)
		if got := anon.header.Get("Cache-Control"); got == private || anon.header.Get("ETag") == "" {
			t.Errorf("anonymous query: Cache-Control %q, ETag %q; want a cacheable answer", got, anon.header.Get("ETag"))
		}
	})
}

// TestSignInIsSentAlone: login or logout next to another field is refused
// before anything runs, writes nothing, and holds up no other writer.
func TestSignInIsSentAlone(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		coord := f.browsers["COORDINATOR"]
		sessions := f.app.DB.Client.Session.Query().CountX(f.sys)
		vars := map[string]any{"id": fmt.Sprint(f.net.ID), "e": "viewer@example.fi", "p": "wrong password!!"}
		for name, q := range map[string]string{
			"login and a write":  `mutation($id:ID!,$e:String!,$p:String!){a:login(email:$e,password:$p){id} b:confirmNetwork(id:$id){id}}`,
			"a write and logout": `mutation($id:ID!){b:confirmNetwork(id:$id){id} logout}`,
			"two sign-ins":       `mutation($e:String!,$p:String!){a:login(email:$e,password:$p){id} b:login(email:$e,password:$p){id}}`,
			"through a fragment": `mutation($id:ID!){...m logout} fragment m on Mutation{confirmNetwork(id:$id){id}}`,
		} {
			res := coord.post(t, q, vars)
			if res.code() != "BAD_USER_INPUT" || res.Errors[0].Message != "login, logout and refreshSession must be sent alone" || string(res.Data) != "" && string(res.Data) != "null" {
				t.Errorf("%s: %s %+v, want BAD_USER_INPUT \"login, logout and refreshSession must be sent alone\"", name, res.Data, res.Errors)
			}
		}
		n := f.app.DB.Client.Network.GetX(f.sys, f.net.ID)
		if n.LastConfirmedAt != nil {
			t.Error("the refused mutation confirmed the network")
		}
		if now := f.app.DB.Client.Session.Query().CountX(f.sys); now != sessions {
			t.Errorf("%d sessions after refused mutations, want %d", now, sessions)
		}
		if a := f.app.DB.Client.Account.Query().Where(account.Email("viewer@example.fi")).OnlyX(f.sys); a.FailedLogins != 0 {
			t.Errorf("a refused sign-in counted as %d failures", a.FailedLogins)
		}
		var me struct{ Me *struct{ Email string } }
		coord.post(t, `{me{email}}`, nil).decode(t, &me)
		if me.Me == nil {
			t.Error("a refused logout ended the session")
		}
		// Someone else's write goes through, and a sign-in alone still works.
		var upd struct{ UpdateOrganization struct{ Version int } }
		f.browsers["ADMIN"].post(t, `mutation($id:ID!){updateOrganization(id:$id,version:1,input:{description:"toinen"}){version}}`,
			map[string]any{"id": fmt.Sprint(f.other.ID)}).decode(t, &upd)
		if upd.UpdateOrganization.Version != 2 {
			t.Errorf("the next write: version %d, want 2", upd.UpdateOrganization.Version)
		}
		f.app.browser(t).login(t, "viewer@example.fi")
		var out struct{ Logout bool }
		f.browsers["VIEWER"].post(t, `mutation{__typename logout}`, nil).decode(t, &out)
		if !out.Logout {
			t.Error("logout with __typename was refused")
		}
	})
}

// TestConcurrentRetriesGetTheFirstResult: many retries of one create with
// one idempotency key, all at once, all get the one entry it created.
func TestConcurrentRetriesGetTheFirstResult(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		const retries = 40
		cases := []struct {
			name, role, key, query string
			vars                   map[string]any
			count                  func(key string) int
		}{
			{"createOrganization", "ADMIN", ":k-org",
				`mutation{r:createOrganization(idempotencyKey:"k-org",input:{nameFi:"Kerran",sector:NGO}){id}}`, nil,
				func(k string) int {
					return f.app.DB.Client.Organization.Query().Where(organization.IdempotencyKeyHasSuffix(k)).CountX(f.sys)
				}},
			{"createNetwork", "COORDINATOR", ":k-net",
				`mutation{r:createNetwork(idempotencyKey:"k-net",input:{nameFi:"Kerran",kind:FORUM,level:MUNICIPAL}){id}}`, nil,
				func(k string) int {
					return f.app.DB.Client.Network.Query().Where(network.IdempotencyKeyHasSuffix(k)).CountX(f.sys)
				}},
			{"requestMembership", "EDITOR", ":k-mem",
				`mutation($o:ID!,$n:ID!){r:requestMembership(idempotencyKey:"k-mem",input:{organizationID:$o,networkID:$n}){id}}`,
				map[string]any{"o": fmt.Sprint(f.org.ID), "n": fmt.Sprint(f.otherNet.ID)},
				func(k string) int {
					return f.app.DB.Client.Membership.Query().Where(membership.IdempotencyKeyHasSuffix(k)).CountX(f.sys)
				}},
		}
		for _, c := range cases {
			results := make([]*gqlResponse, retries)
			var wg sync.WaitGroup
			for i := range results {
				wg.Go(func() { results[i] = f.browsers[c.role].post(t, c.query, c.vars) })
			}
			wg.Wait()
			ids := map[string]int{}
			for _, res := range results {
				var d struct{ R struct{ ID string } }
				if len(res.Errors) > 0 {
					t.Errorf("%s: %+v", c.name, res.Errors)
					continue
				}
				res.decode(t, &d)
				ids[d.R.ID]++
			}
			if len(ids) != 1 {
				t.Errorf("%s: %d retries answered with IDs %v, want one ID", c.name, retries, ids)
				continue
			}
			if n := c.count(c.key); n != 1 {
				t.Errorf("%s: %d rows, want 1", c.name, n)
			}
			for id := range ids {
				n, _ := strconv.Atoi(id)
				if changes := f.app.DB.Client.Change.Query().Where(change.EntityID(n)).CountX(f.sys); changes != 1 {
					t.Errorf("%s: %d audit records, want 1", c.name, changes)
				}
			}
		}
	})
}

// TestUnchangedUpdateKeepsTheVersion: saving what is already there (and
// clearing what is empty) keeps the version and writes no audit record.
func TestUnchangedUpdateKeepsTheVersion(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin := f.browsers["ADMIN"]
		before := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID)
		vars := map[string]any{"o": fmt.Sprint(f.org.ID), "n": fmt.Sprint(f.net.ID)}
		var d struct {
			UpdateOrganization struct{ Version int }
			UpdateNetwork      struct{ Version int }
		}
		admin.post(t, `mutation($o:ID!,$n:ID!){
			updateOrganization(id:$o,version:1,input:{nameFi:"Testiyhdistys",sector:NGO,clearEmail:true,clearServices:true,clearOperatingAreas:true,removeOperatingAreaIDs:["1"],addressConfidential:false}){version}
			updateNetwork(id:$n,version:1,input:{nameFi:"Testiverkosto",kind:WORKING_GROUP,clearWebsite:true,clearStartedOn:true,clearAreas:true,themes:[]}){version}
		}`, vars).decode(t, &d)
		if d.UpdateOrganization.Version != 1 || d.UpdateNetwork.Version != 1 {
			t.Errorf("versions %d and %d after saving the same values, want 1 and 1", d.UpdateOrganization.Version, d.UpdateNetwork.Version)
		}
		changes := func(id int) int { return f.app.DB.Client.Change.Query().Where(change.EntityID(id)).CountX(f.sys) }
		if n := changes(f.org.ID) + changes(f.net.ID); n != 0 {
			t.Errorf("%d audit records for updates that changed nothing", n)
		}
		if o := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID); o.Version != 1 || !o.UpdatedAt.Equal(before.UpdatedAt) {
			t.Errorf("stored organisation: version %d, updated %v (was %v)", o.Version, o.UpdatedAt, before.UpdatedAt)
		}
		// Who may not edit is still refused, even to save what is there.
		if res := f.browsers["VIEWER"].post(t, `mutation($o:ID!){updateOrganization(id:$o,version:1,input:{nameFi:"Testiyhdistys"}){version}}`, vars); res.code() != "FORBIDDEN" {
			t.Errorf("a viewer saving the same values: %+v, want FORBIDDEN", res.Errors)
		}
		// A real change still counts.
		admin.post(t, `mutation($o:ID!){updateOrganization(id:$o,version:1,input:{nameFi:"Testiyhdistys ry",description:""}){version}}`, vars).decode(t, &d)
		if d.UpdateOrganization.Version != 2 || changes(f.org.ID) != 1 {
			t.Errorf("a real change: version %d, %d audit records; want 2 and 1", d.UpdateOrganization.Version, changes(f.org.ID))
		}
	})
}

// TestExpiredSessionsArePurged: a server starting on the database deletes
// sessions past their absolute or idle expiry and forgotten failure counts,
// and keeps the live ones.
func TestExpiredSessionsArePurged(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		url := testdb.URL(t, dialect)
		f := newFixture(t, dialect, func(c *server.Config) { c.DatabaseURL, c.Sessions.Idle = url, time.Hour })
		c := f.app.DB.Client
		c.Session.Update().Where(session.AccountID(f.accounts["VIEWER"])).SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(f.sys)
		c.Session.Update().Where(session.AccountID(f.accounts["ADMIN"])).SetLastSeenAt(time.Now().Add(-2 * time.Hour)).ExecX(f.sys)
		c.LoginThrottle.Create().SetEmailHash("old").SetFailedLogins(7).SetLockedUntil(time.Now().Add(-48 * time.Hour)).ExecX(f.sys)
		c.LoginThrottle.Create().SetEmailHash("recent").SetFailedLogins(7).SetLockedUntil(time.Now()).ExecX(f.sys)

		startApp(t, dialect, func(cfg *server.Config) {
			cfg.DatabaseURL, cfg.Sessions.Idle = url, time.Hour
		})
		for _, role := range []string{"VIEWER", "ADMIN"} {
			if n := c.Session.Query().Where(session.AccountID(f.accounts[role])).CountX(f.sys); n != 0 {
				t.Errorf("%s: %d expired sessions left after the purge", role, n)
			}
		}
		if n := c.Session.Query().Where(session.AccountID(f.accounts["EDITOR"])).CountX(f.sys); n != 1 {
			t.Errorf("the editor's live session: %d left, want 1", n)
		}
		if hashes := c.LoginThrottle.Query().Select(loginthrottle.FieldEmailHash).StringsX(f.sys); len(hashes) != 1 || hashes[0] != "recent" {
			t.Errorf("throttle rows after the purge: %v, want only the recent one", hashes)
		}
	})
}

// TestFreshInstanceSaysHowToStart: a database without accounts, started
// without VERKOSTO_ADMIN_EMAIL, logs how to create the first administrator;
// once there is one, it says nothing of the kind.
func TestFreshInstanceSaysHowToStart(t *testing.T) {
	logs := &logBuffer{}
	startAppLogging(t, "sqlite", logs)
	if !strings.Contains(logs.String(), "verkosto account add --email EMAIL --role ADMIN") {
		t.Errorf("no hint in the log:\n%s", logs.String())
	}
	again := &logBuffer{}
	startAppLogging(t, "sqlite", again, func(c *server.Config) { c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword })
	if strings.Contains(again.String(), "no accounts yet") {
		t.Errorf("a hint with an administrator:\n%s", again.String())
	}
}
