package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

const testPassword = "correct horse battery staple"

// browser is an HTTP client with its own cookie jar: one signed-in user.
type browser struct {
	app *testApp
	hc  *http.Client
}

func (a *testApp) browser(t *testing.T) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{app: a, hc: &http.Client{Jar: jar}}
}

func (b *browser) post(t *testing.T, query string, vars map[string]any) *gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b.app.postWith(t, b.hc, body, "application/json")
}

func (b *browser) login(t *testing.T, email string) {
	t.Helper()
	res := b.post(t, `mutation($e:String!,$p:String!){login(email:$e,password:$p){id}}`, map[string]any{"e": email, "p": testPassword})
	if len(res.Errors) > 0 {
		t.Fatalf("login %s: %+v", email, res.Errors)
	}
}

// fixture is a small world of its own next to the demo data: an editor's
// organisation, another organisation, a coordinator's network, a shelter
// with a confidential address, and one signed-in browser per role.
type fixture struct {
	app                 *testApp
	sys                 context.Context
	org, other, shelter *ent.Organization
	net, otherNet       *ent.Network
	browsers            map[string]*browser // by role; "ANONYMOUS" has no session
	accounts            map[string]int
	canary              string
}

var roles = []string{"ANONYMOUS", "VIEWER", "EDITOR", "COORDINATOR", "ADMIN"}

func newFixture(t *testing.T, dialect string, mutate ...func(*server.Config)) *fixture {
	t.Helper()
	a := startApp(t, dialect, mutate...)
	sys := viewer.SystemContext(context.Background())
	c := a.DB.Client
	f := &fixture{app: a, sys: sys, browsers: map[string]*browser{}, accounts: map[string]int{}, canary: "Kanarialinnuntie 13 CANARY"}
	f.org = c.Organization.Create().SetNameFi("Testiyhdistys").SetSector("NGO").SaveX(sys)
	f.other = c.Organization.Create().SetNameFi("Toinen yhdistys").SetSector("NGO").SaveX(sys)
	f.shelter = c.Organization.Create().SetNameFi("Testiturvakoti").SetSector("NGO").
		SetAddress(f.canary).SetAddressConfidential(true).SaveX(sys)
	f.net = c.Network.Create().SetNameFi("Testiverkosto").SetKind(network.KindWORKING_GROUP).SetLevel(network.LevelMUNICIPAL).SaveX(sys)
	f.otherNet = c.Network.Create().SetNameFi("Toinen verkosto").SetKind(network.KindFORUM).SetLevel(network.LevelMUNICIPAL).SaveX(sys)
	specs := map[string]edit.NewAccount{
		"VIEWER":      {Role: viewer.RoleViewer},
		"EDITOR":      {Role: viewer.RoleEditor, OrganizationID: &f.org.ID},
		"COORDINATOR": {Role: viewer.RoleCoordinator, NetworkIDs: []int{f.net.ID}},
		"ADMIN":       {Role: viewer.RoleAdmin},
	}
	for role, spec := range specs {
		spec.Email = strings.ToLower(role) + "@example.fi"
		spec.Password = testPassword
		acc, err := edit.CreateAccount(sys, c, spec, nil)
		if err != nil {
			t.Fatal(err)
		}
		f.accounts[role] = acc.ID
	}
	for _, role := range roles {
		b := a.browser(t)
		if role != "ANONYMOUS" {
			b.login(t, strings.ToLower(role)+"@example.fi")
		}
		f.browsers[role] = b
	}
	return f
}

func (f *fixture) membership(status membership.Status, org int) *ent.Membership {
	return f.app.DB.Client.Membership.Create().SetOrganizationID(org).SetNetworkID(f.net.ID).
		SetStatus(status).SaveX(f.sys)
}

// mutationCase is one row of the permission matrix: the mutation, how to
// set the stage for one attempt, and the roles that may do it.
type mutationCase struct {
	name    string
	allowed []string
	run     func(f *fixture, b *browser, t *testing.T) *gqlResponse
	// invisible: the target is a pending request the others cannot even
	// see, so they get NOT_FOUND rather than a refusal that confirms it exists.
	invisible bool
}

