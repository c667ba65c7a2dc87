package export

import (
	"context"
	"encoding/xml"
	"io"
	"slices"
	"strconv"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
)

// The co-membership projection: organisations linked by the networks they
// share, weighted by how many (the organisation–organisation graph that
// insight ranks). It is computed from the same filtered, privacy-checked
// memberships as the other formats, so it is exactly the projection of
// network.gexf for the same filters.

// CoMembershipColumns are comembership.csv's columns: one row per pair,
// the lower ID first. Source, Target and Weight are the names Gephi's
// spreadsheet import recognises.
var CoMembershipColumns = []string{ColSrc, ColTarget, "Source label", "Target label", "Weight"}

// links reads the (organisation, network) pairs of the export's memberships,
// in membership ID order, with only those two columns: the projection needs
// nothing else, and at national scale the rest would be most of the reading.
func (s *Source) links(ctx context.Context, fn func(org, net int)) error {
	return batches(ctx, func(ctx context.Context, after int) ([]*ent.Membership, error) {
		return s.client.Membership.Query().Where(s.edges...).Where(membership.IDGT(after)).
			Order(ent.Asc(membership.FieldID)).Limit(BatchSize).
			Select(membership.FieldID, membership.FieldOrganizationID, membership.FieldNetworkID).
			All(ctx)
	}, func(m *ent.Membership) (int, error) { fn(m.OrganizationID, m.NetworkID); return m.ID, nil })
}

// projection is the bipartite graph of the export, from which each
// organisation's ties are counted on demand: the projection itself grows
// with the square of a network's size and is never held.
type projection struct {
	orgNets map[int][]int // organisation → its networks, ascending, once each
	netOrgs map[int][]int // network → its members, ascending, once each
	orgs    []int         // organisations with a tie candidate, ascending
}

func newProjection(ctx context.Context, s *Source) (*projection, error) {
	p := &projection{orgNets: map[int][]int{}, netOrgs: map[int][]int{}}
	err := s.links(ctx, func(org, net int) {
		p.orgNets[org] = append(p.orgNets[org], net)
		p.netOrgs[net] = append(p.netOrgs[net], org)
	})
	if err != nil {
		return nil, err
	}
	// Two memberships of one organisation in one network (say a member
	// and its coordinator) are one shared network, not two.
	for org, nets := range p.orgNets {
		slices.Sort(nets)
		p.orgNets[org] = slices.Compact(nets)
		p.orgs = append(p.orgs, org)
	}
	for net, orgs := range p.netOrgs {
		slices.Sort(orgs)
		p.netOrgs[net] = slices.Compact(orgs)
	}
	slices.Sort(p.orgs)
	return p, nil
}

// ties calls fn for every pair of organisations that share a network, in
// ascending order of (a, b) with a < b, with how many networks they share.
func (p *projection) ties(ctx context.Context, fn func(a, b, shared int) error) error {
	count := map[int]int{}
	var others []int
	for _, a := range p.orgs {
		if err := ctx.Err(); err != nil {
			return err
		}
		clear(count)
		others = others[:0]
		for _, net := range p.orgNets[a] {
			members := p.netOrgs[net]
			// Members are ascending: those after a are the row's.
			i, _ := slices.BinarySearch(members, a+1)
			for _, b := range members[i:] {
				if count[b] == 0 {
					others = append(others, b)
				}
				count[b]++
			}
		}
		slices.Sort(others)
		for _, b := range others {
			if err := fn(a, b, count[b]); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteCoMembershipGEXF writes the co-membership projection as static,
// undirected GEXF 1.3: the export's organisations as nodes (those in no
// network too) and one edge per pair that shares a network, weighted by how
// many they share.
func WriteCoMembershipGEXF(ctx context.Context, s *Source, w io.Writer) error {
	p, err := newProjection(ctx, s)
	if err != nil {
		return err
	}
	type weightedEdge struct {
		XMLName xml.Name `xml:"edge"`
		ID      string   `xml:"id,attr"`
		Source  string   `xml:"source,attr"`
		Target  string   `xml:"target,attr"`
		Weight  int      `xml:"weight,attr"`
	}
	doc := gexfDocument{
		graph:       []string{"mode", "static", "defaultedgetype", "undirected"},
		description: "Co-membership: organisations linked by the networks they share; an edge's weight is how many",
		nodes: func(e *xml.Encoder) error {
			return s.Organizations(ctx, func(o *ent.Organization) error {
				return e.Encode(gexfNode{ID: strconv.Itoa(o.ID), Label: o.NameFi, Values: gexfValues(nodeAttrs, orgValues(o))})
			})
		},
		edges: func(e *xml.Encoder) error {
			return p.ties(ctx, func(a, b, shared int) error {
				sa, sb := strconv.Itoa(a), strconv.Itoa(b)
				return e.Encode(weightedEdge{ID: sa + "-" + sb, Source: sa, Target: sb, Weight: shared})
			})
		},
	}
	return doc.write(s, w)
}

// WriteCoMembershipCSV writes the co-membership projection as one CSV of
// weighted pairs (Gephi's edge table), with both organisations' names.
func WriteCoMembershipCSV(ctx context.Context, s *Source, w io.Writer) error {
	p, err := newProjection(ctx, s)
	if err != nil {
		return err
	}
	names := make(map[int]string, len(p.orgs))
	err = s.Organizations(ctx, func(o *ent.Organization) error {
		if _, ok := p.orgNets[o.ID]; ok {
			names[o.ID] = o.NameFi
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw := newCSV(w, CoMembershipColumns)
	err = p.ties(ctx, func(a, b, shared int) error {
		return cw.write(strconv.Itoa(a), strconv.Itoa(b), names[a], names[b], strconv.Itoa(shared))
	})
	if err != nil {
		return err
	}
	return cw.flush()
}
