// Package history answers "what changed between two dates": memberships
// that started and ended and networks that started and ended (from their
// dates), and what the audit trail says about the rest (requests to join,
// declines, new entries, renames, roles, dormancy, confirmations). The
// diff query, the change feeds and the reminders read it.
//
// Every read takes its rule from ent/schema/visible for the viewer in the
// context: memberships by visible.Memberships, audit records by
// visible.ChangeFacts, and only visible.FactFields of a change are told.
// Queries run as the system with those rules added, as raw read paths do.
package history

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/change"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/predicate"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Kind is what happened. The values match the GraphQL enum ChangeKind.
type Kind string

const (
	MembershipRequested Kind = "MEMBERSHIP_REQUESTED" // an organisation asked, or was invited, to join
	MembershipDeclined  Kind = "MEMBERSHIP_DECLINED"
	MembershipStarted   Kind = "MEMBERSHIP_STARTED" // its start date
	MembershipEnded     Kind = "MEMBERSHIP_ENDED"   // its end date
	RoleChanged         Kind = "ROLE_CHANGED"
	NetworkAdded        Kind = "NETWORK_ADDED"
	NetworkStarted      Kind = "NETWORK_STARTED" // its start date
	NetworkEnded        Kind = "NETWORK_ENDED"   // its end date, or its status when it has none
	NetworkDormant      Kind = "NETWORK_DORMANT"
	NetworkRenamed      Kind = "NETWORK_RENAMED"
	OrganizationAdded   Kind = "ORGANIZATION_ADDED"
	OrganizationRenamed Kind = "ORGANIZATION_RENAMED"
	EntryConfirmed      Kind = "ENTRY_CONFIRMED"
)

// Event is one thing that happened.
type Event struct {
	Key  string    // unique and stable: the same event has the same key in every answer
	Kind Kind      // what happened
	At   time.Time // when: a change's moment, or midnight UTC of a dated event's day
	// The entries it concerns (0: none). A membership's event names its
	// organisation and network too; a network's or organisation's, itself.
	OrganizationID, NetworkID, MembershipID int
	// Before and After are the changed value as JSON text (a name, a role,
	// a status) for renames, role and status changes; "" otherwise. For an
	// added entry, After is its Finnish name.
	Before, After string
}

// Day is the event's calendar day.
func (e Event) Day() time.Time { return day(e.At) }

// Scope narrows a diff; zero fields do not narrow.
type Scope struct {
	Area    int // what works in this area (a county includes its municipalities)
	Network int // one network, its memberships and its members
}

// MaxSpan is the longest period one diff covers.
const MaxSpan = 100 * 366 * 24 * time.Hour

// ErrPeriod is returned when to is before from or the period is too long.
var ErrPeriod = errors.New("to must not be before from, and the period at most 100 years")

// Diff returns what changed from from to to (calendar days, both
// inclusive) within scope, as the viewer in ctx may see it, in the order it
// happened (At, then Key).
func Diff(ctx context.Context, client *ent.Client, from, to time.Time, scope Scope) ([]Event, error) {
	v := viewer.FromContext(ctx)
	if !v.CanRead() {
		return nil, privacy.Denyf("sign in to see this")
	}
	start, end := day(from), day(to).AddDate(0, 0, 1)
	if end.Before(start) || end.Sub(start) > MaxSpan {
		return nil, ErrPeriod
	}
	sc, err := scopePredicates(ctx, client, scope, v)
	if err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	var events []Event

	// Memberships by their dates: the same memberships the map counts on a
	// day (asof: only ACTIVE and ENDED ever ran).
	mq := client.Membership.Query().Where(
		membership.StatusIn(visible.PublicMembershipStatuses...),
		membership.Or(
			membership.And(membership.StartDateGTE(start), membership.StartDateLT(end)),
			membership.And(membership.EndDateGTE(start), membership.EndDateLT(end))))
	if p := visible.Memberships(v).Predicate(); p != nil {
		mq.Where(p)
	}
	if sc.membership != nil {
		mq.Where(sc.membership)
	}
	ms, err := mq.Select(membership.FieldID, membership.FieldOrganizationID, membership.FieldNetworkID,
		membership.FieldStartDate, membership.FieldEndDate, membership.FieldRole).All(sys)
	if err != nil {
		return nil, fmt.Errorf("history: memberships: %w", err)
	}
	for _, m := range ms {
		base := Event{OrganizationID: m.OrganizationID, NetworkID: m.NetworkID, MembershipID: m.ID}
		if in(m.StartDate, start, end) {
			e := base
			e.Key, e.Kind, e.At, e.After = "membership-started:"+strconv.Itoa(m.ID), MembershipStarted, day(*m.StartDate), quote(string(m.Role))
			events = append(events, e)
		}
		if in(m.EndDate, start, end) {
			e := base
			e.Key, e.Kind, e.At = "membership-ended:"+strconv.Itoa(m.ID), MembershipEnded, day(*m.EndDate)
			events = append(events, e)
		}
	}

	// Networks by their dates.
	nq := client.Network.Query().Where(network.Or(
		network.And(network.StartedOnGTE(start), network.StartedOnLT(end)),
		network.And(network.EndedOnGTE(start), network.EndedOnLT(end))))
	if sc.network != nil {
		nq.Where(sc.network)
	}
	ns, err := nq.Select(network.FieldID, network.FieldStartedOn, network.FieldEndedOn).All(sys)
	if err != nil {
		return nil, fmt.Errorf("history: networks: %w", err)
	}
	for _, n := range ns {
		if in(n.StartedOn, start, end) {
			events = append(events, Event{Key: "network-started:" + strconv.Itoa(n.ID), Kind: NetworkStarted, At: day(*n.StartedOn), NetworkID: n.ID})
		}
		if in(n.EndedOn, start, end) {
			events = append(events, Event{Key: "network-ended:" + strconv.Itoa(n.ID), Kind: NetworkEnded, At: day(*n.EndedOn), NetworkID: n.ID})
		}
	}

	fromChanges, err := changeEvents(sys, client, v, start, end, sc)
	if err != nil {
		return nil, err
	}
	events = append(events, fromChanges...)
	slices.SortFunc(events, func(a, b Event) int {
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.Key, b.Key))
	})
	return events, nil
}

