package coverage

import (
	"cmp"
	"slices"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
)

// AT_RISK means the expectation is met, but thinly: only by a dormant
// network, only by entries nobody has confirmed within the window, or —
// for networks and services that should not hang on one actor — only by a
// network with a single member or a single provider.

func (e *evaluator) evaluate(a *Area, t *ent.CoverageTemplate, x expect.Expectation) Result {
	since := staleBefore(e.asOf, x.StaleMonths)
	c := e.county(a.ID)
	r := Result{Expectation: x}
	switch x.Rule {
	case expect.CountyGroup:
		groups := e.groups(c, e.themes(t))
		r.Networks = ids(groups)
		r.Status, r.Reasons = e.networkStatus(groups, since)
	case expect.GroupCoordinator:
		e.memberRule(&r, e.groups(c, e.themes(t)), since, func(m *Member, _ *Org) bool { return m.Role == "COORDINATOR" })
	case expect.GroupMember:
		e.memberRule(&r, e.groups(c, e.themes(t)), since, func(_ *Member, o *Org) bool { return e.fits(o, x, t) })
	case expect.MunicipalitiesRepresented:
		e.municipalities(&r, a, e.groups(c, e.themes(t)), since)
	case expect.Network:
		var nets []*Net
		for _, n := range e.reaching(c) {
			if x.NetworkKind != "" && string(n.Kind) == x.NetworkKind || x.Theme != "" && slices.Contains(n.Themes, x.Theme) {
				nets = append(nets, n)
			}
		}
		r.Networks = ids(nets)
		r.Status, r.Reasons = e.networkStatus(nets, since)
	case expect.ServiceInArea:
		var orgs []*Org
		for _, o := range e.orgsInCounty(c) {
			if slices.Contains(o.Services, x.Service) {
				orgs = append(orgs, o)
			}
		}
		r.Organizations = orgIDs(orgs)
		stale := 0
		for _, o := range orgs {
			if !fresh(o.LastConfirmed, since, e.asOf) {
				stale++
			}
		}
		switch {
		case len(orgs) == 0:
			r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
		case len(orgs) == 1 || stale == len(orgs):
			r.Status = AtRisk
			if len(orgs) == 1 {
				r.Reasons = append(r.Reasons, Reason{Code: SingleProvider})
			}
			if stale == len(orgs) {
				r.Reasons = append(r.Reasons, Reason{Code: Unconfirmed, Count: stale, Since: &since})
			}
		default:
			r.Status = Met
		}
	case expect.Confirmed:
		e.confirmed(&r, c, t, since)
	case expect.MunicipalContact:
		orgs := e.municipalOrgs(a.ID)
		r.Organizations = orgIDs(orgs)
		switch {
		case len(orgs) == 0:
			r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
		case slices.ContainsFunc(orgs, func(o *Org) bool { return o.Contact }):
			r.Status = Met
		default:
			r.Status, r.Reasons = AtRisk, []Reason{{Code: NoContact}} // an entry, but no way to reach it
		}
	case expect.InCountyGroup:
		e.memberRule(&r, e.groups(c, e.themes(t)), since, func(_ *Member, o *Org) bool { return o.Sector == "MUNICIPALITY" && o.Home == a.ID })
		if r.Status == Missing {
			r.Suggestions = orgIDs(e.municipalOrgs(a.ID))
		}
		return r
	default:
		r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
	}
	if r.Status != Met {
		r.Suggestions = e.suggest(c, t, x, r)
	}
	return r
}

// networkStatus: none → MISSING; only dormant ones, ones with a single
// member, or ones nobody confirmed → AT_RISK; an active, confirmed network
// with several members → MET.
func (e *evaluator) networkStatus(nets []*Net, since time.Time) (Status, []Reason) {
	if len(nets) == 0 {
		return Missing, []Reason{{Code: NothingFound}}
	}
	var dormant, single, stale int
	for _, n := range nets {
		active, several, fresh := n.Status == "ACTIVE", len(e.members(n.ID)) >= 2, e.netFresh(n, since)
		if active && several && fresh {
			return Met, nil
		}
		dormant += count(!active)
		single += count(!several)
		stale += count(!fresh)
	}
	return AtRisk, reasons(dormant, single, stale, since)
}

