package coverage

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
)

var (
	now    = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	recent = now.AddDate(0, -1, 0)
	old    = now.AddDate(-3, 0, 0)
)

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

// world is a small country: county 10 with municipalities 100 and 101 and
// solid structures, county 20 with nothing, and municipality 102, merged
// away (no longer under any county) but still named by an organisation.
func world() *Data {
	d := &Data{Areas: map[int]*Area{}, Orgs: map[int]*Org{}, Nets: map[int]*Net{}}
	for _, a := range []*Area{
		{ID: 1, Kind: area.KindCOUNTRY}, {ID: 10, Kind: area.KindWELLBEING_COUNTY, Parent: 1},
		{ID: 100, Kind: area.KindMUNICIPALITY, Parent: 10}, {ID: 101, Kind: area.KindMUNICIPALITY, Parent: 10},
		{ID: 20, Kind: area.KindWELLBEING_COUNTY, Parent: 1}, {ID: 200, Kind: area.KindMUNICIPALITY, Parent: 20},
		{ID: 102, Kind: area.KindMUNICIPALITY},
	} {
		d.Areas[a.ID] = a
	}
	d.Areas[1].Children = []int{10, 20}
	d.Areas[10].Children = []int{100, 101}
	d.Areas[20].Children = []int{200}
	org := func(id int, sector enum.Sector, home int, services ...enum.Service) {
		d.Orgs[id] = &Org{ID: id, Name: "org", Sector: sector, Home: home, Services: services, Contact: true, LastConfirmed: &recent}
	}
	org(1001, "WELLBEING_COUNTY", 10)
	org(1002, "POLICE", 10)
	org(1003, "PROBATION", 10)
	org(1004, "PARISH", 100)
	org(1005, "NGO", 100, "VICTIM_SUPPORT")
	org(1006, "NGO", 100, "SHELTER")
	org(1007, "NGO", 101, "MEDIATION") // not a member: a suggestion for mediation
	org(1008, "NGO", 101, "YOUTH_WORK")
	org(1009, "MUNICIPALITY", 100)
	org(1010, "MUNICIPALITY", 101)
	org(1011, "MUNICIPALITY", 102) // in the merged-away municipality
	d.Orgs[1010].Contact = false
	d.Orgs[1006].LastConfirmed = &old
	net := func(id int, kind network.Kind, status network.Status, level network.Level, areas []int, themes ...enum.Theme) *Net {
		n := &Net{ID: id, Kind: kind, Status: status, Level: level, Areas: areas, Themes: themes, Started: day("2020-01-01"), LastConfirmed: &recent}
		d.Nets[id] = n
		return n
	}
	net(2001, "COORDINATION_GROUP", "ACTIVE", "WELLBEING_COUNTY", []int{10}, "DOMESTIC_VIOLENCE")
	net(2002, "MARAK", "DORMANT", "WELLBEING_COUNTY", []int{10}, "DOMESTIC_VIOLENCE")
	net(2003, "ANKKURI", "ACTIVE", "SUBREGIONAL", []int{100}, "YOUTH")
	net(2004, "SERVICE_NETWORK", "ACTIVE", "NATIONAL", []int{1}, "RELEASED_PRISONERS")
	id := 3000
	member := func(org, net int, role membership.Role, start, end *time.Time, status membership.Status) *Member {
		id++
		m := &Member{ID: id, Org: org, Net: net, Role: role, Status: status, Start: start, End: end}
		d.Memberships = append(d.Memberships, m)
		return m
	}
	for _, o := range []int{1002, 1003, 1004, 1005, 1006, 1008, 1009} {
		member(o, 2001, "MEMBER", nil, nil, "ACTIVE")
	}
	member(1001, 2001, "COORDINATOR", day("2021-01-01"), nil, "ACTIVE")
	member(1002, 2002, "MEMBER", nil, nil, "ACTIVE")
	member(1001, 2002, "MEMBER", nil, nil, "ACTIVE")
	member(1002, 2003, "CHAIR", nil, nil, "ACTIVE")
	member(1003, 2004, "MEMBER", nil, nil, "ACTIVE")
	member(1008, 2004, "MEMBER", nil, nil, "ACTIVE")
	d.Templates = []*ent.CoverageTemplate{}
	for _, t := range Defaults() {
		d.Templates = append(d.Templates, &ent.CoverageTemplate{ID: len(d.Templates) + 1, Key: t.Key, AreaKind: t.AreaKind, Themes: t.Themes, Expectations: t.Expectations})
	}
	return d
}

