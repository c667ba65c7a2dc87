package netmap

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/asof"
	"github.com/verkosto/verkosto/internal/layout"
)

type orgRow struct {
	id                     int
	nameFi, nameSv, nameEn string
	sector                 enum.Sector
	areas                  []int // home and operating areas
	x, y                   float64
}

type netRow struct {
	id                     int
	nameFi, nameSv, nameEn string
	kind                   network.Kind
	level                  network.Level
	status                 network.Status
	themes                 []enum.Theme
	started, ended         *time.Time
	areas                  []int
	x, y                   float64
}

type edgeRow struct {
	id, org, net     int
	role             membership.Role
	status           membership.Status
	start, end       *time.Time
	orgIndex, netIdx int // positions in snapshot.orgs / snapshot.nets
}

// snapshot is everything the map needs, read at one data version.
type snapshot struct {
	orgs  []orgRow
	nets  []netRow
	edges []edgeRow
	tree  *areas.Tree
	// scale is the full layout's (layout.Layout.Scale), kept for warm starts.
	scale float64
	// drift counts the nodes moved by warm starts since the last full layout.
	drift int
	// version is the data version the snapshot was read at.
	version uint64
}

// The queries are deliberately flat: one pass over each table, joined in Go.
const (
	qOrgs = `SELECT id, name_fi, COALESCE(name_sv, ''), COALESCE(name_en, ''), sector, home_area_id
		FROM organizations ORDER BY id`
	qOrgAreas = `SELECT organization_id, area_id FROM organization_operating_areas`
	qNets     = `SELECT id, name_fi, COALESCE(name_sv, ''), COALESCE(name_en, ''), kind, level, status,
		themes, started_on, ended_on FROM networks ORDER BY id`
	qNetAreas = `SELECT network_id, area_id FROM network_areas`
	qEdges    = `SELECT id, organization_id, network_id, role, status, start_date, end_date
		FROM memberships WHERE status <> 'DECLINED' ORDER BY id`
)

