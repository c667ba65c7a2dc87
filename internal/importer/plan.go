package importer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/searchtext"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/search"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Options are the user's answers: where the rows go, how columns map, and
// the per-row choices the preview asked for.
type Options struct {
	FileName  string
	Sheet     string
	NetworkID int              // 0: each row's network column says
	Mapping   map[string]Field // header → field, overriding recognition
	// Choices answer rows that need one, by spreadsheet row number:
	// an organisation's ID, "new" (create it) or "skip".
	Choices map[int]string
}

// Action is what applying does to a row.
type Action string

const (
	ActionCreate    Action = "CREATE"    // a new membership (and perhaps a new organisation)
	ActionUpdate    Action = "UPDATE"    // fields change
	ActionUnchanged Action = "UNCHANGED" // nothing to write
	ActionChoice    Action = "CHOICE"    // the user must choose the organisation
	ActionError     Action = "ERROR"     // a cell is wrong
	ActionSkip      Action = "SKIP"      // the user chose to leave it out
)

// FieldChange is one field's value before and after, as text.
type FieldChange struct {
	Entity string `json:"entity"` // "organization" or "membership"
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Candidate is an organisation a row may mean.
type Candidate struct {
	ID         int    `json:"id"`
	Name       string `json:"name"`
	BusinessID string `json:"businessId,omitempty"`
	Area       string `json:"area,omitempty"`
	Why        Reason `json:"why"`
}

// CellError is a cell's problem.
type CellError struct {
	Cell   string `json:"cell"`   // "C7"; the row's first cell for a row-level problem
	Column string `json:"column"` // the header
	Reason
}

// Row is the preview of one spreadsheet row.
type Row struct {
	Sheet           string        `json:"sheet,omitempty"` // a roster's sheet; "" for the one sheet read
	Row             int           `json:"row"`
	Action          Action        `json:"action"`
	Organization    string        `json:"organization"`
	OrganizationID  int           `json:"organizationId,omitempty"`
	NewOrganization bool          `json:"newOrganization"`
	Network         string        `json:"network"`
	NetworkID       int           `json:"networkId,omitempty"`
	Changes         []FieldChange `json:"changes"`
	Candidates      []Candidate   `json:"candidates"`
	Errors          []CellError   `json:"errors"`
	Notes           []Reason      `json:"notes"`
	// Invitation: the membership is the network's invitation, which the
	// organisation's editors accept or decline.
	Invitation bool   `json:"invitation"`
	Choice     string `json:"choice,omitempty"` // the choice applied, when given
}

// Totals count the rows by action.
type Totals struct {
	Rows      int `json:"rows"`
	Create    int `json:"create"`
	Update    int `json:"update"`
	Unchanged int `json:"unchanged"`
	Choice    int `json:"choice"`
	Error     int `json:"error"`
	Skip      int `json:"skip"`
}

// Preview is what an import would do, row by row. Nothing is written to make it.
type Preview struct {
	File    string   `json:"file"`
	Format  string   `json:"format"`
	Sheet   string   `json:"sheet"`
	Sheets  []string `json:"sheets"`
	Columns []Column `json:"columns"`
	Fields  []Field  `json:"fields"` // what a column may be mapped to
	Totals  Totals   `json:"totals"`
	Rows    []Row    `json:"rows"`
	// Ready: no row has an error or an open choice, so Apply would run.
	Ready bool `json:"ready"`
	// Applied is set by Apply: the changes were written.
	Applied bool `json:"applied"`
}

// InputError is an option that does not fit the file (a mapping, the network).
type InputError struct {
	Field string
	Msg   string
}

func (e *InputError) Error() string     { return e.Field + ": " + e.Msg }
func (e *InputError) Kind() fault.Kind  { return fault.Invalid }
func (e *InputError) FieldName() string { return e.Field }

// ErrForbidden: the viewer may not import (or not into this network).
var ErrForbidden = fault.New(fault.Forbidden, "only coordinators (into the networks they coordinate) and administrators may import")

// ErrNotReady is Apply's refusal while the preview has errors or open choices.
var ErrNotReady = fault.New(fault.Invalid, "the import has rows with errors or open choices: nothing was written")

// newOrg is an organisation the import creates, once even when several rows name it.
type newOrg struct {
	input   ent.CreateOrganizationInput
	firstAt int
	id      int // set when created
}

// plan is a row's preview plus what Apply needs to carry it out.
type plan struct {
	Row
	org       *ent.Organization
	created   *newOrg
	orgUpdate *ent.UpdateOrganizationInput
	net       *ent.Network
	newNet    *netPlan        // a network the roster's Verkostot sheet creates
	mem       *ent.Membership // the membership the row updates
	// fromRoster: the organisation and network are rows of the roster's
	// other sheets (which plan their details); direct: an administrator's
	// roster row, written as the file says (status, dates, source) rather
	// than through the request workflow.
	fromRoster, direct bool
	source             *string
	// what the row asks of the membership
	role           *membership.Role
	representative *string
	start, end     *time.Time
	status         membership.Status
	memUpdate      bool // role, representative, dates differ
	approve, close bool
}

type planner struct {
	ctx    context.Context
	client *ent.Client
	v      *viewer.Viewer
	table  *Table
	opts   Options
	cols   map[Field]Column
	tree   *areas.Tree

	municipalities map[string]*ent.Area // folded fi/sv name or code → area
	areaName       map[int]string
	network        *ent.Network // --network
	networks       map[string]*ent.Network
	netErr         map[string]Reason
	newOrgs        map[string]*newOrg // by folded name and by business ID
	seen           map[string]int     // organisation+network → first row
	today          time.Time
	areas          map[string]*ent.Area // folded fi/sv name → area, any kind
	roster         *rosterState         // the roster's other sheets, when the file is a whole roster
	extraColumns   []Column             // the roster's other sheets' columns
}

// work is what Apply carries out: a roster's organisations and networks
// (parents first), then the membership rows.
type work struct {
	orgs []*orgPlan
	nets []*netPlan
	rows []*plan
}

// Plan reads what the file's rows would do: the rows of table t, or of a
// whole roster r (t being its memberships). It only reads.
func Plan(ctx context.Context, client *ent.Client, t *Table, r *Roster, opts Options) (*Preview, *work, error) {
	v := viewer.FromContext(ctx)
	if !v.IsAdmin() && !(v.SignedIn() && v.Role == viewer.RoleCoordinator) {
		return nil, nil, ErrForbidden
	}
	if r != nil {
		t = r.Memberships
		if opts.NetworkID != 0 {
			return nil, nil, &InputError{Field: "network", Msg: reason("wholeRoster").Message}
		}
	}
	cols, err := columns(t.Header, opts.Mapping)
	if err != nil {
		return nil, nil, &InputError{Field: "mapping", Msg: err.Error()}
	}
	if r == nil {
		// The roster's ID columns mean nothing without its other sheets.
		for i, c := range cols {
			if slices.Contains(rosterFields, c.Field) {
				cols[i].Field, cols[i].Note = "", ptr(reason("rosterOnly"))
			}
		}
	}
	for i := range cols {
		cols[i].Sheet = t.Sheet
		if r == nil {
			cols[i].Sheet = ""
		}
	}
	p := &planner{ctx: ctx, client: client, v: v, table: t, opts: opts, cols: map[Field]Column{},
		networks: map[string]*ent.Network{}, netErr: map[string]Reason{}, newOrgs: map[string]*newOrg{}, seen: map[string]int{}}
	y, m, d := time.Now().Date()
	p.today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	for _, c := range cols {
		if c.Field != "" {
			p.cols[c.Field] = c
		}
	}
	if _, ok := p.cols[FieldOrganization]; !ok && r == nil {
		if _, ok := p.cols[FieldBusinessID]; !ok {
			return nil, nil, &InputError{Field: "mapping", Msg: "no column names the organisation: the header needs Organisaatio (or Y-tunnus), or map a column to organization"}
		}
	}
	if opts.NetworkID != 0 {
		n, err := client.Network.Query().Where(network.ID(opts.NetworkID)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil, nil, &InputError{Field: "network", Msg: "no network has this ID"}
		}
		if err != nil {
			return nil, nil, err
		}
		if !v.IsAdmin() && !v.CoordinatesNetwork(n.ID) {
			return nil, nil, fmt.Errorf("%w: you do not coordinate %s", ErrForbidden, n.NameFi)
		}
		p.network = n
	} else if _, ok := p.cols[FieldNetwork]; !ok && r == nil {
		return nil, nil, &InputError{Field: "network", Msg: "say which network the rows belong to: choose one, or give the file a Verkosto column"}
	}
	if err := p.loadAreas(); err != nil {
		return nil, nil, err
	}
	pv := &Preview{File: opts.FileName, Format: t.Format, Sheet: t.Sheet, Sheets: t.Sheets, Columns: cols, Fields: Fields}
	w := &work{}
	var rows []Row
	if r != nil {
		if err := p.planRoster(r); err != nil {
			return nil, nil, err
		}
		pv.Format, pv.Sheet, pv.Sheets = r.Format, "", r.Sheets
		pv.Columns = append(p.extraColumns, cols...)
		w.orgs, w.nets = p.roster.orgs, p.roster.nets
		for _, o := range w.orgs {
			rows = append(rows, o.Row)
		}
		for _, n := range w.nets {
			rows = append(rows, n.Row)
		}
		slices.SortStableFunc(rows, func(a, b Row) int { return cmp.Or(cmp.Compare(a.Sheet, b.Sheet), cmp.Compare(a.Row, b.Row)) })
		// The sheets in the file's order: organisations, networks, memberships.
		slices.SortStableFunc(rows, func(a, b Row) int {
			return cmp.Compare(slices.Index(r.Sheets, a.Sheet), slices.Index(r.Sheets, b.Sheet))
		})
	}
	for i, l := range t.Rows {
		pl, err := p.row(i, l)
		if err != nil {
			return nil, nil, err
		}
		if r != nil {
			pl.Sheet = t.Sheet
		}
		w.rows = append(w.rows, pl)
		rows = append(rows, pl.Row)
	}
	for _, row := range rows {
		pv.Rows = append(pv.Rows, row)
		pv.Totals.Rows++
		switch row.Action {
		case ActionCreate:
			pv.Totals.Create++
		case ActionUpdate:
			pv.Totals.Update++
		case ActionUnchanged:
			pv.Totals.Unchanged++
		case ActionChoice:
			pv.Totals.Choice++
		case ActionError:
			pv.Totals.Error++
		case ActionSkip:
			pv.Totals.Skip++
		}
	}
	pv.Ready = pv.Totals.Error == 0 && pv.Totals.Choice == 0
	return pv, w, nil
}

func (p *planner) loadAreas() error {
	sys := viewer.SystemContext(p.ctx) // public reference data
	all, err := p.client.Area.Query().All(sys)
	if err != nil {
		return err
	}
	p.municipalities = map[string]*ent.Area{}
	p.areas = map[string]*ent.Area{}
	p.areaName = map[int]string{}
	for _, a := range all {
		p.areaName[a.ID] = a.NameFi
		p.areas[fold(a.NameFi)] = a
		if a.NameSv != "" {
			if _, taken := p.areas[fold(a.NameSv)]; !taken {
				p.areas[fold(a.NameSv)] = a
			}
		}
		if a.Kind != area.KindMUNICIPALITY {
			continue
		}
		p.municipalities[fold(a.NameFi)] = a
		if a.NameSv != "" {
			p.municipalities[fold(a.NameSv)] = a
		}
		p.municipalities[a.Code] = a
	}
	p.tree, err = areas.Load(p.ctx, p.client)
	return err
}

// cell returns a field's text in a row and the cell's name.
func (p *planner) cell(l Line, f Field) (string, string, bool) {
	c, ok := p.cols[f]
	if !ok {
		return "", "", false
	}
	return p.table.value(l, c.Index), Cell(c.Index, l.Number), true
}

func (p *planner) fail(pl *plan, f Field, l Line, r Reason) {
	c, ok := p.cols[f]
	cell, header := Cell(0, l.Number), ""
	if ok {
		cell, header = Cell(c.Index, l.Number), c.Header
	}
	pl.Errors = append(pl.Errors, CellError{Cell: cell, Column: header, Reason: r})
}

func (p *planner) row(idx int, l Line) (*plan, error) {
	pl := &plan{Row: Row{Row: l.Number, Changes: []FieldChange{}, Candidates: []Candidate{}, Errors: []CellError{}, Notes: []Reason{}}}
	name, _, _ := p.cell(l, FieldOrganization)
	pl.Organization = name
	choice := strings.TrimSpace(p.opts.Choices[l.Number])
	pl.Choice = choice
	if choice == "skip" {
		pl.Action = ActionSkip
		return pl, nil
	}

	// The cells, each checked on its own.
	if utf8.RuneCountInString(name) > 300 {
		p.fail(pl, FieldOrganization, l, reason("tooLong", "max", 300))
	}
	businessID, _, _ := p.cell(l, FieldBusinessID)
	if businessID != "" {
		if err := validate.BusinessID(businessID); err != nil {
			p.fail(pl, FieldBusinessID, l, reason("badBusinessId", "value", businessID, "problem", err))
			businessID = ""
		}
	}
	if name == "" && businessID == "" {
		p.fail(pl, FieldOrganization, l, reason("organizationMissing"))
	}
	var sector *enum.Sector
	if s, _, _ := p.cell(l, FieldSector); s != "" {
		if v, ok := parseLabel(s, sectorLabels); ok {
			sector = &v
		} else {
			p.fail(pl, FieldSector, l, reason("unknownSector", "value", s))
		}
	}
	var home *ent.Area
	if s, _, _ := p.cell(l, FieldMunicipality); s != "" {
		if a, ok := p.municipalities[fold(s)]; ok {
			home = a
		} else {
			p.fail(pl, FieldMunicipality, l, reason("unknownMunicipality", "value", s))
		}
	}
	if s, _, _ := p.cell(l, FieldRole); s != "" {
		if v, ok := parseLabel(s, roleLabels); ok {
			pl.role = &v
		} else {
			p.fail(pl, FieldRole, l, reason("unknownRole", "value", s))
		}
	}
	if s, _, _ := p.cell(l, FieldRepresentative); s != "" {
		switch why := personalValue(s); {
		case why != "":
			p.fail(pl, FieldRepresentative, l, reason(why))
		case utf8.RuneCountInString(s) > 200:
			p.fail(pl, FieldRepresentative, l, reason("tooLong", "max", 200))
		default:
			pl.representative = &s
		}
	}
	var err error
	if c, ok := p.cols[FieldStartDate]; ok {
		if pl.start, err = p.table.dateValue(idx, l, c.Index); err != nil {
			p.fail(pl, FieldStartDate, l, reason("badDate", "value", p.table.value(l, c.Index)))
		}
	}
	if c, ok := p.cols[FieldEndDate]; ok {
		if pl.end, err = p.table.dateValue(idx, l, c.Index); err != nil {
			p.fail(pl, FieldEndDate, l, reason("badDate", "value", p.table.value(l, c.Index)))
		}
	}
	if pl.start != nil && pl.end != nil && pl.end.Before(*pl.start) {
		p.fail(pl, FieldEndDate, l, reason("endBeforeStart"))
	}
	pl.status = membership.StatusACTIVE
	if s, _, _ := p.cell(l, FieldStatus); s != "" {
		switch v, ok := parseLabel(s, statusLabels); {
		case ok && v != membership.StatusDECLINED:
			pl.status = v
		case ok || fold(s) == fold(string(membership.StatusDECLINED)):
			p.fail(pl, FieldStatus, l, reason("declinedNotImported"))
		default:
			p.fail(pl, FieldStatus, l, reason("unknownStatus", "value", s))
		}
	}
	if pl.end != nil && !pl.end.After(p.today) {
		pl.status = membership.StatusENDED
	}
	if pl.status == membership.StatusENDED && pl.end == nil {
		p.fail(pl, FieldEndDate, l, reason("endedNeedsEnd"))
	}

	if s, _, _ := p.cell(l, FieldSource); s != "" {
		if utf8.RuneCountInString(s) > 300 {
			p.fail(pl, FieldSource, l, reason("tooLong", "max", 300))
		} else {
			pl.source = &s
		}
	}
	if p.roster == nil || !p.rosterReferences(pl, l) {
		if err := p.resolveNetwork(pl, l); err != nil {
			return nil, err
		}
		if err := p.resolveOrganization(pl, l, name, businessID, sector, home, choice); err != nil {
			return nil, err
		}
	}
	pl.direct = p.roster != nil && p.v.IsAdmin()
	if len(pl.Errors) > 0 {
		pl.Action = ActionError
		return pl, nil
	}
	if pl.Action == ActionChoice {
		return pl, nil
	}
	// One row per organisation and network: a second would fight the
	// first. An administrator's roster may hold two (a chair who is also
	// the coordinator; a member again after a break): its rows are written
	// as they are.
	key := fmt.Sprintf("%d/%d", pl.OrganizationID, pl.NetworkID)
	if pl.created != nil {
		key = fmt.Sprintf("new%d/%d", pl.created.firstAt, pl.NetworkID)
	}
	if pl.newNet != nil {
		key += fmt.Sprintf("new%d", pl.newNet.line.Number)
	}
	if first, dup := p.seen[key]; dup && !pl.direct {
		p.fail(pl, FieldOrganization, l, reason("duplicateRow", "row", first))
		pl.Action = ActionError
		return pl, nil
	}
	p.seen[key] = l.Number
	if !pl.fromRoster {
		if err := p.planOrganizationUpdate(pl, businessID, sector, home); err != nil {
			return nil, err
		}
	}
	if err := p.planMembership(pl); err != nil {
		return nil, err
	}
	switch {
	case len(pl.Errors) > 0:
		pl.Action = ActionError
	case pl.created != nil || pl.mem == nil:
		pl.Action = ActionCreate
	case len(pl.Changes) > 0:
		pl.Action = ActionUpdate
	default:
		pl.Action = ActionUnchanged
	}
	return pl, nil
}

func (p *planner) resolveNetwork(pl *plan, l Line) error {
	s, _, has := p.cell(l, FieldNetwork)
	if p.network != nil {
		pl.net = p.network
		if has && s != "" {
			if n, _ := p.findNetwork(s); n == nil || n.ID != p.network.ID {
				p.fail(pl, FieldNetwork, l, reason("networkMismatch", "value", s, "network", p.network.NameFi))
			}
		}
	} else {
		if s == "" {
			p.fail(pl, FieldNetwork, l, reason("networkMissing"))
			return nil
		}
		n, why := p.findNetwork(s)
		if n == nil {
			p.fail(pl, FieldNetwork, l, *why)
			return nil
		}
		if !p.v.IsAdmin() && !p.v.CoordinatesNetwork(n.ID) {
			p.fail(pl, FieldNetwork, l, reason("notCoordinator", "network", n.NameFi))
			return nil
		}
		pl.net = n
	}
	if pl.net != nil {
		pl.Network, pl.NetworkID = pl.net.NameFi, pl.net.ID
	}
	return nil
}

// findNetwork finds a network by its ID or exact name in any language.
func (p *planner) findNetwork(s string) (*ent.Network, *Reason) {
	key := searchtext.Fold(s)
	if n, ok := p.networks[key]; ok {
		return n, nil
	}
	if why, ok := p.netErr[key]; ok {
		return nil, &why
	}
	var found []*ent.Network
	var err error
	if id, perr := strconv.Atoi(s); perr == nil {
		found, err = p.client.Network.Query().Where(network.ID(id)).All(p.ctx)
	} else {
		found, err = p.client.Network.Query().Where(search.Matches(searchtext.Sep + key + searchtext.Sep)).Limit(3).All(p.ctx)
	}
	switch {
	case err != nil:
		p.netErr[key] = reason("networkLookupFailed")
	case len(found) == 0:
		p.netErr[key] = reason("unknownNetwork", "value", s)
	case len(found) > 1:
		p.netErr[key] = reason("ambiguousNetwork", "value", s)
	default:
		p.networks[key] = found[0]
		return found[0], nil
	}
	why := p.netErr[key]
	return nil, &why
}

func (p *planner) resolveOrganization(pl *plan, l Line, name, businessID string, sector *enum.Sector, home *ent.Area, choice string) error {
	ctx := p.ctx
	// The user's answer to an earlier preview comes first.
	switch {
	case choice == "new":
		return p.newOrganization(pl, l, name, businessID, sector, home)
	case choice != "":
		id, err := strconv.Atoi(choice)
		if err != nil {
			p.fail(pl, FieldOrganization, l, reason("badChoice", "value", choice))
			return nil
		}
		o, err := p.client.Organization.Query().Where(organization.ID(id)).Only(ctx)
		if ent.IsNotFound(err) {
			p.fail(pl, FieldOrganization, l, reason("chosenMissing", "value", id))
			return nil
		}
		if err != nil {
			return err
		}
		p.matched(pl, o)
		return nil
	}
	if businessID != "" {
		o, err := p.client.Organization.Query().Where(organization.BusinessID(businessID)).Only(ctx)
		if err == nil {
			p.matched(pl, o)
			return nil
		}
		if !ent.IsNotFound(err) {
			return err
		}
		if n, ok := p.newOrgs["id:"+businessID]; ok {
			return p.reuseNew(pl, n)
		}
	}
	if name == "" {
		return p.newOrganization(pl, l, name, businessID, sector, home)
	}
	q := searchtext.Fold(name)
	exact, err := p.client.Organization.Query().Where(search.Matches(searchtext.Sep + q + searchtext.Sep)).Limit(20).All(ctx)
	if err != nil {
		return err
	}
	if len(exact) > 1 {
		exact = p.inArea(exact, pl, home)
	}
	switch {
	case len(exact) == 1:
		o := exact[0]
		if businessID != "" && o.BusinessID != nil && *o.BusinessID != businessID {
			pl.Action = ActionChoice
			pl.Candidates = append(pl.Candidates, p.candidate(o, reason("sameNameOtherId", "businessId", *o.BusinessID, "value", businessID)))
			return nil
		}
		p.matched(pl, o)
		return nil
	case len(exact) > 1:
		pl.Action = ActionChoice
		for _, o := range exact {
			pl.Candidates = append(pl.Candidates, p.candidate(o, reason("sameName")))
		}
		return nil
	}
	if n, ok := p.newOrgs["name:"+q]; ok {
		return p.reuseNew(pl, n)
	}
	near, err := p.nearMatches(q)
	if err != nil {
		return err
	}
	if len(near) > 0 {
		pl.Action = ActionChoice
		pl.Candidates = near
		return nil
	}
	return p.newOrganization(pl, l, name, businessID, sector, home)
}

// inArea keeps the organisations based in the row's municipality, or in
// the network's areas; all of them when that leaves none.
func (p *planner) inArea(orgs []*ent.Organization, pl *plan, home *ent.Area) []*ent.Organization {
	var related []int
	if home != nil {
		related, _ = p.tree.Related(home.ID)
	} else if pl.net != nil {
		ids, err := pl.net.QueryAreas().IDs(p.ctx)
		if err == nil {
			for _, id := range ids {
				r, _ := p.tree.Related(id)
				related = append(related, r...)
			}
		}
	}
	var kept []*ent.Organization
	for _, o := range orgs {
		if o.HomeAreaID != nil && slices.Contains(related, *o.HomeAreaID) {
			kept = append(kept, o)
		}
	}
	if len(kept) == 0 {
		return orgs
	}
	return kept
}

// nearMatches are organisations whose name contains the row's or is close
// to it (a typo, a missing word): shown as candidates, never taken.
func (p *planner) nearMatches(q string) ([]Candidate, error) {
	byID := map[int]Candidate{}
	sub, err := p.client.Organization.Query().Where(search.Matches(q)).Limit(5).All(p.ctx)
	if err != nil {
		return nil, err
	}
	for _, o := range sub {
		byID[o.ID] = p.candidate(o, reason("nameContains"))
	}
	// Names sharing the first word's beginning, then compared letter by letter.
	first := strings.Fields(q)[0]
	if r := []rune(first); len(r) > 4 {
		first = string(r[:4])
	}
	if utf8.RuneCountInString(first) >= 3 {
		similar, err := p.client.Organization.Query().Where(search.Matches(searchtext.Sep + first)).Limit(200).All(p.ctx)
		if err != nil {
			return nil, err
		}
		for _, o := range similar {
			if _, ok := byID[o.ID]; ok {
				continue
			}
			for _, n := range []string{o.NameFi, o.NameSv, o.NameEn} {
				if n != "" && similarity(searchtext.Fold(n), q) >= 0.8 {
					byID[o.ID] = p.candidate(o, reason("similarName"))
					break
				}
			}
		}
	}
	out := make([]Candidate, 0, len(byID))
	for _, c := range byID {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Candidate) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return out[:min(len(out), 5)], nil
}

// similarity is 1 − edit distance / length of the longer text.
func similarity(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(rb)])/float64(max(len(ra), len(rb)))
}

