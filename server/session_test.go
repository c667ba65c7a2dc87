package server_test

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/session"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

func TestSignInCookieAndSignOut(t *testing.T) {
	f := newFixture(t, "sqlite")
	b := f.app.browser(t)
	body := []byte(`{"query":"mutation{login(email:\"Editor@Example.fi \",password:\"correct horse battery staple\"){email role organization{nameFi}}}"}`)
	req, _ := http.NewRequest(http.MethodPost, f.app.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := b.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	var cookie *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == server.SessionCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode || cookie.Path != "/" || cookie.Secure {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Lax, not Secure over plain HTTP", cookie)
	}
	if strings.Contains(res.Header.Get("Set-Cookie"), "correct horse") {
		t.Fatal("password echoed in a cookie")
	}
	var me struct{ Me struct{ Email, Role string } }
	b.post(t, `{me{email role}}`, nil).decode(t, &me)
	if me.Me.Email != "editor@example.fi" || me.Me.Role != "EDITOR" {
		t.Errorf("me = %+v", me.Me)
	}

	// Signing out ends the session on the server: replaying the old cookie
	// (as a stolen copy would) gets an anonymous visitor.
	sessions := f.app.DB.Client.Session.Query().Where(session.AccountID(f.accounts["EDITOR"])).CountX(f.sys)
	var out struct{ Logout bool }
	b.post(t, `mutation{logout}`, nil).decode(t, &out)
	if !out.Logout {
		t.Error("logout returned false")
	}
	replay := f.app.browser(t)
	u, _ := url.Parse(f.app.URL)
	replay.hc.Jar.SetCookies(u, []*http.Cookie{{Name: server.SessionCookie, Value: cookie.Value}})
	var again struct{ Me *struct{ Email string } }
	replay.post(t, `{me{email}}`, nil).decode(t, &again)
	if again.Me != nil {
		t.Error("the session still works after logout")
	}
	if n := f.app.DB.Client.Session.Query().Where(session.AccountID(f.accounts["EDITOR"])).CountX(f.sys); n != sessions-1 {
		t.Errorf("%d sessions left after logout, want %d (the fixture's own browser)", n, sessions-1)
	}
}

func TestDisabledAccountStopsAtOnce(t *testing.T) {
	f := newFixture(t, "sqlite")
	b := f.browsers["COORDINATOR"]
	f.app.DB.Client.Account.UpdateOneID(f.accounts["COORDINATOR"]).SetDisabled(true).ExecX(f.sys)
	var me struct{ Me *struct{ Email string } }
	b.post(t, `{me{email}}`, nil).decode(t, &me)
	if me.Me != nil {
		t.Error("a disabled account's session still works")
	}
	res := b.post(t, `mutation($id:ID!){confirmNetwork(id:$id){id}}`, map[string]any{"id": f.net.ID})
	if res.code() != "UNAUTHENTICATED" {
		t.Errorf("disabled account's mutation: %+v", res.Errors)
	}
	// …and cannot sign in again, with the same answer as a wrong password.
	res = f.app.browser(t).post(t, `mutation{login(email:"coordinator@example.fi",password:"correct horse battery staple"){id}}`, nil)
	if res.code() != "UNAUTHENTICATED" || res.Errors[0].Message != "wrong email or password" {
		t.Errorf("disabled sign-in: %+v", res.Errors)
	}
}

func TestSessionExpiry(t *testing.T) {
	f := newFixture(t, "sqlite", func(c *server.Config) { c.Sessions.Idle = time.Hour })
	b := f.browsers["VIEWER"]
	// An hour and a minute of silence.
	f.app.DB.Client.Session.Update().Where(session.AccountID(f.accounts["VIEWER"])).
		SetLastSeenAt(time.Now().Add(-61 * time.Minute)).ExecX(f.sys)
	var me struct{ Me *struct{ Email string } }
	b.post(t, `{me{email}}`, nil).decode(t, &me)
	if me.Me != nil {
		t.Error("an idle session still works")
	}
	a := f.browsers["ADMIN"]
	f.app.DB.Client.Session.Update().Where(session.AccountID(f.accounts["ADMIN"])).
		SetExpiresAt(time.Now().Add(-time.Second)).ExecX(f.sys)
	a.post(t, `{me{email}}`, nil).decode(t, &me)
	if me.Me != nil {
		t.Error("a session past its absolute expiry still works")
	}
}

func TestWrongPasswordAndThrottling(t *testing.T) {
	f := newFixture(t, "sqlite")
	login := func(email, password string) *gqlResponse {
		return f.app.browser(t).post(t, `mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`, map[string]any{"e": email, "p": password})
	}
	wrong, unknown := login("viewer@example.fi", "wrong password!!"), login("nobody@example.fi", "wrong password!!")
	if wrong.code() != "UNAUTHENTICATED" || unknown.code() != "UNAUTHENTICATED" || wrong.Errors[0].Message != unknown.Errors[0].Message {
		t.Fatalf("wrong password %+v and unknown email %+v must get the same error", wrong.Errors, unknown.Errors)
	}
	// After five failures the account is locked for a while, even for the right password.
	for range 4 {
		login("viewer@example.fi", "wrong password!!")
	}
	if res := login("viewer@example.fi", testPassword); res.code() != "UNAUTHENTICATED" || !strings.Contains(res.Errors[0].Message, "too many") {
		t.Errorf("locked account: %+v", res.Errors)
	}
	a := f.app.DB.Client.Account.Query().Where(account.Email("viewer@example.fi")).OnlyX(f.sys)
	if a.FailedLogins != 5 || a.LockedUntil == nil {
		t.Errorf("failed logins %d, locked until %v", a.FailedLogins, a.LockedUntil)
	}
	// Unknown emails are throttled the same way, so locking does not reveal which emails exist.
	for range 5 {
		login("nobody@example.fi", "wrong password!!")
	}
	if res := login("nobody@example.fi", "wrong password!!"); !strings.Contains(res.Errors[0].Message, "too many") {
		t.Errorf("unknown email not throttled: %+v", res.Errors)
	}
	// One client address trying many accounts is throttled too.
	var throttled bool
	for i := range 40 {
		res := login("spray"+string(rune('a'+i%26))+"@example.fi", "wrong password!!")
		throttled = throttled || strings.Contains(res.Errors[0].Message, "too many")
	}
	if !throttled {
		t.Error("40 attempts from one address in a row were not throttled")
	}
}

func TestMutationsNeedPOST(t *testing.T) {
	f := newFixture(t, "sqlite")
	res, body := get(t, f.app.URL+"/graphql?query="+url.QueryEscape(`mutation{logout}`))
	if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "POST" || !strings.Contains(body, "errors") {
		t.Errorf("a mutation over GET: %d %q %s, want 405 with Allow: POST", res.StatusCode, res.Header.Get("Allow"), body)
	}
}

func TestFirstAdminFromEnvironment(t *testing.T) {
	f := newFixture(t, "sqlite") // has accounts: the variables change nothing
	_ = f
	app := startApp(t, "sqlite", func(c *server.Config) {
		c.AdminEmail, c.AdminPassword = "Paakayttaja@Example.fi", "first admin password"
	})
	b := app.browser(t)
	res := b.post(t, `mutation{login(email:"paakayttaja@example.fi",password:"first admin password"){role}}`, nil)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "ADMIN") {
		t.Fatalf("first admin: %s %+v", res.Data, res.Errors)
	}
}

