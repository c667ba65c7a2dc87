// Package dataversion counts the writes that cached views (the map, the
// coverage and area trees, the HTTP answer cache) are built from: a view
// built at version v stays good until the version moves.
//
// The version moves after a write's transaction commits, never before: a
// reader that sees the new version must also see the new data, or it would
// rebuild a view from the old data and cache it under the new version,
// where the writer's own next read would find it.
package dataversion

import (
	"context"
	"slices"
	"sync/atomic"

	"github.com/verkosto/verkosto/ent"
)

// Cached are the entity types that cached views are built from. Writes to
// others (accounts, sessions, the audit trail) leave the version alone: a
// sign-in must not cost a new layout of the map.
var Cached = []string{"Organization", "Network", "Membership", "Area", "CoverageTemplate"}

// Version is the data version. It is safe for concurrent use.
type Version struct{ n atomic.Uint64 }

// Track returns a version that moves with every write through client to
// one of the Cached types.
func Track(client *ent.Client) *Version {
	v := &Version{}
	v.n.Store(1)
	client.Use(v.hook)
	return v
}

// Load returns the current version.
func (v *Version) Load() uint64 { return v.n.Load() }

// Bump moves the version, for changes the hook does not see (another
// process's writes, bulk loads in raw SQL).
func (v *Version) Bump() { v.n.Add(1) }

func (v *Version) hook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		val, err := next.Mutate(ctx, m)
		if !slices.Contains(Cached, m.Type()) {
			return val, err
		}
		// Even a failed mutation may be followed by a commit of what ran
		// before it, and a needless rebuild is harmless: bump regardless.
		if tx := txOf(m); tx != nil {
			tx.OnCommit(func(next ent.Committer) ent.Committer {
				return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
					err := next.Commit(ctx, tx)
					if err == nil {
						v.Bump()
					}
					return err
				})
			})
			return val, err
		}
		v.Bump()
		return val, err
	})
}

// txOf returns the transaction m runs in, or nil outside one.
func txOf(m ent.Mutation) *ent.Tx {
	inTx, ok := m.(interface{ Tx() (*ent.Tx, error) })
	if !ok {
		return nil
	}
	tx, err := inTx.Tx()
	if err != nil {
		return nil
	}
	return tx
}
