package export

import (
	"context"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/verkosto/verkosto/ent"
)

// WriteXLSX writes the roster: sheets Organisaatiot, Verkostot and
// Jäsenyydet with the columns OrganizationColumns, NetworkColumns and
// MembershipColumns, a bold frozen header row, dates as Excel dates shown
// yyyy-mm-dd. Rows go through excelize's stream writer, which keeps at most
// a chunk in memory and the rest in a temporary file; the workbook is
// written out when the last sheet is done.
func WriteXLSX(ctx context.Context, s *Source, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dateFormat := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFormat})
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetOrganizations); err != nil {
		return err
	}
	for _, name := range []string{SheetNetworks, SheetMemberships} {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	sheet := func(name string, header []string, rows func(add func([]cell) error) error) error {
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		if err := sw.SetColWidth(1, 1, 40); err != nil {
			return err
		}
		head := make([]any, len(header))
		for i, h := range header {
			head[i] = excelize.Cell{StyleID: bold, Value: h}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return err
		}
		line := 1
		err = rows(func(cells []cell) error {
			line++
			values := make([]any, len(cells))
			for i, c := range cells {
				switch v := c.(type) {
				case *time.Time:
					if v != nil {
						values[i] = excelize.Cell{StyleID: dateStyle, Value: *v}
					}
				case string:
					if v != "" {
						values[i] = v
					}
				default:
					values[i] = v
				}
			}
			ref, _ := excelize.CoordinatesToCellName(1, line) // cannot fail for a positive row
			return sw.SetRow(ref, values)
		})
		if err != nil {
			return err
		}
		return sw.Flush()
	}
	err = sheet(SheetOrganizations, OrganizationColumns, func(add func([]cell) error) error {
		return s.Organizations(ctx, func(o *ent.Organization) error { return add(organizationRow(o)) })
	})
	if err != nil {
		return err
	}
	err = sheet(SheetNetworks, NetworkColumns, func(add func([]cell) error) error {
		return s.Networks(ctx, func(n *ent.Network) error { return add(networkRow(n)) })
	})
	if err != nil {
		return err
	}
	err = sheet(SheetMemberships, MembershipColumns, func(add func([]cell) error) error {
		return s.Memberships(ctx, func(m *ent.Membership) error { return add(membershipRow(m)) })
	})
	if err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
