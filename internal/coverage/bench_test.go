package coverage_test

import (
	"context"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/testdb"
)

// BenchmarkNationalCoverage: the country's report at scale M on SQLite,
// loading and evaluating separately (make bench measures it over HTTP).
func BenchmarkNationalCoverage(b *testing.B) {
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
	d, err := coverage.Load(ctx, db.Client)
	if err != nil {
		b.Fatal(err)
	}
	var country int
	for id, a := range d.Areas {
		if a.Parent == 0 && len(a.Children) > 20 {
			country = id
		}
	}
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			if _, err := coverage.Load(ctx, db.Client); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("evaluate", func(b *testing.B) {
		for b.Loop() {
			if _, err := d.Evaluate(country, nil, time.Now()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