func mutationCases() []mutationCase {
	return []mutationCase{
		{"login", roles, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return f.app.browser(t).post(t, `mutation{login(email:"viewer@example.fi",password:"correct horse battery staple"){id}}`, nil)
		}, false},
		{"logout", roles, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			nb := f.app.browser(t)
			return nb.post(t, `mutation{logout}`, nil)
		}, false},
		{"refreshSession", []string{"VIEWER", "EDITOR", "COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation{refreshSession{id}}`, nil)
		}, false},
		{"relayoutMap", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation{relayoutMap}`, nil)
		}, false},
		{"createOrganization", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation{createOrganization(input:{nameFi:"Uusi",sector:NGO}){id}}`, nil)
		}, false},
		{"updateOrganization", []string{"EDITOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			o := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID)
			return b.post(t, `mutation($id:ID!,$v:Int!){updateOrganization(id:$id,version:$v,input:{description:"Päivitetty"}){id}}`,
				map[string]any{"id": fmt.Sprint(o.ID), "v": o.Version})
		}, false},
		{"updateOrganization.sector", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			o := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID)
			return b.post(t, `mutation($id:ID!,$v:Int!){updateOrganization(id:$id,version:$v,input:{sector:PARISH}){id}}`,
				map[string]any{"id": fmt.Sprint(o.ID), "v": o.Version})
		}, false},
		{"updateOrganization.other", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			o := f.app.DB.Client.Organization.GetX(f.sys, f.other.ID)
			return b.post(t, `mutation($id:ID!,$v:Int!){updateOrganization(id:$id,version:$v,input:{description:"x"}){id}}`,
				map[string]any{"id": fmt.Sprint(o.ID), "v": o.Version})
		}, false},
		{"createNetwork", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation{createNetwork(input:{nameFi:"Uusi ryhmä",kind:WORKING_GROUP,level:MUNICIPAL}){id}}`, nil)
		}, false},
		{"updateNetwork", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			n := f.app.DB.Client.Network.GetX(f.sys, f.net.ID)
			return b.post(t, `mutation($id:ID!,$v:Int!){updateNetwork(id:$id,version:$v,input:{meetingsPerYear:6}){id}}`,
				map[string]any{"id": fmt.Sprint(n.ID), "v": n.Version})
		}, false},
		{"updateNetwork.other", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			n := f.app.DB.Client.Network.GetX(f.sys, f.otherNet.ID)
			return b.post(t, `mutation($id:ID!,$v:Int!){updateNetwork(id:$id,version:$v,input:{meetingsPerYear:6}){id}}`,
				map[string]any{"id": fmt.Sprint(n.ID), "v": n.Version})
		}, false},
		{"requestMembership", []string{"EDITOR", "COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			f.app.DB.Client.Membership.Delete().Where(membership.OrganizationID(f.org.ID)).ExecX(f.sys)
			return b.post(t, `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n,representative:"toiminnanjohtaja"}){id status}}`,
				map[string]any{"o": fmt.Sprint(f.org.ID), "n": fmt.Sprint(f.net.ID)})
		}, false},
		{"requestMembership.otherOrganization", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			f.app.DB.Client.Membership.Delete().Where(membership.OrganizationID(f.other.ID)).ExecX(f.sys)
			return b.post(t, `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`,
				map[string]any{"o": fmt.Sprint(f.other.ID), "n": fmt.Sprint(f.net.ID)})
		}, false},
		{"approveMembership", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			m := f.membership(membership.StatusPENDING, f.org.ID)
			return b.post(t, `mutation($id:ID!){approveMembership(id:$id){id status}}`, map[string]any{"id": fmt.Sprint(m.ID)})
		}, true},
		{"declineMembership", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			m := f.membership(membership.StatusPENDING, f.org.ID)
			return b.post(t, `mutation($id:ID!){declineMembership(id:$id,reason:"Ei toimialuetta"){id}}`, map[string]any{"id": fmt.Sprint(m.ID)})
		}, true},
		{"endMembership", []string{"EDITOR", "COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			m := f.membership(membership.StatusACTIVE, f.org.ID)
			return b.post(t, `mutation($id:ID!){endMembership(id:$id,endDate:"2025-12-31"){id}}`, map[string]any{"id": fmt.Sprint(m.ID)})
		}, false},
		{"updatePreferences", []string{"VIEWER", "EDITOR", "COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation{updatePreferences(language:en,notificationsOff:[STALE_DIGEST]){language notificationsOff}}`, nil)
		}, false},
		// Each marks a notification of its own (another's is not found: mail_test.go).
		{"markNotificationRead", []string{"VIEWER", "EDITOR", "COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			owner := f.accounts["ADMIN"]
			for role, rb := range f.browsers {
				if rb == b && role != "ANONYMOUS" {
					owner = f.accounts[role]
				}
			}
			m := f.app.DB.Client.Message.Create().SetKey(fmt.Sprintf("test:%d:%d", owner, time.Now().UnixNano())).
				SetKind("STALE_ENTRY").SetAccountID(owner).SetSubject("s").SetBody("b").SaveX(f.sys)
			return b.post(t, `mutation($id:ID!){markNotificationRead(id:$id){read}}`, map[string]any{"id": fmt.Sprint(m.ID)})
		}, false},
		{"confirmOrganization", []string{"EDITOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation($id:ID!){confirmOrganization(id:$id){lastConfirmedAt}}`, map[string]any{"id": fmt.Sprint(f.org.ID)})
		}, false},
		{"confirmNetwork", []string{"COORDINATOR", "ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation($id:ID!){confirmNetwork(id:$id){lastConfirmedAt}}`, map[string]any{"id": fmt.Sprint(f.net.ID)})
		}, false},
		{"updateCoverageTemplate", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			id := f.app.DB.Client.CoverageTemplate.Query().FirstIDX(f.sys)
			return b.post(t, `mutation($id:ID!){updateCoverageTemplate(id:$id,input:{nameEn:"Adapted"}){id}}`, map[string]any{"id": fmt.Sprint(id)})
		}, false},
		{"createAccount", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			email := fmt.Sprintf("new%d@example.fi", len(f.app.DB.Client.Account.Query().AllX(f.sys)))
			return b.post(t, `mutation($e:String!){createAccount(input:{email:$e,password:"a long enough password",role:VIEWER}){id}}`, map[string]any{"e": email})
		}, false},
		{"updateAccount", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			email := fmt.Sprintf("target%d@example.fi", len(f.app.DB.Client.Account.Query().AllX(f.sys)))
			a := f.app.DB.Client.Account.Create().SetEmail(email).SetPasswordHash("unused").SetRole(viewer.RoleViewer).SaveX(f.sys)
			return b.post(t, `mutation($id:ID!){updateAccount(id:$id,input:{disabled:true}){disabled}}`, map[string]any{"id": fmt.Sprint(a.ID)})
		}, false},
		{"createPasswordResetLink", []string{"ADMIN"}, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			return b.post(t, `mutation($id:ID!){createPasswordResetLink(accountID:$id){path}}`, map[string]any{"id": fmt.Sprint(f.accounts["VIEWER"])})
		}, false},
		// Anyone holding a link's token may use it (a new one for each role).
		{"resetPassword", roles, func(f *fixture, b *browser, t *testing.T) *gqlResponse {
			email := fmt.Sprintf("forgot%d@example.fi", len(f.app.DB.Client.Account.Query().AllX(f.sys)))
			a := f.app.DB.Client.Account.Create().SetEmail(email).SetPasswordHash("unused").SetRole(viewer.RoleViewer).SaveX(f.sys)
			token, _, err := auth.NewPasswordReset(f.sys, f.app.DB.Client, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			return b.post(t, `mutation($t:String!){resetPassword(token:$t,password:"a long enough new password")}`, map[string]any{"t": token})
		}, false},
	}
}

