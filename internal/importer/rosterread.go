package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/verkosto/verkosto/internal/export"
)

// Roster is a whole exported roster: its organisations, networks and
// memberships, from the XLSX roster's three sheets or from csv.zip's
// nodes.csv (organisations and networks) and edges.csv (memberships).
// Its tables carry the roster's own headers (internal/export/columns.go),
// whatever file they came from.
type Roster struct {
	Format        string // "xlsx" or "csv.zip"
	Sheets        []string
	Organizations *Table
	Networks      *Table
	Memberships   *Table
}

// readRoster reads data as a whole roster when it is one: a workbook with
// the Jäsenyydet sheet and at least one of Organisaatiot and Verkostot (and
// no sheet chosen: choosing one reads just that sheet), or a zip holding
// nodes.csv and edges.csv. It returns nil for any other file.
func readRoster(data []byte, sheet string) (*Roster, error) {
	if sheet != "" || !bytes.HasPrefix(data, zipMagic) {
		return nil, nil
	}
	if r, err := readCSVZip(data); r != nil || err != nil {
		return r, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped})
	if err != nil {
		return nil, nil // Read names the problem
	}
	sheets := f.GetSheetList()
	f.Close()
	has := func(name string) bool { return slices.Contains(sheets, name) }
	if !has(export.SheetMemberships) || !has(export.SheetOrganizations) && !has(export.SheetNetworks) {
		return nil, nil
	}
	r := &Roster{Format: "xlsx", Sheets: sheets}
	for name, dst := range map[string]**Table{export.SheetOrganizations: &r.Organizations,
		export.SheetNetworks: &r.Networks, export.SheetMemberships: &r.Memberships} {
		if !has(name) {
			continue
		}
		t, err := readXLSX(data, name)
		if err != nil {
			var fe *FileError
			if asFileError(err, &fe) && strings.Contains(fe.Msg, "is empty") {
				continue // a sheet without even a header: nothing of that kind
			}
			return nil, err
		}
		*dst = t
	}
	if r.Memberships == nil {
		r.Memberships = &Table{Format: "xlsx", Sheet: export.SheetMemberships}
	}
	return r, nil
}

func asFileError(err error, fe **FileError) bool {
	e, ok := err.(*FileError)
	if ok {
		*fe = e
	}
	return ok
}

// readCSVZip reads csv.zip: nodes.csv's rows are organisations or networks
// by their Laji column, edges.csv's the memberships. Gephi's column names
// (Id, Label, Source, Target) are renamed to the roster's, so that both
// files are planned as the workbook's sheets are.
func readCSVZip(data []byte) (*Roster, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil
	}
	files := map[string]*zip.File{}
	for _, f := range z.File {
		files[f.Name] = f
	}
	if files[export.CSVNodes] == nil || files[export.CSVEdges] == nil {
		return nil, nil
	}
	read := func(name string) (*Table, error) {
		f := files[name]
		if f.UncompressedSize64 > maxUnzipped {
			return nil, fileErr("%s unzips to more than %d MB", name, maxUnzipped>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fileErr("%s cannot be unzipped: the zip is damaged", name)
		}
		defer rc.Close()
		body, err := io.ReadAll(io.LimitReader(rc, maxUnzipped+1))
		if err != nil || len(body) > maxUnzipped {
			return nil, fileErr("%s cannot be unzipped: the zip is damaged", name)
		}
		t, err := readCSV(body)
		if err != nil {
			if fe, ok := err.(*FileError); ok {
				return nil, fileErr("%s: %s", name, fe.Msg)
			}
			return nil, err
		}
		t.Sheet = name
		return t, nil
	}
	nodes, err := read(export.CSVNodes)
	if err != nil {
		return nil, err
	}
	edges, err := read(export.CSVEdges)
	if err != nil {
		return nil, err
	}
	kind := slices.Index(nodes.Header, export.ColKind)
	if kind < 0 {
		return nil, fileErr("%s has no %s column saying which rows are organisations and which networks", export.CSVNodes, export.ColKind)
	}
	renamed := func(t *Table, names map[string]string) *Table {
		c := *t
		c.Header = slices.Clone(t.Header)
		for i, h := range c.Header {
			if n, ok := names[h]; ok {
				c.Header[i] = n
			}
		}
		c.Rows = nil
		return &c
	}
	orgs := renamed(nodes, map[string]string{export.ColNodeID: export.ColID, export.ColLabel: export.ColOrganization})
	nets := renamed(nodes, map[string]string{export.ColNodeID: export.ColID, export.ColLabel: export.ColNetwork,
		export.ColOrganizationSv: export.ColNetworkSv, export.ColOrganizationEn: export.ColNetworkEn,
		export.ColAreas: export.ColNetworkAreas})
	for _, l := range nodes.Rows {
		switch nodes.value(l, kind) {
		case export.CSVKindOrganization:
			orgs.Rows = append(orgs.Rows, l)
		case export.CSVKindNetwork:
			nets.Rows = append(nets.Rows, l)
		default:
			orgs.Rows = append(orgs.Rows, l) // reported there as a row without a name or kind
		}
	}
	mems := renamed(edges, map[string]string{export.ColNodeID: export.ColID,
		export.ColSrc: export.ColMembershipOrgID, export.ColTarget: export.ColMembershipNetworkID})
	mems.Rows = edges.Rows
	return &Roster{Format: "csv.zip", Sheets: []string{export.CSVNodes, export.CSVEdges},
		Organizations: orgs, Networks: nets, Memberships: mems}, nil
}

// undefuse removes the apostrophe an export puts before a cell a
// spreadsheet would run as a formula (export.Defuse).
func undefuse(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}
