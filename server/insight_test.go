package server_test

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

type insightAnswer struct {
	Insight struct {
		Overlaps struct {
			TotalCount int
			Nodes      []struct {
				A, B    struct{ NameFi string }
				Jaccard float64
				Shared  []struct{ NameFi string }
			}
		}
		Loads struct {
			TotalCount  int
			HasNextPage bool
			EndCursor   *string
			Nodes       []struct {
				Organization struct {
					ID, NameFi  string
					BridgeScore float64
					Load        struct{ MeetingsPerYear int }
				}
				Networks, MeetingsPerYear, Coordinator int
			}
		}
		Bridges struct {
			Nodes []struct {
				Organization struct{ NameFi string }
				County       struct{ NameFi string }
				Score        float64
				Estimated    bool
			}
		}
		LeftOut struct {
			Nodes []struct {
				Organization struct{ NameFi string }
				Sector       string
			}
		}
	}
}

const insightQuery = `query($a:ID!,$first:Int,$after:String){insight(area:$a){
  overlaps{totalCount nodes{a{nameFi} b{nameFi} jaccard shared{nameFi}}}
  loads(first:$first,after:$after){totalCount hasNextPage endCursor nodes{organization{id nameFi bridgeScore(area:$a) load(area:$a){meetingsPerYear}} networks meetingsPerYear coordinator}}
  bridges(first:5){nodes{organization{nameFi} county{nameFi} score estimated}}
  leftOut{nodes{organization{nameFi} sector}}}}`

// TestInsightOfTheDemoData: a planner's questions about Kymenlaakso,
// answered from the demo data, and the answers follow a write at once.
func TestInsightOfTheDemoData(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		kymi := countyID(t, a, "Kymenlaakson hyvinvointialue")
		var d insightAnswer
		a.post(t, insightQuery, map[string]any{"a": kymi, "first": 3}).decode(t, &d)
		in := d.Insight
		for _, b := range in.Bridges.Nodes {
			if b.Estimated {
				t.Errorf("%s: the demo's bridges are exact, not estimated", b.Organization.NameFi)
			}
		}

		// Kotka's working group on substance abuse and its youth group share
		// four of five members.
		if in.Overlaps.TotalCount == 0 || in.Overlaps.Nodes[0].Jaccard != 0.8 ||
			in.Overlaps.Nodes[0].A.NameFi != "Kotkan monialainen ehkäisevän päihdetyön työryhmä" ||
			in.Overlaps.Nodes[0].B.NameFi != "Kotkan nuoret -työryhmä" || len(in.Overlaps.Nodes[0].Shared) != 4 {
			t.Errorf("Kymenlaakso's most overlapping groups: %+v", in.Overlaps)
		}
		// The city of Kotka carries the most meetings and is the main bridge.
		loads := in.Loads.Nodes
		if len(loads) != 3 || loads[0].Organization.NameFi != "Kotkan kaupunki" || loads[0].MeetingsPerYear < loads[1].MeetingsPerYear ||
			loads[0].Coordinator == 0 || loads[0].Organization.Load.MeetingsPerYear != loads[0].MeetingsPerYear || !in.Loads.HasNextPage {
			t.Errorf("Kymenlaakso's heaviest organisations: %+v", in.Loads)
		}
		if len(in.Bridges.Nodes) == 0 || in.Bridges.Nodes[0].Organization.NameFi != "Kotkan kaupunki" ||
			in.Bridges.Nodes[0].County.NameFi != "Kymenlaakson hyvinvointialue" || in.Bridges.Nodes[0].Score <= 0 ||
			in.Bridges.Nodes[0].Score != loads[0].Organization.BridgeScore {
			t.Errorf("Kymenlaakso's bridges: %+v", in.Bridges)
		}
		if len(in.LeftOut.Nodes) == 0 {
			t.Error("nobody left out in Kymenlaakso")
		}

		// The next page starts after the third.
		var next insightAnswer
		a.post(t, insightQuery, map[string]any{"a": kymi, "first": 1, "after": *in.Loads.EndCursor}).decode(t, &next)
		var four insightAnswer
		a.post(t, insightQuery, map[string]any{"a": kymi, "first": 4}).decode(t, &four)
		if len(next.Insight.Loads.Nodes) != 1 || next.Insight.Loads.Nodes[0].Organization.ID != four.Insight.Loads.Nodes[3].Organization.ID {
			t.Errorf("the page after the third: %+v", next.Insight.Loads.Nodes)
		}

		// The city leaves every network: the next answer knows.
		ctx := viewer.SystemContext(context.Background())
		yesterday := time.Now().AddDate(0, 0, -1)
		a.DB.Client.Membership.Update().Where(membership.HasOrganizationWith(organization.NameFi("Kotkan kaupunki"))).
			SetStatus(membership.StatusENDED).SetEndDate(yesterday).ExecX(ctx)
		a.post(t, insightQuery, map[string]any{"a": kymi, "first": 3}).decode(t, &d)
		for _, l := range d.Insight.Loads.Nodes {
			if l.Organization.NameFi == "Kotkan kaupunki" {
				t.Errorf("after leaving every network, Kotka still carries %+v", l)
			}
		}
		// As of two days ago it still did.
		var past insightAnswer
		a.post(t, `query($a:ID!,$d:Date!){insight(area:$a,asOf:$d){loads(first:1){nodes{organization{nameFi}}}}}`,
			map[string]any{"a": kymi, "d": time.Now().AddDate(0, 0, -2).Format(time.DateOnly)}).decode(t, &past)
		if len(past.Insight.Loads.Nodes) != 1 || past.Insight.Loads.Nodes[0].Organization.NameFi != "Kotkan kaupunki" {
			t.Errorf("two days ago: %+v", past.Insight.Loads.Nodes)
		}
	})
}

func TestInsightRefusesBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		var m struct {
			Areas struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.post(t, `{areas(first:1,where:{kind:MUNICIPALITY}){edges{node{id}}}}`, nil).decode(t, &m)
		kymi := countyID(t, a, "Kymenlaakson hyvinvointialue")
		for _, c := range []struct {
			name, query, field string
			vars               map[string]any
		}{
			{"a municipality", `query($a:ID!){insight(area:$a){asOf}}`, "area", map[string]any{"a": m.Areas.Edges[0].Node.ID}},
			{"an unknown area", `{insight(area:"999999"){asOf}}`, "area", nil},
			{"a bad cursor", `query($a:ID!){insight(area:$a){loads(after:"x"){totalCount}}}`, "after", map[string]any{"a": kymi}},
			{"a page too big", `query($a:ID!){insight(area:$a){loads(first:101){totalCount}}}`, "first", map[string]any{"a": kymi}},
		} {
			res := a.post(t, c.query, c.vars)
			if res.code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != c.field {
				t.Errorf("%s: %+v", c.name, res.Errors)
			}
		}
		// Every list at its largest page, with every member list, is over the budget.
		res := a.post(t, `query($a:ID!){insight(area:$a){overlaps(first:100){nodes{shared{id nameFi sector} onlyInA{id nameFi sector} onlyInB{id nameFi sector}}}}}`, map[string]any{"a": kymi})
		if res.code() != "QUERY_TOO_COMPLEX" {
			t.Errorf("100 overlaps with their members: %+v", res.Errors)
		}
	})
}

// TestInsightCoMembershipPages: the co-membership projection, which is
// never held whole, pages like a list: a page after a cursor continues the
// one before it, ranked by shared networks, for a county and the country.
func TestInsightCoMembershipPages(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		kymi := countyID(t, a, "Kymenlaakson hyvinvointialue")
		var country struct {
			Areas struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.post(t, `{areas(first:1,where:{kind:COUNTRY}){edges{node{id}}}}`, nil).decode(t, &country)
		type tie struct {
			A, B           struct{ ID string }
			SharedNetworks int
		}
		type page struct {
			Insight struct {
				CoMembership struct {
					TotalCount  int
					HasNextPage bool
					EndCursor   *string
					Nodes       []tie
				}
			}
		}
		const q = `query($a:ID!,$first:Int,$after:String){insight(area:$a){coMembership(first:$first,after:$after){totalCount hasNextPage endCursor nodes{a{id} b{id} sharedNetworks}}}}`
		for _, area := range []string{kymi, country.Areas.Edges[0].Node.ID} {
			var all, first, rest page
			a.post(t, q, map[string]any{"a": area, "first": 30}).decode(t, &all)
			ties := all.Insight.CoMembership
			if ties.TotalCount <= 30 || len(ties.Nodes) != 30 || !ties.HasNextPage {
				t.Fatalf("%s: %d ties, a page of %d", area, ties.TotalCount, len(ties.Nodes))
			}
			for i, x := range ties.Nodes {
				if i > 0 && x.SharedNetworks > ties.Nodes[i-1].SharedNetworks || x.A.ID == x.B.ID {
					t.Errorf("%s: tie %d out of rank: %+v after %+v", area, i, x, ties.Nodes[i-1])
				}
			}
			if ties.Nodes[0].SharedNetworks < 2 {
				t.Errorf("%s: no pair shares two networks: %+v", area, ties.Nodes[0])
			}
			a.post(t, q, map[string]any{"a": area, "first": 11}).decode(t, &first)
			a.post(t, q, map[string]any{"a": area, "first": 19, "after": *first.Insight.CoMembership.EndCursor}).decode(t, &rest)
			joined := append(first.Insight.CoMembership.Nodes, rest.Insight.CoMembership.Nodes...)
			if !reflect.DeepEqual(joined, ties.Nodes) {
				t.Errorf("%s: 11 and then 19 after the cursor are not the first 30:\n%+v\n%+v", area, joined, ties.Nodes)
			}
			// The last page ends the list.
			last := strconv.Itoa(ties.TotalCount - 3)
			var end page
			a.post(t, q, map[string]any{"a": area, "first": 10, "after": last}).decode(t, &end)
			if len(end.Insight.CoMembership.Nodes) != 2 || end.Insight.CoMembership.HasNextPage {
				t.Errorf("%s: after %s of %d: %+v", area, last, ties.TotalCount, end.Insight.CoMembership)
			}
		}
	})
}