// reasons words an AT_RISK made of dormant networks, networks of a
// single member and unconfirmed entries, each with how many.
func reasons(dormant, single, stale int, since time.Time) []Reason {
	var out []Reason
	if dormant > 0 {
		out = append(out, Reason{Code: Dormant, Count: dormant})
	}
	if single > 0 {
		out = append(out, Reason{Code: SingleMember, Count: single})
	}
	if stale > 0 {
		out = append(out, Reason{Code: Unconfirmed, Count: stale, Since: &since})
	}
	return out
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fits reports whether an organisation is what a GROUP_MEMBER expectation asks for.
func (e *evaluator) fits(o *Org, x expect.Expectation, t *ent.CoverageTemplate) bool {
	switch {
	case x.Sector != "":
		return o.Sector == x.Sector
	case x.Service != "":
		return slices.Contains(o.Services, x.Service)
	case x.OtherNGO:
		if o.Sector != "NGO" {
			return false
		}
		// "Other": not one of the services the template asks for by name.
		return !providesAny(o, expect.NamedServices(t.Expectations))
	}
	return false
}

// memberRule: members of the groups that fit. None → MISSING; only in
// dormant groups or only unconfirmed → AT_RISK; otherwise MET.
func (e *evaluator) memberRule(r *Result, groups []*Net, since time.Time, fit func(*Member, *Org) bool) {
	orgs, nets := map[int]bool{}, map[int]bool{}
	solid := false
	var dormant, stale int
	for _, n := range groups {
		for _, m := range e.members(n.ID) {
			o := e.d.Orgs[m.Org]
			if !fit(m, o) {
				continue
			}
			orgs[o.ID], nets[n.ID] = true, true
			active, fresh := n.Status == "ACTIVE", e.memberFresh(m, since)
			solid = solid || active && fresh
			dormant += count(!active)
			stale += count(active && !fresh)
		}
	}
	r.Organizations, r.Networks = keys(orgs), keys(nets)
	switch {
	case len(orgs) == 0:
		r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
	case solid:
		r.Status = Met
	default:
		r.Status, r.Reasons = AtRisk, reasons(dormant, 0, stale, since)
	}
}

// municipalities: every municipality of the county has a municipal
// organisation among the groups' members. All → MET (AT_RISK when some only
// through unconfirmed or dormant entries); some → AT_RISK; none → MISSING.
// Suggestions are the unrepresented municipalities' own organisations.
func (e *evaluator) municipalities(r *Result, a *Area, groups []*Net, since time.Time) {
	county := e.d.Areas[e.county(a.ID)]
	if county == nil {
		r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
		return
	}
	represented, solid := map[int]bool{}, map[int]bool{}
	orgs, nets := map[int]bool{}, map[int]bool{}
	for _, n := range groups {
		for _, m := range e.members(n.ID) {
			o := e.d.Orgs[m.Org]
			if o.Sector != "MUNICIPALITY" || o.Home == 0 || e.d.Areas[o.Home] == nil || e.d.Areas[o.Home].Parent != county.ID {
				continue
			}
			represented[o.Home], orgs[o.ID], nets[n.ID] = true, true, true
			if n.Status == "ACTIVE" && e.memberFresh(m, since) {
				solid[o.Home] = true
			}
		}
	}
	r.Organizations, r.Networks = keys(orgs), keys(nets)
	all := e.childrenOf(county)
	switch {
	case len(all) > 0 && len(represented) == 0:
		r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound, Of: len(all)}}
	case len(represented) < len(all) || len(solid) < len(all):
		r.Status = AtRisk
		if len(represented) < len(all) {
			r.Reasons = append(r.Reasons, Reason{Code: PartialMunicipalities, Count: len(represented), Of: len(all)})
		}
		if len(solid) < len(represented) {
			r.Reasons = append(r.Reasons, Reason{Code: Unconfirmed, Count: len(represented) - len(solid), Since: &since})
		}
	default:
		r.Status = Met
	}
	for _, m := range all {
		if represented[m] {
			continue
		}
		for _, o := range e.municipalOrgs(m) {
			r.Suggestions = append(r.Suggestions, o.ID)
		}
	}
	slices.Sort(r.Suggestions)
	if len(r.Suggestions) > MaxSuggestions {
		r.Suggestions = r.Suggestions[:MaxSuggestions]
	}
}

