// Package export writes what a caller may read of the network in the
// formats other tools read: GEXF and GraphML (Gephi, yEd, networkx), CSV
// nodes and edges, an XLSX roster ready to edit and import back,
// graphology JSON (the map's format), Popolo JSON and Open Referral HSDS 3.0.
//
// Every format takes the map's filters (netmap.Filter, parsed by
// ParseFilter) and reads through ent with the caller's viewer in the
// context, so the privacy policies decide which memberships are seen, and
// every format streams: rows are read in batches by ID and written as they
// come, so the memory an export needs does not grow with the data.
package export

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/predicate"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/viewer"
)

// BatchSize is how many rows one query reads.
const BatchSize = 1000

// FilterError names the query parameter (or flag) that is wrong.
type FilterError struct {
	Field, Reason string
}

func (e *FilterError) Error() string     { return e.Field + ": " + e.Reason }
func (e *FilterError) Kind() fault.Kind  { return fault.Invalid }
func (e *FilterError) FieldName() string { return e.Field }

// ParseFilter reads the map's filters from a query string, as the web app
// writes them in its URLs: sector, kind (or networkKind), theme, level and
// status as comma-separated lists (or repeated), area as an area's ID and
// asOf as a date (2024-01-31).
func ParseFilter(q url.Values) (netmap.Filter, error) {
	var f netmap.Filter
	var err error
	if f.Sector, err = list(q, "sector", enum.Sector.Valid); err != nil {
		return f, err
	}
	kinds := append(q["kind"], q["networkKind"]...)
	if f.NetworkKind, err = list(url.Values{"kind": kinds}, "kind", func(k network.Kind) bool { return network.KindValidator(k) == nil }); err != nil {
		return f, err
	}
	if f.Theme, err = list(q, "theme", enum.Theme.Valid); err != nil {
		return f, err
	}
	if f.Level, err = list(q, "level", func(l network.Level) bool { return network.LevelValidator(l) == nil }); err != nil {
		return f, err
	}
	if f.Status, err = list(q, "status", func(s membership.Status) bool { return membership.StatusValidator(s) == nil }); err != nil {
		return f, err
	}
	if a := q.Get("area"); a != "" {
		id, err := strconv.Atoi(a)
		if err != nil {
			return f, &FilterError{"area", "give the area's ID, e.g. area=12"}
		}
		f.Area = &id
	}
	if d := q.Get("asOf"); d != "" {
		day, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return f, &FilterError{"asOf", "give a date like 2024-01-31"}
		}
		f.AsOf = &day
	}
	return f, nil
}

func list[T ~string](q url.Values, name string, valid func(T) bool) ([]T, error) {
	var out []T
	for _, v := range q[name] {
		for _, s := range strings.Split(v, ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if !valid(T(s)) {
				return nil, &FilterError{name, fmt.Sprintf("unknown value %q", s)}
			}
			if !slices.Contains(out, T(s)) {
				out = append(out, T(s))
			}
		}
	}
	return out, nil
}

// Source reads the filtered network for one caller. Its predicates are the
// map's filters (internal/netmap's view) restated for SQL, so an export of a
// filter holds the same nodes and edges as the map of that filter.
type Source struct {
	client *ent.Client
	viewer *viewer.Viewer
	orgs   []predicate.Organization
	nets   []predicate.Network
	edges  []predicate.Membership
	// Generated is when the export was made, for the formats that say so.
	Generated time.Time
}

