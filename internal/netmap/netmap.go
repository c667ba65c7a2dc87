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
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

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
}

// Service builds and caches maps. It is safe for concurrent use.
type Service struct {
	client  *ent.Client
	version *dataversion.Version
	flight  singleflight.Group

	// changes, if set, reports writes made outside this process; checked at
	// most every checkEvery so that a cached answer stays cheap.
	changes   func(context.Context) (string, error)
	checkMu   sync.Mutex
	lastToken string
	lastCheck time.Time

	mu        sync.Mutex
	snapshot  *snapshot
	views     *lru.Cache[string, *Map]
	viewBytes int // encoded bytes held in views, bounded by maxViewBytes
}

// maxViewBytes bounds the encoded views kept: at scale L the whole map
// alone is tens of megabytes, so a count limit would not bound memory.
const maxViewBytes = 64 << 20

// checkEvery bounds how stale the map may be after a write by another process.
const checkEvery = 250 * time.Millisecond

// New returns a Service reading through client. Every write through client
// to what the map is built from moves the data version once it commits,
// which invalidates the cached snapshot and views; changes, if not nil,
// reveals writes by other processes.
func New(client *ent.Client, changes func(context.Context) (string, error)) *Service {
	s := &Service{client: client, changes: changes, version: dataversion.Track(client)}
	s.views, _ = lru.NewWithEvict[string, *Map](256, func(_ string, m *Map) { s.viewBytes -= len(m.Data) })
	return s
}

// Invalidate drops cached maps, for writes that bypass ent (bulk loads in raw SQL).
func (s *Service) Invalidate() { s.version.Bump() }

// Version returns the current data version, first taking in writes made by
// other processes (checked at most every checkEvery).
func (s *Service) Version(ctx context.Context) uint64 {
	if s.changes != nil {
		s.checkMu.Lock()
		if time.Since(s.lastCheck) >= checkEvery {
			s.lastCheck = time.Now()
			if token, err := s.changes(ctx); err == nil && token != s.lastToken {
				if s.lastToken != "" {
					s.version.Bump()
				}
				s.lastToken = token
			}
		}
		s.checkMu.Unlock()
	}
	return s.version.Load()
}

// Get returns the map for f (nil means no filter) showing only the
// memberships rule allows (the caller's rule from package visible).
func (s *Service) Get(ctx context.Context, f *Filter, rule visible.MembershipRule) (*Map, error) {
	if f == nil {
		f = &Filter{}
	}
	version := s.Version(ctx)
	key := strconv.FormatUint(version, 10) + ":" + f.key()
	if !rule.AllowsEvery(f.statuses()) {
		// A view of pending requests differs by who asks; one of public
		// memberships is the same for every reader and shared.
		key += ":" + rule.Key()
	}
	s.mu.Lock()
	m, ok := s.views.Get(key)
	s.mu.Unlock()
	if ok {
		return m, nil
	}
	snap, err := s.load(ctx, version)
	if err != nil {
		return nil, err
	}
	m, err = snap.view(f, rule)
	if err != nil {
		return nil, err
	}
	m.Version = version
	s.mu.Lock()
	s.views.Add(key, m)
	s.viewBytes += len(m.Data)
	for s.viewBytes > maxViewBytes && s.views.Len() > 1 {
		s.views.RemoveOldest()
	}
	s.mu.Unlock()
	return m, nil
}

// load returns the snapshot for version, building it at most once at a time.
func (s *Service) load(ctx context.Context, version uint64) (*snapshot, error) {
	s.mu.Lock()
	snap := s.snapshot
	s.mu.Unlock()
	if snap != nil && snap.version == version {
		return snap, nil
	}
	v, err, _ := s.flight.Do(strconv.FormatUint(version, 10), func() (any, error) {
		// Detach from the first caller's cancellation: others may be waiting.
		snap, err := build(context.WithoutCancel(ctx), s.client, version)
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		if s.snapshot == nil || s.snapshot.version < version {
			s.snapshot = snap
		}
		s.mu.Unlock()
		return snap, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*snapshot), nil
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
