package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/coveragetemplate"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

// secret is something only some readers may see.
type secret string

const (
	// The shelter's confidential address: its own editors and administrators.
	address secret = "confidential address"
	// The shelter's pending request into the coordinator's network, and
	// its declined one: the two sides and administrators.
	pending  secret = "pending membership"
	declined secret = "declined membership"
)

// readPath is one way to read data from outside: a GraphQL document (sent
// by POST and by GET) or a GET route.
type readPath struct {
	// fields are the schema fields (Type.field) this path reads through.
	fields []string
	query  string // a GraphQL document, or a URL path for a route
	route  bool
	// shows lists the secrets every one of their seers must find here;
	// every other reader must find no secret at all.
	shows []secret
	// seenBy, if set, limits the seers who find them to these roles.
	seenBy []string
}

// readPaths lists every read path. To add one: put its schema fields (or
// its route pattern) in fields and a query that reads the shelter and the
// hidden memberships through it; {S}, {P}, {D}, {N}, {C} and {ROOT} stand
// for the shelter, the pending and the declined membership, the network,
// a county and the country.
var readPaths = []readPath{
	{fields: []string{"Query.node"}, shows: []secret{address, pending, declined},
		query: `{s:node(id:"{S}"){...on Organization{address}} p:node(id:"{P}"){id ...on Membership{representative}} d:node(id:"{D}"){id ...on Membership{declineReason}}}`},
	{fields: []string{"Query.nodes"}, shows: []secret{address, pending, declined},
		query: `{nodes(ids:["{S}","{P}","{D}"]){id ...on Organization{address} ...on Membership{representative declineReason}}}`},
	{fields: []string{"Query.organizations", "Organization.address", "Organization.memberships", "Organization.units", "Organization.parent"},
		shows: []secret{address, pending, declined},
		query: `{organizations(first:2,where:{id:"{S}"}){edges{node{address memberships(first:20){edges{node{id representative declineReason}}}
			parent{address} units{address}}}}
			pendingMatches:organizations(where:{hasMembershipsWith:{representativeHasPrefix:"PIILO-PENDING"}}){totalCount}
			declinedMatches:organizations(where:{hasMembershipsWith:{declineReasonHasPrefix:"PIILO-DECLINED"}}){totalCount}}`},
	{fields: []string{"Query.networks", "Network.memberships", "Membership.organization", "Network.coordinator"},
		shows: []secret{address, pending, declined},
		query: `{networks(first:5,where:{id:"{N}"}){edges{node{coordinator{address} memberships(first:20){edges{node{id representative declineReason organization{address}}}}}}}
			pendingMatches:networks(where:{hasMembershipsWith:{representativeHasPrefix:"PIILO-PENDING"}}){totalCount}
			declinedMatches:networks(where:{hasMembershipsWith:{declineReasonHasPrefix:"PIILO-DECLINED"}}){totalCount}}`},
	{fields: []string{"Query.memberships"}, shows: []secret{address, pending, declined},
		query: `{memberships(first:100,where:{hasNetworkWith:{id:"{N}"}}){edges{node{id representative declineReason organization{address}}}}}`},
	{fields: []string{"Query.areas", "Area.homeOrganizations", "Area.operatingOrganizations"}, shows: []secret{address, pending, declined},
		query: `{areas(first:1,where:{id:"{ROOT}"}){edges{node{
			homeOrganizations(first:2,where:{id:"{S}"}){edges{node{address memberships(first:20){edges{node{id representative declineReason}}}}}}
			operatingOrganizations(first:2,where:{id:"{S}"}){edges{node{address}}}}}}}`},
	{fields: []string{"Query.search"}, shows: []secret{address, pending, declined},
		query: `{search(query:"Testiturvakoti"){...on Organization{address memberships{edges{node{id representative declineReason}}}}}}`},
	// The map shows no addresses and no declined requests to anyone.
	{fields: []string{"Query.networkMap"}, shows: []secret{pending},
		query: `{all:networkMap{data} hidden:networkMap(filter:{status:[PENDING,DECLINED]}){data} past:networkMap(filter:{asOf:"2020-01-01",status:[PENDING]}){data}}`},
	// Coverage is the same for every reader: it counts only public memberships
	// (a leaked pending membership would list the shelter as the county
	// group's coordinator).
	{fields: []string{"Query.coverage", "ExpectationResult.organizations", "ExpectationResult.suggestions"},
		query: `{coverage(area:"{C}"){expectations{rule organizations{countedID:id address} suggestions{address}}}}`},
	{fields: []string{"Query.coverageTemplates"}, query: `{coverageTemplates{key}}`},
	// Insight, like coverage, is the same for every reader and counts only
	// public memberships (a leaked pending membership would list the
	// shelter among the network's members).
	{fields: []string{"Query.insight", "NetworkOverlap.shared", "NetworkOverlap.onlyInA", "NetworkOverlap.onlyInB",
		"OrganizationLoad.organization", "Bridge.organization", "SinglePoint.organization", "CoMembershipTie.a",
		"CoMembershipTie.b", "LeftOutOrganization.organization", "Organization.load", "Organization.bridgeScore",
		"Network.overlappingNetworks"},
		query: `{insight(area:"{C}"){overlaps{nodes{shared{countedID:id address} onlyInA{countedID:id address} onlyInB{countedID:id address}}}
			loads(first:100){nodes{organization{countedID:id address load(area:"{C}"){networks} bridgeScore(area:"{C}")}}}
			bridges(first:100){nodes{organization{countedID:id address}}} singlePoints(first:100){nodes{organization{countedID:id address}}}
			coMembership(first:100){nodes{a{countedID:id address} b{countedID:id address}}} leftOut(first:100){nodes{organization{id address}}}}
			networks(where:{id:"{N}"}){edges{node{overlappingNetworks{shared{countedID:id}}}}}
			s:node(id:"{S}"){...on Organization{load(area:"{C}"){networks} bridgeScore(area:"{C}")}}}`},
	// Through their own accounts, the two sides see their own.
	{fields: []string{"Query.me", "Account.organization", "Account.networks"},
		shows: []secret{address, pending, declined}, seenBy: []string{"own editor", "own coordinator"},
		query: `{me{organization{address memberships{edges{node{id representative declineReason}}}}
			networks{memberships(first:100){edges{node{id representative declineReason}}}}}}`},
	{fields: []string{"Query.accounts"}, shows: []secret{address, pending, declined},
		query: `{accounts(first:20){edges{node{organization{address memberships(first:20){edges{node{id representative declineReason}}}}
			networks{memberships(first:20){edges{node{id representative declineReason}}}}}}}}`},
	{fields: []string{"Query.changes", "Change.fields", "Change.entity"}, shows: []secret{address, pending, declined},
		query: `{s:changes(entity:"{S}"){edges{node{fields{field before after} entity{...on Organization{address}}}}}
			p:changes(entity:"{P}"){edges{node{entityID entity{id}}}}
			d:changes(entity:"{D}"){edges{node{entityID fields{field after}}}}
			all:changes(first:100){edges{node{entityID fields{field before after}}}}}`},
	// The diff tells requests to join and declines to their two sides.
	{fields: []string{"Query.diff", "HistoryEvent.organization", "HistoryEvent.membership"}, shows: []secret{address, pending, declined},
		query: `{diff(from:"2000-01-01",to:"2099-12-31",network:"{N}"){edges{node{key kind organization{address} membership{id representative declineReason}}}}
			country:diff(from:"2000-01-01",to:"2099-12-31",area:"{ROOT}",first:100){totalCount}}`},
	// The change feeds show every reader what every reader may see.
	{fields: []string{"GET /feeds/changes.atom"}, route: true, query: `/feeds/changes.atom?network={N}`},
	{fields: []string{"GET /feeds/changes.atom"}, route: true, query: `/feeds/changes.atom?area={C}&lang=en`},
	{fields: []string{"GET /feeds/changes.atom"}, route: true, query: `/feeds/changes.atom`},
	// Each account reads its own messages; the coordinator's tell of the
	// shelter's requests by name only.
	{fields: []string{"Query.notifications"}, query: `{notifications(first:100){id kind subject body link}}`},
	// The map's data as the web app fetches it: the networkMap field's rules.
	{fields: []string{"GET /map.json"}, route: true, shows: []secret{pending},
		query: `/map.json?status=ACTIVE,PENDING,DECLINED`},
	{fields: []string{"GET /export/coverage.csv"}, route: true, query: `/export/coverage.csv?area={C}`},
	{fields: []string{"GET /export/coverage.csv"}, route: true, query: `/export/coverage.csv?layout=matrix&area={ROOT}`},
	// The data exports, in each text format (the zipped ones are read back by
	// the export tests): the map's filters and the caller's read rules.
	{fields: []string{"GET /export/{file}"}, route: true, shows: []secret{pending},
		query: `/export/network.gexf?status=ACTIVE,PENDING,DECLINED`},
	{fields: []string{"GET /export/{file}"}, route: true, shows: []secret{pending},
		query: `/export/network.graphml?status=ACTIVE,PENDING,DECLINED`},
	{fields: []string{"GET /export/{file}"}, route: true, shows: []secret{pending},
		query: `/export/graph.json?status=ACTIVE,PENDING,DECLINED`},
	{fields: []string{"GET /export/{file}"}, route: true, shows: []secret{address, pending},
		query: `/export/popolo.json?status=ACTIVE,PENDING,DECLINED`},
	{fields: []string{"GET /export/{file}"}, route: true, shows: []secret{address}, query: `/export/hsds.json`},
	// The map's insight modes: every organisation's load and bridge score,
	// like the insight field, from public memberships only.
	{fields: []string{"GET /insight/scores.json"}, route: true, query: `/insight/scores.json?area={C}`},
	{fields: []string{"GET /insight/scores.json"}, route: true, query: `/insight/scores.json`},
}