func (p *planner) candidate(o *ent.Organization, why Reason) Candidate {
	c := Candidate{ID: o.ID, Name: o.NameFi, Why: why}
	if o.BusinessID != nil {
		c.BusinessID = *o.BusinessID
	}
	if o.HomeAreaID != nil {
		c.Area = p.areaName[*o.HomeAreaID]
	}
	return c
}

func (p *planner) matched(pl *plan, o *ent.Organization) {
	pl.org = o
	pl.OrganizationID = o.ID
	pl.Organization = o.NameFi
}

func (p *planner) reuseNew(pl *plan, n *newOrg) error {
	pl.created = n
	pl.NewOrganization = true
	pl.Organization = n.input.NameFi
	pl.Notes = append(pl.Notes, reason("createdByRow", "row", n.firstAt))
	return nil
}

func (p *planner) newOrganization(pl *plan, l Line, name, businessID string, sector *enum.Sector, home *ent.Area) error {
	if name == "" {
		p.fail(pl, FieldOrganization, l, reason("noBusinessIdMatch", "value", businessID))
		return nil
	}
	if sector == nil {
		if _, ok := p.cols[FieldSector]; ok {
			p.fail(pl, FieldSector, l, reason("newNeedsSector", "value", name))
		} else {
			p.fail(pl, FieldOrganization, l, reason("needSectorColumn", "value", name))
		}
		return nil
	}
	if len(pl.Errors) > 0 {
		return nil
	}
	n := &newOrg{input: ent.CreateOrganizationInput{NameFi: name, Sector: *sector}, firstAt: l.Number}
	if businessID != "" {
		n.input.BusinessID = &businessID
		p.newOrgs["id:"+businessID] = n
	}
	if home != nil {
		n.input.HomeAreaID = &home.ID
	}
	p.newOrgs["name:"+searchtext.Fold(name)] = n
	pl.created = n
	pl.NewOrganization = true
	pl.Changes = append(pl.Changes, FieldChange{Entity: "organization", Field: "nameFi", Before: "", After: name},
		FieldChange{Entity: "organization", Field: "sector", Before: "", After: string(*sector)})
	if businessID != "" {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "organization", Field: "businessID", After: businessID})
	}
	if home != nil {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "organization", Field: "homeArea", After: home.NameFi})
	}
	return nil
}

