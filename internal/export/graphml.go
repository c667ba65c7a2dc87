package export

import (
	"context"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/verkosto/verkosto/ent"
)

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	XMLName xml.Name      `xml:"node"`
	ID      string        `xml:"id,attr"`
	Data    []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	XMLName xml.Name      `xml:"edge"`
	ID      string        `xml:"id,attr"`
	Source  string        `xml:"source,attr"`
	Target  string        `xml:"target,attr"`
	Data    []graphmlData `xml:"data"`
}

type graphmlKey struct {
	XMLName xml.Name `xml:"key"`
	ID      string   `xml:"id,attr"`
	For     string   `xml:"for,attr"`
	Name    string   `xml:"attr.name,attr"`
	Type    string   `xml:"attr.type,attr"`
}

func graphmlValues(prefix string, names, values []string) []graphmlData {
	var out []graphmlData
	for i, v := range values {
		if v != "" {
			out = append(out, graphmlData{prefix + names[i], v})
		}
	}
	return out
}

// WriteGraphML writes GraphML with every attribute declared as a key
// (node keys n_NAME, edge keys e_NAME, attr.name NAME), undirected, one
// edge per membership: yEd, Gephi and networkx (as a MultiGraph) read it.
func WriteGraphML(ctx context.Context, s *Source, w io.Writer) error {
	io.WriteString(w, xml.Header)
	e := xml.NewEncoder(w)
	e.Indent("", " ")
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: "http://graphml.graphdrawing.org/xmlns"},
		{Name: xml.Name{Local: "xmlns:xsi"}, Value: "http://www.w3.org/2001/XMLSchema-instance"},
		{Name: xml.Name{Local: "xsi:schemaLocation"}, Value: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"},
	}}
	if err := e.EncodeToken(root); err != nil {
		return err
	}
	keys := []graphmlKey{{ID: "n_label", For: "node", Name: "label", Type: "string"}}
	for _, n := range nodeAttrs {
		keys = append(keys, graphmlKey{ID: "n_" + n, For: "node", Name: n, Type: "string"})
	}
	for _, n := range edgeAttrs {
		keys = append(keys, graphmlKey{ID: "e_" + n, For: "edge", Name: n, Type: "string"})
	}
	for _, k := range keys {
		if err := e.Encode(k); err != nil {
			return err
		}
	}
	graph := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "id"}, Value: "verkosto"},
		{Name: xml.Name{Local: "edgedefault"}, Value: "undirected"},
	}}
	if err := e.EncodeToken(graph); err != nil {
		return err
	}
	label := func(l string) []graphmlData { return []graphmlData{{"n_label", l}} }
	err := s.Organizations(ctx, func(o *ent.Organization) error {
		return e.Encode(graphmlNode{ID: strconv.Itoa(o.ID), Data: append(label(o.NameFi), graphmlValues("n_", nodeAttrs, orgValues(o))...)})
	})
	if err != nil {
		return err
	}
	err = s.Networks(ctx, func(n *ent.Network) error {
		return e.Encode(graphmlNode{ID: strconv.Itoa(n.ID), Data: append(label(n.NameFi), graphmlValues("n_", nodeAttrs, netValues(n))...)})
	})
	if err != nil {
		return err
	}
	err = s.Memberships(ctx, func(m *ent.Membership) error {
		return e.Encode(graphmlEdge{ID: strconv.Itoa(m.ID), Source: strconv.Itoa(m.OrganizationID),
			Target: strconv.Itoa(m.NetworkID), Data: graphmlValues("e_", edgeAttrs, edgeValues(m))})
	})
	if err != nil {
		return err
	}
	if err := e.EncodeToken(graph.End()); err != nil {
		return err
	}
	if err := e.EncodeToken(root.End()); err != nil {
		return err
	}
	return e.Close()
}
