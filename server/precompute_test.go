package server_test

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// Once a planner has asked for insight, the server computes the national
// insight again after each write, ahead of the next request, and says so in
// its log. Before anyone asks it computes nothing (at scale L that would
// hold hundreds of megabytes for nobody). Off, it computes nothing ahead.
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
	time.Sleep(200 * time.Millisecond)
	if vs := versions(); len(vs) != 0 {
		t.Fatalf("computed before anyone asked: versions %v", vs)
	}
	// A planner asks (the map's insight mode).
	res, err := http.Get(app.URL + "/insight/scores.json")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("scores: %d", res.StatusCode)
	}
	first := waitFor("after the first request", func(vs []int) bool { return len(vs) == 1 })[0]
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
	off := startAppLogging(t, "sqlite", &quiet, func(c *server.Config) { c.InsightRefresh = 0 })
	if res, err := http.Get(off.URL + "/insight/scores.json"); err == nil {
		res.Body.Close()
	}
	time.Sleep(200 * time.Millisecond)
	if n := quiet.lines(msg); n != 0 {
		t.Errorf("--insight-refresh 0 computed insight %d times", n)
	}
	if _, err := server.ParseServeFlags([]string{"--insight-refresh", "-1s"}); err == nil {
		t.Error("a negative --insight-refresh was accepted")
	}
}
