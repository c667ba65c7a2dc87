package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/internal/edit"
)

// Label names an import in the audit trail: the file's name and a digest
// of its content, so that the record tells which file, in which version,
// brought a change.
func Label(fileName string, data []byte) string {
	sum := sha256.Sum256(data)
	return fmt.Sprintf("import of %q (sha256 %s) at %s", shortName(fileName), hex.EncodeToString(sum[:6]), time.Now().UTC().Format(time.RFC3339))
}

// shortName keeps a file's name short enough for the audit label and the
// membership's source.
func shortName(name string) string {
	if r := []rune(name); len(r) > 200 {
		return string(r[:200])
	}
	return name
}

// PreviewFile reads the file and plans its rows; nothing is written.
func PreviewFile(ctx context.Context, client *ent.Client, data []byte, opts Options) (*Preview, error) {
	pv, _, err := planFile(ctx, client, data, &opts)
	return pv, err
}

// planFile reads a whole roster when the file is one, else the sheet.
func planFile(ctx context.Context, client *ent.Client, data []byte, opts *Options) (*Preview, *work, error) {
	opts.FileName = shortName(opts.FileName)
	if len(data) > MaxFileBytes {
		return nil, nil, fileErr("the file is larger than %d MB", MaxFileBytes>>20)
	}
	r, err := readRoster(data, opts.Sheet)
	if err != nil {
		return nil, nil, err
	}
	var t *Table
	if r == nil {
		if t, err = Read(data, opts.Sheet); err != nil {
			return nil, nil, err
		}
	}
	return Plan(ctx, client, t, r, *opts)
}

// ApplyFile plans the file's rows again and carries them out through
// client, which must be a transaction's: the caller commits only when it
// returns no error, so an import is written whole or not at all. Every
// audit record names the import (label). A row that changes nothing writes
// nothing, so applying the same file twice changes nothing the second time.
// While any row has an error or an open choice it writes nothing and
// returns the preview with ErrNotReady.
func ApplyFile(ctx context.Context, client *ent.Client, data []byte, opts Options, label string) (*Preview, error) {
	pv, w, err := planFile(ctx, client, data, &opts)
	if err != nil {
		return nil, err
	}
	if !pv.Ready {
		return pv, ErrNotReady
	}
	ctx = audit.WithLabel(ctx, label)
	for _, o := range w.orgs {
		if err := applyOrganization(ctx, client, o); err != nil {
			return pv, fmt.Errorf("%s row %d: %w", o.Sheet, o.Row.Row, err)
		}
	}
	for _, n := range w.nets {
		if err := applyNetwork(ctx, client, n); err != nil {
			return pv, fmt.Errorf("%s row %d: %w", n.Sheet, n.Row.Row, err)
		}
	}
	for _, pl := range w.rows {
		if err := apply(ctx, client, pl, opts.FileName); err != nil {
			return pv, fmt.Errorf("row %d: %w", pl.Row.Row, err)
		}
	}
	pv.Applied = true
	return pv, nil
}

