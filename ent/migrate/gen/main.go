// Command gen writes a new versioned migration for each dialect when the ent
// schema has changed since the last one (make generate). It replays the
// existing migrations on a scratch database and diffs against the schema, so
// it writes nothing when nothing changed.
//
//	go run ./ent/migrate/gen [-name NAME] [-postgres URL]
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/verkosto/verkosto/ent/migrate"
)

func main() {
	name := flag.String("name", "change", "name for a new migration")
	pgURL := flag.String("postgres", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "PostgreSQL server for a scratch database")
	flag.Parse()
	ctx := context.Background()

	if err := diff(ctx, "sqlite", dialect.SQLite, "file:migrate-dev?mode=memory&cache=shared&_pragma=foreign_keys(1)", *name); err != nil {
		log.Fatalf("sqlite: %v", err)
	}
	dev, drop, err := scratchPostgres(ctx, *pgURL)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	defer drop()
	if err := diff(ctx, "postgres", dialect.Postgres, dev, *name); err != nil {
		drop()
		log.Fatalf("postgres: %v", err)
	}
}

func diff(ctx context.Context, driver, dialectName, dsn, name string) error {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	dir, err := sqltool.NewGooseDir(filepath.Join("ent", "migrate", "migrations", dirName(dialectName)))
	if err != nil {
		return err
	}
	m, err := schema.NewMigrate(entsql.OpenDB(dialectName, db),
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialectName),
	)
	if err != nil {
		return err
	}
	return m.NamedDiff(ctx, name, migrate.Tables...)
}

func dirName(d string) string {
	if d == dialect.Postgres {
		return "postgres"
	}
	return "sqlite"
}

// scratchPostgres creates an empty database to replay migrations on.
func scratchPostgres(ctx context.Context, server string) (string, func(), error) {
	admin, err := sql.Open("postgres", server)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("verkosto_migrate_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("creating scratch database (is PostgreSQL running at %s?): %w", server, err)
	}
	u, err := url.Parse(server)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() {
		admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	}, nil
}