// notReadPaths are routes and fields that read nothing a rule hides, and why.
var notReadPaths = map[string]string{
	"POST /graphql": "runs the GraphQL paths above (each is sent by POST and by GET)",
	"GET /graphql":  "runs the GraphQL paths above (each is sent by POST and by GET)",
	"GET /healthz":  "answers ok",
	"GET /readyz":   "answers whether the database is reachable",
	"GET /":         "the web app's static files",
	// The import endpoints read through the caller's own read rules (their
	// ent queries carry the caller's viewer) and show no addresses; who may
	// import what is tested in import_test.go.
	"POST /import/preview": "a coordinator's or administrator's preview of their own file",
	"POST /import/apply":   "applies the caller's own file",
}

// readRoles are the readers of the matrix, on a public instance; "own"
// means a side of the hidden memberships (the shelter's editor, the
// network's coordinator).
var readRoles = []string{"anonymous", "viewer", "other editor", "other coordinator", "own editor", "own coordinator", "admin"}

var seers = map[secret][]string{
	address:  {"own editor", "admin"},
	pending:  {"own editor", "own coordinator", "admin"},
	declined: {"own editor", "own coordinator", "admin"},
}

// TestEveryReadPath runs the confidential-address canary and the
// hidden-membership matrix through every read path: every field of Query,
// every field that returns organisations, memberships, changes, nodes or
// an address, and every route. A path missing from readPaths fails it.
func TestEveryReadPath(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		c := f.app.DB.Client
		county := c.Area.Query().Where(area.KindEQ(area.KindWELLBEING_COUNTY)).Order(area.ByID()).FirstX(f.sys)
		root := c.Area.Query().Where(area.KindEQ(area.KindCOUNTRY)).FirstX(f.sys)
		tmpl := c.CoverageTemplate.Query().Where(coveragetemplate.AreaKindEQ(coveragetemplate.AreaKindWELLBEING_COUNTY)).FirstX(f.sys)
		// The coordinator's network is the county's coordination group, so
		// that coverage would count a leaked membership.
		c.Network.UpdateOneID(f.net.ID).SetKind(network.KindCOORDINATION_GROUP).SetLevel(network.LevelWELLBEING_COUNTY).
			SetThemes(tmpl.Themes).AddAreaIDs(county.ID).ExecX(f.sys)
		c.Organization.UpdateOneID(f.shelter.ID).SetHomeAreaID(root.ID).AddOperatingAreaIDs(root.ID).ExecX(f.sys)
		b := map[string]*browser{
			"anonymous": f.browsers["ANONYMOUS"], "viewer": f.browsers["VIEWER"], "other editor": f.browsers["EDITOR"],
			"own coordinator": f.browsers["COORDINATOR"], "admin": f.browsers["ADMIN"],
		}
		for role, spec := range map[string]edit.NewAccount{
			"own editor":        {Role: viewer.RoleEditor, OrganizationID: &f.shelter.ID},
			"other coordinator": {Role: viewer.RoleCoordinator, NetworkIDs: []int{f.otherNet.ID}},
		} {
			spec.Email, spec.Password = strings.ReplaceAll(role, " ", "-")+"@example.fi", testPassword
			if _, err := edit.CreateAccount(f.sys, c, spec, nil); err != nil {
				t.Fatal(err)
			}
			b[role] = f.app.browser(t)
			b[role].login(t, spec.Email)
		}
		// The shelter's editor changes its address and asks to join twice;
		// the coordinator declines the first request.
		mustPost := func(who, q string, vars map[string]any) json.RawMessage {
			t.Helper()
			res := b[who].post(t, q, vars)
			if len(res.Errors) > 0 {
				t.Fatalf("%s: %s: %+v", who, q, res.Errors)
			}
			return res.Data
		}
		mustPost("own editor", `mutation($id:ID!,$v:Int!){updateOrganization(id:$id,version:$v,input:{address:"Kanarialinnuntie 16 CANARY"}){id}}`,
			map[string]any{"id": fmt.Sprint(f.shelter.ID), "v": c.Organization.GetX(f.sys, f.shelter.ID).Version})
		ask := func(rep string) string {
			var d struct{ RequestMembership struct{ ID string } }
			json.Unmarshal(mustPost("own editor", `mutation($o:ID!,$n:ID!,$r:String){requestMembership(input:{organizationID:$o,networkID:$n,role:COORDINATOR,representative:$r}){id}}`,
				map[string]any{"o": fmt.Sprint(f.shelter.ID), "n": fmt.Sprint(f.net.ID), "r": rep}), &d)
			return d.RequestMembership.ID
		}
		d := ask("PIILO-DECLINED-EDUSTAJA")
		mustPost("own coordinator", `mutation($id:ID!){declineMembership(id:$id,reason:"PIILO-DECLINED syy"){id}}`, map[string]any{"id": d})
		p := ask("PIILO-PENDING-EDUSTAJA")
		if c.Membership.Query().Where(membership.StatusEQ(membership.StatusPENDING), membership.OrganizationID(f.shelter.ID)).CountX(f.sys) != 1 {
			t.Fatal("the pending request is not there")
		}
		s, n := fmt.Sprint(f.shelter.ID), fmt.Sprint(f.net.ID)
		fill := strings.NewReplacer("{S}", s, "{P}", p, "{D}", d, "{N}", n, "{C}", fmt.Sprint(county.ID), "{ROOT}", fmt.Sprint(root.ID))
		idForms := func(id string) []string {
			return []string{`"id":"` + id + `"`, `"key":"` + id + `"`, `"entityID":"` + id + `"`}
		}
		needles := map[secret][]string{
			address:  {"CANARY"},
			pending:  append(idForms(p), "PIILO-PENDING", `"pendingMatches":{"totalCount":1}`),
			declined: append(idForms(d), "PIILO-DECLINED", `"declinedMatches":{"totalCount":1}`),
		}
		// Coverage would reveal the pending request as the shelter counted.
		needles[pending] = append(needles[pending], `"countedID":"`+s+`"`,
			// …and insight's scores would list it.
			`"`+s+`":{"networks"`)

		// Every path is listed.
		listed := map[string]bool{}
		for _, path := range readPaths {
			for _, fl := range path.fields {
				listed[fl] = true
			}
		}
		for _, pattern := range f.app.RoutePatterns() {
			if !listed[pattern] && notReadPaths[pattern] == "" {
				t.Errorf("route %s is not in readPaths (server/readpaths_test.go)", pattern)
			}
		}
		for _, field := range readFields(t, f.app) {
			if !listed[field] {
				t.Errorf("%s reads organisations, memberships, changes or addresses and is not in readPaths (server/readpaths_test.go)", field)
			}
		}
		// Filtering on the address is no way round.
		for _, role := range readRoles {
			if res := b[role].post(t, `{organizations(where:{addressContains:"CANARY"}){totalCount}}`, nil); len(res.Errors) == 0 {
				t.Errorf("%s can filter on the address", role)
			}
		}

		for _, path := range readPaths {
			query := fill.Replace(path.query)
			for _, role := range readRoles {
				answers := map[string]string{}
				if path.route {
					answers["GET"] = getAs(t, b[role], f.app.URL+query)
				} else {
					body, _ := json.Marshal(map[string]any{"query": query})
					answers["POST"] = string(f.app.postWith(t, b[role].hc, body, "application/json").Data)
					answers["GET"] = getAs(t, b[role], f.app.URL+"/graphql?query="+url.QueryEscape(query))
				}
				for method, answer := range answers {
					for _, sec := range []secret{address, pending, declined} {
						got := slices.ContainsFunc(needles[sec], func(n string) bool { return strings.Contains(answer, n) })
						want := slices.Contains(path.shows, sec) && slices.Contains(seers[sec], role) &&
							(path.seenBy == nil || slices.Contains(path.seenBy, role))
						if got != want {
							t.Errorf("%s by %s as %s: sees the %s: %v, want %v\n%.600s", path.fields[0], method, role, sec, got, want, answer)
						}
					}
				}
			}
		}
	})
}

