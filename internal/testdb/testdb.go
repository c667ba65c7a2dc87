// Package testdb gives each test its own empty, migrated database on SQLite
// and on PostgreSQL, so every storage behaviour is tested on both.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/verkosto/verkosto/internal/database"
)

// Dialects are the storage back ends every test runs on.
var Dialects = []string{"sqlite", "postgres"}

// PostgresServer is the server tests create databases on. make test sets
// VERKOSTO_TEST_POSTGRES; a plain `go test` uses the local default.
func PostgresServer() string {
	if u := os.Getenv("VERKOSTO_TEST_POSTGRES"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// URL returns the DATABASE_URL of a new, empty database of the dialect,
// dropped when the test ends.
func URL(t testing.TB, dialect string) string {
	t.Helper()
	if dialect == "sqlite" {
		return "sqlite:" + filepath.Join(t.TempDir(), "test.db")
	}
	server := PostgresServer()
	admin, err := sql.Open("postgres", server)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "verkosto_test_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("postgres: cannot create a test database on %s (is it running? make test starts it): %v", server, err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// Open returns a new migrated database of the dialect, closed when the test ends.
func Open(t testing.TB, dialect string) *database.DB {
	t.Helper()
	ctx := context.Background()
	db, err := database.Open(ctx, URL(t, dialect))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

// Each runs f as a subtest on every dialect.
func Each(t *testing.T, f func(t *testing.T, dialect string)) {
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			f(t, d)
		})
	}
}
