package reference_test

import (
	"context"
	"testing"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

func TestLoadIsIdempotentAndLinked(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		ctx := viewer.SystemContext(context.Background())
		db := testdb.Open(t, d)
		for range 2 {
			if err := reference.Load(ctx, db.Client); err != nil {
				t.Fatal(err)
			}
		}
		count := func(k area.Kind) int {
			n, err := db.Client.Area.Query().Where(area.KindEQ(k)).Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(area.KindMUNICIPALITY); n != 309 {
			t.Errorf("%d municipalities, want 309", n)
		}
		if n := count(area.KindWELLBEING_COUNTY); n != 22 {
			t.Errorf("%d county-level areas, want 22", n)
		}
		if n := count(area.KindCOUNTRY); n != 1 {
			t.Errorf("%d countries", n)
		}
		// Every municipality hangs off a county (or Åland), every county off the country.
		orphans, err := db.Client.Area.Query().Where(area.KindNEQ(area.KindCOUNTRY), area.ParentIDIsNil()).Count(ctx)
		if err != nil || orphans != 0 {
			t.Errorf("%d areas without a parent (%v)", orphans, err)
		}
		kotka, err := db.Client.Area.Query().Where(area.KindEQ(area.KindMUNICIPALITY), area.Code("285")).WithParent().Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if kotka.NameFi != "Kotka" || kotka.Edges.Parent.NameFi != "Kymenlaakson hyvinvointialue" {
			t.Errorf("Kotka: %s in %s", kotka.NameFi, kotka.Edges.Parent.NameFi)
		}
		// A name changed by hand is put back at the next start.
		if err := kotka.Update().SetNameFi("Kotka (muutettu)").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if err := reference.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if a := db.Client.Area.GetX(ctx, kotka.ID); a.NameFi != "Kotka" {
			t.Errorf("name not restored: %s", a.NameFi)
		}
	})
}
