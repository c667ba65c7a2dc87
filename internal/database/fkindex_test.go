package database_test

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"testing"

	"github.com/verkosto/verkosto/internal/testdb"
)

// Every foreign-key column leads some index (or the primary key): without
// one, a lookup by it (an area's organisations, an account's changes) and
// the cascade or SET NULL when the referenced row goes scan the whole table.
// Read from the migrated database's own catalog, so a new edge without an
// index fails here.
func TestForeignKeysHaveIndexes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, d string) {
		db := testdb.Open(t, d).SQL
		var missing []string
		var err error
		if d == "postgres" {
			missing, err = unindexedPostgres(db)
		} else {
			missing, err = unindexedSQLite(db)
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(missing) > 0 {
			t.Errorf("foreign keys without an index: %v", missing)
		}
	})
}

func unindexedPostgres(db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(context.Background(), `
		SELECT c.conrelid::regclass::text, a.attname
		FROM pg_constraint c
		JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
		WHERE c.contype = 'f'
		  AND NOT EXISTS (
			SELECT 1 FROM pg_index i
			WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
		ORDER BY 1, 2`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var missing []string
	for rows.Next() {
		var table, column string
		if err := rows.Scan(&table, &column); err != nil {
			return nil, err
		}
		missing = append(missing, table+"."+column)
	}
	return missing, rows.Err()
}

func unindexedSQLite(db *sql.DB) ([]string, error) {
	ctx := context.Background()
	tables, err := column(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, table := range tables {
		// The first column of each index, the primary key's included (SQLite
		// lists a composite key as an automatic index).
		leading := map[string]bool{}
		indexes, err := column(db, fmt.Sprintf(`SELECT name FROM pragma_index_list(%q)`, table))
		if err != nil {
			return nil, err
		}
		for _, index := range indexes {
			first, err := column(db, fmt.Sprintf(`SELECT name FROM pragma_index_info(%q) WHERE seqno = 0`, index))
			if err != nil {
				return nil, err
			}
			for _, c := range first {
				leading[c] = true
			}
		}
		// A rowid table's INTEGER PRIMARY KEY is the table itself.
		pk, err := column(db, fmt.Sprintf(`SELECT name FROM pragma_table_info(%q) WHERE pk = 1`, table))
		if err != nil {
			return nil, err
		}
		for _, c := range pk {
			leading[c] = true
		}
		rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT "from" FROM pragma_foreign_key_list(%q) WHERE seq = 0`, table))
		if err != nil {
			return nil, err
		}
		var fks []string
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return nil, err
			}
			fks = append(fks, c)
		}
		rows.Close()
		for _, c := range fks {
			if !leading[c] {
				missing = append(missing, table+"."+c)
			}
		}
	}
	sort.Strings(missing)
	return missing, nil
}

func column(db *sql.DB, query string) ([]string, error) {
	rows, err := db.QueryContext(context.Background(), query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