func apply(ctx context.Context, client *ent.Client, pl *plan, fileName string) error {
	if pl.Action == ActionSkip || pl.Action == ActionUnchanged {
		return nil
	}
	orgID := pl.OrganizationID
	switch {
	case pl.created != nil && pl.created.id == 0:
		o, err := edit.CreateOrganization(ctx, client, pl.created.input, nil)
		if err != nil {
			return err
		}
		pl.created.id = o.ID
		orgID = o.ID
	case pl.created != nil:
		orgID = pl.created.id
	case pl.orgUpdate != nil:
		o, err := client.Organization.Get(ctx, orgID)
		if err != nil {
			return err
		}
		if _, err := edit.UpdateOrganization(ctx, client, orgID, *pl.orgUpdate, o.Version); err != nil {
			return err
		}
	}
	var netID int
	switch {
	case pl.net != nil:
		netID = pl.net.ID
	case pl.newNet != nil:
		netID = pl.newNet.id()
	default:
		return nil
	}
	m := pl.mem
	source := "Imported from " + fileName
	if pl.source != nil {
		source = *pl.source
	}
	if m == nil && pl.direct {
		// An administrator's roster row: the membership as the file says,
		// as an administrator may record it in one step. The roster does
		// not say who asked: a pending row is the organisation's request.
		create := client.Membership.Create().
			SetOrganizationID(orgID).SetNetworkID(netID).
			SetRole(deref(pl.role, membership.RoleMEMBER)).
			SetNillableRepresentative(pl.representative).
			SetNillableStartDate(pl.start).SetNillableEndDate(pl.end).
			SetStatus(pl.status).SetSource(source).
			SetRequestedBy(membership.RequestedByORGANIZATION)
		_, err := create.Save(ctx)
		return err
	}
	if m == nil {
		created, err := edit.RequestMembership(ctx, client, edit.MembershipRequest{
			OrganizationID: orgID,
			NetworkID:      netID,
			Role:           deref(pl.role, membership.RoleMEMBER),
			Representative: pl.representative,
			StartDate:      pl.start,
			Source:         &source,
		}, nil)
		if err != nil {
			return err
		}
		m = created
	} else if pl.memUpdate {
		upd := client.Membership.UpdateOneID(m.ID).Where(membership.Version(m.Version)).AddVersion(1)
		if pl.role != nil {
			upd.SetRole(*pl.role)
		}
		if pl.representative != nil {
			upd.SetRepresentative(*pl.representative)
		}
		if pl.start != nil {
			upd.SetStartDate(*pl.start)
		}
		if pl.end != nil && !pl.close {
			upd.SetEndDate(*pl.end)
		}
		if pl.source != nil {
			upd.SetSource(*pl.source)
		}
		saved, err := upd.Save(ctx)
		if ent.IsNotFound(err) {
			return &edit.ConflictError{Reason: "the membership changed while the import ran: preview again"}
		}
		if err != nil {
			return err
		}
		m = saved
	}
	if pl.approve && m.Status == membership.StatusPENDING {
		approved, err := edit.ApproveMembership(ctx, client, m.ID, &m.Version)
		if err != nil {
			return err
		}
		m = approved
	}
	if pl.close && m.Status == membership.StatusACTIVE {
		if _, err := edit.EndMembership(ctx, client, m.ID, *pl.end, &m.Version); err != nil {
			return err
		}
	}
	return nil
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// applyOrganization creates or updates a roster's organisation; its
// parent, coming earlier (orderByParent), already has its ID.
func applyOrganization(ctx context.Context, client *ent.Client, o *orgPlan) error {
	switch {
	case o.created != nil:
		in := o.created.input
		if o.parent != nil {
			id := o.parent.id()
			in.ParentID = &id
		}
		created, err := edit.CreateOrganization(ctx, client, in, nil)
		if err != nil {
			return err
		}
		o.created.id = created.ID
	case o.update != nil:
		in := *o.update
		if o.parent != nil {
			id := o.parent.id()
			if o.org.ParentID == nil || *o.org.ParentID != id {
				in.ParentID = &id
			}
		}
		if _, err := edit.UpdateOrganization(ctx, client, o.org.ID, in, o.org.Version); err != nil {
			return err
		}
	}
	return nil
}

// applyNetwork creates or updates a roster's network, after the
// organisations (its coordinator) and its parent network.
func applyNetwork(ctx context.Context, client *ent.Client, n *netPlan) error {
	var coordinator, parent *int
	if n.coordinator != nil {
		id := n.coordinator.id()
		coordinator = &id
	}
	if n.parent != nil {
		id := n.parent.id()
		parent = &id
	}
	switch {
	case n.create != nil:
		in := *n.create
		in.CoordinatorID, in.ParentID = coordinator, parent
		created, err := edit.CreateNetwork(ctx, client, in, nil)
		if err != nil {
			return err
		}
		n.createdID = created.ID
	case n.update != nil:
		in := *n.update
		if coordinator != nil && (n.net.CoordinatorID == nil || *n.net.CoordinatorID != *coordinator) {
			in.CoordinatorID = coordinator
		}
		if parent != nil && (n.net.ParentID == nil || *n.net.ParentID != *parent) {
			in.ParentID = parent
		}
		if _, err := edit.UpdateNetwork(ctx, client, n.net.ID, in, n.net.Version); err != nil {
			return err
		}
	}
	return nil
}