// Signing in writes sessions and accounts, not the map: the cached map and
// its layout must survive it.
func TestSignInDoesNotInvalidateTheMap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		row := func() (v uint64) {
			t.Helper()
			if err := f.app.DB.SQL.QueryRow(`SELECT version FROM data_version`).Scan(&v); err != nil {
				t.Fatal(err)
			}
			return v
		}
		before, known := row(), f.app.Version.Load(f.sys)
		f.app.browser(t).login(t, "viewer@example.fi")
		f.browsers["VIEWER"].post(t, `mutation{logout}`, nil)
		if after := row(); after != before {
			t.Errorf("the data version moved from %d to %d on sign-in", before, after)
		}
		if after := f.app.Version.Load(f.sys); after != known {
			t.Errorf("the server's data version moved from %d to %d on sign-in", known, after)
		}
	})
}

func TestPostedQueriesAreCachedMutationsAreNot(t *testing.T) {
	f := newFixture(t, "sqlite")
	body := []byte(`{"query":"{ networkMap { nodeCount } }"}`)
	first := f.app.postRaw(t, body, "application/json")
	second := f.app.postRaw(t, body, "application/json")
	if first.header.Get("ETag") == "" || first.header.Get("ETag") != second.header.Get("ETag") || string(first.Data) != string(second.Data) {
		t.Errorf("posted query not answered from the cache: %q %q", first.header.Get("ETag"), second.header.Get("ETag"))
	}
	mut := f.app.postRaw(t, []byte(`{"query":"mutation { logout }"}`), "application/json")
	if mut.header.Get("ETag") != "" {
		t.Error("a mutation was cached")
	}
	// A signed-in user's answers are never shared.
	signed := f.browsers["ADMIN"].post(t, `{ networkMap { nodeCount } }`, nil)
	if signed.header.Get("ETag") != "" {
		t.Error("a signed-in user's answer went through the shared cache")
	}
}

