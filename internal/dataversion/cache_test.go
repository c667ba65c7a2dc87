package dataversion_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/verkosto/verkosto/internal/dataversion"
)

func newStringCache(bytes, entry int) *dataversion.Cache[string] {
	return dataversion.NewCache(dataversion.Limits[string]{Bytes: bytes, Entry: entry,
		Size: func(s string) int { return len(s) },
		Keep: func(s string) bool { return s != "do not keep" }})
}

// get returns key's value at version, counting the loads in loads.
func get(t *testing.T, c *dataversion.Cache[string], version uint64, key, value string, loads *atomic.Int32) string {
	t.Helper()
	v, err := c.Get(context.Background(), version, key, func(context.Context) (string, error) {
		loads.Add(1)
		return value, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCacheLoadsOncePerVersion(t *testing.T) {
	c := newStringCache(1<<20, 0)
	var loads atomic.Int32
	var asked sync.WaitGroup
	asked.Add(20)
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			asked.Done()
			c.Get(context.Background(), 1, "k", func(context.Context) (string, error) {
				loads.Add(1)
				asked.Wait() // every one has asked, so each joins this load or finds its value
				return "v1", nil
			})
		}()
	}
	wg.Wait()
	if n := loads.Load(); n != 1 {
		t.Errorf("20 concurrent misses loaded %d times", n)
	}
	if v := get(t, c, 1, "k", "again", &loads); v != "v1" || loads.Load() != 1 {
		t.Errorf("a hit at the same version: %q after %d loads", v, loads.Load())
	}
	if v := get(t, c, 2, "k", "v2", &loads); v != "v2" || loads.Load() != 2 {
		t.Errorf("at a new version: %q after %d loads", v, loads.Load())
	}
	// A build from older data that finishes late is not kept.
	get(t, c, 1, "k", "late v1", &loads)
	if v := get(t, c, 2, "k", "unused", &loads); v != "v2" {
		t.Errorf("an older version's value replaced the newer: %q", v)
	}
}

func TestCacheForgetsErrorsAndWhatItMustNotKeep(t *testing.T) {
	c := newStringCache(1<<20, 0)
	var loads atomic.Int32
	_, err := c.Get(context.Background(), 1, "k", func(context.Context) (string, error) {
		loads.Add(1)
		return "", errors.New("failed")
	})
	if err == nil {
		t.Fatal("the error was lost")
	}
	get(t, c, 1, "k", "do not keep", &loads)
	if v := get(t, c, 1, "k", "kept", &loads); v != "kept" || loads.Load() != 3 {
		t.Errorf("after an error and a value not to keep: %q after %d loads", v, loads.Load())
	}
}

func TestCacheIsBoundedInBytes(t *testing.T) {
	c := newStringCache(100, 40)
	var loads atomic.Int32
	big := strings.Repeat("x", 39) // with its one-byte key, the largest kept
	get(t, c, 1, "a", big, &loads)
	get(t, c, 1, "b", big, &loads)
	get(t, c, 1, "a", big, &loads) // a is now the most recently used
	get(t, c, 1, "c", big, &loads) // 120 bytes: b goes
	if loads.Load() != 3 {
		t.Fatalf("%d loads, want 3", loads.Load())
	}
	get(t, c, 1, "a", big, &loads)
	get(t, c, 1, "c", big, &loads)
	if loads.Load() != 3 {
		t.Errorf("the most recently used were evicted: %d loads", loads.Load())
	}
	get(t, c, 1, "b", big, &loads)
	if loads.Load() != 4 {
		t.Errorf("the least recently used was kept past the bound")
	}
	// Over the entry bound: served, not kept.
	huge := strings.Repeat("y", 40)
	get(t, c, 1, "d", huge, &loads)
	if v := get(t, c, 1, "d", huge, &loads); v != huge || loads.Load() != 6 {
		t.Errorf("a value over the entry bound was kept")
	}
}
