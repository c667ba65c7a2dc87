package database_test

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/verkosto/verkosto/ent/migrate/migrations"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/viewer"
)

// TestSQLiteUpgradeKeepsReferences: an SQLite database made before the
// migrations that copy the accounts table (the outbox's, and the digest
// preference's) keeps its coordinators' networks, its sessions and its
// organisations' links when upgraded: a copied table's drop must not
// cascade.
func TestSQLiteUpgradeKeepsReferences(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	fsys, _ := fs.Sub(migrations.FS, "sqlite")
	p, err := goose.NewProvider(goose.DialectSQLite3, old, fsys)
	if err != nil {
		t.Fatal(err)
	}
	// The last version before the outbox migration copied the accounts table.
	if _, err := p.UpTo(ctx, 20261202160000); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO networks (id, created_at, updated_at, name_fi, kind, level, status, version) VALUES (1, datetime('now'), datetime('now'), 'Vanha verkosto', 'FORUM', 'MUNICIPAL', 'ACTIVE', 1)",
		"INSERT INTO accounts (id, created_at, updated_at, email, password_hash, role) VALUES (7, datetime('now'), datetime('now'), 'koordinaattori@example.fi', 'x', 'COORDINATOR')",
		"INSERT INTO account_networks (account_id, network_id) VALUES (7, 1)",
	} {
		if _, err := old.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	old.Close()

	db, err := database.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	sys := viewer.SystemContext(ctx)
	a, err := db.Client.Account.Get(sys, 7)
	if err != nil {
		t.Fatal(err)
	}
	nets, err := a.QueryNetworks().IDs(sys)
	if err != nil || len(nets) != 1 || nets[0] != 1 || a.JoinRequestDigest || a.Language != "fi" {
		t.Errorf("after the upgrade the coordinator has networks %v (%v), digest %v, language %s", nets, err, a.JoinRequestDigest, a.Language)
	}
}