// NewSource prepares the reads for filter f as the viewer in ctx sees them.
// An unknown area is a *FilterError.
func NewSource(ctx context.Context, client *ent.Client, f netmap.Filter) (*Source, error) {
	s := &Source{client: client, viewer: viewer.FromContext(ctx), Generated: time.Now().UTC()}
	if len(f.Sector) > 0 {
		s.orgs = append(s.orgs, organization.SectorIn(f.Sector...))
	}
	if f.Area != nil {
		tree, err := areas.Load(ctx, client)
		if err != nil {
			return nil, err
		}
		ids, err := tree.Related(*f.Area)
		if err != nil {
			return nil, &FilterError{"area", "no area has this ID"}
		}
		s.orgs = append(s.orgs, organization.Or(organization.HomeAreaIDIn(ids...),
			organization.HasOperatingAreasWith(area.IDIn(ids...))))
		s.nets = append(s.nets, network.HasAreasWith(area.IDIn(ids...)))
	}
	if len(f.NetworkKind) > 0 {
		s.nets = append(s.nets, network.KindIn(f.NetworkKind...))
	}
	if len(f.Level) > 0 {
		s.nets = append(s.nets, network.LevelIn(f.Level...))
	}
	if len(f.Theme) > 0 {
		anyTheme := make([]predicate.Network, len(f.Theme))
		for i, t := range f.Theme {
			anyTheme[i] = func(sel *sql.Selector) {
				sel.Where(sqljson.ValueContains(sel.C(network.FieldThemes), string(t)))
			}
		}
		s.nets = append(s.nets, network.Or(anyTheme...))
	}
	statuses := f.Status
	if len(statuses) == 0 {
		statuses = []membership.Status{membership.StatusACTIVE}
		if f.AsOf != nil {
			statuses = append(statuses, membership.StatusENDED)
		}
	}
	// A declined request is no link: the map never draws one.
	s.edges = append(s.edges, membership.StatusIn(statuses...), membership.StatusNEQ(membership.StatusDECLINED))
	if day := f.AsOf; day != nil {
		s.nets = append(s.nets,
			network.Or(network.StartedOnIsNil(), network.StartedOnLTE(*day)),
			network.Or(network.EndedOnIsNil(), network.EndedOnGTE(*day)))
		s.edges = append(s.edges,
			membership.Or(membership.StartDateIsNil(), membership.StartDateLTE(*day)),
			membership.Or(membership.EndDateIsNil(), membership.EndDateGTE(*day)))
	}
	if len(s.orgs) > 0 {
		s.edges = append(s.edges, membership.HasOrganizationWith(s.orgs...))
	}
	if len(s.nets) > 0 {
		s.edges = append(s.edges, membership.HasNetworkWith(s.nets...))
	}
	// When a filter narrows one side, the other side shows only who takes
	// part. The has…With subquery is plain SQL that no privacy policy sees,
	// so the read rule is applied to it here.
	linked := slices.Clone(s.edges)
	if p := visible.Memberships(s.viewer).Predicate(); p != nil {
		linked = append(linked, p)
	}
	if len(f.NetworkKind) > 0 || len(f.Theme) > 0 || len(f.Level) > 0 {
		s.orgs = append(s.orgs, organization.HasMembershipsWith(linked...))
	}
	if len(f.Sector) > 0 {
		s.nets = append(s.nets, network.HasMembershipsWith(linked...))
	}
	return s, nil
}

// Organizations calls fn for every organisation in the export, in ID order,
// with its home area, operating areas and parent loaded. A confidential
// address is blanked unless the viewer may see it.
func (s *Source) Organizations(ctx context.Context, fn func(*ent.Organization) error) error {
	return batches(ctx, func(ctx context.Context, after int) ([]*ent.Organization, error) {
		return s.client.Organization.Query().Where(s.orgs...).Where(organization.IDGT(after)).
			Order(ent.Asc(organization.FieldID)).Limit(BatchSize).
			WithHomeArea().WithOperatingAreas().
			WithParent(func(q *ent.OrganizationQuery) { q.Select(organization.FieldID, organization.FieldNameFi) }).
			All(ctx)
	}, func(o *ent.Organization) (int, error) {
		if !visible.Address(s.viewer).Allows(o.ID, o.AddressConfidential) {
			o.Address = ""
		}
		return o.ID, fn(o)
	})
}

// CountOrganizations counts the organisations in the export.
func (s *Source) CountOrganizations(ctx context.Context) (int, error) {
	return s.client.Organization.Query().Where(s.orgs...).Count(ctx)
}

// Networks calls fn for every network in the export, in ID order, with its
// areas, coordinator and parent loaded.
func (s *Source) Networks(ctx context.Context, fn func(*ent.Network) error) error {
	return batches(ctx, func(ctx context.Context, after int) ([]*ent.Network, error) {
		return s.client.Network.Query().Where(s.nets...).Where(network.IDGT(after)).
			Order(ent.Asc(network.FieldID)).Limit(BatchSize).
			WithAreas().
			WithCoordinator(func(q *ent.OrganizationQuery) { q.Select(organization.FieldID, organization.FieldNameFi) }).
			WithParent(func(q *ent.NetworkQuery) { q.Select(network.FieldID, network.FieldNameFi) }).
			All(ctx)
	}, func(n *ent.Network) (int, error) { return n.ID, fn(n) })
}

// Memberships calls fn for every membership in the export, in ID order,
// with its organisation and network loaded. The privacy policy leaves out
// the requests the viewer may not see.
func (s *Source) Memberships(ctx context.Context, fn func(*ent.Membership) error) error {
	return batches(ctx, func(ctx context.Context, after int) ([]*ent.Membership, error) {
		return s.client.Membership.Query().Where(s.edges...).Where(membership.IDGT(after)).
			Order(ent.Asc(membership.FieldID)).Limit(BatchSize).
			WithOrganization(func(q *ent.OrganizationQuery) {
				q.Select(organization.FieldID, organization.FieldNameFi, organization.FieldBusinessID, organization.FieldSector)
			}).
			WithNetwork(func(q *ent.NetworkQuery) { q.Select(network.FieldID, network.FieldNameFi) }).
			All(ctx)
	}, func(m *ent.Membership) (int, error) { return m.ID, fn(m) })
}

// batches reads pages by keyset (ID greater than the last one seen) until
// a page comes back short.
func batches[T any](ctx context.Context, page func(context.Context, int) ([]T, error), each func(T) (int, error)) error {
	after := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rows, err := page(ctx, after)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if after, err = each(r); err != nil {
				return err
			}
		}
		if len(rows) < BatchSize {
			return nil
		}
	}
}
