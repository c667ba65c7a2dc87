package server_test

import (
	"fmt"
	"testing"

	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

const (
	askToJoin = `mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id status requestedBy}}`
	approve   = `mutation($id:ID!){approveMembership(id:$id){status organizationConfirmedAt networkConfirmedAt}}`
	decline   = `mutation($id:ID!){declineMembership(id:$id,reason:"Emme ehdi mukaan"){status declineReason}}`
)

type joined struct {
	RequestMembership struct{ ID, Status, RequestedBy string }
}

// ask sends requestMembership as b and returns the new membership's ID,
// failing unless it is PENDING and requested by side.
func ask(t *testing.T, b *browser, org, net int, side string) string {
	t.Helper()
	var j joined
	b.post(t, askToJoin, map[string]any{"o": fmt.Sprint(org), "n": fmt.Sprint(net)}).decode(t, &j)
	if j.RequestMembership.Status != "PENDING" || j.RequestMembership.RequestedBy != side {
		t.Fatalf("new membership %+v, want PENDING requested by %s", j.RequestMembership, side)
	}
	return j.RequestMembership.ID
}

// newNetwork creates a network as b (a coordinator coordinates what it creates).
func newNetwork(t *testing.T, b *browser, name string) int {
	t.Helper()
	var d struct {
		CreateNetwork struct {
			ID int `json:",string"`
		}
	}
	b.post(t, `mutation($n:String!){createNetwork(input:{nameFi:$n,kind:WORKING_GROUP,level:MUNICIPAL}){id}}`, map[string]any{"n": name}).decode(t, &d)
	return d.CreateNetwork.ID
}

func wantRefused(t *testing.T, what string, res *gqlResponse, field string) {
	t.Helper()
	if res.code() != "FORBIDDEN" || res.Errors[0].Extensions["field"] != field {
		t.Errorf("%s: %+v, want FORBIDDEN naming %q", what, res.Errors, field)
	}
}

// TestJoinsAreTwoSided: a coordinator's addition of an organisation that has
// editors is an invitation the organisation answers; the coordinator cannot
// approve it herself. An organisation's request is answered by the network.
// Administrators may answer either.
func TestJoinsAreTwoSided(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		editor, coord, admin := f.browsers["EDITOR"], f.browsers["COORDINATOR"], f.browsers["ADMIN"]
		status := func(id string) string {
			var d struct{ Node struct{ Status string } }
			admin.post(t, `query($id:ID!){node(id:$id){...on Membership{status}}}`, map[string]any{"id": id}).decode(t, &d)
			return d.Node.Status
		}
		awaiting := func(b *browser, id string) string {
			var d struct{ Node struct{ Awaiting *string } }
			b.post(t, `query($id:ID!){node(id:$id){...on Membership{awaiting}}}`, map[string]any{"id": id}).decode(t, &d)
			if d.Node.Awaiting == nil {
				return ""
			}
			return *d.Node.Awaiting
		}

		// The coordinator invites the editor's organisation: she cannot
		// approve or decline her own invitation.
		invite := ask(t, coord, f.org.ID, f.net.ID, "NETWORK")
		wantRefused(t, "coordinator approving her invitation", coord.post(t, approve, map[string]any{"id": invite}), "status")
		wantRefused(t, "coordinator declining her invitation", coord.post(t, decline, map[string]any{"id": invite}), "status")
		if s := status(invite); s != "PENDING" {
			t.Fatalf("after the refusals: %s, want PENDING", s)
		}
		for _, b := range []*browser{coord, editor} {
			if w := awaiting(b, invite); w != "ORGANIZATION" {
				t.Errorf("invitation awaits %q, want ORGANIZATION", w)
			}
		}
		// The editor finds the invitation among its organisation's pending ones, and accepts.
		var inbox struct {
			Memberships struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		editor.post(t, `{memberships(where:{status:PENDING,requestedBy:NETWORK}){edges{node{id}}}}`, nil).decode(t, &inbox)
		if len(inbox.Memberships.Edges) != 1 || inbox.Memberships.Edges[0].Node.ID != invite {
			t.Errorf("editor's invitations: %+v, want [%s]", inbox.Memberships.Edges, invite)
		}
		var ok struct {
			ApproveMembership struct {
				Status                                      string
				OrganizationConfirmedAt, NetworkConfirmedAt *string
			}
		}
		editor.post(t, approve, map[string]any{"id": invite}).decode(t, &ok)
		if a := ok.ApproveMembership; a.Status != "ACTIVE" || a.OrganizationConfirmedAt == nil || a.NetworkConfirmedAt != nil {
			t.Errorf("accepted: %+v, want ACTIVE confirmed by the organisation", a)
		}
		if w := awaiting(editor, invite); w != "" {
			t.Errorf("decided, yet awaits %q", w)
		}

		// The editor declines another invitation.
		second := newNetwork(t, coord, "Kutsuva verkosto")
		invite = ask(t, coord, f.org.ID, second, "NETWORK")
		var no struct {
			DeclineMembership struct{ Status, DeclineReason string }
		}
		editor.post(t, decline, map[string]any{"id": invite}).decode(t, &no)
		if no.DeclineMembership.Status != "DECLINED" || no.DeclineMembership.DeclineReason == "" {
			t.Errorf("declined: %+v", no.DeclineMembership)
		}

		// An administrator may answer an invitation.
		third := newNetwork(t, coord, "Kolmas kutsuva verkosto")
		invite = ask(t, coord, f.org.ID, third, "NETWORK")
		admin.post(t, approve, map[string]any{"id": invite}).decode(t, &ok)
		if ok.ApproveMembership.Status != "ACTIVE" {
			t.Errorf("administrator's approval: %+v", ok.ApproveMembership)
		}

		// Symmetric: the editor's own request is the network's to answer.
		fourth := newNetwork(t, coord, "Neljäs verkosto")
		request := ask(t, editor, f.org.ID, fourth, "ORGANIZATION")
		if w := awaiting(editor, request); w != "NETWORK" {
			t.Errorf("request awaits %q, want NETWORK", w)
		}
		wantRefused(t, "editor approving its own request", editor.post(t, approve, map[string]any{"id": request}), "status")
		wantRefused(t, "editor declining its own request", editor.post(t, decline, map[string]any{"id": request}), "status")
		coord.post(t, approve, map[string]any{"id": request}).decode(t, &ok)
		if a := ok.ApproveMembership; a.Status != "ACTIVE" || a.NetworkConfirmedAt == nil {
			t.Errorf("coordinator's approval of a request: %+v", a)
		}

		// An organisation without editors has nobody to ask: the
		// coordinator's addition is hers to approve, as a recorded fact.
		lone := ask(t, coord, f.other.ID, f.net.ID, "NETWORK")
		if w := awaiting(coord, lone); w != "NETWORK" {
			t.Errorf("addition of an organisation without editors awaits %q, want NETWORK", w)
		}
		coord.post(t, approve, map[string]any{"id": lone}).decode(t, &ok)
		if ok.ApproveMembership.Status != "ACTIVE" {
			t.Errorf("addition of an organisation without editors: %+v", ok.ApproveMembership)
		}
		// Once it has an editor, the next invitation waits for that editor.
		if _, err := edit.CreateAccount(f.sys, f.app.DB.Client, edit.NewAccount{Email: "toinen@example.fi", Password: testPassword,
			Role: viewer.RoleEditor, OrganizationID: &f.other.ID}, nil); err != nil {
			t.Fatal(err)
		}
		invite = ask(t, coord, f.other.ID, second, "NETWORK")
		wantRefused(t, "coordinator approving once the organisation has an editor", coord.post(t, approve, map[string]any{"id": invite}), "status")
		otherEditor := f.app.browser(t)
		otherEditor.login(t, "toinen@example.fi")
		otherEditor.post(t, approve, map[string]any{"id": invite}).decode(t, &ok)
		if ok.ApproveMembership.Status != "ACTIVE" {
			t.Errorf("new editor's acceptance: %+v", ok.ApproveMembership)
		}
	})
}

