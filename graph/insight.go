package graph

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/graph/model"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/viewer"
)

// insightOf returns the insight into an area (nil: the country) on a day.
func (r *Resolver) insightOf(ctx context.Context, areaID *int, asOf *time.Time) (*insight.Result, error) {
	if !viewer.FromContext(ctx).CanRead() {
		return nil, denied(ctx, privacy.Denyf("sign in to see this"))
	}
	var id int
	if areaID != nil {
		id = *areaID
	} else {
		root, err := r.client.Area.Query().Where(area.KindEQ(area.KindCOUNTRY)).Order(area.ByID()).FirstID(ctx)
		if err != nil {
			return nil, err
		}
		id = root
	}
	var day time.Time
	if asOf != nil {
		day = *asOf
	}
	res, err := r.insight.Get(ctx, id, day)
	if errors.Is(err, insight.ErrAreaKind) {
		return nil, codedError(fault.Invalid.Code(), "area", "area: "+err.Error())
	}
	if err != nil {
		return nil, inputError("area", err)
	}
	return res, nil
}

// insightPage cuts one page out of a ranked list. The cursor is the
// position of the page's last item, as text.
func insightPage[T any](items []T, first *int, after *string) (page []T, hasNext bool, end *string, err error) {
	start, stop, hasNext, end, err := insightWindow(len(items), first, after)
	if err != nil {
		return nil, false, nil, err
	}
	return items[start:stop], hasNext, end, nil
}

// insightWindow is the positions start…stop-1 of one page out of total
// (a ranked list not held whole: the co-membership ties).
func insightWindow(total int, first *int, after *string) (start, stop int, hasNext bool, end *string, err error) {
	if after != nil && *after != "" {
		n, err := strconv.Atoi(*after)
		if err != nil || n < 0 {
			return 0, 0, false, nil, codedError(fault.Invalid.Code(), "after", "after: give the endCursor of the previous page")
		}
		start = n + 1
	}
	size := deref(first, 20)
	if size < 0 || size > MaxPage {
		return 0, 0, false, nil, codedError(fault.Invalid.Code(), "first", "first must be between 0 and "+strconv.Itoa(MaxPage))
	}
	start = min(start, total)
	stop = min(start+size, total)
	if stop > start {
		e := strconv.Itoa(stop - 1)
		end = &e
	}
	return start, stop, stop < total, end, nil
}

// insightEntities loads the organisations, networks and areas one page
// names, one query per type, through the caller's privacy rules.
type insightEntities struct {
	orgs  map[int]*ent.Organization
	nets  map[int]*ent.Network
	areas map[int]*ent.Area
}

func (r *Resolver) insightEntities(ctx context.Context, orgIDs, netIDs, areaIDs []int) (*insightEntities, error) {
	e := &insightEntities{orgs: map[int]*ent.Organization{}, nets: map[int]*ent.Network{}, areas: map[int]*ent.Area{}}
	if len(orgIDs) > 0 {
		orgs, err := r.client.Organization.Query().Where(organization.IDIn(orgIDs...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range orgs {
			e.orgs[o.ID] = o
		}
	}
	if len(netIDs) > 0 {
		nets, err := r.client.Network.Query().Where(network.IDIn(netIDs...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range nets {
			e.nets[n.ID] = n
		}
	}
	if len(areaIDs) > 0 {
		areas, err := r.client.Area.Query().Where(area.IDIn(areaIDs...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, a := range areas {
			e.areas[a.ID] = a
		}
	}
	return e, nil
}

// organizations returns the loaded organisations of ids, in order.
func (e *insightEntities) organizations(ids []int) []*ent.Organization {
	out := make([]*ent.Organization, 0, len(ids))
	for _, id := range ids {
		if o := e.orgs[id]; o != nil {
			out = append(out, o)
		}
	}
	return out
}

func (r *Resolver) overlaps(ctx context.Context, list []insight.Overlap) ([]*model.NetworkOverlap, error) {
	var orgIDs, netIDs []int
	for _, o := range list {
		netIDs = append(netIDs, o.A, o.B)
		orgIDs = append(append(append(orgIDs, o.Shared...), o.OnlyA...), o.OnlyB...)
	}
	e, err := r.insightEntities(ctx, orgIDs, netIDs, nil)
	if err != nil {
		return nil, err
	}
	out := make([]*model.NetworkOverlap, 0, len(list))
	for _, o := range list {
		a, b := e.nets[o.A], e.nets[o.B]
		if a == nil || b == nil {
			continue
		}
		out = append(out, &model.NetworkOverlap{A: a, B: b, Jaccard: o.Jaccard,
			Shared: e.organizations(o.Shared), OnlyInA: e.organizations(o.OnlyA), OnlyInB: e.organizations(o.OnlyB)})
	}
	return out, nil
}
