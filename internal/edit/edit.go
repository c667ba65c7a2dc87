// Package edit is how entries change: optimistic locking, idempotent
// creates and the membership workflow (request → approve/decline → end).
// Who may do what is not decided here but by the ent privacy policies, which
// every write below passes through; each function expects to run inside
// the caller's transaction, with the audit hook writing its Change.
package edit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	entgo "entgo.io/ent"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/outbox"
	"github.com/verkosto/verkosto/internal/viewer"
)

// ConflictError is a stale version: someone else changed the entry after
// the editor read it. Current is the entry's version now.
type ConflictError struct {
	Current int
	Reason  string
}

func (e *ConflictError) Error() string {
	if e.Reason != "" {
		return e.Reason
	}
	return fmt.Sprintf("someone else changed the entry since you read it (now at version %d): reload it and apply your change again", e.Current)
}

// Kind says the caller should reload and try again.
func (e *ConflictError) Kind() fault.Kind { return fault.Conflict }

func fieldError(field, format string, args ...any) error {
	return &validate.FieldError{Field: field, Err: fmt.Errorf(format, args...)}
}

// MaxIdempotencyKeyLen caps an idempotency key.
const MaxIdempotencyKeyLen = 100

// idempotencyKey scopes a client's key to the account, so two accounts'
// keys never collide and nobody can fetch another's result by guessing.
func idempotencyKey(ctx context.Context, key *string) (*string, error) {
	if key == nil {
		return nil, nil
	}
	k := strings.TrimSpace(*key)
	if k == "" || len(k) > MaxIdempotencyKeyLen {
		return nil, fieldError("idempotencyKey", "must have 1 to %d characters", MaxIdempotencyKeyLen)
	}
	scoped := fmt.Sprintf("%d:%s", viewer.FromContext(ctx).AccountID, k)
	return &scoped, nil
}

// createOnce runs create unless an entry with the idempotency key exists,
// in which case it returns that entry: a retried request creates nothing.
//
// Retries may also arrive at once. On SQLite writers are serialised, so a
// retry always finds the first one's entry. On PostgreSQL two may both find
// nothing; the second then fails, on the key's unique index (its insert
// waits for the first to commit) or on a check that now sees the first's
// entry (already asked to join). Whatever failed is undone to a savepoint
// (a failed statement would otherwise abort the whole transaction) and the
// first's entry, committed and visible by now, is returned instead.
func createOnce[T any](ctx context.Context, key *string, find func(key string) (T, error), create func(key *string) (T, error)) (T, error) {
	var zero T
	k, err := idempotencyKey(ctx, key)
	if err != nil {
		return zero, err
	}
	if k == nil {
		return create(nil)
	}
	if v, err := find(*k); err == nil || !ent.IsNotFound(err) {
		return v, err
	}
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		// Outside a transaction (start-up, commands) each statement stands
		// alone: a failed insert spoils nothing.
		v, err := create(k)
		if err != nil {
			if first, ferr := find(*k); ferr == nil {
				return first, nil
			}
		}
		return v, err
	}
	if _, err := tx.ExecContext(ctx, "SAVEPOINT idempotent_create"); err != nil {
		return zero, err
	}
	v, err := create(k)
	if err != nil {
		if _, rerr := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT idempotent_create"); rerr != nil {
			return zero, err
		}
		if first, ferr := find(*k); ferr == nil {
			return first, nil
		}
		return zero, err // no retry won: the failure is this request's own
	}
	if _, err := tx.ExecContext(ctx, "RELEASE SAVEPOINT idempotent_create"); err != nil {
		return zero, err
	}
	return v, nil
}

// updateAt runs save only if the entry is still at version; save must
// itself require the version in its WHERE clause, so that of concurrent
// editors who all read the same version exactly one wins. An update that
// would change nothing (the same values again, clearing what is empty) is
// not saved: it keeps the version, so it turns nobody else's open edit into
// a conflict, and writes no audit record.
func updateAt[T any](version int, current func() (T, int, error), changed func() (bool, error), save func() (T, error)) (T, error) {
	var zero T
	entry, now, err := current()
	if err != nil {
		return zero, err
	}
	if now != version {
		return zero, &ConflictError{Current: now}
	}
	if ok, err := changed(); err != nil || !ok {
		return entry, err
	}
	v, err := save()
	if ent.IsNotFound(err) {
		return zero, &ConflictError{Current: version + 1}
	}
	return v, err
}