// TestParentNetworkNeedsItsCoordinator: a coordinator may place a network
// only under one she coordinates; administrators under any.
func TestParentNetworkNeedsItsCoordinator(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		f := newFixture(t, dialect)
		coord, admin := f.browsers["COORDINATOR"], f.browsers["ADMIN"]
		parentOf := func(id int) string {
			var d struct {
				Node struct{ Parent *struct{ ID string } }
			}
			admin.post(t, `query($id:ID!){node(id:$id){...on Network{parent{id}}}}`, map[string]any{"id": fmt.Sprint(id)}).decode(t, &d)
			if d.Node.Parent == nil {
				return ""
			}
			return d.Node.Parent.ID
		}
		version := func(id int) int { return f.app.DB.Client.Network.GetX(f.sys, id).Version }
		update := `mutation($id:ID!,$v:Int!,$p:ID!){updateNetwork(id:$id,version:$v,input:{parentID:$p}){id}}`
		create := `mutation($p:ID!){createNetwork(input:{nameFi:"Alaryhmä",kind:WORKING_GROUP,level:MUNICIPAL,parentID:$p}){id}}`
		someoneElses := fmt.Sprint(f.otherNet.ID)

		wantRefused(t, "coordinator placing her network under someone else's",
			coord.post(t, update, map[string]any{"id": fmt.Sprint(f.net.ID), "v": version(f.net.ID), "p": someoneElses}), "parentID")
		if p := parentOf(f.net.ID); p != "" {
			t.Errorf("refused, yet the parent is %s", p)
		}
		before := f.app.DB.Client.Network.Query().CountX(f.sys)
		wantRefused(t, "coordinator creating a network under someone else's", coord.post(t, create, map[string]any{"p": someoneElses}), "parentID")
		if after := f.app.DB.Client.Network.Query().CountX(f.sys); after != before {
			t.Errorf("refused, yet %d networks were created", after-before)
		}

		// Under her own network: allowed, on create and on update.
		var made struct {
			CreateNetwork struct {
				ID int `json:",string"`
			}
		}
		coord.post(t, create, map[string]any{"p": fmt.Sprint(f.net.ID)}).decode(t, &made)
		if p := parentOf(made.CreateNetwork.ID); p != fmt.Sprint(f.net.ID) {
			t.Errorf("created under %q, want %d", p, f.net.ID)
		}
		child := newNetwork(t, coord, "Toinen alaryhmä")
		var upd struct{ UpdateNetwork struct{ ID string } }
		coord.post(t, update, map[string]any{"id": fmt.Sprint(child), "v": version(child), "p": fmt.Sprint(f.net.ID)}).decode(t, &upd)
		if p := parentOf(child); p != fmt.Sprint(f.net.ID) {
			t.Errorf("moved under %q, want %d", p, f.net.ID)
		}

		// An administrator may place any network under any other.
		admin.post(t, update, map[string]any{"id": fmt.Sprint(f.net.ID), "v": version(f.net.ID), "p": someoneElses}).decode(t, &upd)
		if p := parentOf(f.net.ID); p != someoneElses {
			t.Errorf("administrator's move: parent %q, want %s", p, someoneElses)
		}
		// Taking her network out from under another is the coordinator's own call.
		coord.post(t, `mutation($id:ID!,$v:Int!){updateNetwork(id:$id,version:$v,input:{clearParent:true}){id}}`,
			map[string]any{"id": fmt.Sprint(f.net.ID), "v": version(f.net.ID)}).decode(t, &upd)
		if p := parentOf(f.net.ID); p != "" {
			t.Errorf("after clearParent: parent %s", p)
		}
	})
}