func statuses(t *testing.T, r *Report) map[string]Result {
	t.Helper()
	out := map[string]Result{}
	for _, res := range r.Results {
		out[res.Expectation.Key] = res
	}
	return out
}

func evaluate(t *testing.T, d *Data, id int, asOf time.Time) *Report {
	t.Helper()
	r, err := d.Evaluate(id, nil, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCountyStatuses(t *testing.T) {
	got := statuses(t, evaluate(t, world(), 10, now))
	want := map[string]Status{
		"county-group":          Met,
		"coordinator":           Met,
		"member-county":         Met,
		"member-police":         Met,
		"member-probation":      Met,
		"member-parish":         Met,
		"member-victim-support": Met,
		"member-shelter":        Met,     // its membership is vouched for by the group's recent confirmation
		"member-mediation":      Missing, // the mediation office is not a member
		"member-other-ngo":      Met,     // the youth work NGO
		"municipalities":        AtRisk,  // 100 is represented, 101 is not
		"marak":                 AtRisk,  // dormant
		"ankkuri":               AtRisk,  // a single member
		"released-prisoners":    Met,     // a national network reaches every county
		"shelter":               AtRisk,  // a single provider, unconfirmed
		"confirmed":             Met,
	}
	for key, w := range want {
		if got[key].Status != w {
			t.Errorf("%s: %s, want %s", key, got[key].Status, w)
		}
	}
	if s := got["member-mediation"].Suggestions; len(s) != 1 || s[0] != 1007 {
		t.Errorf("mediation suggestions %v, want the mediation office 1007", s)
	}
	if s := got["municipalities"].Suggestions; len(s) != 1 || s[0] != 1010 {
		t.Errorf("municipality suggestions %v, want 101's own organisation 1010", s)
	}
	if o := got["coordinator"].Organizations; len(o) != 1 || o[0] != 1001 {
		t.Errorf("coordinator met by %v", o)
	}
}

func TestStaleEntriesAreAtRisk(t *testing.T) {
	d := world()
	for _, n := range d.Nets {
		n.LastConfirmed = &old
	}
	for _, o := range d.Orgs {
		o.LastConfirmed = nil
	}
	d.Memberships[0].OrgConfirm = &recent // one police membership confirmed by the police
	got := statuses(t, evaluate(t, d, 10, now))
	for key, w := range map[string]Status{"county-group": AtRisk, "confirmed": AtRisk, "member-police": Met, "member-parish": AtRisk} {
		if got[key].Status != w {
			t.Errorf("%s: %s, want %s", key, got[key].Status, w)
		}
	}
	if c := got["confirmed"]; len(c.Organizations) == 0 || len(c.Networks) == 0 {
		t.Errorf("stale entries not listed: %+v", c)
	}
}

func TestEndedMembershipAndDormantGroup(t *testing.T) {
	d := world()
	for _, m := range d.Memberships {
		if m.Role == "COORDINATOR" {
			m.Status, m.End = "ENDED", day("2025-12-31")
		}
	}
	got := statuses(t, evaluate(t, d, 10, now))
	if got["coordinator"].Status != Missing {
		t.Errorf("an ended coordinator membership still counts: %s", got["coordinator"].Status)
	}
	// As of a day it still ran, it counts.
	if past := statuses(t, evaluate(t, d, 10, *day("2025-06-01"))); past["coordinator"].Status == Missing {
		t.Error("as of 2025 the coordinator was there")
	}
	d.Nets[2001].Status = "DORMANT"
	got = statuses(t, evaluate(t, d, 10, now))
	if got["county-group"].Status != AtRisk || got["member-police"].Status != AtRisk {
		t.Errorf("dormant group: %s, police %s", got["county-group"].Status, got["member-police"].Status)
	}
}

func TestAsOfBeforeTheGroupStarted(t *testing.T) {
	got := statuses(t, evaluate(t, world(), 10, *day("2019-06-01")))
	if got["county-group"].Status != Missing || got["coordinator"].Status != Missing {
		t.Errorf("in 2019 nothing had started: group %s, coordinator %s", got["county-group"].Status, got["coordinator"].Status)
	}
}

func TestEmptyCountyIsMissingEverywhere(t *testing.T) {
	r := evaluate(t, world(), 20, now)
	got := statuses(t, r)
	for key, res := range got {
		// Only the national released-prisoner network reaches it (and its
		// memberships are confirmed); everything else is missing.
		want := Missing
		if key == "released-prisoners" || key == "confirmed" {
			want = Met
		}
		if res.Status != want {
			t.Errorf("empty county, %s: %s, want %s", key, res.Status, want)
		}
	}
	if r.Total != 16 {
		t.Errorf("%d expectations, want 16", r.Total)
	}
}

func TestMunicipalityAndMergedAway(t *testing.T) {
	d := world()
	county := evaluate(t, d, 10, now)
	if len(county.Children) != 2 {
		t.Fatalf("county children %d, want its 2 municipalities", len(county.Children))
	}
	m100, m101 := statuses(t, county.Children[0]), statuses(t, county.Children[1])
	if m100["municipal-contact"].Status != Met || m100["in-county-group"].Status != Met {
		t.Errorf("100: %+v", m100)
	}
	if m101["municipal-contact"].Status != AtRisk || m101["in-county-group"].Status != Missing {
		t.Errorf("101 (no contact, not a member): %s %s", m101["municipal-contact"].Status, m101["in-county-group"].Status)
	}
	// The merged-away municipality is nobody's child and reports without error.
	merged := evaluate(t, d, 102, now)
	if got := statuses(t, merged); got["in-county-group"].Status != Missing {
		t.Errorf("merged-away municipality: %+v", got)
	}
	if _, err := d.Evaluate(999999, nil, now); err != ErrUnknownArea {
		t.Errorf("unknown area: %v", err)
	}
}

func TestCountryIsTheSumOfItsCounties(t *testing.T) {
	r := evaluate(t, world(), 1, now)
	if len(r.Children) != 2 {
		t.Fatalf("country children %d, want the 2 counties", len(r.Children))
	}
	if r.Total != r.Children[0].Total+r.Children[1].Total || r.Met != r.Children[0].Met+r.Children[1].Met {
		t.Errorf("country %d/%d, counties %d/%d and %d/%d", r.Met, r.Total, r.Children[0].Met, r.Children[0].Total, r.Children[1].Met, r.Children[1].Total)
	}
}

func TestThemeWithoutTemplate(t *testing.T) {
	d := world()
	th := d.Templates[0].Themes[0]
	r, err := d.Evaluate(10, &th, now)
	if err != nil || r.Template == nil {
		t.Fatalf("theme %s: %v", th, err)
	}
	traffic := enum.ThemeTrafficSafety // no template covers it
	r, err = d.Evaluate(10, &traffic, now)
	if err != nil || r.Template != nil || r.Total != 0 {
		t.Errorf("a theme no template covers: %v, %d expectations", err, r.Total)
	}
}

// An administrator who drops an expectation from the template changes what
// counts as an "other NGO", for the check and for its suggestions alike:
// nothing about the default services is hard-coded.
func TestOtherNGOFollowsTheTemplate(t *testing.T) {
	d := world()
	d.Memberships = slices.DeleteFunc(d.Memberships, func(m *Member) bool { return m.Org == 1008 && m.Net == 2001 })
	got := statuses(t, evaluate(t, d, 10, now))
	if r := got["member-other-ngo"]; r.Status != Missing || len(r.Suggestions) != 1 || r.Suggestions[0] != 1008 {
		t.Fatalf("with the default template: %s, suggestions %v; want MISSING, the youth work NGO 1008 only", r.Status, r.Suggestions)
	}
	tmpl := d.Templates[0]
	tmpl.Expectations = slices.DeleteFunc(slices.Clone(tmpl.Expectations), func(x expect.Expectation) bool { return x.Key == "member-mediation" })
	got = statuses(t, evaluate(t, d, 10, now))
	if r := got["member-other-ngo"]; !slices.Contains(r.Suggestions, 1007) {
		t.Errorf("without a mediation expectation, the mediation NGO 1007 is an other NGO; suggestions %v", r.Suggestions)
	}
}

// Coverage's asOf follows the one as-of rule (package asof): a membership
// counts on its last day too (coverage used to drop it on that day, unlike
// the map).
func TestMembershipCountsOnItsLastDay(t *testing.T) {
	d := world()
	for _, m := range d.Memberships {
		if m.Role == "COORDINATOR" {
			m.Status, m.End = "ENDED", day("2025-06-30")
		}
	}
	if got := statuses(t, evaluate(t, d, 10, *day("2025-06-30"))); got["coordinator"].Status == Missing {
		t.Error("on its last day the coordinator membership does not count")
	}
	if got := statuses(t, evaluate(t, d, 10, *day("2025-07-01"))); got["coordinator"].Status != Missing {
		t.Error("the day after, the coordinator membership still counts")
	}
}

// TestReasons: each AT_RISK and MISSING says why, decided where the status
// is, with the figures its words need; a MET has none.
func TestReasons(t *testing.T) {
	codes := func(rs []Reason) []string {
		var out []string
		for _, r := range rs {
			s := string(r.Code)
			if r.Count > 0 || r.Of > 0 {
				s += " " + strconv.Itoa(r.Count) + "/" + strconv.Itoa(r.Of)
			}
			if r.Since != nil {
				s += " since " + r.Since.Format(time.DateOnly)
			}
			out = append(out, s)
		}
		return out
	}
	got := statuses(t, evaluate(t, world(), 10, now))
	for key, want := range map[string][]string{
		"county-group":     nil,
		"member-mediation": {"NOTHING_FOUND"},
		"municipalities":   {"PARTIAL_MUNICIPALITIES 1/2"},
		"marak":            {"DORMANT 1/0"},
		"ankkuri":          {"SINGLE_MEMBER 1/0"},
		"shelter":          {"SINGLE_PROVIDER", "UNCONFIRMED 1/0 since 2025-06-01"},
	} {
		if c := codes(got[key].Reasons); !slices.Equal(c, want) {
			t.Errorf("%s (%s): reasons %v, want %v", key, got[key].Status, c, want)
		}
	}
	// A municipality's entry without a way to reach it.
	muni := statuses(t, evaluate(t, world(), 101, now))
	for key, res := range muni {
		if res.Status != Met && len(res.Reasons) == 0 {
			t.Errorf("municipality 101, %s: %s without a reason", key, res.Status)
		}
	}
	// Unconfirmed entries: when the group was last confirmed long ago.
	d := world()
	for _, n := range d.Nets {
		n.LastConfirmed = &old
	}
	for _, o := range d.Orgs {
		o.LastConfirmed = nil
	}
	stale := statuses(t, evaluate(t, d, 10, now))
	if c := codes(stale["county-group"].Reasons); !slices.Equal(c, []string{"UNCONFIRMED 1/0 since 2025-06-01"}) {
		t.Errorf("stale county group: %v", c)
	}
	if c := codes(stale["confirmed"].Reasons); len(c) != 1 || !strings.HasPrefix(c[0], "UNCONFIRMED ") {
		t.Errorf("stale confirmation: %v", c)
	}
}