// changes reports whether the update m would change the stored entry: a
// field set to another value, a field cleared that holds one, an edge
// gaining or losing an ID. current gives the IDs the entry's edges that
// are not fields hold now (the others are compared as fields); an edge it
// does not know counts as changed. The policy is asked first, as the save
// would: an update the caller may not make is refused even when it would
// change nothing.
func changes(ctx context.Context, policy entgo.Policy, m entgo.Mutation, current map[string]func() ([]int, error)) (bool, error) {
	if err := policy.EvalMutation(ctx, m); err != nil {
		return false, err
	}
	for _, f := range m.Fields() {
		v, _ := m.Field(f)
		old, err := m.OldField(ctx, f)
		if err != nil {
			return false, err
		}
		if canonical(v) != canonical(old) {
			return true, nil
		}
	}
	for _, f := range m.ClearedFields() {
		old, err := m.OldField(ctx, f)
		if err != nil {
			return false, err
		}
		if canonical(old) != "null" {
			return true, nil
		}
	}
	isField := func(edge string) bool {
		_, set := m.Field(edge + "_id")
		return set || m.FieldCleared(edge+"_id")
	}
	for _, e := range slices.Concat(m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()) {
		if isField(e) {
			continue
		}
		load, ok := current[e]
		if !ok {
			return true, nil
		}
		ids, err := load()
		if err != nil {
			return false, err
		}
		if m.EdgeCleared(e) && len(ids) > 0 {
			return true, nil
		}
		for _, id := range m.AddedIDs(e) {
			if !slices.Contains(ids, id.(int)) {
				return true, nil
			}
		}
		for _, id := range m.RemovedIDs(e) {
			if slices.Contains(ids, id.(int)) {
				return true, nil
			}
		}
	}
	return false, nil
}

// canonical encodes a field's value so that equal values compare equal:
// through pointers, times in UTC, and unset, empty text and empty lists
// all as "null" (the API shows them alike).
func canonical(v any) string {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return "null"
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return "null"
	}
	v = rv.Interface()
	if t, ok := v.(time.Time); ok {
		v = t.UTC()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	switch s := string(b); s {
	case `""`, "[]", "{}":
		return "null"
	default:
		return s
	}
}

func today() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// CreateOrganization creates an organisation; a retry with the same
// idempotency key returns the organisation the first request created.
func CreateOrganization(ctx context.Context, client *ent.Client, input ent.CreateOrganizationInput, key *string) (*ent.Organization, error) {
	return createOnce(ctx, key,
		func(k string) (*ent.Organization, error) {
			return client.Organization.Query().Where(organization.IdempotencyKey(k)).Only(ctx)
		},
		func(k *string) (*ent.Organization, error) {
			return client.Organization.Create().SetInput(input).SetNillableIdempotencyKey(k).Save(ctx)
		})
}

// UpdateOrganization applies input if the organisation is still at version.
func UpdateOrganization(ctx context.Context, client *ent.Client, id int, input ent.UpdateOrganizationInput, version int) (*ent.Organization, error) {
	upd := client.Organization.UpdateOneID(id).Where(organization.Version(version)).SetInput(input)
	var o *ent.Organization
	return updateAt(version,
		func() (_ *ent.Organization, _ int, err error) {
			o, err = client.Organization.Get(ctx, id)
			if err != nil {
				return nil, 0, err
			}
			return o, o.Version, nil
		},
		func() (bool, error) {
			if len(input.AppendServices) > 0 {
				return true, nil
			}
			return changes(ctx, organization.Policy, upd.Mutation(), map[string]func() ([]int, error){
				organization.EdgeOperatingAreas: func() ([]int, error) { return o.QueryOperatingAreas().IDs(ctx) },
			})
		},
		func() (*ent.Organization, error) { return upd.AddVersion(1).Save(ctx) })
}

// ConfirmOrganization records that the organisation's entry, memberships
// included, is still accurate. It does not change the version: confirming
// must not turn a colleague's open edit into a conflict.
func ConfirmOrganization(ctx context.Context, client *ent.Client, id int) (*ent.Organization, error) {
	return client.Organization.UpdateOneID(id).SetLastConfirmedAt(time.Now()).Save(ctx)
}