// queryCase is a row for a restricted field: what each role gets.
type queryCase struct {
	name  string
	query string
	// check returns "" when the role got what it should, or what was wrong.
	check func(f *fixture, role string, res *gqlResponse) string
}

// sessionEndOnlyOnMe checks that field is set on me for every signed-in
// role and null on every account in the accounts list but the reader's own.
func sessionEndOnlyOnMe(field string) func(f *fixture, role string, res *gqlResponse) string {
	return func(f *fixture, role string, res *gqlResponse) string {
		var d struct {
			Me       map[string]any
			Accounts *struct {
				Edges []struct{ Node map[string]any }
			}
		}
		json.Unmarshal(res.Data, &d)
		if role == "ANONYMOUS" {
			if d.Me != nil {
				return fmt.Sprintf("anonymous has me: %v", d.Me)
			}
			return ""
		}
		if d.Me == nil || d.Me[field] == nil {
			return fmt.Sprintf("me.%s missing: %+v %+v", field, d.Me, res.Errors)
		}
		if d.Accounts != nil {
			for _, e := range d.Accounts.Edges {
				if e.Node[field] != nil && e.Node["email"] != strings.ToLower(role)+"@example.fi" {
					return fmt.Sprintf("%s of %v shown to %s", field, e.Node["email"], role)
				}
			}
		}
		return ""
	}
}

