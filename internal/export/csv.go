package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/verkosto/verkosto/ent"
)

// CSV node and edge headers. Id, Label, Source and Target are the names
// Gephi's spreadsheet import recognises; the rest are the roster's.
const (
	CSVNodes  = "nodes.csv"
	CSVEdges  = "edges.csv"
	ColNodeID = "Id"
	ColLabel  = "Label"
	ColKind   = "Laji" // CSVKindOrganization or CSVKindNetwork

	CSVKindOrganization = "Organisaatio"
	CSVKindNetwork      = "Verkosto"
	ColSrc              = "Source"
	ColTarget           = "Target"
)

// NodeColumns are nodes.csv's columns: organisations and networks alike,
// each filling the columns that apply to it. The last ones (from the
// confidential flag on) are there so that csv.zip imports back whole.
var NodeColumns = []string{ColNodeID, ColLabel, ColKind, ColOrganizationSv, ColOrganizationEn, ColShortName,
	ColBusinessID, ColSector, ColServices, ColNetworkKind, ColLevel, ColNetworkStatus, ColThemes, ColStart, ColEnd,
	ColHomeArea, ColAreas, ColEmail, ColSwitchboard, ColWebsite, ColAddress,
	ColAddressHidden, ColDescription, ColMeetingsPerYear, ColCoordinatorID, ColParentOrganization, ColParentNetwork}

// EdgeColumns are edges.csv's columns: one row per membership.
var EdgeColumns = append([]string{ColNodeID, ColSrc, ColTarget}, MembershipColumns[:10]...)

// WriteCSVZip writes a zip of nodes.csv and edges.csv: RFC 4180, UTF-8
// with a byte-order mark (Excel then reads ä and ö right), comma-separated.
// A cell that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) gets a leading apostrophe.
func WriteCSVZip(ctx context.Context, s *Source, w io.Writer) error {
	z := zip.NewWriter(w)
	nodes, err := z.CreateHeader(&zip.FileHeader{Name: CSVNodes, Method: zip.Deflate, Modified: s.Generated})
	if err != nil {
		return err
	}
	cw := newCSV(nodes, NodeColumns)
	err = s.Organizations(ctx, func(o *ent.Organization) error {
		var home string
		if o.Edges.HomeArea != nil {
			home = o.Edges.HomeArea.NameFi
		}
		return cw.write(strconv.Itoa(o.ID), o.NameFi, CSVKindOrganization, o.NameSv, o.NameEn, o.ShortName,
			deref(o.BusinessID), string(o.Sector), joinStrings(o.Services), "", "", "", "", "", "",
			home, areaNames(o.Edges.OperatingAreas), o.Email, o.Phone, o.Website, o.Address,
			yesIf(o.AddressConfidential), o.Description, "", "", idText(o.ParentID), "")
	})
	if err != nil {
		return err
	}
	err = s.Networks(ctx, func(n *ent.Network) error {
		return cw.write(strconv.Itoa(n.ID), n.NameFi, CSVKindNetwork, n.NameSv, n.NameEn, n.ShortName,
			"", "", "", string(n.Kind), string(n.Level), string(n.Status), joinStrings(n.Themes),
			date(n.StartedOn), date(n.EndedOn), "", areaNames(n.Edges.Areas), "", "", n.Website, "",
			"", n.Description, text(meetings(n)), idText(n.CoordinatorID), "", idText(n.ParentID))
	})
	if err != nil {
		return err
	}
	if err := cw.flush(); err != nil {
		return err
	}
	edges, err := z.CreateHeader(&zip.FileHeader{Name: CSVEdges, Method: zip.Deflate, Modified: s.Generated})
	if err != nil {
		return err
	}
	cw = newCSV(edges, EdgeColumns)
	err = s.Memberships(ctx, func(m *ent.Membership) error {
		row := []string{strconv.Itoa(m.ID), strconv.Itoa(m.OrganizationID), strconv.Itoa(m.NetworkID)}
		for _, c := range membershipRow(m)[:10] {
			row = append(row, text(c))
		}
		return cw.write(row...)
	})
	if err != nil {
		return err
	}
	if err := cw.flush(); err != nil {
		return err
	}
	return z.Close()
}

type csvWriter struct{ w *csv.Writer }

func newCSV(w io.Writer, header []string) *csvWriter {
	io.WriteString(w, "\uFEFF")
	cw := &csvWriter{csv.NewWriter(w)}
	cw.w.UseCRLF = true // RFC 4180
	cw.w.Write(header)
	return cw
}

func (c *csvWriter) write(cells ...string) error {
	for i := range cells {
		cells[i] = Defuse(cells[i])
	}
	return c.w.Write(cells)
}

func (c *csvWriter) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// Defuse keeps a spreadsheet from reading a cell as a formula (CSV
// injection): a cell starting with = + - @, a tab or a carriage return gets
// a leading apostrophe, which an importer removes.
func Defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
