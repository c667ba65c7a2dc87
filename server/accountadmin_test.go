package server_test

import (
	"encoding/json"
	"fmt"
	"testing"

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