// planOrganizationUpdate compares an existing organisation with the file.
// Administrators update it; a coordinator, who may not, is told of the
// difference and the organisation stays as it is.
func (p *planner) planOrganizationUpdate(pl *plan, businessID string, sector *enum.Sector, home *ent.Area) error {
	o := pl.org
	if o == nil {
		return nil
	}
	var in ent.UpdateOrganizationInput
	var diffs []FieldChange
	if sector != nil && *sector != o.Sector {
		in.Sector = sector
		diffs = append(diffs, FieldChange{Entity: "organization", Field: "sector", Before: string(o.Sector), After: string(*sector)})
	}
	if businessID != "" && (o.BusinessID == nil || *o.BusinessID != businessID) {
		before := ""
		if o.BusinessID != nil {
			before = *o.BusinessID
		}
		in.BusinessID = &businessID
		diffs = append(diffs, FieldChange{Entity: "organization", Field: "businessID", Before: before, After: businessID})
	}
	if home != nil && (o.HomeAreaID == nil || *o.HomeAreaID != home.ID) {
		before := ""
		if o.HomeAreaID != nil {
			before = p.areaName[*o.HomeAreaID]
		}
		in.HomeAreaID = &home.ID
		diffs = append(diffs, FieldChange{Entity: "organization", Field: "homeArea", Before: before, After: home.NameFi})
	}
	if len(diffs) == 0 {
		return nil
	}
	if !p.v.IsAdmin() {
		for _, d := range diffs {
			pl.Notes = append(pl.Notes, reason("adminOnlyField", "field", d.Field, "before", d.Before, "after", d.After))
		}
		return nil
	}
	if in.BusinessID != nil {
		taken, err := p.client.Organization.Query().Where(organization.BusinessID(*in.BusinessID), organization.IDNEQ(o.ID)).Exist(p.ctx)
		if err != nil {
			return err
		}
		if taken {
			p.fail(pl, FieldBusinessID, Line{Number: pl.Row.Row}, reason("businessIdTaken", "value", *in.BusinessID))
			return nil
		}
	}
	pl.orgUpdate = &in
	pl.Changes = append(pl.Changes, diffs...)
	return nil
}