func denyFor(allowed ...string) func(f *fixture, role string, res *gqlResponse) string {
	return func(f *fixture, role string, res *gqlResponse) string {
		return expectAllowed(slices.Contains(allowed, role), role, res)
	}
}

func expectAllowed(allowed bool, role string, res *gqlResponse) string {
	want := ""
	if !allowed {
		want = "FORBIDDEN"
		if role == "ANONYMOUS" {
			want = "UNAUTHENTICATED"
		}
	}
	if res.code() != want {
		return fmt.Sprintf("code %q, want %q (%+v)", res.code(), want, res.Errors)
	}
	return ""
}

func containsFor(needle string, seers ...string) func(f *fixture, role string, res *gqlResponse) string {
	return func(f *fixture, role string, res *gqlResponse) string {
		if len(res.Errors) > 0 {
			if !slices.Contains(seers, role) && expectAllowed(false, role, res) == "" {
				return "" // refused outright: sees nothing
			}
			return fmt.Sprintf("errors: %+v", res.Errors)
		}
		if got, want := strings.Contains(string(res.Data), needle), slices.Contains(seers, role); got != want {
			return fmt.Sprintf("sees %q: %v, want %v", needle, got, want)
		}
		return ""
	}
}

func queryCases(f *fixture) []queryCase {
	readers := roles // the fixture's instance is public (--public-read)
	shelter := fmt.Sprint(f.shelter.ID)
	return []queryCase{
		{"Query.node", `{node(id:"` + fmt.Sprint(f.org.ID) + `"){id}}`, denyFor(readers...)},
		{"Query.nodes", `{nodes(ids:["` + fmt.Sprint(f.org.ID) + `"]){id}}`, denyFor(readers...)},
		{"Query.organizations", `{organizations(first:1){totalCount}}`, denyFor(readers...)},
		{"Query.networks", `{networks(first:1){totalCount}}`, denyFor(readers...)},
		{"Query.memberships", `{memberships(first:1){totalCount}}`, denyFor(readers...)},
		{"Query.areas", `{areas(first:1){totalCount}}`, denyFor(readers...)},
		{"Query.search", `{search(query:"testi"){__typename}}`, denyFor(readers...)},
		{"Query.networkMap", `{networkMap{nodeCount}}`, denyFor(readers...)},
		// Pending requests into f.net (the mutations above leave the
		// editor's own) are their sides' to see, on the map too.
		{"Query.networkMap.pending", `{networkMap(filter:{status:[PENDING]}){data}}`, containsFor("PENDING", "EDITOR", "COORDINATOR", "ADMIN")},
		{"Query.coverage", `{coverage(area:"1"){total}}`, denyFor(readers...)},
		{"Query.insight", `{insight(area:"1"){__typename}}`, denyFor(readers...)},
		{"Query.coverageTemplates", `{coverageTemplates{key}}`, denyFor(readers...)},
		{"Query.me", `{me{email}}`, func(f *fixture, role string, res *gqlResponse) string {
			var d struct{ Me *struct{ Email string } }
			json.Unmarshal(res.Data, &d)
			if role == "ANONYMOUS" && d.Me == nil || d.Me != nil && d.Me.Email == strings.ToLower(role)+"@example.fi" {
				return ""
			}
			return fmt.Sprintf("me = %+v (%+v)", d.Me, res.Errors)
		}},
		{"Query.accounts", `{accounts{totalCount}}`, func(f *fixture, role string, res *gqlResponse) string {
			if msg := expectAllowed(role != "ANONYMOUS", role, res); msg != "" || role == "ANONYMOUS" {
				return msg
			}
			var d struct{ Accounts struct{ TotalCount int } }
			json.Unmarshal(res.Data, &d)
			if want := map[bool]int{true: 4, false: 1}[role == "ADMIN"]; d.Accounts.TotalCount < want || role != "ADMIN" && d.Accounts.TotalCount != 1 {
				return fmt.Sprintf("sees %d accounts", d.Accounts.TotalCount)
			}
			return ""
		}},
		{"Query.diff", `{diff(from:"2024-01-01",to:"2024-12-31"){totalCount}}`, denyFor(readers...)},
		{"Query.notifications", `{notifications{id}}`, denyFor(readers...)},
		{"Query.changes", `{changes(first:5){totalCount}}`, denyFor("VIEWER", "EDITOR", "COORDINATOR", "ADMIN")},
		{"Organization.address", `{node(id:"` + shelter + `"){...on Organization{address}}}`, containsFor("CANARY", "ADMIN")},
		{"Organization.address.search", `{search(query:"Testiturvakoti"){...on Organization{address}}}`, containsFor("CANARY", "ADMIN")},
		{"Membership.pending", `{node(id:"` + fmt.Sprint(f.net.ID) + `"){...on Network{memberships(first:50){edges{node{status}}}}}}`,
			containsFor("PENDING", "EDITOR", "COORDINATOR", "ADMIN")},
		{"Account.email", `{accounts{edges{node{email}}}}`, containsFor("editor@example.fi", "EDITOR", "ADMIN")},
		// A session's end is told only to its own account, on me.
		{"Account.sessionExpiresAt", `{me{sessionExpiresAt} accounts{edges{node{email sessionExpiresAt}}}}`, sessionEndOnlyOnMe("sessionExpiresAt")},
		{"Account.sessionSecondsLeft", `{me{sessionSecondsLeft} accounts{edges{node{email sessionSecondsLeft}}}}`, sessionEndOnlyOnMe("sessionSecondsLeft")},
		{"Account.organization", `{me{organization{nameFi}}}`, containsFor("Testiyhdistys", "EDITOR")},
		{"Account.networks", `{me{networks{nameFi}}}`, containsFor("Testiverkosto", "COORDINATOR")},
		{"Change.fields", `{changes(first:100){edges{node{fields{field after}}}}}`, func(f *fixture, role string, res *gqlResponse) string {
			if role == "ANONYMOUS" {
				return expectAllowed(false, role, res)
			}
			return containsFor("Kanarialinnuntie", "ADMIN")(f, role, res)
		}},
		{"Change.actor", `{changes(first:100){edges{node{actor{email}}}}}`, func(f *fixture, role string, res *gqlResponse) string {
			if role == "ANONYMOUS" {
				return expectAllowed(false, role, res)
			}
			// Only admins see who else changed things; everyone sees their own.
			return containsFor("admin@example.fi", "ADMIN")(f, role, res)
		}},
	}
}

