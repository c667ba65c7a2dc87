package importer

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/searchtext"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/search"
)

// The keys a roster sheet's columns are read by, from the export's headers
// (compared folded). On these sheets the columns are the export's own:
// they are not mapped by hand.
var organizationSheet = map[string]Field{
	export.ColOrganization: "nameFi", export.ColOrganizationSv: "nameSv", export.ColOrganizationEn: "nameEn",
	export.ColShortName: "shortName", export.ColBusinessID: FieldBusinessID, export.ColSector: FieldSector,
	export.ColServices: "services", export.ColHomeArea: "homeArea", export.ColAreas: "operatingAreas",
	export.ColEmail: "email", export.ColSwitchboard: "phone", export.ColWebsite: "website",
	export.ColAddress: "address", export.ColAddressHidden: "addressConfidential", export.ColDescription: "description",
	export.ColParentOrganization: "parentId", export.ColID: FieldID,
}

var networkSheet = map[string]Field{
	export.ColNetwork: "nameFi", export.ColNetworkSv: "nameSv", export.ColNetworkEn: "nameEn",
	export.ColShortName: "shortName", export.ColNetworkKind: "kind", export.ColLevel: "level",
	export.ColNetworkStatus: "networkStatus", export.ColThemes: "themes", export.ColNetworkAreas: "areas",
	export.ColCoordinator: "coordinator", export.ColCoordinatorID: "coordinatorId", export.ColStart: "startedOn",
	export.ColEnd: "endedOn", export.ColMeetingsPerYear: "meetingsPerYear", export.ColWebsite: "website",
	export.ColDescription: "description", export.ColParentNetwork: "parentId", export.ColID: FieldID,
}

// sheet is one of a roster's tables with its columns recognised.
type sheet struct {
	t       *Table
	cols    map[Field]Column
	columns []Column
}

func newSheet(t *Table, known map[string]Field) *sheet {
	s := &sheet{t: t, cols: map[Field]Column{}}
	byFold := map[string]Field{}
	for h, f := range known {
		byFold[fold(h)] = f
	}
	for i, h := range t.Header {
		c := Column{Index: i, Cell: Cell(i, 1), Header: h, Sheet: t.Sheet}
		f, ok := byFold[fold(h)]
		_, dup := s.cols[f]
		switch _, person := recognise(h); {
		case ok && h != "" && !dup:
			c.Field = f
			s.cols[f] = c
		case person:
			c.Person, c.Note = true, ptr(reason("personColumn"))
		default:
			c.Note = ptr(reason("unknownColumn"))
		}
		s.columns = append(s.columns, c)
	}
	return s
}

func (s *sheet) has(f Field) bool { _, ok := s.cols[f]; return ok }

func (s *sheet) get(l Line, f Field) string {
	c, ok := s.cols[f]
	if !ok {
		return ""
	}
	return s.t.value(l, c.Index)
}

// text is a text column's value: nil when the column is absent or the
// cell empty (an empty cell leaves a stored value as it is).
func (s *sheet) text(r *Row, l Line, f Field, max int) *string {
	v := s.get(l, f)
	if v == "" {
		return nil
	}
	if utf8.RuneCountInString(v) > max {
		s.fail(r, l, f, reason("tooLong", "max", max))
		return nil
	}
	return &v
}

func (s *sheet) fail(r *Row, l Line, f Field, why Reason) {
	cell, header := Cell(0, l.Number), ""
	if c, ok := s.cols[f]; ok {
		cell, header = Cell(c.Index, l.Number), c.Header
	}
	r.Errors = append(r.Errors, CellError{Cell: cell, Column: header, Reason: why})
}

func (s *sheet) date(r *Row, idx int, l Line, f Field) *time.Time {
	c, ok := s.cols[f]
	if !ok {
		return nil
	}
	d, err := s.t.dateValue(idx, l, c.Index)
	if err != nil {
		s.fail(r, l, f, reason("badDate", "value", s.t.value(l, c.Index)))
	}
	return d
}

// codes reads a "; "-separated list of the API's codes.
func codes[T ~string](s *sheet, r *Row, l Line, f Field, valid func(T) bool, example string) ([]T, bool) {
	if !s.has(f) {
		return nil, false
	}
	var out []T
	for _, v := range splitList(s.get(l, f)) {
		if !valid(T(v)) {
			s.fail(r, l, f, reason("unknownValue", "field", f, "value", v, "example", example))
			continue
		}
		if !slices.Contains(out, T(v)) {
			out = append(out, T(v))
		}
	}
	return out, true
}

