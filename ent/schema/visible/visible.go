// Package visible is the rulebook for reads: for each entity with row- or
// field-level read rules it states, once, what a viewer may read. Every
// read path takes its rule from here, in the form it needs:
//
//   - ent privacy policies (ent/schema/policy.go) and where filters
//     (graph/where.go) AND a rule's Predicate into their queries;
//   - raw-SQL paths (exports, insight, loaders) apply Predicate to an ent
//     query or to a sql.Selector of the entity's table;
//   - in-memory paths (the map, built once per data version) filter loaded
//     rows with Allows;
//   - views built once and shown to every reader (coverage, the map's
//     shared views) read only what Everyone may read.
//
// A rule's renderings are tested to agree on every combination of status,
// role and own side (visible_test.go), and server/readpaths_test.go runs
// the confidential-address canary and the hidden-membership matrix through
// every read path of the API.
//
// Entities without a rule here (areas, organisations and networks as rows,
// coverage templates) are read by every reader: viewer.CanRead. Sessions
// and login throttles are the server's own (policy: system only).
package visible

import (
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/predicate"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/internal/viewer"
)

// PublicMembershipStatuses are the statuses every reader may see. Pending
// and declined requests belong to their two sides: the organisation's
// editors and the network's coordinators (and administrators).
var PublicMembershipStatuses = []membership.Status{membership.StatusACTIVE, membership.StatusENDED}

// MembershipRule says which memberships one viewer may read. The zero
// value reads nothing.
type MembershipRule struct {
	all    bool  // every membership
	public bool  // memberships with a public status
	org    int   // an editor's own organisation's (0: none)
	nets   []int // a coordinator's own networks'
}

// MembershipRow is what Allows needs of a membership.
type MembershipRow struct {
	Status       membership.Status
	Organization int
	Network      int
}

// Memberships returns v's membership rule.
func Memberships(v *viewer.Viewer) MembershipRule {
	switch {
	case v.System || v.IsAdmin():
		return MembershipRule{all: true}
	case !v.CanRead():
		return MembershipRule{}
	}
	r := MembershipRule{public: true}
	if v.SignedIn() && v.Role == viewer.RoleEditor {
		r.org = v.OrganizationID
	}
	if v.SignedIn() && v.Role == viewer.RoleCoordinator {
		r.nets = slices.Sorted(slices.Values(v.NetworkIDs))
	}
	return r
}

// Everyone is the rule of what every reader may read: for views built once
// and shown to all (coverage, the map's shared views).
func Everyone() MembershipRule { return MembershipRule{public: true} }

// Predicate matches the memberships the rule allows; nil when it allows
// them all.
func (r MembershipRule) Predicate() predicate.Membership {
	if r.all {
		return nil
	}
	if !r.public {
		return predicate.Membership(none)
	}
	or := []predicate.Membership{membership.StatusIn(PublicMembershipStatuses...)}
	if r.org != 0 {
		or = append(or, membership.OrganizationID(r.org))
	}
	if len(r.nets) > 0 {
		or = append(or, membership.NetworkIDIn(r.nets...))
	}
	return membership.Or(or...)
}

// Allows reports whether the rule allows row: Predicate, in memory.
func (r MembershipRule) Allows(row MembershipRow) bool {
	switch {
	case r.all:
		return true
	case !r.public:
		return false
	}
	return slices.Contains(PublicMembershipStatuses, row.Status) ||
		r.org != 0 && row.Organization == r.org ||
		slices.Contains(r.nets, row.Network)
}

// AllowsEvery reports whether the rule allows every membership whatever
// its sides when it has one of statuses: then a view limited to those
// statuses is the same for every viewer with a rule like this one, and may
// be shared.
func (r MembershipRule) AllowsEvery(statuses []membership.Status) bool {
	if r.all {
		return true
	}
	if !r.public {
		return false
	}
	for _, s := range statuses {
		if !slices.Contains(PublicMembershipStatuses, s) {
			return false
		}
	}
	return true
}

