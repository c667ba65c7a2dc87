// Package viewer says who is asking. The server puts a Viewer in every
// request's context; the ent privacy policies and the resolvers read it.
// It has no dependencies so that the ent schema can import it.
package viewer

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"
)

// Role is an account's role. The values match the GraphQL enum AccountRole.
type Role string

const (
	RoleAdmin       Role = "ADMIN"
	RoleCoordinator Role = "COORDINATOR"
	RoleEditor      Role = "EDITOR"
	RoleViewer      Role = "VIEWER"
)

// Viewer is the one asking: an account, an anonymous visitor, or the system
// itself (reference data, demo data, the generator, session bookkeeping).
type Viewer struct {
	AccountID      int    // 0 for anonymous visitors and the system
	Email          string // the account's email, for logs
	Role           Role
	OrganizationID int   // the organisation an editor edits (0: none)
	NetworkIDs     []int // the networks a coordinator coordinates
	PublicRead     bool  // anonymous visitors may read public data
	System         bool
	// SessionEnds is when the viewer's session ends unless it is used again
	// (the earlier of its idle and absolute expiry); zero without a session.
	SessionEnds time.Time
	// SessionExpired: the request carried a session cookie whose session has
	// ended, so an anonymous viewer is told why rather than only "sign in".
	SessionExpired bool
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer in ctx; without one, an anonymous visitor
// who may read nothing (deny is the default).
func FromContext(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(ctxKey{}).(*Viewer); ok && v != nil {
		return v
	}
	return &Viewer{}
}

// SystemContext is for the server's own work, never for a request.
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, &Viewer{System: true})
}

// SignedIn reports whether the viewer is an account.
func (v *Viewer) SignedIn() bool { return v.AccountID != 0 }

// CanRead reports whether the viewer may read public data.
func (v *Viewer) CanRead() bool { return v.System || v.SignedIn() || v.PublicRead }

// IsAdmin reports whether the viewer is an administrator.
func (v *Viewer) IsAdmin() bool { return v.SignedIn() && v.Role == RoleAdmin }

// EditsOrganization reports whether the viewer is the editor of organisation id.
func (v *Viewer) EditsOrganization(id int) bool {
	return v.SignedIn() && v.Role == RoleEditor && v.OrganizationID != 0 && v.OrganizationID == id
}

// CoordinatesNetwork reports whether the viewer is a coordinator of network id.
func (v *Viewer) CoordinatesNetwork(id int) bool {
	return v.SignedIn() && v.Role == RoleCoordinator && slices.Contains(v.NetworkIDs, id)
}

var roles = []string{string(RoleAdmin), string(RoleCoordinator), string(RoleEditor), string(RoleViewer)}

// Values lists the roles (ent builds the column's enum from it).
func (Role) Values() []string { return roles }

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(roles, string(r)) }

// MarshalGQL writes the role as a GraphQL enum value.
func (r Role) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Role) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains(roles, s) {
		return fmt.Errorf("%v is not a valid AccountRole", v)
	}
	*r = Role(s)
	return nil
}
