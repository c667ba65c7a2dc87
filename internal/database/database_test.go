package database_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
)

// The embedded migrations, applied to an empty database, produce exactly the
// schema ent expects: ent's own planner finds nothing left to change.
func TestMigrationsMatchSchema(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		db := testdb.Open(t, d)
		ctx := viewer.SystemContext(context.Background())
		// Applying again is a no-op.
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		var plan bytes.Buffer
		if err := db.Client.Schema.WriteTo(ctx, &plan); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(plan.String(), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line == "BEGIN;" || line == "COMMIT;" || strings.HasPrefix(line, "--") {
				continue
			}
			t.Errorf("drift between migrations and the ent schema: %s", line)
		}
	})
}

func TestOpenRejectsBadURLs(t *testing.T) {
	for _, url := range []string{"", "mysql://x", "sqlite:"} {
		if _, err := openURL(url); err == nil || !strings.Contains(err.Error(), "DATABASE_URL") {
			t.Errorf("Open(%q) = %v, want an error naming DATABASE_URL", url, err)
		}
	}
}

// TestConcurrentMigrations: servers starting together on one PostgreSQL
// apply the migrations once, the others waiting for the lock.
func TestConcurrentMigrations(t *testing.T) {
	url := testdb.URL(t, "postgres")
	ctx := context.Background()
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			db, err := database.Open(ctx, url)
			if err == nil {
				err = db.Migrate(ctx)
				db.Close()
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
