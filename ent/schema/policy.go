package schema

import (
	"context"
	"slices"

	"entgo.io/ent"

	gen "github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Who may do what. Every policy ends in deny: a rule not written here is a
// refusal, whichever code path (a nested edge, a where filter, an update
// input that edits edges) reaches the entity.
//
//	              read                     create          update
//	Area          readers                  system          system
//	Organization  readers                  admin, coord.   admin; editor: own, some fields
//	Network       readers                  admin, coord.   admin; coordinator: own
//	Membership    readers (pending: own)   admin; editor/coordinator: PENDING for own
//	                                                       admin; coordinator: own network;
//	                                                       editor: own org ends/confirms;
//	                                                       a pending one is answered by the
//	                                                       side that did not ask (see below)
//	Account       admin; others: self      admin           admin
//	Change        signed in: what they     audit hook      nobody
//	              may read the entry of
//	Session       system                   system          system
//	CoverageTempl readers                  admin, system   admin, system
//
// "readers" are signed-in accounts, and anonymous visitors when the
// instance runs with --public-read. Row- and field-level read rules (which
// memberships, accounts and changes; whose address) are stated once in
// package visible, the rulebook every read path takes them from.
//
// Joining takes both sides. An organisation's editor asks to join
// (requestedBy ORGANIZATION) and the network's coordinator approves or
// declines; a coordinator invites an organisation (requestedBy NETWORK) and
// the organisation's editor accepts or declines. When the organisation has
// no editor to ask, its coordinator's invitation is hers to approve, as the
// record of a fact she knows. Administrators may answer either way. Likewise
// a network goes under a parent only by the parent's coordinator or an
// administrator.

// editorOrganizationFields are what an organisation's own editor may change;
// sector, business ID and parent organisation are for administrators.
var editorOrganizationFields = []string{
	"name_fi", "name_sv", "name_en", "short_name", "services", "email", "phone", "website",
	"address", "address_confidential", "description", "home_area_id", "last_confirmed_at",
	"operating_areas", "home_area", "version", "updated_at",
}

// coordinatorMembershipFields are what a network's coordinator may change
// in its network's memberships.
var coordinatorMembershipFields = []string{
	"role", "representative", "start_date", "end_date", "status", "source", "decline_reason",
	"network_confirmed_at", "version", "updated_at",
}

// editorMembershipFields are what an organisation's editor may change in
// its own memberships: leave (status ENDED with an end date) and confirm.
var editorMembershipFields = []string{
	"representative", "end_date", "status", "organization_confirmed_at", "version", "updated_at",
}

// editorAnswerFields are what an organisation's editor sets in answering a
// network's invitation.
var editorAnswerFields = []string{
	"status", "start_date", "decline_reason", "organization_confirmed_at", "version", "updated_at",
}

func readRule() privacy.QueryRule {
	return privacy.QueryRuleFunc(func(ctx context.Context, _ ent.Query) error {
		if viewer.FromContext(ctx).CanRead() {
			return privacy.Allow
		}
		return denyAnonymous(ctx)
	})
}

func denyAnonymous(ctx context.Context) error {
	if !viewer.FromContext(ctx).SignedIn() {
		return privacy.Denyf("sign in to see this")
	}
	return privacy.Denyf("your account may not do this")
}

// allowSystemOrAdmin allows the server's own work and administrators.
func allowSystemOrAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v.System || v.IsAdmin() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

func allowSystem() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).System {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// onlyFields denies a mutation touching a field or edge outside allowed,
// naming it.
func onlyFields(m ent.Mutation, allowed []string) error {
	touched := slices.Concat(m.Fields(), m.AddedFields(), m.ClearedFields(),
		m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges())
	for _, f := range touched {
		if !slices.Contains(allowed, f) {
			return privacy.Denyf("%s: your role may not change this field", audit.GraphQLName(f))
		}
	}
	return nil
}

func areaPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readRule()},
		Mutation: privacy.MutationPolicy{allowSystem(), privacy.AlwaysDenyRule()},
	}
}

func organizationPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{readRule()},
		Mutation: privacy.MutationPolicy{
			allowSystemOrAdmin(),
			privacy.OrganizationMutationRuleFunc(func(ctx context.Context, m *gen.OrganizationMutation) error {
				v := viewer.FromContext(ctx)
				switch {
				case m.Op().Is(ent.OpCreate) && v.SignedIn() && v.Role == viewer.RoleCoordinator:
					return privacy.Allow
				case m.Op().Is(ent.OpUpdateOne) && v.SignedIn() && v.Role == viewer.RoleEditor:
					if id, ok := m.ID(); !ok || !v.EditsOrganization(id) {
						return privacy.Denyf("you may edit only your own organisation")
					}
					if err := onlyFields(m, editorOrganizationFields); err != nil {
						return err
					}
					return privacy.Allow
				}
				return denyAnonymous(ctx)
			}),
			privacy.AlwaysDenyRule(),
		},
	}
}

func networkPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{readRule()},
		Mutation: privacy.MutationPolicy{
			allowSystemOrAdmin(),
			privacy.NetworkMutationRuleFunc(func(ctx context.Context, m *gen.NetworkMutation) error {
				v := viewer.FromContext(ctx)
				switch {
				case m.Op().Is(ent.OpCreate) && v.SignedIn() && v.Role == viewer.RoleCoordinator:
					return allowParent(v, m)
				case m.Op().Is(ent.OpUpdateOne) && v.SignedIn() && v.Role == viewer.RoleCoordinator:
					if id, ok := m.ID(); ok && v.CoordinatesNetwork(id) {
						return allowParent(v, m)
					}
					return privacy.Denyf("you may edit only the networks you coordinate")
				}
				return denyAnonymous(ctx)
			}),
			privacy.AlwaysDenyRule(),
		},
	}
}

// allowParent allows a coordinator's network mutation unless it places the
// network under a network she does not coordinate: that is for the
// parent's coordinator to decide. Taking a network out from under its
// parent is its own coordinator's call.
func allowParent(v *viewer.Viewer, m *gen.NetworkMutation) error {
	if parent, ok := m.ParentID(); ok && !v.CoordinatesNetwork(parent) {
		return privacy.Denyf("parentID: you may place a network only under a network you coordinate; ask its coordinator or an administrator")
	}
	return privacy.Allow
}

// Awaited says whose answer a pending membership of organisation org waits
// for: the side that did not ask, except that an invitation to an
// organisation without editors (accounts that are not disabled) waits for
// the network, there being nobody else to ask. Administrators may answer
// for either side. The API shows it as Membership.awaiting.
func Awaited(ctx context.Context, client *gen.Client, org int, requestedBy membership.RequestedBy) (membership.RequestedBy, error) {
	if requestedBy == membership.RequestedByORGANIZATION {
		return membership.RequestedByNETWORK, nil
	}
	// Accounts are hidden from coordinators; whether one exists is the
	// server's own question.
	has, err := client.Account.Query().
		Where(account.OrganizationID(org), account.RoleEQ(viewer.RoleEditor), account.Disabled(false)).
		Exist(viewer.SystemContext(ctx))
	if err != nil || !has {
		return membership.RequestedByNETWORK, err
	}
	return membership.RequestedByORGANIZATION, nil
}

func membershipPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowSystemOrAdmin(),
			privacy.MembershipQueryRuleFunc(func(ctx context.Context, q *gen.MembershipQuery) error {
				v := viewer.FromContext(ctx)
				if !v.CanRead() {
					return denyAnonymous(ctx)
				}
				if p := visible.Memberships(v).Predicate(); p != nil {
					q.Where(p)
				}
				return privacy.Allow
			}),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{
			allowSystemOrAdmin(),
			privacy.MembershipMutationRuleFunc(func(ctx context.Context, m *gen.MembershipMutation) error {
				v := viewer.FromContext(ctx)
				if !v.SignedIn() {
					return denyAnonymous(ctx)
				}
				switch {
				case m.Op().Is(ent.OpCreate):
					org, _ := m.OrganizationID()
					net, _ := m.NetworkID()
					if status, _ := m.Status(); status != membership.StatusPENDING {
						return privacy.Denyf("status: a new membership starts as a pending request")
					}
					side, _ := m.RequestedBy()
					switch {
					case v.EditsOrganization(org) && side == membership.RequestedByORGANIZATION,
						v.CoordinatesNetwork(net) && side == membership.RequestedByNETWORK:
						return privacy.Allow
					case v.EditsOrganization(org) || v.CoordinatesNetwork(net):
						return privacy.Denyf("requestedBy: you may ask only for your own side")
					}
					return privacy.Denyf("you may ask to join only for your own organisation or your own networks")
				case m.Op().Is(ent.OpUpdateOne):
					org, err := m.OldOrganizationID(ctx)
					if err != nil {
						return err
					}
					net, err := m.OldNetworkID(ctx)
					if err != nil {
						return err
					}
					// Approving or declining a pending membership is an
					// answer, for the side it awaits.
					oldStatus, err := m.OldStatus(ctx)
					if err != nil {
						return err
					}
					_, statusChanges := m.Status()
					answer := statusChanges && oldStatus == membership.StatusPENDING
					var awaited membership.RequestedBy
					if answer {
						side, err := m.OldRequestedBy(ctx)
						if err != nil {
							return err
						}
						if awaited, err = Awaited(ctx, m.Client(), org, side); err != nil {
							return err
						}
					}
					if v.CoordinatesNetwork(net) {
						if err := onlyFields(m, coordinatorMembershipFields); err != nil {
							return err
						}
						if answer && awaited != membership.RequestedByNETWORK {
							return privacy.Denyf("status: the organisation's editors accept or decline the network's invitation")
						}
						return privacy.Allow
					}
					if v.EditsOrganization(org) {
						if answer {
							if awaited != membership.RequestedByORGANIZATION {
								return privacy.Denyf("status: only the network's coordinator may approve or decline")
							}
							if err := onlyFields(m, editorAnswerFields); err != nil {
								return err
							}
							return privacy.Allow
						}
						if err := onlyFields(m, editorMembershipFields); err != nil {
							return err
						}
						if status, ok := m.Status(); ok && status != membership.StatusENDED {
							return privacy.Denyf("status: only the network's coordinator may approve or decline")
						}
						return privacy.Allow
					}
					return privacy.Denyf("you may change only your own organisation's or networks' memberships")
				}
				return privacy.Denyf("your account may not do this")
			}),
			privacy.AlwaysDenyRule(),
		},
	}
}

func accountPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowSystemOrAdmin(),
			privacy.AccountQueryRuleFunc(func(ctx context.Context, q *gen.AccountQuery) error {
				if v := viewer.FromContext(ctx); v.SignedIn() {
					q.Where(visible.Accounts(v))
					return privacy.Allow
				}
				return denyAnonymous(ctx)
			}),
			privacy.AlwaysDenyRule(),
		},
		Mutation: privacy.MutationPolicy{allowSystemOrAdmin(), privacy.AlwaysDenyRule()},
	}
}

func changePolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowSystemOrAdmin(),
			privacy.ChangeQueryRuleFunc(func(ctx context.Context, q *gen.ChangeQuery) error {
				v := viewer.FromContext(ctx)
				if !v.SignedIn() {
					return denyAnonymous(ctx)
				}
				q.Where(visible.Changes(v))
				return privacy.Allow
			}),
			privacy.AlwaysDenyRule(),
		},
		// Changes are written only by the audit hook, which decides for
		// itself (privacy.DecisionContext); nobody may edit or delete one.
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// coverageTemplatePolicy: templates are read by every reader and changed by
// administrators (and by the server when it seeds the defaults).
func coverageTemplatePolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{readRule()},
		Mutation: privacy.MutationPolicy{allowSystemOrAdmin(), privacy.AlwaysDenyRule()},
	}
}

func systemOnlyPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{allowSystem(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{allowSystem(), privacy.AlwaysDenyRule()},
	}
}
