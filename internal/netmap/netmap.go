// Package netmap builds the network map: every organisation and network as a
// node with a precomputed position, every membership as an edge, encoded once
// in graphology's serialized graph format.
//
// The map is the hot path. Per data version it reads a handful of flat
// queries into a snapshot and lays the whole graph out once; each filtered
// view is then cut from the snapshot in memory, encoded, and kept in an LRU
// cache until the data changes. Filtered views reuse the whole graph's
// positions, so filtering never reshuffles what the user was looking at.
package netmap

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/dataversion"
)

// ErrUnknownArea is returned when Filter.Area names no area.
var ErrUnknownArea = areas.ErrUnknown

// Filter restricts the map. Empty lists mean "any". It is bound directly to
// the GraphQL input MapFilter.
type Filter struct {
	Sector      []enum.Sector       `json:"sector"`
	NetworkKind []network.Kind      `json:"networkKind"`
	Theme       []enum.Theme        `json:"theme"`
	Level       []network.Level     `json:"level"`
	Area        *int                `json:"area"`
	Status      []membership.Status `json:"status"`
	AsOf        *time.Time          `json:"asOf"`
}

// Map is one encoded view of the graph.
type Map struct {
	NodeCount int
	EdgeCount int
	// Data is graphology's serialized graph, ready for graph.import().
	Data json.RawMessage
	// Version identifies the data the view was built from (for ETags).
	Version uint64

	gzipOnce sync.Once
	gzipped  []byte
}

// Gzipped returns Data gzipped, compressed once for every request that
// asks for it (GET /map.json): at scale L the whole map is tens of
// megabytes of JSON and a few of gzip.
func (m *Map) Gzipped() []byte {
	m.gzipOnce.Do(func() {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed) // a valid level: cannot fail
		zw.Write(m.Data)                                 // writes to memory: cannot fail
		zw.Close()
		m.gzipped = b.Bytes()
	})
	return m.gzipped
}

// Service builds and caches maps. It is safe for concurrent use.
type Service struct {
	client    *ent.Client
	version   *dataversion.Version
	snapshots *dataversion.Cache[*snapshot]
	views     *dataversion.Cache[*Map]
	// last is the newest snapshot built, which the next one starts its
	// layout from.
	last atomic.Pointer[snapshot]
	// relayoutAt is the data version from which Relayout asked for a full
	// layout: a snapshot of an older version is no start for one at or
	// after it.
	relayoutAt atomic.Uint64
}

// New returns a Service reading through client, its maps good until version moves.
func New(client *ent.Client, version *dataversion.Version) *Service {
	return &Service{
		client:  client,
		version: version,
		// One snapshot, of the current version: tens of megabytes at scale L.
		snapshots: dataversion.NewCache(dataversion.Limits[*snapshot]{Bytes: 1 << 30, Size: (*snapshot).bytes}),
		// At scale L the whole map alone is tens of megabytes, so a count
		// limit would not bound memory.
		// Its gzipped copy, when asked for, adds about a fifth.
		views: dataversion.NewCache(dataversion.Limits[*Map]{Bytes: 64 << 20, Size: func(m *Map) int { return len(m.Data) + len(m.Data)/5 }}),
	}
}

// Relayout lays the map out afresh rather than from the current positions:
// it moves the data version, so that every cached view (and every other
// server's) is built again, and this server's next snapshot gets a full
// layout. Other servers keep their positions until their own next full
// layout (docs/scaling.md).
func (s *Service) Relayout(ctx context.Context) error {
	v, err := s.version.Bump(ctx)
	if err != nil {
		return err
	}
	for old := s.relayoutAt.Load(); old < v && !s.relayoutAt.CompareAndSwap(old, v); old = s.relayoutAt.Load() {
	}
	return nil
}

// Version returns the current data version.
func (s *Service) Version(ctx context.Context) uint64 { return s.version.Load(ctx) }

// Get returns the map for f (nil means no filter) showing only the
// memberships rule allows (the caller's rule from package visible).
func (s *Service) Get(ctx context.Context, f *Filter, rule visible.MembershipRule) (*Map, error) {
	if f == nil {
		f = &Filter{}
	}
	version := s.version.Load(ctx)
	key := f.key()
	if !rule.AllowsEvery(f.statuses()) {
		// A view of pending requests differs by who asks; one of public
		// memberships is the same for every reader and shared.
		key += ":" + rule.Key()
	}
	return s.views.Get(ctx, version, key, func(ctx context.Context) (*Map, error) {
		snap, err := s.snapshots.Get(ctx, version, "", func(ctx context.Context) (*snapshot, error) {
			prev := s.last.Load()
			if prev != nil && prev.version < s.relayoutAt.Load() {
				prev = nil
			}
			snap, err := build(ctx, s.client, prev)
			if err != nil {
				return nil, err
			}
			snap.version = version
			// A slow build of an older version must not replace a newer one.
			for old := s.last.Load(); old == nil || old.version < version; old = s.last.Load() {
				if s.last.CompareAndSwap(old, snap) {
					break
				}
			}
			return snap, nil
		})
		if err != nil {
			return nil, err
		}
		m, err := snap.view(f, rule)
		if err != nil {
			return nil, err
		}
		m.Version = version
		return m, nil
	})
}

// key is a canonical string for the filter, used as the cache key.
func (f *Filter) key() string {
	c := *f
	// Order inside a list does not change the result; sort copies so that
	// [A,B] and [B,A] share a cache entry.
	c.Sector = sorted(c.Sector)
	c.NetworkKind = sorted(c.NetworkKind)
	c.Theme = sorted(c.Theme)
	c.Level = sorted(c.Level)
	c.Status = sorted(c.Status)
	b, _ := json.Marshal(c) // plain values only; cannot fail
	return string(b)
}

func sorted[T ~string](list []T) []T {
	if len(list) == 0 {
		return nil
	}
	out := slices.Clone(list)
	slices.Sort(out)
	return slices.Compact(out)
}
