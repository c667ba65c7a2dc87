package export

import (
	"context"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/verkosto/verkosto/ent"
)

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfSpell struct {
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

type gexfNode struct {
	XMLName xml.Name    `xml:"node"`
	ID      string      `xml:"id,attr"`
	Label   string      `xml:"label,attr"`
	Values  []gexfValue `xml:"attvalues>attvalue"`
	Spells  []gexfSpell `xml:"spells>spell,omitempty"`
}

type gexfEdge struct {
	XMLName xml.Name    `xml:"edge"`
	ID      string      `xml:"id,attr"`
	Source  string      `xml:"source,attr"`
	Target  string      `xml:"target,attr"`
	Label   string      `xml:"label,attr"`
	Values  []gexfValue `xml:"attvalues>attvalue"`
	Spells  []gexfSpell `xml:"spells>spell,omitempty"`
}

// The node and edge attributes of the graph formats (GEXF, GraphML).
var (
	nodeAttrs = []string{"kind", "labelSv", "labelEn", "businessId", "sector", "services", "homeArea",
		"networkKind", "level", "networkStatus", "themes", "startedOn", "endedOn", "website"}
	edgeAttrs = []string{"role", "status", "representative", "startDate", "endDate", "source"}
)

func orgValues(o *ent.Organization) []string {
	var home string
	if o.Edges.HomeArea != nil {
		home = o.Edges.HomeArea.NameFi
	}
	return []string{nodeKindOrganization, o.NameSv, o.NameEn, deref(o.BusinessID), string(o.Sector),
		joinStrings(o.Services), home, "", "", "", "", "", "", o.Website}
}

func netValues(n *ent.Network) []string {
	return []string{nodeKindNetwork, n.NameSv, n.NameEn, "", "", "", "", string(n.Kind), string(n.Level),
		string(n.Status), joinStrings(n.Themes), date(n.StartedOn), date(n.EndedOn), n.Website}
}

func edgeValues(m *ent.Membership) []string {
	return []string{string(m.Role), string(m.Status), m.Representative, date(m.StartDate), date(m.EndDate), m.Source}
}

func gexfValues(names, values []string) []gexfValue {
	var out []gexfValue
	for i, v := range values {
		if v != "" {
			out = append(out, gexfValue{names[i], v})
		}
	}
	return out
}

func spells(start, end string) []gexfSpell {
	if start == "" && end == "" {
		return nil
	}
	return []gexfSpell{{start, end}}
}

// WriteGEXF writes GEXF 1.3 in dynamic mode: a membership's start and end
// dates (and a network's) are its spell, so Gephi's timeline plays the
// network's history. Undirected; an organisation that left and re-joined a
// network has one edge per membership.
func WriteGEXF(ctx context.Context, s *Source, w io.Writer) error {
	doc := gexfDocument{
		graph:     []string{"mode", "dynamic", "defaultedgetype", "undirected", "timeformat", "date", "timerepresentation", "interval"},
		edgeAttrs: edgeAttrs,
		nodes: func(e *xml.Encoder) error {
			err := s.Organizations(ctx, func(o *ent.Organization) error {
				return e.Encode(gexfNode{ID: strconv.Itoa(o.ID), Label: o.NameFi, Values: gexfValues(nodeAttrs, orgValues(o))})
			})
			if err != nil {
				return err
			}
			return s.Networks(ctx, func(n *ent.Network) error {
				return e.Encode(gexfNode{ID: strconv.Itoa(n.ID), Label: n.NameFi, Values: gexfValues(nodeAttrs, netValues(n)),
					Spells: spells(date(n.StartedOn), date(n.EndedOn))})
			})
		},
		edges: func(e *xml.Encoder) error {
			return s.Memberships(ctx, func(m *ent.Membership) error {
				return e.Encode(gexfEdge{ID: strconv.Itoa(m.ID), Source: strconv.Itoa(m.OrganizationID), Target: strconv.Itoa(m.NetworkID),
					Label: string(m.Role), Values: gexfValues(edgeAttrs, edgeValues(m)), Spells: spells(date(m.StartDate), date(m.EndDate))})
			})
		},
	}
	return doc.write(s, w)
}

// gexfDocument is a GEXF 1.3 file around its nodes and edges: the graph
// element's attributes, the attribute declarations and two writers.
type gexfDocument struct {
	graph        []string // name, value, …
	description  string
	edgeAttrs    []string // declared edge attributes (none: only weights)
	nodes, edges func(*xml.Encoder) error
}

func (d gexfDocument) write(s *Source, w io.Writer) error {
	io.WriteString(w, xml.Header)
	e := xml.NewEncoder(w)
	e.Indent("", " ")
	start := func(name string, attrs ...string) error {
		el := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i < len(attrs); i += 2 {
			el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		return e.EncodeToken(el)
	}
	end := func(name string) error { return e.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}}) }
	steps := []func() error{
		func() error {
			return start("gexf", "xmlns", "http://gexf.net/1.3", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
				"xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "version", "1.3")
		},
		func() error { return start("meta", "lastmodifieddate", s.Generated.Format(dateLayout)) },
		func() error {
			type text struct {
				XMLName xml.Name
				Text    string `xml:",chardata"`
			}
			if err := e.Encode(text{xml.Name{Local: "creator"}, "Verkosto"}); err != nil || d.description == "" {
				return err
			}
			return e.Encode(text{xml.Name{Local: "description"}, d.description})
		},
		func() error { return end("meta") },
		func() error { return start("graph", d.graph...) },
		func() error { return attributes(e, "node", nodeAttrs) },
		func() error {
			if len(d.edgeAttrs) == 0 {
				return nil
			}
			return attributes(e, "edge", d.edgeAttrs)
		},
		func() error { return start("nodes") },
		func() error { return d.nodes(e) },
		func() error { return end("nodes") },
		func() error { return start("edges") },
		func() error { return d.edges(e) },
		func() error { return end("edges") },
		func() error { return end("graph") },
		func() error { return end("gexf") },
		e.Close,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func attributes(e *xml.Encoder, class string, names []string) error {
	attrs := make([]gexfAttr, len(names))
	for i, n := range names {
		attrs[i] = gexfAttr{ID: n, Title: n, Type: "string"}
	}
	return e.Encode(struct {
		XMLName xml.Name   `xml:"attributes"`
		Class   string     `xml:"class,attr"`
		Mode    string     `xml:"mode,attr"`
		Attrs   []gexfAttr `xml:"attribute"`
	}{Class: class, Mode: "static", Attrs: attrs})
}
