// Package visible states, once for each protected entity, which of its rows
// a viewer may read. The ent privacy policies apply these rules to queries of
// the entity itself; the GraphQL layer applies the same rules wherever a
// filter reaches the entity from another one (a has…With where filter runs
// as a plain SQL subquery that no policy sees).
package visible

import (
	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/predicate"
	"github.com/verkosto/verkosto/internal/viewer"
)

// PublicMembershipStatuses are the statuses every reader may see. Pending
// and declined requests belong to their two sides: the organisation's
// editors and the network's coordinators (and administrators).
var PublicMembershipStatuses = []membership.Status{membership.StatusACTIVE, membership.StatusENDED}

// Memberships matches the memberships v may read; nil when v may read them all.
func Memberships(v *viewer.Viewer) predicate.Membership {
	switch {
	case v.SeesPendingMemberships():
		return nil
	case !v.CanRead():
		return predicate.Membership(none)
	}
	visible := []predicate.Membership{membership.StatusIn(PublicMembershipStatuses...)}
	if v.SignedIn() && v.Role == viewer.RoleEditor && v.OrganizationID != 0 {
		visible = append(visible, membership.OrganizationID(v.OrganizationID))
	}
	if v.SignedIn() && v.Role == viewer.RoleCoordinator && len(v.NetworkIDs) > 0 {
		visible = append(visible, membership.NetworkIDIn(v.NetworkIDs...))
	}
	return membership.Or(visible...)
}

// Changes matches the audit records v may read; nil when v may read them
// all. A change is shown to who may read what it describes: organisations,
// networks and coverage templates to every signed-in reader, a membership
// to who may read the membership now, an account to that account alone.
// Anonymous visitors see no history, even on a public instance.
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

// changeOfVisibleMembership matches changes of memberships that exist and
// that v may read. A deleted membership's history is for administrators.
func changeOfVisibleMembership(v *viewer.Viewer) predicate.Change {
	return func(s *sql.Selector) {
		t := sql.Table(membership.Table)
		ids := sql.Select(t.C(membership.FieldID)).From(t)
		if p := Memberships(v); p != nil {
			p(ids)
		}
		s.Where(sql.In(s.C(change.FieldEntityID), ids))
	}
}

func none(s *sql.Selector) { s.Where(sql.False()) }
