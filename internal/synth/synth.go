// Package synth fills an empty database with synthetic, national-scale data
// for benchmarks and load tests: realistic shares of sectors, networks at
// every level, a long tail of membership counts, dates spread over years and
// some stale entries. The same seed always gives the same data.
package synth

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Scale is a size of data set.
type Scale struct {
	Name                                 string
	Organizations, Networks, Memberships int
}

// Scales: M is a ministry's national instance; S a tenth of it; L ten times it.
var Scales = map[string]Scale{
	"S": {"S", 500, 100, 3000},
	"M": {"M", 5000, 1000, 30000},
	"L": {"L", 50000, 10000, 300000},
}

// ErrNotEmpty is returned when the database already has organisations.
var ErrNotEmpty = errors.New("synth: the database already has organisations; generate needs an empty one")

type place struct {
	id, county int
	name       string
}

// Generate writes the data set in one transaction. Reference areas must be
// loaded first.
func Generate(ctx context.Context, db *database.DB, s Scale, seed uint64) error {
	ctx = viewer.SystemContext(ctx) // generated data is the server's own, not audited
	client := db.Client

	if n, err := client.Organization.Query().Count(ctx); err != nil {
		return err
	} else if n > 0 {
		return ErrNotEmpty
	}
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	munis, counties, country, err := loadAreas(ctx, client)
	if err != nil {
		return err
	}
	g := &gen{r: r, munis: munis, counties: counties, country: country, now: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)}
	orgs := g.organizations(s.Organizations)
	nets := g.networks(s.Networks, orgs)
	ms := g.memberships(s.Memberships, orgs, nets)
	if err := load(ctx, db, orgs, nets, ms); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	return nil
}

func loadAreas(ctx context.Context, client *ent.Client) (munis []place, counties []place, country int, err error) {
	all, err := client.Area.Query().Order(ent.Asc(area.FieldKind), ent.Asc(area.FieldCode)).All(ctx)
	if err != nil {
		return nil, nil, 0, err
	}
	for _, a := range all {
		switch a.Kind {
		case area.KindCOUNTRY:
			country = a.ID
		case area.KindWELLBEING_COUNTY:
			counties = append(counties, place{id: a.ID, county: a.ID, name: a.NameFi})
		case area.KindMUNICIPALITY:
			if a.ParentID != nil {
				munis = append(munis, place{id: a.ID, county: *a.ParentID, name: a.NameFi})
			}
		}
	}
	if len(munis) == 0 || len(counties) == 0 || country == 0 {
		return nil, nil, 0, errors.New("synth: load the reference areas first")
	}
	return munis, counties, country, nil
}

type gen struct {
	r               *rand.Rand
	munis, counties []place
	country         int
	now             time.Time
}

type org struct {
	name, short string
	sector      enum.Sector
	services    []enum.Service
	home        int
	operating   []int
	county      int // 0 for national actors
	confirmed   *time.Time
	weight      float64 // how readily it joins networks: hubs have large weights
}

type netw struct {
	name        string
	kind        network.Kind
	level       network.Level
	themes      []enum.Theme
	areas       []int
	county      int
	coordinator int
	status      network.Status
	started     time.Time
	ended       *time.Time
	meetings    int
	confirmed   *time.Time
}

type member struct {
	org, net       int
	role           membership.Role
	status         membership.Status
	start          time.Time
	end            *time.Time
	representative string
	confirmed      *time.Time
}

// sectorShares are the shares of the organisations left after the fixed
// ones (municipalities, counties, police, probation).
var sectorShares = []struct {
	sector enum.Sector
	share  float64
}{
	{enum.SectorNGO, 0.6}, {enum.SectorParish, 0.12}, {enum.SectorEducation, 0.1}, {enum.SectorOtherState, 0.01},
	{enum.SectorBusiness, 0.07}, {enum.SectorOther, 0.05}, {enum.SectorMunicipality, 0.05},
}

var ngoServices = []enum.Service{enum.ServiceShelter, enum.ServiceVictimSupport, enum.ServiceFamilySupport, enum.ServiceYouthWork,
	enum.ServiceSubstanceAbuse, enum.ServiceMentalHealth, enum.ServiceReleasedPrisonerSupport, enum.ServicePerpetratorSupport, enum.ServiceHousing}