// CreateNetwork creates a network; a coordinator who creates one
// coordinates it from then on.
func CreateNetwork(ctx context.Context, client *ent.Client, input ent.CreateNetworkInput, key *string) (*ent.Network, error) {
	created := false
	n, err := createOnce(ctx, key,
		func(k string) (*ent.Network, error) {
			return client.Network.Query().Where(network.IdempotencyKey(k)).Only(ctx)
		},
		func(k *string) (*ent.Network, error) {
			n, err := client.Network.Create().SetInput(input).SetNillableIdempotencyKey(k).Save(ctx)
			created = err == nil // a concurrent retry's loser returns the winner's network
			return n, err
		})
	if err != nil || !created {
		return n, err
	}
	if v := viewer.FromContext(ctx); v.SignedIn() && v.Role == viewer.RoleCoordinator {
		// Bookkeeping of the server's, not an account edit of the coordinator's.
		if err := client.Account.UpdateOneID(v.AccountID).AddNetworkIDs(n.ID).Exec(viewer.SystemContext(ctx)); err != nil {
			return nil, err
		}
		v.NetworkIDs = append(v.NetworkIDs, n.ID)
	}
	return n, nil
}

// UpdateNetwork applies input if the network is still at version.
func UpdateNetwork(ctx context.Context, client *ent.Client, id int, input ent.UpdateNetworkInput, version int) (*ent.Network, error) {
	if input.ParentID != nil && *input.ParentID == id {
		return nil, fieldError("parentID", "a network cannot work under itself")
	}
	upd := client.Network.UpdateOneID(id).Where(network.Version(version)).SetInput(input)
	var n *ent.Network
	return updateAt(version,
		func() (_ *ent.Network, _ int, err error) {
			n, err = client.Network.Get(ctx, id)
			if err != nil {
				return nil, 0, err
			}
			return n, n.Version, nil
		},
		func() (bool, error) {
			if len(input.AppendThemes) > 0 {
				return true, nil
			}
			return changes(ctx, network.Policy, upd.Mutation(), map[string]func() ([]int, error){
				network.EdgeAreas: func() ([]int, error) { return n.QueryAreas().IDs(ctx) },
			})
		},
		func() (*ent.Network, error) { return upd.AddVersion(1).Save(ctx) })
}

// ConfirmNetwork records that the network's entry and member list are still accurate.
func ConfirmNetwork(ctx context.Context, client *ent.Client, id int) (*ent.Network, error) {
	return client.Network.UpdateOneID(id).SetLastConfirmedAt(time.Now()).Save(ctx)
}

// MembershipRequest asks for an organisation to join a network: its
// editor's request, or the network coordinator's invitation.
type MembershipRequest struct {
	OrganizationID int
	NetworkID      int
	Role           membership.Role
	Representative *string
	StartDate      *time.Time
	Source         *string
}

// RequestMembership creates a PENDING membership, unless the organisation
// already is a member or has already asked or been invited. It records which
// side asked: a coordinator's is an invitation, for the organisation to
// answer (ent/schema/policy.go says who answers what).
func RequestMembership(ctx context.Context, client *ent.Client, req MembershipRequest, key *string) (*ent.Membership, error) {
	return createOnce(ctx, key,
		func(k string) (*ent.Membership, error) {
			return client.Membership.Query().Where(membership.IdempotencyKey(k)).Only(ctx)
		},
		func(k *string) (*ent.Membership, error) { return newMembership(ctx, client, req, k) })
}

// pending loads a membership and checks its status and, when given, version.
func loadMembership(ctx context.Context, client *ent.Client, id int, version *int, want membership.Status, verb string) (*ent.Membership, error) {
	m, err := client.Membership.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if version != nil && m.Version != *version {
		return nil, &ConflictError{Current: m.Version}
	}
	if m.Status != want {
		return nil, &ConflictError{Current: m.Version, Reason: fmt.Sprintf("only a %s membership can be %s; this one is %s", strings.ToLower(string(want)), verb, m.Status)}
	}
	return m, nil
}

// ApproveMembership turns a pending request into an active membership; an
// organisation's editor who accepts an invitation confirms it for the
// organisation, anyone else for the network.
func ApproveMembership(ctx context.Context, client *ent.Client, id int, version *int) (*ent.Membership, error) {
	m, err := loadMembership(ctx, client, id, version, membership.StatusPENDING, "approved")
	if err != nil {
		return nil, err
	}
	upd := client.Membership.UpdateOneID(id).
		Where(membership.Version(m.Version)).
		SetStatus(membership.StatusACTIVE).
		AddVersion(1)
	if viewer.FromContext(ctx).EditsOrganization(m.OrganizationID) {
		upd.SetOrganizationConfirmedAt(time.Now())
	} else {
		upd.SetNetworkConfirmedAt(time.Now())
	}
	if m.StartDate == nil {
		upd.SetStartDate(today())
	}
	return saveMembership(upd, ctx, m.Version)
}

// MaxReasonLen caps a decline reason.
const MaxReasonLen = 1000