// TestInsightScoresForTheMap: /insight/scores.json (the map's load and
// bridge modes) has the insight field's numbers for every organisation;
// a municipality is measured as its county; bad input names the parameter.
func TestInsightScoresForTheMap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		a := startApp(t, dialect)
		kymi := countyID(t, a, "Kymenlaakson hyvinvointialue")
		var d insightAnswer
		a.post(t, insightQuery, map[string]any{"a": kymi, "first": 100}).decode(t, &d)
		if d.Insight.Loads.HasNextPage || d.Insight.Loads.TotalCount < 10 {
			t.Fatalf("loads: %d, more: %v", d.Insight.Loads.TotalCount, d.Insight.Loads.HasNextPage)
		}
		var m struct {
			Areas struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.post(t, `query($k:ID!){areas(first:1,where:{nameFi:"Kotka",hasParentWith:{id:$k}}){edges{node{id}}}}`, map[string]any{"k": kymi}).decode(t, &m)
		if len(m.Areas.Edges) != 1 {
			t.Fatalf("Kotka: %+v", m)
		}
		for _, area := range []string{kymi, m.Areas.Edges[0].Node.ID} {
			res, body := download(t, http.DefaultClient, a.URL+"/insight/scores.json?area="+area)
			var s struct {
				Area int
				Orgs map[string]struct {
					Networks, MeetingsPerYear int
					Bridge                    float64
				}
			}
			if err := json.Unmarshal(body, &s); err != nil || res.StatusCode != 200 {
				t.Fatalf("area %s: %d %v %s", area, res.StatusCode, err, body)
			}
			if strconv.Itoa(s.Area) != kymi || len(s.Orgs) != d.Insight.Loads.TotalCount {
				t.Errorf("area %s: measured %d with %d organisations, want %s with %d", area, s.Area, len(s.Orgs), kymi, d.Insight.Loads.TotalCount)
			}
			bridges := 0
			for _, n := range d.Insight.Loads.Nodes {
				got, want := s.Orgs[n.Organization.ID], n.Organization
				if got.Networks != n.Networks || got.MeetingsPerYear != n.MeetingsPerYear || math.Abs(got.Bridge-want.BridgeScore) > 1e-12 {
					t.Errorf("%s: scores %+v, insight %d networks, %d meetings, bridge %g", want.NameFi, got, n.Networks, n.MeetingsPerYear, want.BridgeScore)
				}
				if got.Bridge > 0 {
					bridges++
				}
			}
			if bridges < 3 {
				t.Errorf("area %s: %d bridges", area, bridges)
			}
		}
		for q, want := range map[string]string{"area=x": "area:", "area=999999": "area:", "asOf=2024-13-01": "asOf:"} {
			res, body := download(t, http.DefaultClient, a.URL+"/insight/scores.json?"+q)
			if res.StatusCode != 400 || !strings.HasPrefix(string(body), want) {
				t.Errorf("%s: %d %s", q, res.StatusCode, body)
			}
		}
	})
}
