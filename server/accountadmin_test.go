package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/testdb"
)

// An administrator changes accounts over HTTP: a role brings what it needs
// (an editor its organisation) and drops what it no longer has; a wrong
// shape is refused naming the field; an administrator cannot demote or
// disable herself; a disabled account's session stops at once.
func TestUpdateAccount(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		{
			f := newFixture(t, dialect)
			admin := f.browsers["ADMIN"]
			update := func(id int, input string) *gqlResponse {
				return admin.post(t, `mutation($id:ID!){updateAccount(id:$id,input:`+input+`){role disabled organization{id} networks{id}}}`, map[string]any{"id": fmt.Sprint(id)})
			}
			type acc struct {
				Role         string
				Disabled     bool
				Organization *struct{ ID string }
				Networks     []struct{ ID string }
			}
			got := func(res *gqlResponse) acc {
				t.Helper()
				if len(res.Errors) > 0 {
					t.Fatalf("updateAccount: %+v", res.Errors)
				}
				var d struct{ UpdateAccount acc }
				json.Unmarshal(res.Data, &d)
				return d.UpdateAccount
			}
			viewerID := f.accounts["VIEWER"]
			a := got(update(viewerID, fmt.Sprintf(`{role:EDITOR,organizationID:"%d"}`, f.org.ID)))
			if a.Role != "EDITOR" || a.Organization == nil || a.Organization.ID != fmt.Sprint(f.org.ID) {
				t.Errorf("made an editor: %+v", a)
			}
			if a = got(update(viewerID, `{role:VIEWER}`)); a.Role != "VIEWER" || a.Organization != nil {
				t.Errorf("back to a reader: %+v (the organisation should go)", a)
			}
			res := update(viewerID, `{role:EDITOR}`)
			if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "organizationID" {
				t.Errorf("an editor without an organisation: %+v", res.Errors)
			}
			if a = got(update(viewerID, fmt.Sprintf(`{role:COORDINATOR,networkIDs:["%d","%d"]}`, f.net.ID, f.otherNet.ID))); len(a.Networks) != 2 {
				t.Errorf("made a coordinator of two networks: %+v", a)
			}
			// Herself: refused, and she stays an administrator.
			res = update(f.accounts["ADMIN"], `{disabled:true}`)
			if res.code() != "BAD_USER_INPUT" {
				t.Errorf("an administrator disabled herself: %+v", res)
			}
			res = update(f.accounts["ADMIN"], `{role:VIEWER}`)
			if res.code() != "BAD_USER_INPUT" {
				t.Errorf("an administrator demoted herself: %+v", res)
			}
			// Disabling ends the editor's session at once.
			editor := f.browsers["EDITOR"]
			if me := editor.post(t, `{me{id}}`, nil); string(me.Data) == `{"me":null}` {
				t.Fatal("the editor is not signed in to begin with")
			}
			if a = got(update(f.accounts["EDITOR"], `{disabled:true}`)); !a.Disabled {
				t.Errorf("not disabled: %+v", a)
			}
			if me := editor.post(t, `{me{id}}`, nil); string(me.Data) != `{"me":null}` {
				t.Errorf("a disabled account's session still works: %s", me.Data)
			}
		}
	})
}

// A reset link from an administrator sets a new password once: the old
// password and the account's sessions stop working, the link cannot be used
// again, a weak password leaves it unused, and an expired one fails like a
// used one.
func TestPasswordReset(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin, editor := f.browsers["ADMIN"], f.browsers["EDITOR"]
		res := admin.post(t, `mutation($id:ID!){createPasswordResetLink(accountID:$id){path expiresAt}}`, map[string]any{"id": fmt.Sprint(f.accounts["EDITOR"])})
		var d struct{ CreatePasswordResetLink struct{ Path string } }
		res.decode(t, &d)
		token, ok := strings.CutPrefix(d.CreatePasswordResetLink.Path, "/reset-password#token=")
		if !ok || len(token) < 40 {
			t.Fatalf("link %q", d.CreatePasswordResetLink.Path)
		}
		anon := f.app.browser(t)
		reset := func(token, password string) *gqlResponse {
			return anon.post(t, `mutation($t:String!,$p:String!){resetPassword(token:$t,password:$p)}`, map[string]any{"t": token, "p": password})
		}
		if res := reset(token, "short"); res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "password" {
			t.Errorf("a weak password: %+v", res.Errors)
		}
		if res := reset(token, "a brand new password"); len(res.Errors) > 0 {
			t.Fatalf("reset: %+v", res.Errors)
		}
		if res := reset(token, "another new password"); res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "token" {
			t.Errorf("the link used twice: %+v", res.Errors)
		}
		if me := editor.post(t, `{me{id}}`, nil); string(me.Data) != `{"me":null}` {
			t.Errorf("the old session still works after the reset: %s", me.Data)
		}
		login := func(password string) *gqlResponse {
			return f.app.browser(t).post(t, `mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`, map[string]any{"e": "editor@example.fi", "p": password})
		}
		if res := login(testPassword); res.code() != "UNAUTHENTICATED" {
			t.Errorf("the old password still signs in: %+v", res)
		}
		if res := login("a brand new password"); len(res.Errors) > 0 {
			t.Errorf("the new password: %+v", res.Errors)
		}
		// Expired: refused like a used link.
		res = admin.post(t, `mutation($id:ID!){createPasswordResetLink(accountID:$id){path}}`, map[string]any{"id": fmt.Sprint(f.accounts["VIEWER"])})
		res.decode(t, &d)
		token, _ = strings.CutPrefix(d.CreatePasswordResetLink.Path, "/reset-password#token=")
		f.app.DB.Client.PasswordReset.Update().SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(f.sys)
		if res := reset(token, "a brand new password"); res.code() != "BAD_USER_INPUT" {
			t.Errorf("an expired link: %+v", res.Errors)
		}
	})
}