func code[T ~string](s *sheet, r *Row, l Line, f Field, valid func(T) bool, example string) *T {
	v := s.get(l, f)
	if v == "" {
		return nil
	}
	if !valid(T(v)) {
		s.fail(r, l, f, reason("unknownValue", "field", f, "value", v, "example", example))
		return nil
	}
	t := T(v)
	return &t
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ";") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// areaIDs reads a list of areas by name, sorted by ID for comparing.
func (p *planner) areaIDs(s *sheet, r *Row, l Line, f Field) ([]int, bool) {
	if !s.has(f) {
		return nil, false
	}
	var ids []int
	for _, name := range splitList(s.get(l, f)) {
		a, ok := p.areas[fold(name)]
		if !ok {
			s.fail(r, l, f, reason("unknownArea", "value", name))
			continue
		}
		if !slices.Contains(ids, a.ID) {
			ids = append(ids, a.ID)
		}
	}
	slices.Sort(ids)
	return ids, true
}

// orgPlan is a row of the Organisaatiot sheet.
type orgPlan struct {
	Row
	line      Line
	fileID    string
	parentRef string
	parent    *orgPlan
	org       *ent.Organization // the stored organisation it is
	created   *newOrg
	update    *ent.UpdateOrganizationInput
	in        ent.CreateOrganizationInput // what the file says (nil: leave as is)
	services  bool                        // the file has the lists
	areas     bool
}

func (o *orgPlan) id() int {
	if o.org != nil {
		return o.org.ID
	}
	return o.created.id
}

// netPlan is a row of the Verkostot sheet.
type netPlan struct {
	Row
	line           Line
	fileID         string
	parentRef      string
	parent         *netPlan
	coordinator    *orgPlan
	net            *ent.Network
	create         *ent.CreateNetworkInput
	createdID      int
	update         *ent.UpdateNetworkInput
	in             ent.CreateNetworkInput
	kind, level    bool // the file names them
	themes, areas  bool
	hasCoordinator bool
}

func (n *netPlan) id() int {
	if n.net != nil {
		return n.net.ID
	}
	return n.createdID
}

// rosterState is what a roster's membership rows refer to.
type rosterState struct {
	orgs               []*orgPlan
	nets               []*netPlan
	orgByID            map[string]*orgPlan
	netByID            map[string]*netPlan
	orgSheet, netSheet string
	claimed            map[int]bool // stored memberships already matched to a row
}

func (p *planner) planRoster(r *Roster) error {
	p.roster = &rosterState{orgByID: map[string]*orgPlan{}, netByID: map[string]*netPlan{}, claimed: map[int]bool{}}
	if r.Organizations != nil {
		s := newSheet(r.Organizations, organizationSheet)
		p.roster.orgSheet = r.Organizations.Sheet
		p.extraColumns = append(p.extraColumns, s.columns...)
		for i, l := range r.Organizations.Rows {
			o, err := p.organizationRow(s, i, l)
			if err != nil {
				return err
			}
			p.roster.orgs = append(p.roster.orgs, o)
		}
		for _, o := range p.roster.orgs {
			if o.parentRef != "" {
				if o.parent = p.roster.orgByID[o.parentRef]; o.parent == nil {
					s.fail(&o.Row, o.line, "parentId", reason("unknownOrganizationID", "sheet", s.t.Sheet, "value", o.parentRef))
				}
			}
		}
		if err := orderByParent(p.roster.orgs, func(o *orgPlan) *orgPlan { return o.parent }, func(o *orgPlan) {
			s.fail(&o.Row, o.line, "parentId", reason("parentCycle"))
		}); err != nil {
			return err
		}
		for _, o := range p.roster.orgs {
			if err := p.compareOrganization(s, o); err != nil {
				return err
			}
		}
	}
	if r.Networks != nil {
		s := newSheet(r.Networks, networkSheet)
		p.roster.netSheet = r.Networks.Sheet
		p.extraColumns = append(p.extraColumns, s.columns...)
		for i, l := range r.Networks.Rows {
			n, err := p.networkRow(s, i, l)
			if err != nil {
				return err
			}
			p.roster.nets = append(p.roster.nets, n)
		}
		for _, n := range p.roster.nets {
			if n.parentRef != "" {
				if n.parent = p.roster.netByID[n.parentRef]; n.parent == nil {
					s.fail(&n.Row, n.line, "parentId", reason("unknownNetworkID", "sheet", s.t.Sheet, "value", n.parentRef))
				}
			}
		}
		if err := orderByParent(p.roster.nets, func(n *netPlan) *netPlan { return n.parent }, func(n *netPlan) {
			s.fail(&n.Row, n.line, "parentId", reason("parentCycle"))
		}); err != nil {
			return err
		}
		for _, n := range p.roster.nets {
			if err := p.compareNetwork(s, n); err != nil {
				return err
			}
		}
	}
	return nil
}