// build reads the snapshot and lays it out: from prev's positions when
// prev (the previous version's snapshot, or nil) is close enough.
func build(ctx context.Context, client *ent.Client, prev *snapshot) (*snapshot, error) {
	snap := &snapshot{}
	var err error
	if snap.tree, err = areas.Load(ctx, client); err != nil {
		return nil, err
	}
	orgIndex := map[int]int{}
	err = each(ctx, client, qOrgs, func(rows *sql.Rows) error {
		var o orgRow
		var home sql.NullInt64
		if err := rows.Scan(&o.id, &o.nameFi, &o.nameSv, &o.nameEn, &o.sector, &home); err != nil {
			return err
		}
		if home.Valid {
			o.areas = append(o.areas, int(home.Int64))
		}
		orgIndex[o.id] = len(snap.orgs)
		snap.orgs = append(snap.orgs, o)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each(ctx, client, qOrgAreas, func(rows *sql.Rows) error {
		var org, a int
		if err := rows.Scan(&org, &a); err != nil {
			return err
		}
		if i, ok := orgIndex[org]; ok {
			snap.orgs[i].areas = append(snap.orgs[i].areas, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	netIndex := map[int]int{}
	err = each(ctx, client, qNets, func(rows *sql.Rows) error {
		var n netRow
		var themes sql.NullString
		var started, ended sql.NullTime
		if err := rows.Scan(&n.id, &n.nameFi, &n.nameSv, &n.nameEn, &n.kind, &n.level, &n.status,
			&themes, &started, &ended); err != nil {
			return err
		}
		if themes.Valid && themes.String != "" {
			if err := json.Unmarshal([]byte(themes.String), &n.themes); err != nil {
				return fmt.Errorf("network %d themes: %w", n.id, err)
			}
		}
		n.started, n.ended = timePtr(started), timePtr(ended)
		netIndex[n.id] = len(snap.nets)
		snap.nets = append(snap.nets, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each(ctx, client, qNetAreas, func(rows *sql.Rows) error {
		var net, a int
		if err := rows.Scan(&net, &a); err != nil {
			return err
		}
		if i, ok := netIndex[net]; ok {
			snap.nets[i].areas = append(snap.nets[i].areas, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = each(ctx, client, qEdges, func(rows *sql.Rows) error {
		var e edgeRow
		var start, end sql.NullTime
		if err := rows.Scan(&e.id, &e.org, &e.net, &e.role, &e.status, &start, &end); err != nil {
			return err
		}
		e.start, e.end = timePtr(start), timePtr(end)
		var ok1, ok2 bool
		e.orgIndex, ok1 = orgIndex[e.org]
		e.netIdx, ok2 = netIndex[e.net]
		if ok1 && ok2 {
			snap.edges = append(snap.edges, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	snap.layout(prev)
	return snap, nil
}

// bytes estimates the memory the snapshot holds, for the cache's bound.
func (s *snapshot) bytes() int {
	return len(s.orgs)*160 + len(s.nets)*200 + len(s.edges)*80
}

// maxDrift is the share of nodes warm starts may move before the next
// change gets a full layout again: each warm start keeps every other node
// where it was, so after many the picture no longer balances its forces.
// A small map gets minDrift nodes, so that it is not reshuffled every
// other write.
const (
	maxDrift = 0.05
	minDrift = 20
)

// layout positions the graph: organisations first, then networks, each in
// ID order. With a previous snapshot, only the nodes the change touched
// move (new nodes and the ends of added or removed memberships) and every
// other node keeps its place, so that a write neither costs a full layout
// nor reshuffles the user's map; without one, or once the moves add up to
// maxDrift, the whole graph is laid out again, which the same data always
// lays out the same way.
func (s *snapshot) layout(prev *snapshot) {
	n := len(s.orgs) + len(s.nets)
	edges := make([][2]int32, len(s.edges))
	for i, e := range s.edges {
		edges[i] = [2]int32{int32(e.orgIndex), int32(len(s.orgs) + e.netIdx)}
	}
	if prev != nil {
		start, placed, moving, moved := s.changedSince(prev)
		if moved == 0 {
			s.place(start)
			s.scale, s.drift = prev.scale, prev.drift
			return
		}
		if drift := prev.drift + moved; float64(drift) <= max(maxDrift*float64(n), minDrift) {
			s.place(layout.Warm(n, edges, start, placed, moving, prev.scale, layout.Options{}))
			s.scale, s.drift = prev.scale, drift
			return
		}
	}
	full := layout.Full(n, edges, layout.Options{})
	s.place(full.Points)
	s.scale = full.Scale
}

func (s *snapshot) place(pos []layout.Point) {
	for i := range s.orgs {
		s.orgs[i].x, s.orgs[i].y = pos[i].X, pos[i].Y
	}
	for i := range s.nets {
		p := pos[len(s.orgs)+i]
		s.nets[i].x, s.nets[i].y = p.X, p.Y
	}
}

// changedSince lines the snapshot up with prev by ID: the positions prev
// had, which nodes it had, and which must move (new ones and the ends of
// memberships added or removed), with their count. Both are sorted by ID.
func (s *snapshot) changedSince(prev *snapshot) (start []layout.Point, placed, moving []bool, moved int) {
	n := len(s.orgs) + len(s.nets)
	start = make([]layout.Point, n)
	placed = make([]bool, n)
	moving = make([]bool, n)
	for i, o := range s.orgs {
		if j, ok := slices.BinarySearchFunc(prev.orgs, o.id, func(r orgRow, id int) int { return r.id - id }); ok {
			start[i], placed[i] = layout.Point{X: prev.orgs[j].x, Y: prev.orgs[j].y}, true
		}
	}
	for i, nw := range s.nets {
		if j, ok := slices.BinarySearchFunc(prev.nets, nw.id, func(r netRow, id int) int { return r.id - id }); ok {
			start[len(s.orgs)+i], placed[len(s.orgs)+i] = layout.Point{X: prev.nets[j].x, Y: prev.nets[j].y}, true
		}
	}
	touch := func(org, net int) {
		if i, ok := slices.BinarySearchFunc(s.orgs, org, func(r orgRow, id int) int { return r.id - id }); ok {
			moving[i] = true
		}
		if i, ok := slices.BinarySearchFunc(s.nets, net, func(r netRow, id int) int { return r.id - id }); ok {
			moving[len(s.orgs)+i] = true
		}
	}
	// Both edge lists are in ID order: walk them together.
	a, b := prev.edges, s.edges
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || (len(a) > 0 && a[0].id < b[0].id):
			touch(a[0].org, a[0].net)
			a = a[1:]
		case len(a) == 0 || b[0].id < a[0].id:
			touch(b[0].org, b[0].net)
			b = b[1:]
		default:
			if a[0].org != b[0].org || a[0].net != b[0].net {
				touch(a[0].org, a[0].net)
				touch(b[0].org, b[0].net)
			}
			a, b = a[1:], b[1:]
		}
	}
	for i := range moving {
		if !placed[i] {
			moving[i] = true
		}
		if moving[i] {
			moved++
		}
	}
	return start, placed, moving, moved
}

func each(ctx context.Context, client *ent.Client, query string, scan func(*sql.Rows) error) error {
	rows, err := client.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("netmap: unable to query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("netmap: unable to read row: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("netmap: unable to read rows: %w", err)
	}
	return nil
}

func timePtr(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	return &t.Time
}

// view cuts the filtered graph out of the snapshot and encodes it.
//
// Which nodes appear: organisations matching the sector and area filters and
// networks matching the kind, theme, level, area and date filters. Edges join
// two shown nodes and match the membership filters. When a filter narrows one
// side (say, only MARAK teams), the other side is cut down to nodes with an
// edge left, so the view shows who takes part rather than everyone.
func (s *snapshot) view(f *Filter, rule visible.MembershipRule) (*Map, error) {
	var inArea map[int]bool
	if f.Area != nil {
		ids, err := s.tree.Related(*f.Area)
		if err != nil {
			return nil, err
		}
		inArea = make(map[int]bool, len(ids))
		for _, id := range ids {
			inArea[id] = true
		}
	}
	statuses := f.statuses()

	orgOK := make([]bool, len(s.orgs))
	for i, o := range s.orgs {
		orgOK[i] = (len(f.Sector) == 0 || slices.Contains(f.Sector, o.sector)) && touches(inArea, o.areas)
	}
	netOK := make([]bool, len(s.nets))
	for i, n := range s.nets {
		netOK[i] = (len(f.NetworkKind) == 0 || slices.Contains(f.NetworkKind, n.kind)) &&
			(len(f.Level) == 0 || slices.Contains(f.Level, n.level)) &&
			(len(f.Theme) == 0 || slices.ContainsFunc(n.themes, func(t enum.Theme) bool { return slices.Contains(f.Theme, t) })) &&
			touches(inArea, n.areas) && (f.AsOf == nil || asof.Network(*f.AsOf, n.status, n.started, n.ended))
	}

	var edges []edgeRow
	orgDeg := make([]int, len(s.orgs))
	netDeg := make([]int, len(s.nets))
	for _, e := range s.edges {
		if !orgOK[e.orgIndex] || !netOK[e.netIdx] || !slices.Contains(statuses, e.status) ||
			!rule.Allows(visible.MembershipRow{Status: e.status, Organization: e.org, Network: e.net}) ||
			(f.AsOf != nil && !asof.Membership(*f.AsOf, e.status, e.start, e.end)) {
			continue
		}
		edges = append(edges, e)
		orgDeg[e.orgIndex]++
		netDeg[e.netIdx]++
	}
	networkSide := len(f.NetworkKind) > 0 || len(f.Theme) > 0 || len(f.Level) > 0
	orgSide := len(f.Sector) > 0
	for i := range orgOK {
		if networkSide && orgDeg[i] == 0 {
			orgOK[i] = false
		}
	}
	for i := range netOK {
		if orgSide && netDeg[i] == 0 {
			netOK[i] = false
		}
	}
	return encode(s, orgOK, netOK, orgDeg, netDeg, edges)
}

// statuses are the membership statuses the view shows.
func (f *Filter) statuses() []membership.Status {
	if len(f.Status) > 0 {
		return f.Status
	}
	if f.AsOf != nil {
		return []membership.Status{membership.StatusACTIVE, membership.StatusENDED}
	}
	return []membership.Status{membership.StatusACTIVE}
}

func touches(inArea map[int]bool, ids []int) bool {
	if inArea == nil {
		return true
	}
	for _, id := range ids {
		if inArea[id] {
			return true
		}
	}
	return false
}

type jsonNode struct {
	Key        string   `json:"key"`
	Attributes nodeAttr `json:"attributes"`
}

type nodeAttr struct {
	Label       string  `json:"label"`
	LabelSv     string  `json:"labelSv,omitempty"`
	LabelEn     string  `json:"labelEn,omitempty"`
	Kind        string  `json:"kind"`
	Sector      string  `json:"sector,omitempty"`
	NetworkKind string  `json:"networkKind,omitempty"`
	Status      string  `json:"status,omitempty"`
	X           float64 `json:"x"`
	Y           float64 `json:"y"`
	Size        float64 `json:"size"`
}

type jsonEdge struct {
	Key        string   `json:"key"`
	Source     string   `json:"source"`
	Target     string   `json:"target"`
	Attributes edgeAttr `json:"attributes"`
}

type edgeAttr struct {
	Role   string `json:"role"`
	Status string `json:"status"`
}

// graphHeader is graphology's options for the map: an undirected
// multigraph, since an organisation that left and re-joined has two
// memberships in the same network, both shown when the filter asks for history.
const graphHeader = `{"options":{"type":"undirected","multi":true,"allowSelfLoops":false},"nodes":[`

// encode writes the view in graphology's serialized format, node by node
// into one buffer sized for it: at scale L the whole map is ~33 MB, and
// building it as one value for json.Marshal held the value, the encoder's
// doubling buffer and the final copy at once (the server's peak).
func encode(s *snapshot, orgOK, netOK []bool, orgDeg, netDeg []int, edges []edgeRow) (*Map, error) {
	var buf bytes.Buffer
	buf.Grow(len(graphHeader) + 260*(len(s.orgs)+len(s.nets)) + 90*len(edges))
	buf.WriteString(graphHeader)
	enc := json.NewEncoder(&buf)
	count := 0
	item := func(v any) error {
		if count > 0 {
			buf.WriteByte(',')
		}
		count++
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("netmap: unable to encode: %w", err)
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		return nil
	}
	for i, o := range s.orgs {
		if !orgOK[i] {
			continue
		}
		if err := item(jsonNode{Key: strconv.Itoa(o.id), Attributes: nodeAttr{
			Label: o.nameFi, LabelSv: other(o.nameSv, o.nameFi), LabelEn: other(o.nameEn, o.nameFi),
			Kind: "Organization", Sector: string(o.sector),
			X: round(o.x), Y: round(o.y), Size: nodeSize(2, orgDeg[i]),
		}}); err != nil {
			return nil, err
		}
	}
	for i, n := range s.nets {
		if !netOK[i] {
			continue
		}
		if err := item(jsonNode{Key: strconv.Itoa(n.id), Attributes: nodeAttr{
			Label: n.nameFi, LabelSv: other(n.nameSv, n.nameFi), LabelEn: other(n.nameEn, n.nameFi),
			Kind: "Network", NetworkKind: string(n.kind), Status: string(n.status),
			X: round(n.x), Y: round(n.y), Size: nodeSize(4, netDeg[i]),
		}}); err != nil {
			return nil, err
		}
	}
	nodes := count
	buf.WriteString(`],"edges":[`)
	count = 0
	for _, e := range edges {
		if err := item(jsonEdge{
			Key: strconv.Itoa(e.id), Source: strconv.Itoa(e.org), Target: strconv.Itoa(e.net),
			Attributes: edgeAttr{Role: string(e.role), Status: string(e.status)},
		}); err != nil {
			return nil, err
		}
	}
	buf.WriteString(`]}`)
	data := buf.Bytes()
	if cap(data)-len(data) > len(data)/4 {
		// The estimate was generous: keep only what is used.
		data = append([]byte(nil), data...)
	}
	return &Map{NodeCount: nodes, EdgeCount: count, Data: data}, nil
}

// other returns s unless it only repeats the Finnish name, to keep the payload small.
func other(s, fi string) string {
	if s == fi {
		return ""
	}
	return s
}

func round(v float64) float64 { return math.Round(v*10) / 10 }

// nodeSize grows with the square root of the degree and is capped, so that a
// police department in hundreds of networks does not cover its neighbours.
func nodeSize(base float64, degree int) float64 {
	return round(min(base+math.Sqrt(float64(degree)), 16))
}
