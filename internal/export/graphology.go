package export

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strconv"

	"github.com/verkosto/verkosto/ent"
)

// jsonStream writes a JSON document piece by piece: fixed text around
// arrays whose items are encoded one at a time.
type jsonStream struct {
	w     *bufio.Writer
	first bool
	err   error
}

func newJSONStream(w io.Writer) *jsonStream { return &jsonStream{w: bufio.NewWriter(w)} }

func (j *jsonStream) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
	j.first = true
}

// item writes v as the next element of the array being written.
func (j *jsonStream) item(v any) error {
	if j.err != nil {
		return j.err
	}
	if !j.first {
		j.w.WriteByte(',')
	}
	j.first = false
	b, err := json.Marshal(v)
	if err != nil {
		j.err = err
		return err
	}
	_, j.err = j.w.Write(b)
	return j.err
}

func (j *jsonStream) flush() error {
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

type graphologyNode struct {
	Key        string            `json:"key"`
	Attributes map[string]string `json:"attributes"`
}

type graphologyEdge struct {
	Key        string            `json:"key"`
	Source     string            `json:"source"`
	Target     string            `json:"target"`
	Attributes map[string]string `json:"attributes"`
}

func attrMap(names, values []string, label string) map[string]string {
	m := map[string]string{"label": label}
	for i, v := range values {
		if v != "" {
			m[names[i]] = v
		}
	}
	return m
}

// WriteGraphology writes graphology's serialized graph, the map's format
// (graph.import() reads it): an undirected multigraph with the same node
// and edge keys and attribute names as the map, plus every attribute of
// the graph formats. It has no layout positions (x, y): those belong to
// the map's whole-graph layout.
func WriteGraphology(ctx context.Context, s *Source, w io.Writer) error {
	j := newJSONStream(w)
	j.raw(`{"attributes":{"name":"Verkosto","generated":` + strconv.Quote(s.Generated.Format(dateLayout)) +
		`},"options":{"type":"undirected","multi":true,"allowSelfLoops":false},"nodes":[`)
	err := s.Organizations(ctx, func(o *ent.Organization) error {
		return j.item(graphologyNode{strconv.Itoa(o.ID), attrMap(nodeAttrs, orgValues(o), o.NameFi)})
	})
	if err != nil {
		return err
	}
	err = s.Networks(ctx, func(n *ent.Network) error {
		a := attrMap(nodeAttrs, netValues(n), n.NameFi)
		// The map calls a network's status "status".
		if st, ok := a["networkStatus"]; ok {
			a["status"] = st
			delete(a, "networkStatus")
		}
		return j.item(graphologyNode{strconv.Itoa(n.ID), a})
	})
	if err != nil {
		return err
	}
	j.raw(`],"edges":[`)
	err = s.Memberships(ctx, func(m *ent.Membership) error {
		a := attrMap(edgeAttrs, edgeValues(m), "")
		delete(a, "label")
		return j.item(graphologyEdge{strconv.Itoa(m.ID), strconv.Itoa(m.OrganizationID), strconv.Itoa(m.NetworkID), a})
	})
	if err != nil {
		return err
	}
	j.raw("]}\n")
	return j.flush()
}