// TestPermissionMatrix walks roles × every mutation and every restricted
// field. It fails when the schema gains a mutation, a root query field or a
// field of a restricted type (Account, Change) that has no row here.
func TestPermissionMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		ctx := f.sys
		// A pending membership and an admin's address change for the read rows.
		f.membership(membership.StatusPENDING, f.other.ID)
		admin := f.browsers["ADMIN"]
		sh := f.app.DB.Client.Organization.GetX(ctx, f.shelter.ID)
		if res := admin.post(t, `mutation($id:ID!,$v:Int!){updateOrganization(id:$id,version:$v,input:{address:"Kanarialinnuntie 14 CANARY"}){id}}`,
			map[string]any{"id": fmt.Sprint(sh.ID), "v": sh.Version}); len(res.Errors) > 0 {
			t.Fatal(res.Errors)
		}

		mutations := mutationCases()
		queries := queryCases(f)
		covered := map[string]bool{}
		for _, c := range mutations {
			covered["Mutation."+strings.Split(c.name, ".")[0]] = true
		}
		for _, c := range queries {
			parts := strings.Split(c.name, ".")
			covered[parts[0]+"."+parts[1]] = true
		}
		var schema struct {
			Schema struct {
				Types []struct {
					Name   string
					Fields []struct{ Name string }
				}
			} `json:"__schema"`
		}
		f.app.post(t, `{__schema{types{name fields{name}}}}`, nil).decode(t, &schema)
		for _, typ := range schema.Schema.Types {
			if !slices.Contains([]string{"Mutation", "Query", "Account", "Change"}, typ.Name) {
				continue
			}
			for _, fld := range typ.Fields {
				key := typ.Name + "." + fld.Name
				if !covered[key] && !slices.Contains(unrestricted, key) {
					t.Errorf("%s has no row in the permission matrix", key)
				}
			}
		}

		for _, c := range mutations {
			for _, role := range roles {
				res := c.run(f, f.browsers[role], t)
				if c.invisible && (role == "ANONYMOUS" || role == "VIEWER") && res.code() == "NOT_FOUND" {
					continue
				}
				if msg := expectAllowed(slices.Contains(c.allowed, role), role, res); msg != "" {
					t.Errorf("%s as %s: %s", c.name, role, msg)
				}
			}
		}
		for _, c := range queries {
			for _, role := range roles {
				res := f.browsers[role].post(t, c.query, nil)
				if msg := c.check(f, role, res); msg != "" {
					t.Errorf("%s as %s: %s", c.name, role, msg)
				}
			}
		}
	})
}