// changeEvents reads the audit trail of the period.
func changeEvents(sys context.Context, client *ent.Client, v *viewer.Viewer, start, end time.Time, sc scopes) ([]Event, error) {
	q := client.Change.Query().Where(
		change.AtGTE(start), change.AtLT(end),
		change.EntityTypeIn(ent.TypeOrganization, ent.TypeNetwork, ent.TypeMembership),
		change.OperationIn(change.OperationCREATE, change.OperationUPDATE))
	if p := visible.ChangeFacts(v); p != nil {
		q.Where(p)
	}
	if p := sc.change(); p != nil {
		q.Where(p)
	}
	cs, err := q.Order(change.ByAt(), change.ByID()).All(sys)
	if err != nil {
		return nil, fmt.Errorf("history: changes: %w", err)
	}
	// A membership's events name its two sides; a network's end by status
	// alone counts only when it has no end date (else its date tells it).
	var mids, nids []int
	for _, c := range cs {
		switch c.EntityType {
		case ent.TypeMembership:
			mids = append(mids, c.EntityID)
		case ent.TypeNetwork:
			nids = append(nids, c.EntityID)
		}
	}
	sides := map[int]*ent.Membership{}
	if len(mids) > 0 {
		ms, err := client.Membership.Query().Where(membership.IDIn(unique(mids)...)).
			Select(membership.FieldID, membership.FieldOrganizationID, membership.FieldNetworkID).All(sys)
		if err != nil {
			return nil, fmt.Errorf("history: memberships: %w", err)
		}
		for _, m := range ms {
			sides[m.ID] = m
		}
	}
	undated := map[int]bool{}
	if len(nids) > 0 {
		ids, err := client.Network.Query().Where(network.IDIn(unique(nids)...), network.EndedOnIsNil()).IDs(sys)
		if err != nil {
			return nil, fmt.Errorf("history: networks: %w", err)
		}
		for _, id := range ids {
			undated[id] = true
		}
	}

	var out []Event
	for _, c := range cs {
		fields := map[string][2]string{}
		for _, fc := range c.Diff {
			if slices.Contains(visible.FactFields, fc.Field) {
				fields[fc.Field] = [2]string{fc.Before, fc.After}
			}
		}
		base := Event{At: c.At}
		switch c.EntityType {
		case ent.TypeOrganization:
			base.OrganizationID = c.EntityID
		case ent.TypeNetwork:
			base.NetworkID = c.EntityID
		case ent.TypeMembership:
			m := sides[c.EntityID]
			if m == nil {
				continue // deleted: its history is for administrators' change list
			}
			base.MembershipID, base.OrganizationID, base.NetworkID = m.ID, m.OrganizationID, m.NetworkID
		}
		emit := func(k Kind, before, after string) {
			e := base
			e.Key, e.Kind, e.Before, e.After = "change:"+strconv.Itoa(c.ID)+":"+string(k), k, nullable(before), nullable(after)
			out = append(out, e)
		}
		if c.Operation == change.OperationCREATE {
			switch c.EntityType {
			case ent.TypeOrganization:
				emit(OrganizationAdded, "", fields["nameFi"][1])
			case ent.TypeNetwork:
				emit(NetworkAdded, "", fields["nameFi"][1])
			case ent.TypeMembership:
				emit(MembershipRequested, "", fields["role"][1])
			}
			continue
		}
		if name, ok := renamed(fields); ok {
			switch c.EntityType {
			case ent.TypeOrganization:
				emit(OrganizationRenamed, name[0], name[1])
			case ent.TypeNetwork:
				emit(NetworkRenamed, name[0], name[1])
			}
		}
		if s, ok := fields["status"]; ok {
			switch {
			case c.EntityType == ent.TypeNetwork && s[1] == quote(string(network.StatusDORMANT)):
				emit(NetworkDormant, s[0], s[1])
			case c.EntityType == ent.TypeNetwork && s[1] == quote(string(network.StatusENDED)) && undated[c.EntityID]:
				emit(NetworkEnded, s[0], s[1])
			case c.EntityType == ent.TypeMembership && s[1] == quote(string(membership.StatusDECLINED)):
				emit(MembershipDeclined, s[0], s[1])
			}
		}
		if r, ok := fields["role"]; ok && c.EntityType == ent.TypeMembership {
			emit(RoleChanged, r[0], r[1])
		}
		if cf, ok := fields["lastConfirmedAt"]; ok && cf[1] != "null" {
			emit(EntryConfirmed, cf[0], cf[1])
		}
	}
	return out, nil
}