// confirmed: the memberships of the template's networks in the county —
// its groups and the networks its NETWORK expectations name — confirmed in
// the window. Organizations and Networks list the stale ones: who should
// confirm. No memberships at all → MISSING.
func (e *evaluator) confirmed(r *Result, c int, t *ent.CoverageTemplate, since time.Time) {
	nets := map[int]*Net{}
	for _, n := range e.groups(c, e.themes(t)) {
		nets[n.ID] = n
	}
	for _, y := range t.Expectations {
		if y.Rule != expect.Network {
			continue
		}
		for _, n := range e.reaching(c) {
			if y.NetworkKind != "" && string(n.Kind) == y.NetworkKind || y.Theme != "" && slices.Contains(n.Themes, y.Theme) {
				nets[n.ID] = n
			}
		}
	}
	staleOrgs, staleNets := map[int]bool{}, map[int]bool{}
	total := 0
	for _, n := range nets {
		for _, m := range e.members(n.ID) {
			total++
			if !e.memberFresh(m, since) {
				staleOrgs[m.Org], staleNets[n.ID] = true, true
			}
		}
	}
	r.Organizations, r.Networks = keys(staleOrgs), keys(staleNets)
	switch {
	case total == 0:
		r.Status, r.Reasons = Missing, []Reason{{Code: NothingFound}}
	case len(staleOrgs) > 0:
		r.Status, r.Reasons = AtRisk, []Reason{{Code: Unconfirmed, Count: len(staleOrgs), Since: &since}}
	default:
		r.Status = Met
	}
}

// suggest lists organisations of the sectors or services the expectation
// names that operate in the county and do not already meet it, by name.
func (e *evaluator) suggest(c int, t *ent.CoverageTemplate, x expect.Expectation, r Result) []int {
	if len(x.SuggestSectors) == 0 && len(x.SuggestServices) == 0 {
		return nil
	}
	named := expect.NamedServices(t.Expectations)
	var out []*Org
	for _, o := range e.orgsInCounty(c) {
		if slices.Contains(r.Organizations, o.ID) {
			continue
		}
		if !slices.Contains(x.SuggestSectors, o.Sector) && !providesAny(o, x.SuggestServices) {
			continue
		}
		if x.OtherNGO && providesAny(o, named) {
			continue // suggested for its own expectation, not as an "other" NGO
		}
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b *Org) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	if len(out) > MaxSuggestions {
		out = out[:MaxSuggestions]
	}
	res := make([]int, len(out))
	for i, o := range out {
		res[i] = o.ID
	}
	return res
}

// providesAny reports whether o provides one of services.
func providesAny(o *Org, services []enum.Service) bool {
	return slices.ContainsFunc(services, func(s enum.Service) bool { return slices.Contains(o.Services, s) })
}

func keys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func ids(nets []*Net) []int {
	out := make([]int, len(nets))
	for i, n := range nets {
		out[i] = n.ID
	}
	return out
}

func orgIDs(orgs []*Org) []int {
	out := make([]int, len(orgs))
	for i, o := range orgs {
		out[i] = o.ID
	}
	slices.Sort(out)
	return out
}