// unrestricted fields are the same for every reader: plain data of a
// restricted type that its row-level rule already covers.
var unrestricted = []string{"Account.id", "Account.createdAt", "Account.updatedAt", "Account.role", "Account.disabled",
	"Account.lastLoginAt", "Account.language", "Account.notificationsOff", "Account.joinRequestDigest", "Change.id", "Change.at", "Change.actorRole", "Change.entityID", "Change.entityType",
	"Change.operation", "Change.entity", "Change.label"}

func TestNotPublicWithoutPublicRead(t *testing.T) {
	f := newFixture(t, "sqlite", func(c *server.Config) { c.PublicRead = false })
	for _, q := range []string{`{organizations(first:1){totalCount}}`, `{networkMap{nodeCount}}`, `{search(query:"poliisi"){__typename}}`, `{areas{totalCount}}`} {
		if res := f.browsers["ANONYMOUS"].post(t, q, nil); res.code() != "UNAUTHENTICATED" {
			t.Errorf("%s anonymously: code %q, want UNAUTHENTICATED", q, res.code())
		}
		if res := f.browsers["VIEWER"].post(t, q, nil); len(res.Errors) > 0 {
			t.Errorf("%s as a viewer: %+v", q, res.Errors)
		}
	}
}

// TestConcurrentEditorsLoseNothing: 16 editors save at once from the same
// version; exactly one wins, the others get CONFLICT and change nothing.
func TestConcurrentEditorsLoseNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		var wg sync.WaitGroup
		results := make([]*gqlResponse, 16)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = f.browsers["ADMIN"].post(t, `mutation($id:ID!,$d:String!){updateOrganization(id:$id,version:1,input:{description:$d}){version description}}`,
					map[string]any{"id": fmt.Sprint(f.org.ID), "d": fmt.Sprintf("kuvaus %d", i)})
			}()
		}
		wg.Wait()
		won, winner := 0, ""
		for i, res := range results {
			switch res.code() {
			case "":
				won++
				winner = fmt.Sprintf("kuvaus %d", i)
			case "CONFLICT":
				if v, _ := res.Errors[0].Extensions["currentVersion"].(float64); v != 2 {
					t.Errorf("conflict names version %v, want 2", res.Errors[0].Extensions["currentVersion"])
				}
			default:
				t.Errorf("unexpected answer: %+v", res.Errors)
			}
		}
		if won != 1 {
			t.Fatalf("%d saves won, want exactly 1", won)
		}
		o := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID)
		if o.Version != 2 || o.Description != winner {
			t.Errorf("stored version %d %q, want 2 %q", o.Version, o.Description, winner)
		}
		n := f.app.DB.Client.Change.Query().Where(change.EntityID(f.org.ID)).CountX(f.sys)
		if n != 1 {
			t.Errorf("%d audit records, want 1 (the losers wrote nothing)", n)
		}
	})
}

