package server_test

import (
	"context"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// The server computes the national insight at start and again after a
// write, and says so in its log, so that a planner's first request finds it
// cached. Off, it computes nothing until asked.
func TestInsightPrecompute(t *testing.T) {
	var log syncBuffer
	app := startAppLogging(t, "sqlite", &log, func(c *server.Config) { c.InsightRefresh = 20 * time.Millisecond })
	const msg = `"insight computed ahead of requests"`
	versions := func() []int {
		log.mu.Lock()
		defer log.mu.Unlock()
		var vs []int
		for _, m := range regexp.MustCompile(`msg=`+msg+` version=(\d+)`).FindAllStringSubmatch(log.b.String(), -1) {
			v, _ := strconv.Atoi(m[1])
			vs = append(vs, v)
		}
		return vs
	}
	waitFor := func(what string, ok func([]int) bool) []int {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok(versions()) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: computed for versions %v", what, versions())
			}
			time.Sleep(10 * time.Millisecond)
		}
		return versions()
	}
	first := waitFor("at start", func(vs []int) bool { return len(vs) == 1 })[0]
	// Unchanged data is not computed again.
	time.Sleep(200 * time.Millisecond)
	if vs := versions(); len(vs) != 1 {
		t.Fatalf("computed again without a write: versions %v", vs)
	}
	sys := viewer.SystemContext(context.Background())
	app.DB.Client.Organization.Create().SetNameFi("Uusi yhdistys").SetSector("NGO").SaveX(sys)
	vs := waitFor("after a write", func(vs []int) bool { return len(vs) == 2 })
	if vs[1] <= first {
		t.Errorf("after the write computed for version %d, before it %d", vs[1], first)
	}

	var quiet syncBuffer
	startAppLogging(t, "sqlite", &quiet, func(c *server.Config) { c.InsightRefresh = 0 })
	time.Sleep(200 * time.Millisecond)
	if n := quiet.lines(msg); n != 0 {
		t.Errorf("--insight-refresh 0 computed insight %d times", n)
	}
	if _, err := server.ParseServeFlags([]string{"--insight-refresh", "-1s"}); err == nil {
		t.Error("a negative --insight-refresh was accepted")
	}
}
