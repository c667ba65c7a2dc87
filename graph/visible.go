package graph

// The read rules (package visible) applied where a resolver, not ent's
// privacy policy, decides what the caller sees.

import (
	"context"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/ent/schema/audit"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/viewer"
)

// visibleAddress is the organisation's address if the caller may read it.
func visibleAddress(ctx context.Context, o *ent.Organization) *string {
	if o.Address == "" || !visible.Address(viewer.FromContext(ctx)).Allows(o.ID, o.AddressConfidential) {
		return nil
	}
	return &o.Address
}

// visibleDiff is the change's field changes as the caller may read them.
func visibleDiff(ctx context.Context, c *ent.Change) []*audit.FieldChange {
	diff := visible.Diff(viewer.FromContext(ctx), c)
	out := make([]*audit.FieldChange, len(diff))
	for i := range diff {
		out[i] = &diff[i]
	}
	return out
}

// mapRule is the caller's membership rule for the map, which is built from
// plain SQL as the system for speed and so filters its edges in memory;
// those who may not read at all are refused here.
func mapRule(ctx context.Context) (visible.MembershipRule, error) {
	v := viewer.FromContext(ctx)
	if !v.CanRead() {
		return visible.MembershipRule{}, denied(ctx, privacy.Denyf("sign in to see this"))
	}
	return visible.Memberships(v), nil
}