func TestIdempotentCreates(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		before := f.app.DB.Client.Organization.Query().CountX(f.sys)
		q := `mutation{createOrganization(idempotencyKey:"7f1c-retry",input:{nameFi:"Kertaalleen",sector:NGO}){id}}`
		var ids []string
		for range 3 {
			var d struct{ CreateOrganization struct{ ID string } }
			f.browsers["ADMIN"].post(t, q, nil).decode(t, &d)
			ids = append(ids, d.CreateOrganization.ID)
		}
		if ids[0] != ids[1] || ids[1] != ids[2] {
			t.Errorf("retries created different organisations: %v", ids)
		}
		if after := f.app.DB.Client.Organization.Query().CountX(f.sys); after != before+1 {
			t.Errorf("%d organisations created, want 1", after-before)
		}
		// Another account's identical key is its own.
		var d struct{ CreateOrganization struct{ ID string } }
		f.browsers["COORDINATOR"].post(t, q, nil).decode(t, &d)
		if d.CreateOrganization.ID == ids[0] {
			t.Error("another account's key returned the first account's organisation")
		}
	})
}

// TestMembershipWorkflowAndAudit: an editor asks to join, the coordinator
// approves, the editor leaves; every step is audited with its fields.
func TestMembershipWorkflowAndAudit(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		editor, coord := f.browsers["EDITOR"], f.browsers["COORDINATOR"]
		var req struct{ RequestMembership struct{ ID, Status string } }
		editor.post(t, `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n,role:MEMBER,representative:"toiminnanjohtaja",startDate:"2025-01-01"}){id status}}`,
			map[string]any{"o": fmt.Sprint(f.org.ID), "n": fmt.Sprint(f.net.ID)}).decode(t, &req)
		if req.RequestMembership.Status != "PENDING" {
			t.Fatalf("status %s, want PENDING", req.RequestMembership.Status)
		}
		id := req.RequestMembership.ID
		if res := editor.post(t, `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`,
			map[string]any{"o": fmt.Sprint(f.org.ID), "n": fmt.Sprint(f.net.ID)}); res.code() != "CONFLICT" {
			t.Errorf("asking twice: code %q, want CONFLICT", res.code())
		}
		// The public does not see a pending request.
		if res := f.browsers["ANONYMOUS"].post(t, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id}); strings.Contains(string(res.Data), id) {
			t.Error("anonymous visitor sees a pending request")
		}
		if res := editor.post(t, `mutation($id:ID!){approveMembership(id:$id){id}}`, map[string]any{"id": id}); res.code() != "FORBIDDEN" {
			t.Errorf("editor approving its own request: %q", res.code())
		}
		var ok struct{ ApproveMembership struct{ Status string } }
		coord.post(t, `mutation($id:ID!){approveMembership(id:$id,version:1){status}}`, map[string]any{"id": id}).decode(t, &ok)
		if ok.ApproveMembership.Status != "ACTIVE" {
			t.Errorf("approved status %s", ok.ApproveMembership.Status)
		}
		if res := coord.post(t, `mutation($id:ID!){approveMembership(id:$id){status}}`, map[string]any{"id": id}); res.code() != "CONFLICT" {
			t.Errorf("approving twice: %q", res.code())
		}
		if res := editor.post(t, `mutation($id:ID!){endMembership(id:$id,endDate:"2024-12-31"){status}}`, map[string]any{"id": id}); res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "endDate" {
			t.Errorf("ending before the start: %+v", res.Errors)
		}
		var ended struct {
			EndMembership struct{ Status, EndDate string }
		}
		editor.post(t, `mutation($id:ID!){endMembership(id:$id,endDate:"2025-06-30"){status endDate}}`, map[string]any{"id": id}).decode(t, &ended)
		if ended.EndMembership.Status != "ENDED" || ended.EndMembership.EndDate != "2025-06-30" {
			t.Errorf("ended: %+v", ended.EndMembership)
		}
		var hist struct {
			Changes struct {
				Edges []struct {
					Node struct {
						Operation, ActorRole string
						Actor                *struct{ Email string }
						Fields               []struct{ Field, Before, After string }
					}
				}
			}
		}
		f.browsers["ADMIN"].post(t, `query($id:ID!){changes(entity:$id){edges{node{operation actorRole actor{email} fields{field before after}}}}}`,
			map[string]any{"id": id}).decode(t, &hist)
		var steps []string
		for _, e := range hist.Changes.Edges {
			steps = append(steps, e.Node.Operation+":"+e.Node.ActorRole)
		}
		if want := []string{"UPDATE:EDITOR", "UPDATE:COORDINATOR", "CREATE:EDITOR"}; !slices.Equal(steps, want) {
			t.Fatalf("history %v, want %v (newest first)", steps, want)
		}
		last := hist.Changes.Edges[0].Node
		if last.Actor == nil || last.Actor.Email != "editor@example.fi" {
			t.Errorf("actor %+v", last.Actor)
		}
		if !slices.ContainsFunc(last.Fields, func(fc struct{ Field, Before, After string }) bool {
			return fc.Field == "status" && fc.Before == `"ACTIVE"` && fc.After == `"ENDED"`
		}) {
			t.Errorf("fields %+v lack status ACTIVE → ENDED", last.Fields)
		}
	})
}

