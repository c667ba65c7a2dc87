package model

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
	"github.com/verkosto/verkosto/internal/coverage"
)

// CoverageReport wraps a coverage report for the API. The organisations,
// networks and areas it names are loaded together, on first use, in one
// query per type for the whole report tree.
type CoverageReport struct {
	Report   *coverage.Report
	Entities *CoverageEntities
}

// NewCoverageReport wraps report.
func NewCoverageReport(client *ent.Client, report *coverage.Report) *CoverageReport {
	return &CoverageReport{Report: report, Entities: &CoverageEntities{client: client, root: report}}
}

func (r *CoverageReport) Area(ctx context.Context) (*ent.Area, error) {
	if err := r.Entities.load(ctx); err != nil {
		return nil, err
	}
	return r.Entities.areas[r.Report.AreaID], nil
}

func (r *CoverageReport) Theme() *enum.Theme              { return r.Report.Theme }
func (r *CoverageReport) AsOf() time.Time                 { return r.Report.AsOf }
func (r *CoverageReport) Template() *ent.CoverageTemplate { return r.Report.Template }
func (r *CoverageReport) Met() int                        { return r.Report.Met }
func (r *CoverageReport) AtRisk() int                     { return r.Report.AtRisk }
func (r *CoverageReport) Missing() int                    { return r.Report.Missing }
func (r *CoverageReport) Total() int                      { return r.Report.Total }

func (r *CoverageReport) Expectations() []*ExpectationResult {
	out := make([]*ExpectationResult, len(r.Report.Results))
	for i := range r.Report.Results {
		out[i] = &ExpectationResult{Result: &r.Report.Results[i], Entities: r.Entities}
	}
	return out
}

func (r *CoverageReport) Children() []*CoverageReport {
	out := make([]*CoverageReport, len(r.Report.Children))
	for i, c := range r.Report.Children {
		out[i] = &CoverageReport{Report: c, Entities: r.Entities}
	}
	return out
}

// ExpectationResult is one expectation's outcome.
type ExpectationResult struct {
	Result   *coverage.Result
	Entities *CoverageEntities
}

func (x *ExpectationResult) Key() string            { return x.Result.Expectation.Key }
func (x *ExpectationResult) Rule() expect.Rule      { return x.Result.Expectation.Rule }
func (x *ExpectationResult) Description() string    { return x.Result.Expectation.DescriptionFi }
func (x *ExpectationResult) DescriptionSv() string  { return x.Result.Expectation.DescriptionSv }
func (x *ExpectationResult) DescriptionEn() string  { return x.Result.Expectation.DescriptionEn }
func (x *ExpectationResult) Status() CoverageStatus { return CoverageStatus(x.Result.Status) }
func (x *ExpectationResult) Reasons() []coverage.Reason {
	if x.Result.Reasons == nil {
		return []coverage.Reason{}
	}
	return x.Result.Reasons
}

func (x *ExpectationResult) Guidance() *string   { return nonEmpty(x.Result.Expectation.Guidance) }
func (x *ExpectationResult) GuidanceSv() *string { return nonEmpty(x.Result.Expectation.GuidanceSv) }
func (x *ExpectationResult) GuidanceEn() *string { return nonEmpty(x.Result.Expectation.GuidanceEn) }

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (x *ExpectationResult) Organizations(ctx context.Context) ([]*ent.Organization, error) {
	return pick(ctx, x.Entities, x.Result.Organizations, func(e *CoverageEntities) map[int]*ent.Organization { return e.orgs })
}

func (x *ExpectationResult) Networks(ctx context.Context) ([]*ent.Network, error) {
	return pick(ctx, x.Entities, x.Result.Networks, func(e *CoverageEntities) map[int]*ent.Network { return e.nets })
}

func (x *ExpectationResult) Suggestions(ctx context.Context) ([]*ent.Organization, error) {
	return pick(ctx, x.Entities, x.Result.Suggestions, func(e *CoverageEntities) map[int]*ent.Organization { return e.orgs })
}

func pick[T any](ctx context.Context, e *CoverageEntities, ids []int, m func(*CoverageEntities) map[int]*T) ([]*T, error) {
	if err := e.load(ctx); err != nil {
		return nil, err
	}
	out := make([]*T, 0, len(ids))
	for _, id := range ids {
		if v, ok := m(e)[id]; ok { // an entry the viewer may not see is left out
			out = append(out, v)
		}
	}
	return out, nil
}

// CoverageEntities loads what a report tree names, once.
type CoverageEntities struct {
	client *ent.Client
	root   *coverage.Report
	once   sync.Once
	err    error
	orgs   map[int]*ent.Organization
	nets   map[int]*ent.Network
	areas  map[int]*ent.Area
}

func (e *CoverageEntities) load(ctx context.Context) error {
	e.once.Do(func() {
		var orgIDs, netIDs, areaIDs []int
		e.root.Walk(func(r *coverage.Report) {
			areaIDs = append(areaIDs, r.AreaID)
			for _, res := range r.Results {
				orgIDs = append(orgIDs, res.Organizations...)
				orgIDs = append(orgIDs, res.Suggestions...)
				netIDs = append(netIDs, res.Networks...)
			}
		})
		e.orgs, e.nets, e.areas = map[int]*ent.Organization{}, map[int]*ent.Network{}, map[int]*ent.Area{}
		// Through the viewer's own privacy rules, like every other read.
		orgs, err := e.client.Organization.Query().Where(organization.IDIn(unique(orgIDs)...)).All(ctx)
		if err != nil {
			e.err = err
			return
		}
		for _, o := range orgs {
			e.orgs[o.ID] = o
		}
		nets, err := e.client.Network.Query().Where(network.IDIn(unique(netIDs)...)).All(ctx)
		if err != nil {
			e.err = err
			return
		}
		for _, n := range nets {
			e.nets[n.ID] = n
		}
		areas, err := e.client.Area.Query().Where(area.IDIn(unique(areaIDs)...)).All(ctx)
		if err != nil {
			e.err = err
			return
		}
		for _, a := range areas {
			e.areas[a.ID] = a
		}
	})
	return e.err
}

// unique returns the distinct IDs, sorted.
func unique(ids []int) []int { return slices.Compact(slices.Sorted(slices.Values(ids))) }