// DeclineMembership declines a pending request, saying why.
func DeclineMembership(ctx context.Context, client *ent.Client, id int, reason string, version *int) (*ent.Membership, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || len([]rune(reason)) > MaxReasonLen {
		return nil, fieldError("reason", "must have 1 to %d characters", MaxReasonLen)
	}
	m, err := loadMembership(ctx, client, id, version, membership.StatusPENDING, "declined")
	if err != nil {
		return nil, err
	}
	return saveMembership(client.Membership.UpdateOneID(id).
		Where(membership.Version(m.Version)).
		SetStatus(membership.StatusDECLINED).
		SetDeclineReason(reason).
		AddVersion(1), ctx, m.Version)
}

// EndMembership ends an active membership on endDate (not in the future:
// a membership is ended when it has ended).
func EndMembership(ctx context.Context, client *ent.Client, id int, endDate time.Time, version *int) (*ent.Membership, error) {
	if endDate.After(today()) {
		return nil, fieldError("endDate", "must not be in the future")
	}
	m, err := loadMembership(ctx, client, id, version, membership.StatusACTIVE, "ended")
	if err != nil {
		return nil, err
	}
	return saveMembership(client.Membership.UpdateOneID(id).
		Where(membership.Version(m.Version)).
		SetStatus(membership.StatusENDED).
		SetEndDate(endDate).
		AddVersion(1), ctx, m.Version)
}

func saveMembership(upd *ent.MembershipUpdateOne, ctx context.Context, version int) (*ent.Membership, error) {
	m, err := upd.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, &ConflictError{Current: version + 1}
	}
	return m, err
}

// NewAccount describes an account to create.
type NewAccount struct {
	Email          string
	Password       string
	Role           viewer.Role
	OrganizationID *int
	NetworkIDs     []int
}

// CreateAccount creates an account after checking that the role and its
// organisation or networks fit together.
func CreateAccount(ctx context.Context, client *ent.Client, in NewAccount, key *string) (*ent.Account, error) {
	return createOnce(ctx, key,
		func(k string) (*ent.Account, error) {
			return client.Account.Query().Where(account.IdempotencyKey(k)).Only(ctx)
		},
		func(k *string) (*ent.Account, error) { return newAccount(ctx, client, in, k) })
}

// newMembership creates the pending membership RequestMembership asks for.
func newMembership(ctx context.Context, client *ent.Client, req MembershipRequest, k *string) (*ent.Membership, error) {
	if ok, err := client.Organization.Query().Where(organization.ID(req.OrganizationID)).Exist(ctx); err != nil {
		return nil, err
	} else if !ok {
		return nil, fieldError("organizationID", "no organisation has this ID")
	}
	if ok, err := client.Network.Query().Where(network.ID(req.NetworkID)).Exist(ctx); err != nil {
		return nil, err
	} else if !ok {
		return nil, fieldError("networkID", "no network has this ID")
	}
	open, err := client.Membership.Query().Where(
		membership.OrganizationID(req.OrganizationID),
		membership.NetworkID(req.NetworkID),
		membership.StatusIn(membership.StatusPENDING, membership.StatusACTIVE),
	).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if open {
		return nil, &ConflictError{Reason: "the organisation is already a member of the network or has already asked or been invited to join"}
	}
	// The network's side invites; anyone else (the organisation's editor,
	// an administrator on its behalf) asks for the organisation.
	side, source := membership.RequestedByORGANIZATION, "Requested in Verkosto"
	if viewer.FromContext(ctx).CoordinatesNetwork(req.NetworkID) {
		side, source = membership.RequestedByNETWORK, "Invited in Verkosto"
	}
	if req.Source != nil && strings.TrimSpace(*req.Source) != "" {
		source = strings.TrimSpace(*req.Source)
	}
	role := req.Role
	if role == "" {
		role = membership.RoleMEMBER
	}
	m, err := client.Membership.Create().
		SetOrganizationID(req.OrganizationID).
		SetNetworkID(req.NetworkID).
		SetRole(role).
		SetNillableRepresentative(req.Representative).
		SetNillableStartDate(req.StartDate).
		SetSource(source).
		SetStatus(membership.StatusPENDING).
		SetRequestedBy(side).
		SetNillableIdempotencyKey(k).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	// The other side's message, in the same transaction.
	if err := outbox.MembershipRequested(ctx, client, m); err != nil {
		return nil, err
	}
	return m, nil
}