// orderByParent sorts rows so that a parent comes before its units (it is
// then created first), and reports a row whose parents come back to it.
func orderByParent[T comparable](rows []T, parent func(T) T, cycle func(T)) error {
	var zero T
	done := map[T]bool{}
	var out []T
	var visit func(T, map[T]bool)
	visit = func(r T, path map[T]bool) {
		if done[r] {
			return
		}
		if path[r] {
			cycle(r)
			return
		}
		path[r] = true
		if p := parent(r); p != zero {
			visit(p, path)
		}
		delete(path, r)
		if !done[r] {
			done[r] = true
			out = append(out, r)
		}
	}
	for _, r := range rows {
		visit(r, map[T]bool{})
	}
	copy(rows, out)
	return nil
}

func (p *planner) organizationRow(s *sheet, idx int, l Line) (*orgPlan, error) {
	o := &orgPlan{line: l, Row: newRow(l, s.t.Sheet)}
	r := &o.Row
	name := s.get(l, "nameFi")
	o.Organization = name
	if name == "" {
		s.fail(r, l, "nameFi", reason("nameMissing"))
	} else if utf8.RuneCountInString(name) > 300 {
		s.fail(r, l, "nameFi", reason("tooLong", "max", 300))
	}
	in := &o.in
	in.NameFi = name
	in.NameSv, in.NameEn = s.text(r, l, "nameSv", 300), s.text(r, l, "nameEn", 300)
	in.ShortName = s.text(r, l, "shortName", 60)
	if b := s.get(l, FieldBusinessID); b != "" {
		if err := validate.BusinessID(b); err != nil {
			s.fail(r, l, FieldBusinessID, reason("badBusinessId", "value", b, "problem", err))
		} else {
			in.BusinessID = &b
		}
	}
	if v := s.get(l, FieldSector); v != "" {
		if sec, ok := parseLabel(v, sectorLabels); ok {
			in.Sector = sec
		} else {
			s.fail(r, l, FieldSector, reason("unknownSector", "value", v))
		}
	}
	in.Services, o.services = codes(s, r, l, "services", enum.Service.Valid, "SHELTER")
	if v := s.get(l, "homeArea"); v != "" {
		if a, ok := p.areas[fold(v)]; ok {
			in.HomeAreaID = &a.ID
		} else {
			s.fail(r, l, "homeArea", reason("unknownArea", "value", v))
		}
	}
	in.OperatingAreaIDs, o.areas = p.areaIDs(s, r, l, "operatingAreas")
	if in.Email = s.text(r, l, "email", 254); in.Email != nil && validate.Email(*in.Email) != nil {
		s.fail(r, l, "email", reason("badEmail", "value", *in.Email))
	}
	// The organisation's switchboard, never a person's mobile.
	if in.Phone = s.text(r, l, "phone", 40); in.Phone != nil && mobile.MatchString(*in.Phone) {
		s.fail(r, l, "phone", reason("personalMobile"))
	}
	if in.Website = s.text(r, l, "website", 500); in.Website != nil && validate.URL(*in.Website) != nil {
		s.fail(r, l, "website", reason("badWebsite", "value", *in.Website))
	}
	in.Address = s.text(r, l, "address", 300)
	if s.has("addressConfidential") {
		yes, ok := yesNo(s.get(l, "addressConfidential"))
		if !ok {
			s.fail(r, l, "addressConfidential", reason("notYesNo", "value", s.get(l, "addressConfidential")))
		}
		in.AddressConfidential = &yes
	}
	in.Description = s.text(r, l, "description", 5000)
	o.parentRef = s.get(l, "parentId")
	o.fileID = s.get(l, FieldID)
	register(s, r, l, o.fileID, p.roster.orgByID, o)
	return o, nil
}

