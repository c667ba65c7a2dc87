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
// when any other connection commits. PostgreSQL: the row-change counters
// of the tables the caches read, from pg_stat_user_tables. PostgreSQL
// publishes them lazily: usually within a second of a commit, at worst
// after its idle-stats interval (10 s). A trigger-maintained version row
// would be immediate; this needs no schema of its own.
func (d *DB) ChangeToken(ctx context.Context) (string, error) {
	if d.Dialect == dialect.Postgres {
		var n sql.NullInt64
		err := d.SQL.QueryRowContext(ctx, `SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables
			WHERE relname IN ('organizations', 'networks', 'memberships', 'areas', 'organization_operating_areas', 'network_areas')`).Scan(&n)
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
	return fmt.Sprint(v), nil
}

type changeWatch struct {
	watchMu sync.Mutex
	watch   *sql.Conn // SQLite only: data_version is per connection
}