// newAccount checks and creates the account CreateAccount asks for.
func newAccount(ctx context.Context, client *ent.Client, in NewAccount, k *string) (*ent.Account, error) {
	networks := slices.Compact(slices.Sorted(slices.Values(in.NetworkIDs))) // each once
	email := auth.NormalizeEmail(in.Email)
	if err := validate.Email(email); err != nil || email == "" {
		return nil, fieldError("email", "not a valid email address")
	}
	if err := checkAccountShape(ctx, client, in.Role, in.OrganizationID, networks); err != nil {
		return nil, err
	}
	if taken, err := client.Account.Query().Where(account.Email(email)).Exist(viewer.SystemContext(ctx)); err != nil {
		return nil, err
	} else if taken {
		return nil, fieldError("email", "an account with this email already exists")
	}
	hash, err := auth.HashPassword(in.Password)
	if errors.Is(err, auth.ErrWeakPassword) {
		return nil, fieldError("password", "%s", err)
	}
	if err != nil {
		return nil, err
	}
	return client.Account.Create().
		SetEmail(email).
		SetPasswordHash(hash).
		SetRole(in.Role).
		SetNillableOrganizationID(in.OrganizationID).
		AddNetworkIDs(networks...).
		SetNillableIdempotencyKey(k).
		Save(ctx)
}

// checkAccountShape checks that a role and its organisation or networks fit
// together and exist: an editor edits one organisation, a coordinator
// coordinates networks, other roles have neither. networks is sorted and
// has each ID once.
func checkAccountShape(ctx context.Context, client *ent.Client, role viewer.Role, organizationID *int, networks []int) error {
	if !role.Valid() {
		return fieldError("role", "unknown role %q", role)
	}
	switch {
	case role == viewer.RoleEditor && organizationID == nil:
		return fieldError("organizationID", "an editor needs the organisation it edits")
	case role != viewer.RoleEditor && organizationID != nil:
		return fieldError("organizationID", "only an editor has an organisation")
	case role != viewer.RoleCoordinator && len(networks) > 0:
		return fieldError("networkIDs", "only a coordinator has networks")
	}
	if organizationID != nil {
		if ok, err := client.Organization.Query().Where(organization.ID(*organizationID)).Exist(ctx); err != nil {
			return err
		} else if !ok {
			return fieldError("organizationID", "no organisation has this ID")
		}
	}
	if len(networks) > 0 {
		n, err := client.Network.Query().Where(network.IDIn(networks...)).Count(ctx)
		if err != nil {
			return err
		}
		if n != len(networks) {
			return fieldError("networkIDs", "no network has one of these IDs")
		}
	}
	return nil
}

// AccountChange is what UpdateAccount changes; nil fields stay as they are.
// A new role drops what the old one had (an editor's organisation, a
// coordinator's networks) unless the change gives them anew.
type AccountChange struct {
	Role           *viewer.Role
	OrganizationID *int
	NetworkIDs     []int // nil: unchanged; empty: none
	Disabled       *bool
}

// UpdateAccount changes an account's role, organisation, networks or
// whether it may sign in (administrators: ent's privacy rules). An
// administrator may not demote or disable their own account, so that an
// instance is never left without one by a slip. Disabling ends the
// account's sessions at once (auth refuses a disabled account's session).
func UpdateAccount(ctx context.Context, client *ent.Client, id int, ch AccountChange) (*ent.Account, error) {
	if err := auth.MayChangeAccount(ctx, client, id); err != nil {
		return nil, err
	}
	a, err := client.Account.Query().Where(account.ID(id)).WithNetworks().Only(ctx)
	if err != nil {
		return nil, err
	}
	if id == viewer.FromContext(ctx).AccountID &&
		((ch.Role != nil && *ch.Role != a.Role) || (ch.Disabled != nil && *ch.Disabled)) {
		return nil, fieldError("role", "you cannot change or disable your own account: ask another administrator")
	}
	role := a.Role
	if ch.Role != nil {
		role = *ch.Role
	}
	org := a.OrganizationID
	if ch.OrganizationID != nil {
		org = ch.OrganizationID
	} else if role != viewer.RoleEditor {
		org = nil
	}
	var networks []int
	if ch.NetworkIDs != nil {
		networks = slices.Compact(slices.Sorted(slices.Values(ch.NetworkIDs)))
	} else if role == viewer.RoleCoordinator {
		for _, n := range a.Edges.Networks {
			networks = append(networks, n.ID)
		}
	}
	if err := checkAccountShape(ctx, client, role, org, networks); err != nil {
		return nil, err
	}
	upd := client.Account.UpdateOneID(id).SetRole(role).ClearNetworks().AddNetworkIDs(networks...)
	if org != nil {
		upd.SetOrganizationID(*org)
	} else {
		upd.ClearOrganizationID()
	}
	if ch.Disabled != nil {
		upd.SetDisabled(*ch.Disabled)
	}
	return upd.Save(ctx)
}