func (p *planner) networkRow(s *sheet, idx int, l Line) (*netPlan, error) {
	n := &netPlan{line: l, Row: newRow(l, s.t.Sheet)}
	r := &n.Row
	name := s.get(l, "nameFi")
	n.Network = name
	if name == "" {
		s.fail(r, l, "nameFi", reason("nameMissing"))
	} else if utf8.RuneCountInString(name) > 300 {
		s.fail(r, l, "nameFi", reason("tooLong", "max", 300))
	}
	in := &n.in
	in.NameFi = name
	in.NameSv, in.NameEn = s.text(r, l, "nameSv", 300), s.text(r, l, "nameEn", 300)
	in.ShortName = s.text(r, l, "shortName", 60)
	if k := code(s, r, l, "kind", func(k network.Kind) bool { return network.KindValidator(k) == nil }, "WORKING_GROUP"); k != nil {
		in.Kind, n.kind = *k, true
	}
	if lv := code(s, r, l, "level", func(v network.Level) bool { return network.LevelValidator(v) == nil }, "MUNICIPAL"); lv != nil {
		in.Level, n.level = *lv, true
	}
	in.Status = code(s, r, l, "networkStatus", func(v network.Status) bool { return network.StatusValidator(v) == nil }, "ACTIVE")
	in.Themes, n.themes = codes(s, r, l, "themes", enum.Theme.Valid, "DOMESTIC_VIOLENCE")
	in.AreaIDs, n.areas = p.areaIDs(s, r, l, "areas")
	in.StartedOn, in.EndedOn = s.date(r, idx, l, "startedOn"), s.date(r, idx, l, "endedOn")
	if in.StartedOn != nil && in.EndedOn != nil && in.EndedOn.Before(*in.StartedOn) {
		s.fail(r, l, "endedOn", reason("endBeforeStart"))
	}
	if v := s.get(l, "meetingsPerYear"); v != "" {
		m, err := strconv.Atoi(v)
		if err != nil || m < 0 || m > 366 {
			s.fail(r, l, "meetingsPerYear", reason("notANumber", "value", v, "min", 0, "max", 366))
		} else {
			in.MeetingsPerYear = &m
		}
	}
	if in.Website = s.text(r, l, "website", 500); in.Website != nil && validate.URL(*in.Website) != nil {
		s.fail(r, l, "website", reason("badWebsite", "value", *in.Website))
	}
	in.Description = s.text(r, l, "description", 5000)
	// The coordinating organisation: by its row's ID, else by its name
	// among the file's organisations.
	switch ref, cname := s.get(l, "coordinatorId"), s.get(l, "coordinator"); {
	case ref != "":
		n.hasCoordinator = true
		if n.coordinator = p.roster.orgByID[ref]; n.coordinator == nil {
			s.fail(r, l, "coordinatorId", reason("unknownOrganizationID", "sheet", p.roster.orgSheet, "value", ref))
		}
	case cname != "":
		n.hasCoordinator = true
		for _, o := range p.roster.orgs {
			if searchtext.Fold(o.in.NameFi) == searchtext.Fold(cname) {
				n.coordinator = o
				break
			}
		}
		if n.coordinator == nil {
			s.fail(r, l, "coordinator", reason("unknownCoordinator", "sheet", p.roster.orgSheet, "value", cname))
		}
	}
	if n.coordinator != nil && len(n.coordinator.Errors) > 0 {
		s.fail(r, l, "coordinatorId", reason("rowHasErrors", "sheet", p.roster.orgSheet, "row", n.coordinator.Row.Row))
	}
	n.parentRef = s.get(l, "parentId")
	n.fileID = s.get(l, FieldID)
	register(s, r, l, n.fileID, p.roster.netByID, n)
	return n, nil
}

func newRow(l Line, sheet string) Row {
	return Row{Row: l.Number, Sheet: sheet, Changes: []FieldChange{}, Candidates: []Candidate{}, Errors: []CellError{}, Notes: []Reason{}}
}

func register[T any](s *sheet, r *Row, l Line, id string, byID map[string]T, v T) {
	if id == "" {
		s.fail(r, l, FieldID, reason("idMissing"))
		return
	}
	if _, dup := byID[id]; dup {
		s.fail(r, l, FieldID, reason("duplicateID", "value", id))
		return
	}
	byID[id] = v
}

func yesNo(s string) (bool, bool) {
	switch fold(s) {
	case "", "ei", "nej", "no", "false", "0":
		return false, true
	case "kylla", "k", "ja", "yes", "true", "1", "x":
		return true, true
	}
	return false, false
}

