// Package coverage finds gaps: for an area and a theme, which of the
// expected structures (a county's coordination group with its members, a
// MARAK team, a shelter, a contact in every municipality…) exist, are at
// risk or are missing, and who could fill a gap. Expectations are data
// (coverage templates); the data is loaded with a fixed number of queries
// and evaluated in memory, so the national report costs the same number
// of queries as one municipality's.
package coverage

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
	"github.com/verkosto/verkosto/internal/asof"
	"github.com/verkosto/verkosto/internal/fault"
)

// Status of one expectation in one area.
type Status string

const (
	Met     Status = "MET"
	AtRisk  Status = "AT_RISK"
	Missing Status = "MISSING"
)

// ErrUnknownArea is returned for an ID that names no area.
var ErrUnknownArea = fault.New(fault.NotFound, "no area has this ID")

// MaxSuggestions caps the suggestions for one gap.
const MaxSuggestions = 10

// Result is one expectation's outcome in one area.
type Result struct {
	Expectation expect.Expectation
	Status      Status
	// Organizations and Networks meet the expectation; for the
	// confirmation rule they are the stale entries and who should confirm.
	Organizations []int
	Networks      []int
	// Suggestions, for a gap: organisations that could fill it.
	Suggestions []int
	// Reasons say why it is not MET, decided where the status is.
	Reasons []Reason
}

// ReasonCode is why an expectation is AT_RISK or MISSING.
type ReasonCode string

const (
	NothingFound          ReasonCode = "NOTHING_FOUND"          // MISSING: no network, member or organisation of the kind
	Dormant               ReasonCode = "DORMANT"                // only dormant or ended networks (Count of them)
	SingleMember          ReasonCode = "SINGLE_MEMBER"          // networks with a single member (Count)
	Unconfirmed           ReasonCode = "UNCONFIRMED"            // entries nobody confirmed since Since (Count of them)
	SingleProvider        ReasonCode = "SINGLE_PROVIDER"        // one organisation alone provides the service
	PartialMunicipalities ReasonCode = "PARTIAL_MUNICIPALITIES" // Count of the Of municipalities take part
	NoContact             ReasonCode = "NO_CONTACT"             // the municipality's entry has no generic email or phone
)

// Reason is one reason, with the figures its words need.
type Reason struct {
	Code      ReasonCode
	Count, Of int
	Since     *time.Time
}

// Report is an area's coverage, with its sub-areas'.
type Report struct {
	AreaID   int
	Theme    *enum.Theme
	AsOf     time.Time
	Template *ent.CoverageTemplate // nil when no template applies
	Results  []Result
	Children []*Report

	Met, AtRisk, Missing, Total int
}

// Evaluate reports on an area as of a day (zero: today). The country's
// children are the county-level areas, a county's its municipalities; the
// country's own figures are its children's summed.
func (d *Data) Evaluate(areaID int, theme *enum.Theme, asOf time.Time) (*Report, error) {
	if _, ok := d.Areas[areaID]; !ok {
		return nil, ErrUnknownArea
	}
	if asOf.IsZero() {
		asOf = time.Now()
	}
	y, m, day := asOf.Date()
	asOf = time.Date(y, m, day, 23, 59, 59, 0, time.UTC) // the whole day counts
	e := &evaluator{d: d, asOf: asOf, theme: theme, byNet: map[int][]*Member{}, countyOf: map[int]int{},
		groupCache: map[string][]*Net{}, reachCache: map[int][]*Net{}, municipal: map[int][]*Org{}}
	for _, m := range d.Memberships {
		if e.valid(m) && d.Orgs[m.Org] != nil {
			e.byNet[m.Net] = append(e.byNet[m.Net], m)
		}
	}
	return e.report(areaID), nil
}

type evaluator struct {
	d     *Data
	asOf  time.Time
	theme *enum.Theme
	// indexes built once per evaluation
	byNet      map[int][]*Member // valid memberships by network
	countyOf   map[int]int
	groupCache map[string][]*Net
	reachCache map[int][]*Net // networks that existed on the day and reach a county
	orgsIn     map[int][]*Org // organisations operating in a county (built on first use)
	municipal  map[int][]*Org // municipal organisations by home municipality
}

// orgsInCounty returns the organisations based or operating in county c.
func (e *evaluator) orgsInCounty(c int) []*Org {
	if e.orgsIn == nil {
		e.orgsIn = map[int][]*Org{}
		for _, o := range e.d.Orgs {
			seen := map[int]bool{}
			for _, a := range append([]int{o.Home}, o.Operating...) {
				if k := e.county(a); k != 0 && !seen[k] {
					seen[k] = true
					e.orgsIn[k] = append(e.orgsIn[k], o)
				}
			}
			if o.Sector == "MUNICIPALITY" && o.Home != 0 {
				e.municipal[o.Home] = append(e.municipal[o.Home], o)
			}
		}
	}
	return e.orgsIn[c]
}

// municipalOrgs returns a municipality's own organisations.
func (e *evaluator) municipalOrgs(m int) []*Org {
	e.orgsInCounty(0) // builds the indexes
	return e.municipal[m]
}

// reaching returns the networks that existed on the day and reach county c.
func (e *evaluator) reaching(c int) []*Net {
	if nets, ok := e.reachCache[c]; ok {
		return nets
	}
	var nets []*Net
	for _, n := range e.d.Nets {
		if e.existed(n) && e.reaches(n, c) {
			nets = append(nets, n)
		}
	}
	slices.SortFunc(nets, func(a, b *Net) int { return cmp.Compare(a.ID, b.ID) })
	e.reachCache[c] = nets
	return nets
}

