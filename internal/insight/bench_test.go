package insight_test

import (
	"context"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/testdb"
)

// BenchmarkNationalInsightM: the country's insight from data already loaded
// (what the first request after a write pays, the load aside), at scale M
// on SQLite. make bench measures it over HTTP.
func BenchmarkNationalInsightM(b *testing.B) {
	ctx := context.Background()
	db := testdb.Open(b, "sqlite")
	if err := reference.Load(ctx, db.Client); err != nil {
		b.Fatal(err)
	}
	if err := coverage.Seed(ctx, db.Client); err != nil {
		b.Fatal(err)
	}
	if err := synth.Generate(ctx, db, synth.Scales["M"], 1); err != nil {
		b.Fatal(err)
	}
	benchInsight(b, db)
}

// BenchmarkNationalInsightL is the same at scale L, on a database made once
// with `verkosto generate --scale L --db URL` (PostgreSQL or SQLite; about
// 15 s): VERKOSTO_INSIGHT_L=URL go test -bench NationalInsightL.
func BenchmarkNationalInsightL(b *testing.B) {
	url := os.Getenv("VERKOSTO_INSIGHT_L")
	if url == "" {
		b.Skip("set VERKOSTO_INSIGHT_L to the URL of a database generated at scale L")
	}
	db, err := database.Open(context.Background(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	benchInsight(b, db)
}

func benchInsight(b *testing.B, db *database.DB) {
	d, err := coverage.Load(context.Background(), db.Client)
	if err != nil {
		b.Fatal(err)
	}
	var country, largest int
	counties := map[int]int{} // county → its memberships
	for _, m := range d.Memberships {
		for _, a := range d.Nets[m.Net].Areas {
			if c := d.County(a); c != 0 {
				counties[c]++
				break
			}
		}
	}
	for id, a := range d.Areas {
		if a.Kind == area.KindCOUNTRY {
			country = id
		}
		if counties[id] > counties[largest] {
			largest = id
		}
	}
	day := time.Now()
	for _, c := range []struct {
		name string
		area int
	}{{"national", country}, {"largest county", largest}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := insight.Compute(d, c.area, day); err != nil {
					b.Fatal(err)
				}
			}
			// The machine may be shared: the processor time tells the work
			// apart from the waiting.
			b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime returns the processor time the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// TestNationalInsightAllocations: the country's insight at scale S
// allocates in proportion to the data, not to the pairs of organisations
// (the co-membership projection) nor per node and path (a map-based graph
// library): the first version allocated ~1.3 GB in 15 million allocations
// at scale M.
func TestNationalInsightAllocations(t *testing.T) {
	ctx := context.Background()
	db := testdb.Open(t, "sqlite")
	if err := reference.Load(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	if err := coverage.Seed(ctx, db.Client); err != nil {
		t.Fatal(err)
	}
	if err := synth.Generate(ctx, db, synth.Scales["S"], 1); err != nil {
		t.Fatal(err)
	}
	d, err := coverage.Load(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	var country int
	for id, a := range d.Areas {
		if a.Kind == area.KindCOUNTRY {
			country = id
		}
	}
	var r *insight.Result
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	allocs := testing.AllocsPerRun(1, func() {
		if r, err = insight.Compute(d, country, time.Now()); err != nil {
			t.Fatal(err)
		}
	})
	runtime.ReadMemStats(&after)
	bytes := (after.TotalAlloc - before.TotalAlloc) / 2 // AllocsPerRun runs once more to warm up
	data := len(d.Orgs) + len(d.Nets) + len(d.Memberships)
	t.Logf("%d organisations, %d networks, %d memberships, %d ties: %.0f allocations, %d bytes", len(d.Orgs), len(d.Nets), len(d.Memberships), r.TieCount(), allocs, bytes)
	if r.TieCount() < 5*data {
		t.Fatalf("only %d ties: the data no longer tests the bound", r.TieCount())
	}
	if allocs > float64(2*data) {
		t.Errorf("%.0f allocations for %d rows of data", allocs, data)
	}
	if bytes > uint64(500*data) {
		t.Errorf("%d bytes allocated for %d rows of data", bytes, data)
	}
}
