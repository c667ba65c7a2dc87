package dataversion_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/schema/visible"
	"github.com/verkosto/verkosto/internal/areas"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/dataversion"
	"github.com/verkosto/verkosto/internal/demo"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

// open opens url (migrated) and watches its data version.
func open(t *testing.T, url string, wrap ...func(dialect.Driver) dialect.Driver) (*database.DB, *dataversion.Version) {
	t.Helper()
	ctx := context.Background()
	db, err := database.Open(ctx, url, wrap...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := dataversion.Watch(ctx, db.Client, db.SQL, db.Dialect, db.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return db, v
}

// The triggers in the migrations are on exactly the tracked tables, for
// every kind of write: a table added to the declaration without a trigger
// (or the reverse) fails here.
func TestTriggersAreOnTheTrackedTables(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		db, _ := open(t, testdb.URL(t, d))
		ctx := context.Background()
		query := `SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'`
		if d == "postgres" {
			// tgtype: 4 insert, 8 delete, 16 update, 32 truncate.
			query = `SELECT c.relname, t.tgtype::text FROM pg_trigger t
				JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
				WHERE NOT t.tgisinternal AND p.proname = 'data_version_bump'`
		}
		rows, err := db.SQL.QueryContext(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		found := map[string][]string{}
		for rows.Next() {
			var table, what string
			if err := rows.Scan(&table, &what); err != nil {
				t.Fatal(err)
			}
			found[table] = append(found[table], what)
		}
		want := map[string][]string{}
		for _, table := range ent.TrackedTables {
			want[table] = []string{table + "_data_version_delete", table + "_data_version_insert", table + "_data_version_update"}
			if d == "postgres" {
				want[table] = []string{fmt.Sprint(4 | 8 | 16 | 32 | 2)} // all four, before the statement
			}
		}
		for table := range found {
			slices.Sort(found[table])
		}
		if fmt.Sprint(found) != fmt.Sprint(want) {
			t.Errorf("data version triggers:\n got %v\nwant %v (ent.TrackedTables)", found, want)
		}
	})
}

// tableRef finds the tables a statement reads.
var tableRef = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+[` + "`" + `"]?(\w+)`)

// The tracked types are exactly what the cached views are built from: a
// cached view that starts reading another table without its entity being
// declared Tracked fails here (its cache would not notice writes to it).
func TestTrackedTablesAreWhatTheCachesRead(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		var mu sync.Mutex
		recording := false
		read := map[string]bool{}
		db, version := open(t, testdb.URL(t, d), func(drv dialect.Driver) dialect.Driver {
			return dialect.DebugWithContext(drv, func(_ context.Context, args ...any) {
				mu.Lock()
				defer mu.Unlock()
				if recording {
					for _, m := range tableRef.FindAllStringSubmatch(fmt.Sprint(args...), -1) {
						read[m[1]] = true
					}
				}
			})
		})
		ctx := viewer.SystemContext(context.Background())
		if err := reference.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if err := coverage.Seed(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		recording = true
		mu.Unlock()
		if _, err := netmap.New(db.Client, version).Get(ctx, nil, visible.Memberships(viewer.FromContext(ctx))); err != nil {
			t.Fatal(err)
		}
		if _, err := coverage.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if _, err := areas.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		var got []string
		for table := range read {
			got = append(got, table)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(ent.TrackedTables))
		if !slices.Equal(got, want) {
			t.Errorf("the cached views read %v; ent.TrackedTables (dataversion.Tracked in the schema) are %v", got, want)
		}
	})
}

// A write by another process, even in plain SQL, reaches a server's
// version at once; a write to a table no cached view reads does not.
func TestAnotherProcessesWriteMovesTheVersion(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		url := testdb.URL(t, d)
		_, server := open(t, url)
		other, _ := open(t, url)
		ctx := context.Background()
		waitFor := func(what string, moved func(uint64) bool) {
			t.Helper()
			deadline := time.Now().Add(5 * time.Second)
			for !moved(server.Load(ctx)) {
				if time.Now().After(deadline) {
					t.Fatalf("%s: the version stayed at %d", what, server.Load(ctx))
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
		before := server.Load(ctx)
		if _, err := other.SQL.ExecContext(ctx, `INSERT INTO areas (name_fi, code, kind) VALUES ('Testikunta', '999', 'MUNICIPALITY')`); err != nil {
			t.Fatal(err)
		}
		waitFor("an insert", func(v uint64) bool { return v > before })

		before = server.Load(ctx)
		if _, err := other.SQL.ExecContext(ctx, `INSERT INTO login_throttles (email_hash, failed_logins, locked_until) VALUES ('x', 1, '2000-01-01 00:00:00')`); err != nil {
			t.Fatal(err)
		}
		if _, err := other.SQL.ExecContext(ctx, `UPDATE areas SET name_fi = 'Uusi nimi' WHERE code = '999'`); err != nil {
			t.Fatal(err)
		}
		// The update comes after the sign-in counter: once the version
		// shows it, it would show the counter too.
		waitFor("an update", func(v uint64) bool { return v > before })
		var row uint64
		if err := other.SQL.QueryRowContext(ctx, `SELECT version FROM data_version`).Scan(&row); err != nil {
			t.Fatal(err)
		}
		if row != before+1 {
			t.Errorf("the version row moved from %d to %d for one tracked write and one untracked", before, row)
		}
	})
}