func (e *evaluator) report(id int) *Report {
	a := e.d.Areas[id]
	r := &Report{AreaID: id, Theme: e.theme, AsOf: e.asOf, Template: e.d.template(a.Kind, e.theme)}
	if r.Template != nil {
		for _, x := range r.Template.Expectations {
			r.Results = append(r.Results, e.evaluate(a, r.Template, x))
		}
	}
	for _, res := range r.Results {
		r.count(res.Status)
	}
	for _, c := range e.childrenOf(a) {
		child := e.report(c)
		r.Children = append(r.Children, child)
		if a.Kind == area.KindCOUNTRY {
			r.Met += child.Met
			r.AtRisk += child.AtRisk
			r.Missing += child.Missing
			r.Total += child.Total
		}
	}
	return r
}

// Walk calls f for the report and each report below it, parents first.
func (r *Report) Walk(f func(*Report)) {
	f(r)
	for _, c := range r.Children {
		c.Walk(f)
	}
}

func (r *Report) count(s Status) {
	r.Total++
	switch s {
	case Met:
		r.Met++
	case AtRisk:
		r.AtRisk++
	case Missing:
		r.Missing++
	}
}

// childrenOf: the country's county-level areas (not Åland, outside the
// reform), a county's or region's municipalities.
func (e *evaluator) childrenOf(a *Area) []int {
	var out []int
	for _, c := range a.Children {
		k := e.d.Areas[c].Kind
		if a.Kind == area.KindCOUNTRY && k == area.KindWELLBEING_COUNTY ||
			a.Kind != area.KindCOUNTRY && k == area.KindMUNICIPALITY {
			out = append(out, c)
		}
	}
	return out
}

// --- facts about the data on the day ---

// county returns the county an area belongs to (itself for a county).
func (e *evaluator) county(id int) int {
	if c, ok := e.countyOf[id]; ok {
		return c
	}
	c := e.d.County(id)
	e.countyOf[id] = c
	return c
}

// within reports whether area id is county c or one of its municipalities.
func (e *evaluator) within(id, c int) bool {
	return c != 0 && (id == c || e.county(id) == c)
}

// reaches reports whether a network works in county c: one of its areas
// is in the county, or it is national.
func (e *evaluator) reaches(n *Net, c int) bool {
	for _, a := range n.Areas {
		if e.within(a, c) || e.d.Areas[a] != nil && e.d.Areas[a].Kind == area.KindCOUNTRY {
			return true
		}
	}
	return false
}

// existed reports whether the network existed on the day.
func (e *evaluator) existed(n *Net) bool { return asof.Network(e.asOf, n.Status, n.Started, n.Ended) }

// valid reports whether a membership ran on the day.
func (e *evaluator) valid(m *Member) bool {
	return asof.Membership(e.asOf, m.Status, m.Start, m.End)
}

func staleBefore(asOf time.Time, months int) time.Time {
	if months <= 0 {
		months = 12
	}
	return asOf.AddDate(0, -months, 0)
}

// fresh reports whether t is a confirmation within the window (not after the day).
func fresh(t *time.Time, since, asOf time.Time) bool {
	return t != nil && !t.Before(since) && !t.After(asOf)
}

// memberFresh: the membership, its organisation or its network was
// confirmed in the window. Confirming an organisation's or a network's
// entry vouches for its memberships too.
func (e *evaluator) memberFresh(m *Member, since time.Time) bool {
	o, n := e.d.Orgs[m.Org], e.d.Nets[m.Net]
	return fresh(m.OrgConfirm, since, e.asOf) || fresh(m.NetConfirm, since, e.asOf) ||
		o != nil && fresh(o.LastConfirmed, since, e.asOf) || n != nil && fresh(n.LastConfirmed, since, e.asOf)
}

// netFresh: the network's side confirmed it in the window: its entry, or
// one of its memberships (a member confirming its own membership does not
// vouch for the network).
func (e *evaluator) netFresh(n *Net, since time.Time) bool {
	if fresh(n.LastConfirmed, since, e.asOf) {
		return true
	}
	for _, m := range e.members(n.ID) {
		if fresh(m.NetConfirm, since, e.asOf) {
			return true
		}
	}
	return false
}

// members returns the network's memberships valid on the day.
func (e *evaluator) members(net int) []*Member { return e.byNet[net] }

func (e *evaluator) themes(t *ent.CoverageTemplate) []enum.Theme {
	if e.theme != nil {
		return []enum.Theme{*e.theme}
	}
	return t.Themes
}

// groups returns county c's coordination, working and steering groups for
// the themes that existed on the day (dormant ones included).
func (e *evaluator) groups(c int, themes []enum.Theme) []*Net {
	key := fmt.Sprint(c, themes)
	if g, ok := e.groupCache[key]; ok {
		return g
	}
	var out []*Net
	for _, n := range e.reaching(c) {
		if (n.Kind == "COORDINATION_GROUP" || n.Kind == "WORKING_GROUP" || n.Kind == "STEERING_GROUP") &&
			n.Level == "WELLBEING_COUNTY" && e.existed(n) &&
			slices.ContainsFunc(n.Themes, func(t enum.Theme) bool { return slices.Contains(themes, t) }) &&
			slices.ContainsFunc(n.Areas, func(a int) bool { return e.within(a, c) }) {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(a, b *Net) int { return cmp.Compare(a.ID, b.ID) })
	e.groupCache[key] = out
	return out
}
