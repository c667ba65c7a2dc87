package database

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/pressly/goose/v3"
)

// checkOwnTables refuses a database that holds tables Verkosto did not
// create, before a migration adds ours beside them: pointing DATABASE_URL
// at the wrong database must not quietly turn it into a mixture of two.
// An empty database is fine; so is one whose migration history is newer
// than this binary (a newer server has migrated it, and its tables are
// ours too).
func checkOwnTables(ctx context.Context, db *sql.DB, dialectName string, migrations fs.FS) error {
	tables, err := listTables(ctx, db, dialectName)
	if err != nil {
		return fmt.Errorf("database: cannot list the tables: %w", err)
	}
	if len(tables) == 0 {
		return nil
	}
	own, newest, err := migrationTables(migrations)
	if err != nil {
		return fmt.Errorf("database: migrations: %w", err)
	}
	if !slices.Contains(tables, goose.DefaultTablename) {
		return notOurs(tables)
	}
	var applied sql.NullInt64
	if err := db.QueryRowContext(ctx, "SELECT max(version_id) FROM "+goose.DefaultTablename).Scan(&applied); err != nil {
		return notOurs([]string{goose.DefaultTablename})
	}
	if applied.Int64 > newest {
		return nil
	}
	var foreign []string
	for _, t := range tables {
		if t != goose.DefaultTablename && !own[t] {
			foreign = append(foreign, t)
		}
	}
	if len(foreign) > 0 {
		return notOurs(foreign)
	}
	return nil
}

func notOurs(tables []string) error {
	const shown = 5
	list := strings.Join(tables[:min(len(tables), shown)], ", ")
	if len(tables) > shown {
		list += fmt.Sprintf(" and %d more", len(tables)-shown)
	}
	return fmt.Errorf("database: not a Verkosto database: it holds tables Verkosto did not create (%s); "+
		"point DATABASE_URL or --db at an empty database or at Verkosto's own", list)
}

// listTables returns the base tables of the SQLite file or of the
// PostgreSQL connection's current schema, sorted.
func listTables(ctx context.Context, db *sql.DB, dialectName string) ([]string, error) {
	query := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`
	if dialectName == dialect.Postgres {
		query = `SELECT table_name FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
	}
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

var createTable = regexp.MustCompile("(?i)CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?[\"`]?(\\w+)")

// migrationTables reads the tables our migrations create (the generated
// SQL is the record of what is ours, including any table written by hand)
// and the newest migration's version.
func migrationTables(migrations fs.FS) (map[string]bool, int64, error) {
	files, err := fs.Glob(migrations, "*.sql")
	if err != nil {
		return nil, 0, err
	}
	own := map[string]bool{}
	var newest int64
	for _, f := range files {
		if v, _, ok := strings.Cut(f, "_"); ok {
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				newest = max(newest, n)
			}
		}
		sqlText, err := fs.ReadFile(migrations, f)
		if err != nil {
			return nil, 0, err
		}
		for _, m := range createTable.FindAllStringSubmatch(string(sqlText), -1) {
			own[m[1]] = true
		}
	}
	return own, newest, nil
}
