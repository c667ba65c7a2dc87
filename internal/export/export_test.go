package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

func write(t *testing.T, ctx context.Context, c *ent.Client, format string, f netmap.Filter, w io.Writer) {
	t.Helper()
	src, err := export.NewSource(ctx, c, f)
	if err != nil {
		t.Fatal(err)
	}
	fm, _ := export.ByName(format)
	if err := fm.Write(ctx, src, w); err != nil {
		t.Fatal(err)
	}
}

// TestHistoryIsKept: membership dates are GEXF spells (Gephi's timeline)
// and real dates in the roster; an ended membership shows with its dates
// when the filter asks for a day it ran.
func TestHistoryIsKept(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		c := testdb.Open(t, dialect).Client
		sys := viewer.SystemContext(context.Background())
		org := c.Organization.Create().SetNameFi("Historiayhdistys").SetSector("NGO").SaveX(sys)
		net := c.Network.Create().SetNameFi("Historiaverkosto").SetKind(network.KindFORUM).SetLevel(network.LevelMUNICIPAL).
			SetStartedOn(time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)).SaveX(sys)
		c.Membership.Create().SetOrganizationID(org.ID).SetNetworkID(net.ID).SetStatus(membership.StatusENDED).
			SetRole(membership.RoleCHAIR).SetStartDate(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)).
			SetEndDate(time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC)).ExecX(sys)
		day := time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC)
		filter := netmap.Filter{AsOf: &day}

		var gexf bytes.Buffer
		write(t, sys, c, "gexf", filter, &gexf)
		var doc struct {
			Graph struct {
				Mode  string `xml:"mode,attr"`
				Nodes []struct {
					Spells []struct {
						Start string `xml:"start,attr"`
					} `xml:"spells>spell"`
				} `xml:"nodes>node"`
				Edges []struct {
					Spells []struct {
						Start string `xml:"start,attr"`
						End   string `xml:"end,attr"`
					} `xml:"spells>spell"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(gexf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Graph.Mode != "dynamic" || len(doc.Graph.Edges) != 1 || len(doc.Graph.Edges[0].Spells) != 1 ||
			doc.Graph.Edges[0].Spells[0].Start != "2020-01-01" || doc.Graph.Edges[0].Spells[0].End != "2022-06-30" ||
			len(doc.Graph.Nodes) != 2 || len(doc.Graph.Nodes[1].Spells) != 1 || doc.Graph.Nodes[1].Spells[0].Start != "2019-01-01" {
			t.Errorf("GEXF spells: %+v\n%s", doc.Graph, gexf.String())
		}

		var xlsx bytes.Buffer
		write(t, sys, c, "xlsx", filter, &xlsx)
		f, err := excelize.OpenReader(&xlsx)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows(export.SheetMemberships)
		if len(rows) != 2 || rows[1][0] != "Historiayhdistys" || rows[1][4] != "CHAIR" || rows[1][6] != "2020-01-01" || rows[1][7] != "2022-06-30" {
			t.Errorf("roster memberships: %q", rows)
		}
		if typ, _ := f.GetCellType(export.SheetMemberships, "G2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber && typ != excelize.CellTypeDate {
			t.Errorf("the start date is not a date cell: %v", typ)
		}

		// A day the membership did not run: no edge, and (the default
		// filter showing who takes part) nothing else goes missing.
		before := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
		var none bytes.Buffer
		write(t, sys, c, "gexf", netmap.Filter{AsOf: &before}, &none)
		if bytes.Contains(none.Bytes(), []byte("<edge ")) {
			t.Errorf("an edge outside its dates: %s", none.String())
		}
	})
}

// peakWriter discards what it is given and, every sample bytes, records
// the live heap: what an export holds while it writes.
type peakWriter struct {
	written, next, sample int
	peak                  uint64
}

func (p *peakWriter) Write(b []byte) (int, error) {
	p.written += len(b)
	if p.written >= p.next {
		p.next = p.written + p.sample
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		p.peak = max(p.peak, m.HeapAlloc)
	}
	return len(b), nil
}

// TestExportMemoryDoesNotGrowWithTheData: four times the data, four times
// the output, about the same live heap while writing. (The XLSX roster is
// the exception: excelize keeps up to 16 MiB of a sheet in memory before it
// spills to a temporary file.)
func TestExportMemoryDoesNotGrowWithTheData(t *testing.T) {
	if testing.Short() {
		t.Skip("generates data")
	}
	sys := viewer.SystemContext(context.Background())
	sizes := []synth.Scale{{Name: "1x", Organizations: 1500, Networks: 300, Memberships: 6000},
		{Name: "4x", Organizations: 6000, Networks: 1200, Memberships: 24000}}
	clients := make([]*ent.Client, len(sizes))
	for i, s := range sizes {
		db := testdb.Open(t, "sqlite")
		clients[i] = db.Client
		if err := reference.Load(sys, clients[i]); err != nil {
			t.Fatal(err)
		}
		if err := synth.Generate(sys, db, s, 7); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range []string{"gexf", "graphml", "csv", "json", "popolo", "hsds"} {
		var written [2]int
		var growth [2]uint64
		for i, c := range clients {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			base := m.HeapAlloc
			w := &peakWriter{sample: 64 << 10}
			write(t, sys, c, format, netmap.Filter{Status: []membership.Status{membership.StatusACTIVE, membership.StatusENDED}}, w)
			written[i] = w.written
			if w.peak > base {
				growth[i] = w.peak - base
			}
		}
		if written[1] < 3*written[0] {
			t.Fatalf("%s: the larger data set gave %d bytes against %d", format, written[1], written[0])
		}
		// Linear growth would be four times; allow noise, not proportion.
		if growth[1] > 2*growth[0]+(1<<20) {
			t.Errorf("%s: live heap grew %d bytes for 1x and %d for 4x the data", format, growth[0], growth[1])
		}
		t.Logf("%s: %d and %d bytes written; live heap +%d KiB and +%d KiB", format, written[0], written[1], growth[0]>>10, growth[1]>>10)
	}
}

// BenchmarkExportGEXF measures one GEXF export of scale S.
func BenchmarkExportGEXF(b *testing.B) {
	sys := viewer.SystemContext(context.Background())
	db := testdb.Open(b, "sqlite")
	c := db.Client
	if err := reference.Load(sys, c); err != nil {
		b.Fatal(err)
	}
	if err := synth.Generate(sys, db, synth.Scales["S"], 1); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		src, err := export.NewSource(sys, c, netmap.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if err := export.WriteGEXF(sys, src, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