// TestValidationWritesNothing: each bad input is refused naming its field,
// and the entry is unchanged (no version bump, no audit record).
func TestValidationWritesNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		admin := f.browsers["ADMIN"]
		long := strings.Repeat("x", 301)
		cases := []struct{ input, field string }{
			{`{businessID:"1234567-8"}`, "businessID"},
			{`{email:"not an email"}`, "email"},
			{`{website:"javascript:alert(1)"}`, "website"},
			{`{nameFi:"` + long + `"}`, "nameFi"},
			{`{nameFi:""}`, "nameFi"},
		}
		for _, c := range cases {
			res := admin.post(t, `mutation($id:ID!){updateOrganization(id:$id,version:1,input:`+c.input+`){id}}`, map[string]any{"id": fmt.Sprint(f.org.ID)})
			if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != c.field {
				t.Errorf("%s: %+v, want BAD_USER_INPUT naming %s", c.input, res.Errors, c.field)
			}
		}
		res := admin.post(t, `mutation($id:ID!){updateNetwork(id:$id,version:1,input:{startedOn:"2024-01-01",endedOn:"2023-01-01"}){id}}`, map[string]any{"id": fmt.Sprint(f.net.ID)})
		if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "endedOn" {
			t.Errorf("end before start: %+v", res.Errors)
		}
		res = admin.post(t, `mutation{createAccount(input:{email:"short@example.fi",password:"short",role:VIEWER}){id}}`, nil)
		if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "password" {
			t.Errorf("short password: %+v", res.Errors)
		}
		res = admin.post(t, `mutation{createAccount(input:{email:"ed@example.fi",password:"long enough password",role:EDITOR}){id}}`, nil)
		if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != "organizationID" {
			t.Errorf("editor without organisation: %+v", res.Errors)
		}
		if o := f.app.DB.Client.Organization.GetX(f.sys, f.org.ID); o.Version != 1 || o.BusinessID != nil {
			t.Errorf("organisation changed: version %d", o.Version)
		}
		if n := f.app.DB.Client.Change.Query().CountX(f.sys); n != 0 {
			t.Errorf("%d audit records written by refused changes", n)
		}
		if n := f.app.DB.Client.Organization.Query().Where(organization.NameFi("")).CountX(f.sys); n != 0 {
			t.Error("an empty name was stored")
		}
	})
}