// Key is a short text that differs between rules that allow different
// rows, for cache keys.
func (r MembershipRule) Key() string {
	switch {
	case r.all:
		return "all"
	case !r.public:
		return "none"
	}
	var b strings.Builder
	b.WriteString("public")
	if r.org != 0 {
		b.WriteString(" org:" + strconv.Itoa(r.org))
	}
	for i, n := range r.nets {
		if i == 0 {
			b.WriteString(" nets:")
		} else {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// AddressRule says whose address one viewer may read. An address not
// marked confidential is for every reader; a confidential one (a
// shelter's) for administrators and the organisation's own editors.
type AddressRule struct {
	all bool
	org int // an editor's own organisation (0: none)
}

// Address returns v's address rule.
func Address(v *viewer.Viewer) AddressRule {
	r := AddressRule{all: v.System || v.IsAdmin()}
	if v.SignedIn() && v.Role == viewer.RoleEditor {
		r.org = v.OrganizationID
	}
	return r
}

// Predicate matches the organisations whose address the rule allows; nil
// when it allows them all. A path that reads addresses in SQL selects the
// address only where this holds (or blanks it elsewhere).
func (r AddressRule) Predicate() predicate.Organization {
	if r.all {
		return nil
	}
	if r.org != 0 {
		return organization.Or(organization.AddressConfidential(false), organization.ID(r.org))
	}
	return organization.AddressConfidential(false)
}

// Allows reports whether the rule allows organisation org's address, given
// whether it is confidential: Predicate, in memory.
func (r AddressRule) Allows(org int, confidential bool) bool {
	return r.all || !confidential || r.org != 0 && org == r.org
}

// AllowsHistory reports whether past addresses of organisation org may be
// shown: only to those who could see it confidential, since it may have
// been when it was recorded.
func (r AddressRule) AllowsHistory(org int) bool { return r.Allows(org, true) }

// Diff returns c's field changes as v may read them: an organisation's
// past addresses are replaced by "(hidden)" unless v may see its history.
func Diff(v *viewer.Viewer, c *ent.Change) []audit.FieldChange {
	hide := c.EntityType == ent.TypeOrganization && !Address(v).AllowsHistory(c.EntityID)
	out := slices.Clone(c.Diff)
	for i := range out {
		if hide && out[i].Field == organization.FieldAddress {
			out[i].Before, out[i].After = hiddenValue, hiddenValue
		}
	}
	return out
}

// hiddenValue replaces a value in the history, as JSON text.
const hiddenValue = `"(hidden)"`

// Accounts matches the accounts v may read; nil when v may read them all.
// Administrators read every account; everyone else only their own.
func Accounts(v *viewer.Viewer) predicate.Account {
	switch {
	case v.System || v.IsAdmin():
		return nil
	case !v.SignedIn():
		return predicate.Account(none)
	}
	return account.ID(v.AccountID)
}

// Messages matches the messages v may read: an account reads its own
// (notifications are personal; administrators too read only their own).
func Messages(v *viewer.Viewer) predicate.Message {
	if v.System {
		return nil
	}
	if !v.SignedIn() {
		return predicate.Message(none)
	}
	return message.AccountID(v.AccountID)
}

// Changes matches the audit records v may read; nil when v may read them
// all. A change is shown to who may read what it describes: organisations,
// networks and coverage templates to every signed-in reader, a membership
// to who may read the membership now, an account to that account alone.
// Anonymous visitors see no history, even on a public instance. What the
// change says is further limited by Diff.
func Changes(v *viewer.Viewer) predicate.Change {
	switch {
	case v.System || v.IsAdmin():
		return nil
	case !v.SignedIn():
		return predicate.Change(none)
	}
	return change.Or(
		change.EntityTypeIn(ent.TypeOrganization, ent.TypeNetwork, ent.TypeCoverageTemplate),
		change.And(change.EntityType(ent.TypeMembership), changeOfVisibleMembership(v)),
		change.And(change.EntityType(ent.TypeAccount), change.EntityID(v.AccountID)),
	)
}

// ChangeFacts matches the audit records whose facts the history views (the
// diff between two dates, the change feeds) may show v. A fact is what
// happened to an entry and when: it was created, renamed, changed status or
// role, or was confirmed, told only through FactFields, never who made the
// change nor any other field. Signed-in readers get the facts of the changes
// they may read (Changes); an anonymous reader of a public instance gets
// those of organisations, networks and the memberships every reader sees,
// since the values shown are public fields of public entries.
func ChangeFacts(v *viewer.Viewer) predicate.Change {
	switch {
	case v.SignedIn() || v.System:
		return Changes(v)
	case !v.CanRead():
		return predicate.Change(none)
	}
	return change.Or(
		change.EntityTypeIn(ent.TypeOrganization, ent.TypeNetwork),
		change.And(change.EntityType(ent.TypeMembership), changeOfVisibleMembership(v)),
	)
}

// FactFields are the fields (as the audit trail names them) whose values
// before and after a history view may show: names, status, role and
// confirmation dates, all public wherever the entry is.
var FactFields = []string{"nameFi", "nameSv", "nameEn", "status", "role", "lastConfirmedAt"}

// changeOfVisibleMembership matches changes of memberships that exist and
// that v may read. A deleted membership's history is for administrators.
func changeOfVisibleMembership(v *viewer.Viewer) predicate.Change {
	return func(s *sql.Selector) {
		t := sql.Table(membership.Table)
		ids := sql.Select(t.C(membership.FieldID)).From(t)
		if p := Memberships(v).Predicate(); p != nil {
			p(ids)
		}
		s.Where(sql.In(s.C(change.FieldEntityID), ids))
	}
}

func none(s *sql.Selector) { s.Where(sql.False()) }