func dateText(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

func sameDate(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Format(time.DateOnly) == b.UTC().Format(time.DateOnly)
}

// planMembership finds the membership the row describes and what would
// change in it, or plans a new one.
func (p *planner) planMembership(pl *plan) error {
	if pl.net == nil && pl.newNet == nil {
		return nil
	}
	var existing []*ent.Membership
	if pl.org != nil && pl.net != nil {
		var err error
		existing, err = p.client.Membership.Query().
			Where(membership.OrganizationID(pl.org.ID), membership.NetworkID(pl.net.ID)).
			Order(ent.Desc(membership.FieldID)).All(p.ctx)
		if err != nil {
			return err
		}
	}
	var open, ended *ent.Membership
	for _, m := range existing {
		switch {
		case open == nil && (m.Status == membership.StatusACTIVE || m.Status == membership.StatusPENDING):
			open = m
		case ended == nil && m.Status == membership.StatusENDED && (pl.start == nil || sameDate(pl.start, m.StartDate)):
			ended = m
		}
	}
	switch {
	case p.roster != nil:
		pl.mem = p.rosterMembership(pl, existing)
	case pl.status == membership.StatusENDED && ended != nil:
		pl.mem = ended
	case open != nil:
		pl.mem = open
	}
	if pl.mem == nil {
		return p.planNewMembership(pl)
	}
	m := pl.mem
	add := func(field, before, after string) {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: field, Before: before, After: after})
	}
	if pl.role != nil && *pl.role != m.Role {
		add("role", string(m.Role), string(*pl.role))
		pl.memUpdate = true
	}
	if pl.representative != nil && *pl.representative != m.Representative {
		add("representative", m.Representative, *pl.representative)
		pl.memUpdate = true
	}
	if pl.start != nil && !sameDate(pl.start, m.StartDate) {
		add("startDate", dateText(m.StartDate), dateText(pl.start))
		pl.memUpdate = true
	}
	if pl.end != nil && !sameDate(pl.end, m.EndDate) && (pl.status != membership.StatusENDED || m.Status == membership.StatusENDED) {
		add("endDate", dateText(m.EndDate), dateText(pl.end))
		pl.memUpdate = true
	}
	if pl.source != nil && *pl.source != m.Source {
		add("source", m.Source, *pl.source)
		pl.memUpdate = true
	}
	switch {
	case pl.status == membership.StatusENDED && m.Status != membership.StatusENDED:
		if m.Status == membership.StatusPENDING {
			pl.Notes = append(pl.Notes, reason("pendingCannotEnd"))
			break
		}
		add("status", string(m.Status), string(membership.StatusENDED))
		if !sameDate(pl.end, m.EndDate) {
			add("endDate", dateText(m.EndDate), dateText(pl.end))
		}
		pl.close = true
	case pl.status == membership.StatusACTIVE && m.Status == membership.StatusPENDING:
		ok, err := p.mayApprove(m)
		if err != nil {
			return err
		}
		if !ok {
			pl.Notes = append(pl.Notes, reason("awaitsOrganization"))
			pl.Invitation = m.RequestedBy == membership.RequestedByNETWORK
			break
		}
		add("status", string(m.Status), string(membership.StatusACTIVE))
		pl.approve = true
	case pl.status != m.Status && !(pl.status == membership.StatusPENDING && m.Status == membership.StatusACTIVE):
		pl.Notes = append(pl.Notes, reason("statusLeft", "status", m.Status, "fileStatus", pl.status))
	}
	return nil
}

