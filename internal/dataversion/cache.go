package dataversion

import (
	"context"
	"strconv"
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
	"golang.org/x/sync/singleflight"
)

// Limits bound what a Cache keeps.
type Limits[V any] struct {
	// Bytes bounds the values kept (with their keys), least recently used
	// evicted first.
	Bytes int
	// Entry is the largest value kept; a larger one is served but not
	// kept, so that one value cannot push every other out. 0 means Bytes.
	Entry int
	// Size returns the bytes a value holds.
	Size func(V) int
	// Keep, if set, says whether a value may be kept at all (an error
	// answer is served to those waiting for it, then forgotten).
	Keep func(V) bool
}

// Cache keeps values built from the data at one version, by key. A value is
// built at most once per version and key, however many ask for it at once,
// and is good until the version moves; the first value kept at a new version
// drops every older one.
type Cache[V any] struct {
	limits Limits[V]
	flight singleflight.Group

	mu      sync.Mutex
	entries *simplelru.LRU[string, entry[V]]
	bytes   int
	newest  uint64 // the version of the values kept
}

type entry[V any] struct {
	version uint64
	value   V
	size    int
}

// NewCache returns an empty cache.
func NewCache[V any](limits Limits[V]) *Cache[V] {
	if limits.Entry == 0 {
		limits.Entry = limits.Bytes
	}
	c := &Cache[V]{limits: limits}
	// The bound is in bytes; the count only has to be positive.
	c.entries, _ = simplelru.NewLRU(1<<30, func(_ string, e entry[V]) { c.bytes -= e.size })
	return c
}

// Get returns key's value at version, calling load for it unless it is
// kept or being loaded. load runs detached from ctx's cancellation (others
// may be waiting for it) but keeps its deadline: the request timeout holds.
func (c *Cache[V]) Get(ctx context.Context, version uint64, key string, load func(context.Context) (V, error)) (V, error) {
	if value, ok := c.lookup(version, key); ok {
		return value, nil
	}
	v, err, _ := c.flight.Do(strconv.FormatUint(version, 10)+"\x00"+key, func() (any, error) {
		// A load that ended just now may have kept it.
		if value, ok := c.lookup(version, key); ok {
			return value, nil
		}
		lctx := context.WithoutCancel(ctx)
		if d, ok := ctx.Deadline(); ok {
			var cancel context.CancelFunc
			lctx, cancel = context.WithDeadline(lctx, d)
			defer cancel()
		}
		value, err := load(lctx)
		if err != nil {
			return nil, err
		}
		c.add(key, version, value)
		return value, nil
	})
	if err != nil {
		var zero V
		return zero, err
	}
	return v.(V), nil
}

func (c *Cache[V]) lookup(version uint64, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries.Get(key)
	return e.value, ok && e.version == version
}

func (c *Cache[V]) add(key string, version uint64, value V) {
	if c.limits.Keep != nil && !c.limits.Keep(value) {
		return
	}
	size := c.limits.Size(value) + len(key)
	if size > c.limits.Entry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case version < c.newest:
		return // built from older data while a newer version was kept
	case version > c.newest:
		c.entries.Purge()
		c.newest = version
	}
	c.entries.Remove(key) // Add would replace it without the eviction's accounting
	c.entries.Add(key, entry[V]{version: version, value: value, size: size})
	c.bytes += size
	for c.bytes > c.limits.Bytes {
		c.entries.RemoveOldest()
	}
}
