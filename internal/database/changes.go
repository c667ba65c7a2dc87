package database

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"entgo.io/ent/dialect"
)

// ChangeToken returns a value that changes whenever any process commits a
// write to the database, so caches can notice writes they did not make
// (another server behind the load balancer, `verkosto generate`, a manual
// fix in psql). It is cheap enough to call on every cached request.
//
// SQLite: PRAGMA data_version on one dedicated connection, which changes
// when any other connection commits; then a summary of the map's tables, so
// that sign-ins and audit records do not count as changes. PostgreSQL: the row-change counters
// of the tables the caches read, from pg_stat_user_tables. PostgreSQL
// publishes them lazily: usually within a second of a commit, at worst
// after its idle-stats interval (10 s). A trigger-maintained version row
// would be immediate; this needs no schema of its own.
func (d *DB) ChangeToken(ctx context.Context) (string, error) {
	if d.Dialect == dialect.Postgres {
		var n sql.NullInt64
		err := d.SQL.QueryRowContext(ctx, `SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables
			WHERE relname IN ('organizations', 'networks', 'memberships', 'areas', 'organization_operating_areas', 'network_areas', 'coverage_templates')`).Scan(&n)
		if err != nil {
			return "", fmt.Errorf("database: change token: %w", err)
		}
		return fmt.Sprint(n.Int64), nil
	}
	d.watchMu.Lock()
	defer d.watchMu.Unlock()
	if d.watch == nil {
		conn, err := d.SQL.Conn(ctx)
		if err != nil {
			return "", fmt.Errorf("database: change token: %w", err)
		}
		d.watch = conn
	}
	var v int64
	if err := d.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return "", fmt.Errorf("database: change token: %w", err)
	}
	if v == d.lastVersion && d.lastToken != "" {
		return d.lastToken, nil
	}
	// data_version moves on every commit, sessions and audit records
	// included; the token should move only when the map's tables do.
	var token string
	if err := d.watch.QueryRowContext(ctx, sqliteContentToken).Scan(&token); err != nil {
		return "", fmt.Errorf("database: change token: %w", err)
	}
	d.lastVersion, d.lastToken = v, token
	return token, nil
}

// sqliteContentToken summarises the map's tables: row counts, the newest
// IDs and the newest update times (every write through ent sets updated_at,
// edge changes included).
const sqliteContentToken = `SELECT
	(SELECT count(*) || '.' || ifnull(max(id), 0) || '.' || ifnull(max(updated_at), '') FROM organizations) || '|' ||
	(SELECT count(*) || '.' || ifnull(max(id), 0) || '.' || ifnull(max(updated_at), '') FROM networks) || '|' ||
	(SELECT count(*) || '.' || ifnull(max(id), 0) || '.' || ifnull(max(updated_at), '') FROM memberships) || '|' ||
	(SELECT count(*) || '.' || ifnull(max(id), 0) FROM areas) || '|' ||
	(SELECT count(*) FROM organization_operating_areas) || '|' ||
	(SELECT count(*) FROM network_areas) || '|' ||
	(SELECT count(*) || '.' || ifnull(max(updated_at), '') FROM coverage_templates)`

type changeWatch struct {
	watchMu     sync.Mutex
	watch       *sql.Conn // SQLite only: data_version is per connection
	lastVersion int64
	lastToken   string
}