// renamed returns the Finnish name's change, else another name's.
func renamed(fields map[string][2]string) ([2]string, bool) {
	for _, f := range []string{"nameFi", "nameSv", "nameEn"} {
		if v, ok := fields[f]; ok {
			return v, true
		}
	}
	return [2]string{}, false
}

// scopes are a Scope's predicates on each table; nil ones do not narrow.
type scopes struct {
	organization predicate.Organization
	network      predicate.Network
	membership   predicate.Membership
}

func scopePredicates(ctx context.Context, client *ent.Client, s Scope, v *viewer.Viewer) (scopes, error) {
	var out scopes
	var orgs []predicate.Organization
	var nets []predicate.Network
	var mems []predicate.Membership
	if s.Area != 0 {
		tree, err := areas.Load(ctx, client)
		if err != nil {
			return out, err
		}
		ids, err := tree.Related(s.Area)
		if err != nil {
			return out, err
		}
		op := organization.Or(organization.HomeAreaIDIn(ids...), organization.HasOperatingAreasWith(area.IDIn(ids...)))
		np := network.HasAreasWith(area.IDIn(ids...))
		orgs, nets = append(orgs, op), append(nets, np)
		mems = append(mems, membership.Or(membership.HasOrganizationWith(op), membership.HasNetworkWith(np)))
	}
	if s.Network != 0 {
		// Its members are those whose membership the viewer may read.
		member := []predicate.Membership{membership.NetworkID(s.Network)}
		if p := visible.Memberships(v).Predicate(); p != nil {
			member = append(member, p)
		}
		orgs = append(orgs, organization.HasMembershipsWith(member...))
		nets = append(nets, network.ID(s.Network))
		mems = append(mems, membership.NetworkID(s.Network))
	}
	if len(orgs) > 0 {
		out.organization, out.network, out.membership = organization.And(orgs...), network.And(nets...), membership.And(mems...)
	}
	return out, nil
}

// change matches the audit records of the entries in scope; nil when the
// scope is everything.
func (s scopes) change() predicate.Change {
	if s.organization == nil {
		return nil
	}
	return change.Or(
		change.And(change.EntityType(ent.TypeOrganization), entityIn(organization.Table, organization.FieldID, func(sel *sql.Selector) { s.organization(sel) })),
		change.And(change.EntityType(ent.TypeNetwork), entityIn(network.Table, network.FieldID, func(sel *sql.Selector) { s.network(sel) })),
		change.And(change.EntityType(ent.TypeMembership), entityIn(membership.Table, membership.FieldID, func(sel *sql.Selector) { s.membership(sel) })),
	)
}

func entityIn(table, id string, where func(*sql.Selector)) predicate.Change {
	return func(s *sql.Selector) {
		t := sql.Table(table)
		ids := sql.Select(t.C(id)).From(t)
		where(ids)
		s.Where(sql.In(s.C(change.FieldEntityID), ids))
	}
}

func in(t *time.Time, start, end time.Time) bool {
	return t != nil && !day(*t).Before(start) && day(*t).Before(end)
}

func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// nullable keeps "" for a value the change did not give.
func nullable(s string) string {
	if s == "null" {
		return ""
	}
	return s
}

func unique(ids []int) []int {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// ErrCursor is returned for an after cursor this package did not make.
var ErrCursor = errors.New("not a valid cursor: use one from pageInfo or an edge")

// Cursor is e's place in Diff's order, for paging.
func Cursor(e Event) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(e.At.UnixNano(), 10) + " " + e.Key))
}

// Page returns up to first events after the cursor after ("" for the
// start) and whether more follow. A cursor stays good while the data
// changes: the page starts after its place in the order.
func Page(events []Event, after string, first int) ([]Event, bool, error) {
	i := 0
	if after != "" {
		raw, err := base64.RawURLEncoding.DecodeString(after)
		if err != nil {
			return nil, false, ErrCursor
		}
		nanos, key, ok := strings.Cut(string(raw), " ")
		n, err := strconv.ParseInt(nanos, 10, 64)
		if !ok || err != nil {
			return nil, false, ErrCursor
		}
		at := time.Unix(0, n)
		i, _ = slices.BinarySearchFunc(events, Event{At: at, Key: key}, func(e, t Event) int {
			return cmp.Or(e.At.Compare(t.At), cmp.Compare(e.Key, t.Key))
		})
		if i < len(events) && events[i].Key == key {
			i++
		}
	}
	rest := events[i:]
	if len(rest) > first {
		return rest[:first], true, nil
	}
	return rest, false, nil
}