func (g *gen) date(from, to int) time.Time {
	start := time.Date(from, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(to, 1, 1, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	return start.AddDate(0, 0, g.r.IntN(days))
}

// confirmation is recent for most entries and years old for some: stale data.
func (g *gen) confirmation() *time.Time {
	if g.r.Float64() < 0.1 {
		return nil
	}
	var t time.Time
	if g.r.Float64() < 0.25 {
		t = g.date(2019, 2025)
	} else {
		t = g.now.AddDate(0, 0, -g.r.IntN(365))
	}
	return &t
}

func (g *gen) organizations(n int) []org {
	var out []org
	add := func(o org) {
		if len(out) < n {
			o.confirmed = g.confirmation()
			out = append(out, o)
		}
	}
	// Every county and every municipality takes part.
	for _, c := range g.counties {
		add(org{name: c.name, sector: enum.SectorWellbeingCounty, home: c.id, operating: []int{c.id}, county: c.id, weight: 20,
			services: []enum.Service{enum.ServiceSocialServices, enum.ServiceHealthServices, enum.ServiceFamilySupport}})
	}
	for _, m := range g.munis {
		add(org{name: m.name + " (kunta)", sector: enum.SectorMunicipality, home: m.id, operating: []int{m.id}, county: m.county, weight: 3,
			services: []enum.Service{enum.ServiceYouthWork, enum.ServiceEducationServices}})
	}
	// Eleven police departments and a dozen probation offices, each covering
	// a couple of counties: the hubs with hundreds of memberships.
	for i := range 11 {
		cs := g.pickCounties(2, i)
		add(org{name: fmt.Sprintf("Poliisilaitos %d", i+1), sector: enum.SectorPolice, home: cs[0], operating: cs, county: cs[0], weight: 40,
			services: []enum.Service{enum.ServiceCrimePrevention}})
	}
	for i := range 12 {
		cs := g.pickCounties(2, i+3)
		add(org{name: fmt.Sprintf("Rikosseuraamuslaitos, toimipiste %d", i+1), sector: enum.SectorProbation, home: cs[0], operating: cs, county: cs[0], weight: 15,
			services: []enum.Service{enum.ServiceReleasedPrisonerSupport}})
	}
	for i := 0; len(out) < n; i++ {
		m := g.munis[g.r.IntN(len(g.munis))]
		x := g.r.Float64()
		sector := enum.SectorOther
		for _, s := range sectorShares {
			if x < s.share {
				sector = s.sector
				break
			}
			x -= s.share
		}
		o := org{sector: sector, home: m.id, operating: []int{m.id}, county: m.county, weight: 0.3 + g.r.ExpFloat64()}
		switch sector {
		case enum.SectorNGO:
			o.services = []enum.Service{ngoServices[g.r.IntN(len(ngoServices))]}
			o.name = fmt.Sprintf("%s, yhdistys %d ry", m.name, i)
		case enum.SectorParish:
			o.name, o.services = m.name+" seurakunta "+fmt.Sprint(i), []enum.Service{enum.ServiceDiaconalWork}
		case enum.SectorEducation:
			o.name, o.services = m.name+" oppilaitos "+fmt.Sprint(i), []enum.Service{enum.ServiceEducationServices}
		case enum.SectorOtherState:
			o.name, o.operating, o.county, o.home, o.weight = "Valtion virasto "+fmt.Sprint(i), []int{g.country}, 0, g.country, 2
		case enum.SectorMunicipality:
			o.name = m.name + ", kunnan yksikkö " + fmt.Sprint(i)
		case enum.SectorBusiness:
			o.name = m.name + " Oy " + fmt.Sprint(i)
		default:
			o.name = m.name + " toimija " + fmt.Sprint(i)
		}
		add(o)
	}
	return out
}

func (g *gen) pickCounties(k, offset int) []int {
	out := make([]int, 0, k)
	for i := range k {
		out = append(out, g.counties[(offset*2+i)%len(g.counties)].id)
	}
	return out
}

var kinds = []network.Kind{network.KindCOORDINATION_GROUP, network.KindWORKING_GROUP, network.KindWORKING_GROUP, network.KindSTEERING_GROUP,
	network.KindMARAK, network.KindANKKURI, network.KindSERVICE_NETWORK, network.KindPROJECT, network.KindFORUM, network.KindOTHER}

var themes = []enum.Theme{enum.ThemeViolencePrevention, enum.ThemeDomesticViolence, enum.ThemeCrimePrevention, enum.ThemeYouth,
	enum.ThemeReleasedPrisoners, enum.ThemeTrafficSafety, enum.ThemeSubstanceAbuse, enum.ThemeFamilySupport, enum.ThemeMentalHealth}

func (g *gen) networks(n int, orgs []org) []netw {
	byCounty := map[int][]int{}
	for i, o := range orgs {
		byCounty[o.county] = append(byCounty[o.county], i)
	}
	out := make([]netw, 0, n)
	for i := range n {
		nw := netw{kind: kinds[g.r.IntN(len(kinds))], meetings: []int{2, 4, 6, 10, 12}[g.r.IntN(5)]}
		m := g.munis[g.r.IntN(len(g.munis))]
		switch x := g.r.Float64(); {
		case x < 0.45:
			nw.level, nw.areas, nw.county = network.LevelMUNICIPAL, []int{m.id}, m.county
		case x < 0.6:
			nw.level, nw.areas, nw.county = network.LevelSUBREGIONAL, []int{m.id}, m.county
		case x < 0.88:
			nw.level, nw.areas, nw.county = network.LevelWELLBEING_COUNTY, []int{m.county}, m.county
		case x < 0.95:
			nw.level, nw.areas, nw.county = network.LevelMULTI_COUNTY, []int{m.county, g.counties[g.r.IntN(len(g.counties))].id}, m.county
		default:
			nw.level, nw.areas, nw.county = network.LevelNATIONAL, []int{g.country}, 0
		}
		for range 1 + g.r.IntN(3) {
			t := themes[g.r.IntN(len(themes))]
			if !slices.Contains(nw.themes, t) {
				nw.themes = append(nw.themes, t)
			}
		}
		nw.name = fmt.Sprintf("%s: %s %d", m.name, strings.ToLower(strings.ReplaceAll(string(nw.kind), "_", " ")), i)
		if local := byCounty[nw.county]; len(local) > 0 {
			nw.coordinator = local[g.r.IntN(len(local))]
		} else {
			nw.coordinator = g.r.IntN(len(orgs))
		}
		nw.started = g.date(2012, 2026)
		switch x := g.r.Float64(); {
		case x < 0.12:
			e := nw.started.AddDate(1+g.r.IntN(4), 0, 0)
			if e.After(g.now) {
				e = g.now.AddDate(0, -1, 0)
			}
			nw.status, nw.ended = network.StatusENDED, &e
		case x < 0.2:
			nw.status = network.StatusDORMANT
		default:
			nw.status = network.StatusACTIVE
		}
		nw.confirmed = g.confirmation()
		out = append(out, nw)
	}
	return out
}

var titles = []string{"koordinaattori", "sosiaalityöntekijä", "ennalta estävän toiminnan poliisi", "toiminnanjohtaja",
	"diakoniatyöntekijä", "nuorisotyöntekijä", "erityisasiantuntija", "palvelupäällikkö", "rikosseuraamusesimies"}

// memberships spreads total memberships over the networks with a long tail
// (a few networks with a hundred members, most with a dozen), preferring
// organisations from the network's county and, among them, the hubs.
func (g *gen) memberships(total int, orgs []org, nets []netw) []member {
	byCounty := map[int][]int{}
	for i, o := range orgs {
		byCounty[o.county] = append(byCounty[o.county], i)
	}
	weights := make([]float64, len(nets))
	sum := 0.0
	for i := range nets {
		weights[i] = math.Pow(g.r.Float64(), -0.6) // Pareto-like
		sum += weights[i]
	}
	out := make([]member, 0, total)
	used := map[[2]int]bool{}
	for i, nw := range nets {
		want := int(float64(total) * weights[i] / sum)
		if i == len(nets)-1 {
			want = total - len(out)
		}
		// Networks recruit in their own county; national networks, and the
		// rare network too big for its county, recruit everywhere.
		pool := byCounty[nw.county]
		if nw.level == network.LevelNATIONAL || len(pool) < want {
			pool = nil
		}
		chosen := map[int]bool{nw.coordinator: true}
		used[[2]int{nw.coordinator, i}] = true
		out = append(out, g.member(nw.coordinator, i, nw, membership.RoleCOORDINATOR))
		for tries := 0; len(chosen) < want && tries < want*20; tries++ {
			var o int
			if pool == nil {
				o = g.r.IntN(len(orgs))
			} else {
				o = pool[g.r.IntN(len(pool))]
			}
			if chosen[o] || g.r.Float64()*40 > orgs[o].weight+2 {
				continue
			}
			chosen[o] = true
			used[[2]int{o, i}] = true
			role := membership.RoleMEMBER
			switch x := g.r.Float64(); {
			case x < 0.04:
				role = membership.RoleCHAIR
			case x < 0.07:
				role = membership.RoleSECRETARY
			case x < 0.12:
				role = membership.RoleEXPERT
			case x < 0.15:
				role = membership.RoleOBSERVER
			}
			out = append(out, g.member(o, i, nw, role))
		}
	}
	// Top up to the exact total with random pairs not used yet.
	for len(out) < total {
		o, n := g.r.IntN(len(orgs)), g.r.IntN(len(nets))
		if !used[[2]int{o, n}] {
			used[[2]int{o, n}] = true
			out = append(out, g.member(o, n, nets[n], membership.RoleMEMBER))
		}
	}
	return out[:total]
}

func (g *gen) member(o, n int, nw netw, role membership.Role) member {
	m := member{org: o, net: n, role: role, representative: titles[g.r.IntN(len(titles))], confirmed: g.confirmation()}
	m.start = nw.started.AddDate(0, g.r.IntN(24), 0)
	if m.start.After(g.now) {
		m.start = nw.started
	}
	switch x := g.r.Float64(); {
	case nw.status == network.StatusENDED:
		m.status, m.end = membership.StatusENDED, nw.ended
	case x < 0.1:
		e := m.start.AddDate(1+g.r.IntN(3), 0, 0)
		if e.After(g.now) {
			e = g.now.AddDate(0, 0, -30)
		}
		m.status, m.end = membership.StatusENDED, &e
	case x < 0.14:
		m.status = membership.StatusPENDING
	case x < 0.16:
		m.status = membership.StatusDECLINED
	default:
		m.status = membership.StatusACTIVE
	}
	if m.end != nil && m.end.Before(m.start) {
		e := m.start
		m.end = &e
	}
	return m
}