// The web app warns before a session ends and lets the user extend it:
// me tells when it ends, refreshSession restarts the idle clock, and a
// request made with a session that has ended says so by its reason.
func TestSessionEndIsToldAndCanBeExtended(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect, func(c *server.Config) { c.Sessions.Idle = time.Hour })
		b := f.browsers["EDITOR"]
		var me struct {
			Me struct{ SessionExpiresAt time.Time }
		}
		b.post(t, `{me{sessionExpiresAt}}`, nil).decode(t, &me)
		if left := time.Until(me.Me.SessionExpiresAt); left < 59*time.Minute || left > time.Hour {
			t.Fatalf("sessionExpiresAt %v: want about an hour from now (the idle expiry)", me.Me.SessionExpiresAt)
		}
		// Fifty minutes of silence leave ten; refreshing gives the full hour back.
		f.app.DB.Client.Session.Update().Where(session.AccountID(f.accounts["EDITOR"])).
			SetLastSeenAt(time.Now().Add(-50 * time.Minute)).ExecX(f.sys)
		var refreshed struct {
			RefreshSession struct {
				SessionExpiresAt   time.Time
				SessionSecondsLeft int
			}
		}
		b.post(t, `mutation{refreshSession{sessionExpiresAt sessionSecondsLeft}}`, nil).decode(t, &refreshed)
		if left := time.Until(refreshed.RefreshSession.SessionExpiresAt); left < 59*time.Minute {
			t.Errorf("after refreshSession the session ends in %v, want an hour", left)
		}
		if s := refreshed.RefreshSession.SessionSecondsLeft; s < 3540 || s > 3600 {
			t.Errorf("sessionSecondsLeft %d, want about 3600", s)
		}
		// Another account's sessionExpiresAt is not told.
		var accounts struct {
			Accounts struct {
				Edges []struct {
					Node struct {
						Email            string
						SessionExpiresAt *time.Time
					}
				}
			}
		}
		f.browsers["ADMIN"].post(t, `{accounts(first:10){edges{node{email sessionExpiresAt}}}}`, nil).decode(t, &accounts)
		for _, e := range accounts.Accounts.Edges {
			if e.Node.Email != "admin@example.fi" && e.Node.SessionExpiresAt != nil {
				t.Errorf("%s's session end is told to another account", e.Node.Email)
			}
		}

		// The session ends: the next change says why, not only "sign in".
		f.app.DB.Client.Session.Update().Where(session.AccountID(f.accounts["EDITOR"])).
			SetLastSeenAt(time.Now().Add(-61 * time.Minute)).ExecX(f.sys)
		res := b.post(t, `mutation($id:ID!){updateOrganization(id:$id,version:1,input:{shortName:"X"}){id}}`, map[string]any{"id": f.org.ID})
		if res.code() != "UNAUTHENTICATED" || res.Errors[0].Extensions["reason"] != "SESSION_EXPIRED" {
			t.Errorf("change with an ended session: %+v", res.Errors)
		}
		// An anonymous visitor who never signed in gets no such reason.
		res = f.browsers["ANONYMOUS"].post(t, `mutation($id:ID!){updateOrganization(id:$id,version:1,input:{shortName:"X"}){id}}`, map[string]any{"id": f.org.ID})
		if res.code() != "UNAUTHENTICATED" || res.Errors[0].Extensions["reason"] != nil {
			t.Errorf("anonymous change: %+v", res.Errors)
		}
		res = f.browsers["ANONYMOUS"].post(t, `mutation{refreshSession{id}}`, nil)
		if res.code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous refreshSession: %+v", res.Errors)
		}
	})
}