// compareOrganization finds the stored organisation a row is (business ID
// first, then its Finnish name) and what would change in it.
func (p *planner) compareOrganization(s *sheet, o *orgPlan) error {
	r := &o.Row
	if o.parent != nil && len(o.parent.Errors) > 0 {
		s.fail(r, o.line, "parentId", reason("rowHasErrors", "sheet", s.t.Sheet, "row", o.parent.Row.Row))
	}
	in := o.in
	if len(r.Errors) > 0 {
		r.Action = ActionError
		return nil
	}
	var found *ent.Organization
	if in.BusinessID != nil {
		f, err := p.client.Organization.Query().Where(organization.BusinessID(*in.BusinessID)).Only(p.ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
		found = f
	}
	if found == nil {
		same, err := p.client.Organization.Query().Where(search.Matches(searchtext.Sep + searchtext.Fold(in.NameFi) + searchtext.Sep)).Limit(20).All(p.ctx)
		if err != nil {
			return err
		}
		same = slices.DeleteFunc(same, func(x *ent.Organization) bool {
			return searchtext.Fold(x.NameFi) != searchtext.Fold(in.NameFi) ||
				in.BusinessID != nil && x.BusinessID != nil && *x.BusinessID != *in.BusinessID
		})
		switch len(same) {
		case 0:
		case 1:
			found = same[0]
		default:
			s.fail(r, o.line, "nameFi", reason("ambiguousOrganization", "value", in.NameFi))
			r.Action = ActionError
			return nil
		}
	}
	if found != nil {
		for _, other := range p.roster.orgs {
			if other != o && other.org != nil && other.org.ID == found.ID {
				s.fail(r, o.line, "nameFi", reason("sameAsRow", "row", other.Row.Row))
				r.Action = ActionError
				return nil
			}
		}
	}
	if found == nil {
		return p.createOrganization(s, o)
	}
	o.org = found
	r.OrganizationID = found.ID
	var up ent.UpdateOrganizationInput
	ch := changeList{entity: "organization"}
	ch.text("nameSv", found.NameSv, in.NameSv, &up.NameSv)
	ch.text("nameEn", found.NameEn, in.NameEn, &up.NameEn)
	ch.text("shortName", found.ShortName, in.ShortName, &up.ShortName)
	ch.text("businessId", deref(found.BusinessID, ""), in.BusinessID, &up.BusinessID)
	if in.Sector != "" && in.Sector != found.Sector {
		up.Sector = &in.Sector
		ch.add("sector", string(found.Sector), string(in.Sector))
	}
	if o.services && !slices.Equal(found.Services, in.Services) {
		if len(in.Services) == 0 {
			up.ClearServices = true
		}
		up.Services = in.Services
		ch.add("services", joinList(found.Services), joinList(in.Services))
	}
	if in.HomeAreaID != nil && (found.HomeAreaID == nil || *found.HomeAreaID != *in.HomeAreaID) {
		up.HomeAreaID = in.HomeAreaID
		ch.add("homeArea", p.areaName[deref(found.HomeAreaID, 0)], p.areaName[*in.HomeAreaID])
	}
	if o.areas {
		stored, err := found.QueryOperatingAreas().IDs(p.ctx)
		if err != nil {
			return err
		}
		slices.Sort(stored)
		if !slices.Equal(stored, in.OperatingAreaIDs) {
			up.ClearOperatingAreas = true
			up.AddOperatingAreaIDs = in.OperatingAreaIDs
			ch.add("operatingAreas", p.areaNames(stored), p.areaNames(in.OperatingAreaIDs))
		}
	}
	ch.text("email", found.Email, in.Email, &up.Email)
	ch.text("phone", found.Phone, in.Phone, &up.Phone)
	ch.text("website", found.Website, in.Website, &up.Website)
	ch.text("address", found.Address, in.Address, &up.Address)
	if in.AddressConfidential != nil && *in.AddressConfidential != found.AddressConfidential {
		up.AddressConfidential = in.AddressConfidential
		ch.add("addressConfidential", strconv.FormatBool(found.AddressConfidential), strconv.FormatBool(*in.AddressConfidential))
	}
	ch.text("description", found.Description, in.Description, &up.Description)
	if o.parent != nil && (o.parent.org == nil || found.ParentID == nil || *found.ParentID != o.parent.org.ID) {
		before := ""
		if found.ParentID != nil {
			before = strconv.Itoa(*found.ParentID)
		}
		ch.add("parent", before, o.parent.in.NameFi)
	}
	if len(ch.list) == 0 {
		r.Action = ActionUnchanged
		return nil
	}
	if !p.v.IsAdmin() {
		for _, d := range ch.list {
			r.Notes = append(r.Notes, reason("adminOnlyField", "field", d.Field, "before", d.Before, "after", d.After))
		}
		r.Action = ActionUnchanged
		return nil
	}
	if up.BusinessID != nil {
		taken, err := p.client.Organization.Query().Where(organization.BusinessID(*up.BusinessID), organization.IDNEQ(found.ID)).Exist(p.ctx)
		if err != nil {
			return err
		}
		if taken {
			s.fail(r, o.line, FieldBusinessID, reason("businessIdTaken", "value", *up.BusinessID))
			r.Action = ActionError
			return nil
		}
	}
	o.update = &up
	r.Changes = ch.list
	r.Action = ActionUpdate
	return nil
}

func (p *planner) createOrganization(s *sheet, o *orgPlan) error {
	r := &o.Row
	if o.in.Sector == "" {
		s.fail(r, o.line, FieldSector, reason("newNeedsSector", "value", o.in.NameFi))
		r.Action = ActionError
		return nil
	}
	for _, other := range p.roster.orgs {
		if other != o && other.created != nil && (searchtext.Fold(other.in.NameFi) == searchtext.Fold(o.in.NameFi) && (o.in.BusinessID == nil || other.in.BusinessID == nil) ||
			o.in.BusinessID != nil && other.in.BusinessID != nil && *other.in.BusinessID == *o.in.BusinessID) {
			s.fail(r, o.line, "nameFi", reason("sameAsRow", "row", other.Row.Row))
			r.Action = ActionError
			return nil
		}
	}
	o.created = &newOrg{input: o.in, firstAt: o.line.Number}
	r.NewOrganization = true
	r.Action = ActionCreate
	ch := changeList{entity: "organization"}
	in := o.in
	ch.add("nameFi", "", in.NameFi)
	ch.add("sector", "", string(in.Sector))
	for f, v := range map[string]*string{"nameSv": in.NameSv, "nameEn": in.NameEn, "shortName": in.ShortName, "businessId": in.BusinessID,
		"email": in.Email, "phone": in.Phone, "website": in.Website, "address": in.Address, "description": in.Description} {
		if v != nil {
			ch.add(f, "", *v)
		}
	}
	if len(in.Services) > 0 {
		ch.add("services", "", joinList(in.Services))
	}
	if in.HomeAreaID != nil {
		ch.add("homeArea", "", p.areaName[*in.HomeAreaID])
	}
	if len(in.OperatingAreaIDs) > 0 {
		ch.add("operatingAreas", "", p.areaNames(in.OperatingAreaIDs))
	}
	if in.AddressConfidential != nil && *in.AddressConfidential {
		ch.add("addressConfidential", "", "true")
	}
	if o.parent != nil {
		ch.add("parent", "", o.parent.in.NameFi)
	}
	slices.SortStableFunc(ch.list, func(a, b FieldChange) int { return strings.Compare(a.Field, b.Field) })
	r.Changes = ch.list
	return nil
}

// compareNetwork finds the stored network a row is (by its Finnish name)
// and what would change in it; who may create or change it is the
// network policy's rule (ent/schema/policy.go), stated here for the preview.
func (p *planner) compareNetwork(s *sheet, n *netPlan) error {
	r := &n.Row
	if n.parent != nil && len(n.parent.Errors) > 0 {
		s.fail(r, n.line, "parentId", reason("rowHasErrors", "sheet", s.t.Sheet, "row", n.parent.Row.Row))
	}
	if len(r.Errors) > 0 {
		r.Action = ActionError
		return nil
	}
	in := n.in
	same, err := p.client.Network.Query().Where(search.Matches(searchtext.Sep + searchtext.Fold(in.NameFi) + searchtext.Sep)).Limit(20).All(p.ctx)
	if err != nil {
		return err
	}
	same = slices.DeleteFunc(same, func(x *ent.Network) bool { return searchtext.Fold(x.NameFi) != searchtext.Fold(in.NameFi) })
	if len(same) > 1 {
		s.fail(r, n.line, "nameFi", reason("ambiguousName", "value", in.NameFi))
		r.Action = ActionError
		return nil
	}
	for _, other := range p.roster.nets {
		if other != n && searchtext.Fold(other.in.NameFi) == searchtext.Fold(in.NameFi) && other.Action != ActionError {
			s.fail(r, n.line, "nameFi", reason("sameAsRow", "row", other.Row.Row))
			r.Action = ActionError
			return nil
		}
	}
	// A coordinator places networks only under networks she coordinates
	// (or creates now, which become hers).
	parentAllowed := func() bool {
		return p.v.IsAdmin() || n.parent == nil || n.parent.net == nil || p.v.CoordinatesNetwork(n.parent.net.ID)
	}
	ch := changeList{entity: "network"}
	if len(same) == 0 {
		if !n.kind || !n.level {
			if !n.kind {
				s.fail(r, n.line, "kind", reason("newNetworkNeeds", "field", "kind", "value", in.NameFi))
			}
			if !n.level {
				s.fail(r, n.line, "level", reason("newNetworkNeeds", "field", "level", "value", in.NameFi))
			}
			r.Action = ActionError
			return nil
		}
		if !parentAllowed() {
			s.fail(r, n.line, "parentId", reason("mayNotPlaceNetwork"))
			r.Action = ActionError
			return nil
		}
		create := in
		n.create = &create
		r.Action = ActionCreate
		ch.add("nameFi", "", in.NameFi)
		ch.add("kind", "", string(in.Kind))
		ch.add("level", "", string(in.Level))
		for f, v := range map[string]*string{"nameSv": in.NameSv, "nameEn": in.NameEn, "shortName": in.ShortName,
			"website": in.Website, "description": in.Description} {
			if v != nil {
				ch.add(f, "", *v)
			}
		}
		if in.Status != nil {
			ch.add("status", "", string(*in.Status))
		}
		if len(in.Themes) > 0 {
			ch.add("themes", "", joinList(in.Themes))
		}
		if len(in.AreaIDs) > 0 {
			ch.add("areas", "", p.areaNames(in.AreaIDs))
		}
		ch.add("startedOn", "", dateText(in.StartedOn))
		ch.add("endedOn", "", dateText(in.EndedOn))
		if in.MeetingsPerYear != nil {
			ch.add("meetingsPerYear", "", strconv.Itoa(*in.MeetingsPerYear))
		}
		if n.coordinator != nil {
			ch.add("coordinator", "", n.coordinator.in.NameFi)
		}
		if n.parent != nil {
			ch.add("parent", "", n.parent.in.NameFi)
		}
		ch.list = slices.DeleteFunc(ch.list, func(c FieldChange) bool { return c.After == "" })
		slices.SortStableFunc(ch.list, func(a, b FieldChange) int { return strings.Compare(a.Field, b.Field) })
		r.Changes = ch.list
		return nil
	}
	found := same[0]
	n.net = found
	r.NetworkID = found.ID
	var up ent.UpdateNetworkInput
	ch.text("nameSv", found.NameSv, in.NameSv, &up.NameSv)
	ch.text("nameEn", found.NameEn, in.NameEn, &up.NameEn)
	ch.text("shortName", found.ShortName, in.ShortName, &up.ShortName)
	if n.kind && in.Kind != found.Kind {
		up.Kind = &in.Kind
		ch.add("kind", string(found.Kind), string(in.Kind))
	}
	if n.level && in.Level != found.Level {
		up.Level = &in.Level
		ch.add("level", string(found.Level), string(in.Level))
	}
	if in.Status != nil && *in.Status != found.Status {
		up.Status = in.Status
		ch.add("status", string(found.Status), string(*in.Status))
	}
	if n.themes && !slices.Equal(found.Themes, in.Themes) {
		if len(in.Themes) == 0 {
			up.ClearThemes = true
		}
		up.Themes = in.Themes
		ch.add("themes", joinList(found.Themes), joinList(in.Themes))
	}
	if n.areas {
		stored, err := found.QueryAreas().IDs(p.ctx)
		if err != nil {
			return err
		}
		slices.Sort(stored)
		if !slices.Equal(stored, in.AreaIDs) {
			up.ClearAreas = true
			up.AddAreaIDs = in.AreaIDs
			ch.add("areas", p.areaNames(stored), p.areaNames(in.AreaIDs))
		}
	}
	if in.StartedOn != nil && !sameDate(in.StartedOn, found.StartedOn) {
		up.StartedOn = in.StartedOn
		ch.add("startedOn", dateText(found.StartedOn), dateText(in.StartedOn))
	}
	if in.EndedOn != nil && !sameDate(in.EndedOn, found.EndedOn) {
		up.EndedOn = in.EndedOn
		ch.add("endedOn", dateText(found.EndedOn), dateText(in.EndedOn))
	}
	if in.MeetingsPerYear != nil && (found.MeetingsPerYear == nil || *found.MeetingsPerYear != *in.MeetingsPerYear) {
		up.MeetingsPerYear = in.MeetingsPerYear
		ch.add("meetingsPerYear", intText(found.MeetingsPerYear), strconv.Itoa(*in.MeetingsPerYear))
	}
	ch.text("website", found.Website, in.Website, &up.Website)
	ch.text("description", found.Description, in.Description, &up.Description)
	if n.coordinator != nil && (n.coordinator.org == nil || found.CoordinatorID == nil || *found.CoordinatorID != n.coordinator.org.ID) {
		ch.add("coordinator", intText(found.CoordinatorID), n.coordinator.in.NameFi)
	}
	if n.parent != nil && (n.parent.net == nil || found.ParentID == nil || *found.ParentID != n.parent.net.ID) {
		ch.add("parent", intText(found.ParentID), n.parent.in.NameFi)
	}
	if len(ch.list) == 0 {
		r.Action = ActionUnchanged
		return nil
	}
	if !p.v.IsAdmin() && !p.v.CoordinatesNetwork(found.ID) {
		r.Notes = append(r.Notes, reason("mayNotEditNetwork", "network", found.NameFi))
		r.Action = ActionUnchanged
		return nil
	}
	if !parentAllowed() {
		s.fail(r, n.line, "parentId", reason("mayNotPlaceNetwork"))
		r.Action = ActionError
		return nil
	}
	n.update = &up
	r.Changes = ch.list
	r.Action = ActionUpdate
	return nil
}

// changeList collects a row's changes, field by field.
type changeList struct {
	entity string
	list   []FieldChange
}

func (c *changeList) add(field, before, after string) {
	c.list = append(c.list, FieldChange{Entity: c.entity, Field: field, Before: before, After: after})
}

// text compares a text field; the file's nil leaves it as it is.
func (c *changeList) text(field, stored string, file *string, set **string) {
	if file != nil && *file != stored {
		*set = file
		c.add(field, stored, *file)
	}
}

func joinList[T ~string](list []T) string {
	s := make([]string, len(list))
	for i, v := range list {
		s[i] = string(v)
	}
	return strings.Join(s, export.ListSeparator)
}

func (p *planner) areaNames(ids []int) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = p.areaName[id]
	}
	slices.Sort(names)
	return strings.Join(names, export.ListSeparator)
}