// getAs GETs url with b's session and returns the body.
func getAs(t *testing.T, b *browser, url string) string {
	t.Helper()
	res, err := b.hc.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK && res.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET %s: %d %s", url, res.StatusCode, body)
	}
	return string(body)
}

// readFields lists, by introspection, every field of Query and every field
// of another type that returns organisations, memberships, changes or
// nodes (directly, in a list, or through a connection), or is an address.
// Mutations are writes; what they return is checked by the permission
// matrix.
func readFields(t *testing.T, app *testApp) []string {
	var schema struct {
		Schema struct {
			Types []struct {
				Name   string
				Kind   string
				Fields []struct {
					Name string
					Type typeRef
				}
			}
		} `json:"__schema"`
	}
	app.post(t, `{__schema{types{name kind fields{name type{name kind ofType{name kind ofType{name kind ofType{name kind}}}}}}}}`, nil).decode(t, &schema)
	guarded := []string{"Organization", "OrganizationConnection", "Membership", "MembershipConnection", "Change", "ChangeConnection", "Node"}
	var out []string
	for _, typ := range schema.Schema.Types {
		if typ.Kind != "OBJECT" || typ.Name == "Mutation" || strings.HasPrefix(typ.Name, "__") ||
			strings.HasSuffix(typ.Name, "Connection") || strings.HasSuffix(typ.Name, "Edge") {
			continue // connections and edges are walked from the field that returns them
		}
		for _, fl := range typ.Fields {
			if typ.Name == "Query" || slices.Contains(guarded, fl.Type.named()) || fl.Name == "address" {
				out = append(out, typ.Name+"."+fl.Name)
			}
		}
	}
	return out
}

type typeRef struct {
	Name   string
	Kind   string
	OfType *typeRef
}

func (r typeRef) named() string {
	for r.OfType != nil {
		r = *r.OfType
	}
	return r.Name
}
