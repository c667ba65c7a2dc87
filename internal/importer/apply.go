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
	opts.FileName = shortName(opts.FileName)
	t, err := Read(data, opts.Sheet)
	if err != nil {
		return nil, err
	}
	pv, _, err := Plan(ctx, client, t, opts)
	return pv, err
}

// ApplyFile plans the file's rows again and carries them out through
// client, which must be a transaction's: the caller commits only when it
// returns no error, so an import is written whole or not at all. Every
// audit record names the import (label). A row that changes nothing writes
// nothing, so applying the same file twice changes nothing the second time.
// While any row has an error or an open choice it writes nothing and
// returns the preview with ErrNotReady.
func ApplyFile(ctx context.Context, client *ent.Client, data []byte, opts Options, label string) (*Preview, error) {
	opts.FileName = shortName(opts.FileName)
	t, err := Read(data, opts.Sheet)
	if err != nil {
		return nil, err
	}
	pv, plans, err := Plan(ctx, client, t, opts)
	if err != nil {
		return nil, err
	}
	if !pv.Ready {
		return pv, ErrNotReady
	}
	ctx = audit.WithLabel(ctx, label)
	for _, pl := range plans {
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
	if pl.net == nil {
		return nil
	}
	m := pl.mem
	if m == nil {
		source := "Imported from " + fileName
		created, err := edit.RequestMembership(ctx, client, edit.MembershipRequest{
			OrganizationID: orgID,
			NetworkID:      pl.net.ID,
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