func intText(i *int) string {
	if i == nil {
		return ""
	}
	return strconv.Itoa(*i)
}

// rosterReferences resolves a membership row's organisation and network
// by the roster's ID columns. It reports false when the row names neither
// by ID: it is then matched by name as any roster row.
func (p *planner) rosterReferences(pl *plan, l Line) bool {
	orgRef, _, _ := p.cell(l, FieldOrganizationID)
	netRef, _, _ := p.cell(l, FieldNetworkID)
	if orgRef == "" && netRef == "" {
		return false
	}
	rs := p.roster
	pl.fromRoster = true
	if o := rs.orgByID[orgRef]; o == nil {
		p.fail(pl, FieldOrganizationID, l, reason("unknownOrganizationID", "sheet", rs.orgSheet, "value", orgRef))
	} else if len(o.Errors) > 0 {
		p.fail(pl, FieldOrganizationID, l, reason("rowHasErrors", "sheet", o.Sheet, "row", o.Row.Row))
	} else {
		pl.Organization = o.in.NameFi
		if o.org != nil {
			p.matched(pl, o.org)
		} else {
			pl.created, pl.NewOrganization = o.created, true
		}
	}
	if n := rs.netByID[netRef]; n == nil {
		p.fail(pl, FieldNetworkID, l, reason("unknownNetworkID", "sheet", rs.netSheet, "value", netRef))
	} else if len(n.Errors) > 0 {
		p.fail(pl, FieldNetworkID, l, reason("rowHasErrors", "sheet", n.Sheet, "row", n.Row.Row))
	} else {
		pl.Network = n.in.NameFi
		if n.net != nil {
			if !p.v.IsAdmin() && !p.v.CoordinatesNetwork(n.net.ID) {
				p.fail(pl, FieldNetworkID, l, reason("notCoordinator", "network", n.net.NameFi))
			}
			pl.net, pl.NetworkID = n.net, n.net.ID
		} else {
			pl.newNet = n
		}
	}
	return true
}

// rosterMembership picks the stored membership a roster row is: of the
// same organisation and network and not taken by an earlier row, the one
// with the same role and start date, else the same start date, else (for
// an open row) an open one. An organisation may sit in a network twice
// (as its chair and as its coordinator, or again after a break).
func (p *planner) rosterMembership(pl *plan, existing []*ent.Membership) *ent.Membership {
	free := slices.DeleteFunc(slices.Clone(existing), func(m *ent.Membership) bool { return p.roster.claimed[m.ID] })
	open := func(s string) bool { return s == "ACTIVE" || s == "PENDING" }
	tests := []func(*ent.Membership) bool{
		func(m *ent.Membership) bool {
			return pl.role != nil && m.Role == *pl.role && sameDate(pl.start, m.StartDate) && open(string(m.Status)) == open(string(pl.status))
		},
		func(m *ent.Membership) bool {
			return pl.start != nil && sameDate(pl.start, m.StartDate) && open(string(m.Status)) == open(string(pl.status))
		},
		func(m *ent.Membership) bool { return open(string(pl.status)) && open(string(m.Status)) },
	}
	for _, test := range tests {
		for _, m := range free {
			if test(m) {
				p.roster.claimed[m.ID] = true
				return m
			}
		}
	}
	return nil
}