// mayApprove reports whether the viewer answers a pending membership: an
// administrator, or the side it awaits (the policy's own rule, schema.Awaited).
func (p *planner) mayApprove(m *ent.Membership) (bool, error) {
	if p.v.IsAdmin() {
		return true, nil
	}
	awaited, err := schema.Awaited(p.ctx, p.client, m.OrganizationID, m.RequestedBy)
	if err != nil {
		return false, err
	}
	return awaited == membership.RequestedByNETWORK && p.v.CoordinatesNetwork(m.NetworkID), nil
}

func (p *planner) planNewMembership(pl *plan) error {
	role := membership.RoleMEMBER
	if pl.role != nil {
		role = *pl.role
	}
	pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "role", After: string(role)})
	if pl.representative != nil {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "representative", After: *pl.representative})
	}
	if pl.start != nil {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "startDate", After: dateText(pl.start)})
	}
	if pl.end != nil {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "endDate", After: dateText(pl.end)})
	}
	if pl.source != nil {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "source", After: *pl.source})
	}
	status := pl.status
	if pl.direct {
		pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "status", After: string(status)})
		return nil
	}
	if status == membership.StatusENDED && pl.start == nil {
		p.fail(pl, FieldStartDate, Line{Number: pl.Row.Row}, reason("endedNeedsStart"))
	}
	if status != membership.StatusPENDING && !p.v.IsAdmin() && pl.org != nil {
		// A coordinator's addition is an invitation; the organisation's
		// editors, when it has any, answer it (two-sided joins).
		awaited, err := schema.Awaited(p.ctx, p.client, pl.org.ID, membership.RequestedByNETWORK)
		if err != nil {
			return err
		}
		if awaited == membership.RequestedByORGANIZATION {
			pl.Invitation = true
			status = membership.StatusPENDING
			pl.Notes = append(pl.Notes, reason("hasEditors"))
			if pl.status == membership.StatusENDED {
				pl.Notes = append(pl.Notes, reason("endedNeedsAdmin"))
				p.fail(pl, FieldStatus, Line{Number: pl.Row.Row}, reason("editorsAdminOnly"))
			}
		}
	}
	pl.Changes = append(pl.Changes, FieldChange{Entity: "membership", Field: "status", After: string(status)})
	pl.approve = status != membership.StatusPENDING
	pl.close = status == membership.StatusENDED
	return nil
}
