// Package areas answers questions about the area tree (country → county →
// municipality) that filters share: "what operates in this area?"
package areas

import (
	"context"
	"fmt"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/fault"
	"github.com/verkosto/verkosto/internal/viewer"
)

// ErrUnknown is returned for an ID that names no area.
var ErrUnknown = fault.New(fault.NotFound, "no area has this ID")

// Tree is the area hierarchy, small enough (a few hundred rows) to hold in memory.
type Tree struct {
	parent   map[int]int // child → parent; absent for the roots
	kind     map[int]area.Kind
	children map[int][]int
}

// Load reads the whole area tree in one query.
func Load(ctx context.Context, client *ent.Client) (*Tree, error) {
	// The area tree is public reference data, read for every viewer alike.
	ctx = viewer.SystemContext(ctx)

	all, err := client.Area.Query().
		Select(area.FieldID, area.FieldParentID, area.FieldKind).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("areas: unable to load the area tree: %w", err)
	}
	t := &Tree{parent: map[int]int{}, kind: map[int]area.Kind{}, children: map[int][]int{}}
	for _, a := range all {
		t.kind[a.ID] = a.Kind
		if a.ParentID != nil {
			t.parent[a.ID] = *a.ParentID
			t.children[*a.ParentID] = append(t.children[*a.ParentID], a.ID)
		}
	}
	return t, nil
}

// Bytes estimates the memory the tree holds, for a cache's bound.
func (t *Tree) Bytes() int { return len(t.kind) * 100 }

// Related returns the area, everything inside it, and the areas above it up to
// (not including) the country. An organisation or network tied to any of them
// operates in the area: a county-wide network works in each of the county's
// municipalities, and a municipality's organisations work in its county.
// The country is left out of the ancestors, or every national actor would
// match every municipality.
func (t *Tree) Related(id int) ([]int, error) {
	if _, ok := t.kind[id]; !ok {
		return nil, ErrUnknown
	}
	ids := []int{id}
	for queue := []int{id}; len(queue) > 0; queue = queue[1:] {
		kids := t.children[queue[0]]
		ids = append(ids, kids...)
		queue = append(queue, kids...)
	}
	for a := id; ; {
		p, ok := t.parent[a]
		if !ok || t.kind[p] == area.KindCOUNTRY {
			break
		}
		ids = append(ids, p)
		a = p
	}
	return ids, nil
}
