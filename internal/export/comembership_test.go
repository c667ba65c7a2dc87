package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

// TestCoMembership checks the projection against one counted by hand:
// A, B and C in network X; A and B also in Y (A twice, as member and
// coordinator: still one shared network); C left Y (ended); D in no
// network; E asked to join X (a request: no tie for the public). So A–B
// share 2, A–C and B–C share 1, and on a day when C was still in Y, A–C and
// B–C share 2.
func TestCoMembership(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		c := testdb.Open(t, dialect).Client
		sys := viewer.SystemContext(context.Background())
		org := func(name string) int { return c.Organization.Create().SetNameFi(name).SetSector("NGO").SaveX(sys).ID }
		a, b, cc, e := org("A"), org("B"), org("C"), org("E")
		org("D") // in no network: a node without ties
		net := func(name string) int {
			return c.Network.Create().SetNameFi(name).SetKind(network.KindFORUM).SetLevel(network.LevelMUNICIPAL).SaveX(sys).ID
		}
		x, y := net("X"), net("Y")
		join := func(o, n int, role membership.Role, status membership.Status, end *time.Time) {
			c.Membership.Create().SetOrganizationID(o).SetNetworkID(n).SetRole(role).SetStatus(status).
				SetStartDate(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)).SetNillableEndDate(end).ExecX(sys)
		}
		ended := time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)
		for _, o := range []int{a, b, cc} {
			join(o, x, membership.RoleMEMBER, membership.StatusACTIVE, nil)
		}
		join(a, y, membership.RoleMEMBER, membership.StatusACTIVE, nil)
		join(a, y, membership.RoleCOORDINATOR, membership.StatusACTIVE, nil)
		join(b, y, membership.RoleMEMBER, membership.StatusACTIVE, nil)
		join(cc, y, membership.RoleMEMBER, membership.StatusENDED, &ended)
		join(e, x, membership.RoleMEMBER, membership.StatusPENDING, nil)

		anon := viewer.NewContext(context.Background(), &viewer.Viewer{PublicRead: true})
		type tie struct{ src, dst, weight string }
		want := func(ws ...int) []tie {
			var out []tie
			for i := 0; i < len(ws); i += 3 {
				out = append(out, tie{strconv.Itoa(ws[i]), strconv.Itoa(ws[i+1]), strconv.Itoa(ws[i+2])})
			}
			return out
		}

		var gexf bytes.Buffer
		write(t, anon, c, "comembership-gexf", netmap.Filter{}, &gexf)
		var doc struct {
			Graph struct {
				Mode  string `xml:"mode,attr"`
				Nodes []struct {
					ID string `xml:"id,attr"`
				} `xml:"nodes>node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
					Weight string `xml:"weight,attr"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(gexf.Bytes(), &doc); err != nil {
			t.Fatalf("%v\n%s", err, gexf.String())
		}
		var got []tie
		for _, e := range doc.Graph.Edges {
			got = append(got, tie{e.Source, e.Target, e.Weight})
		}
		if w := want(a, b, 2, a, cc, 1, b, cc, 1); !slices.Equal(got, w) || doc.Graph.Mode != "static" || len(doc.Graph.Nodes) != 5 {
			t.Errorf("co-membership GEXF: mode %s, %d nodes, edges %v; want edges %v\n%s", doc.Graph.Mode, len(doc.Graph.Nodes), got, w, gexf.String())
		}

		// On a day C was still in Y, it shared both networks with A and B.
		day := time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)
		var table bytes.Buffer
		write(t, anon, c, "comembership-csv", netmap.Filter{AsOf: &day}, &table)
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(table.String(), "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got = nil
		for _, r := range rows[1:] {
			got = append(got, tie{r[0], r[1], r[4]})
		}
		if w := want(a, b, 2, a, cc, 2, b, cc, 2); !slices.Equal(got, w) || strings.Join(rows[0], ",") != "Source,Target,Source label,Target label,Weight" ||
			rows[1][2] != "A" || rows[1][3] != "B" {
			t.Errorf("co-membership CSV as of %s: %v; want %v\n%s", day.Format(time.DateOnly), got, w, table.String())
		}

		// A pending request is a tie only for who may see it: asking for
		// pending memberships does not show E's to the public.
		pending := netmap.Filter{Status: []membership.Status{membership.StatusACTIVE, membership.StatusPENDING}}
		for _, tc := range []struct {
			who  string
			ctx  context.Context
			ties int
		}{{"the public", anon, 3}, {"the system", sys, 6}} {
			var out bytes.Buffer
			write(t, tc.ctx, c, "comembership-csv", pending, &out)
			if n := strings.Count(out.String(), "\r\n") - 1; n != tc.ties {
				t.Errorf("%s, pending included: %d ties, want %d\n%s", tc.who, n, tc.ties, out.String())
			}
		}
	})
}
