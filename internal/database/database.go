// Package database opens Verkosto's storage (embedded SQLite or PostgreSQL)
// behind one ent client, applies the versioned migrations, says whether it
// takes writes (readyz), and tells the kind of an error out of storage
// (KindOf: unreachable, timed out, not found, a constraint…).
package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // registers "postgres"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"modernc.org/sqlite" // registers "sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/migrate/migrations"
	_ "github.com/verkosto/verkosto/ent/runtime" // schema hooks and defaults
)

// DB is an open database: the ent client for everything, and the raw
// handle for migrations and health checks.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string // dialect.SQLite or dialect.Postgres
	// DSN is what the driver was opened with: a second connection of one's
	// own (the data version's listener) needs it.
	DSN string
}

// Open connects to url: "sqlite:PATH" (PATH may be ":memory:" only for a
// single connection) or "postgres://…". It pings the database so that a
// wrong address fails at start with a clear message.
//
// wrap, if given, wraps the ent driver (tests count statements with it).
func Open(ctx context.Context, url string, wrap ...func(dialect.Driver) dialect.Driver) (*DB, error) {
	driver, dsn, dialectName, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("database: unable to open %s: %w", redact(url), err)
	}
	if dialectName == dialect.SQLite {
		// One writer at a time is SQLite's model; WAL lets readers go on
		// meanwhile, and busy_timeout makes writers queue instead of failing.
		db.SetMaxOpenConns(8)
	} else {
		db.SetMaxOpenConns(25)
		db.SetMaxIdleConns(25)
		db.SetConnMaxIdleTime(5 * time.Minute)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		if e, ok := errors.AsType[*sqlite.Error](err); ok && e.Code()&0xff == sqlite3.SQLITE_NOTADB {
			return nil, fmt.Errorf("database: %s is not an SQLite database, so not a Verkosto database (check DATABASE_URL or --db)", redact(url))
		}
		return nil, fmt.Errorf("database: cannot reach %s (check DATABASE_URL or --db): %w", redact(url), err)
	}
	var drv dialect.Driver = entsql.OpenDB(dialectName, db)
	for _, w := range wrap {
		drv = w(drv)
	}
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: dialectName, DSN: dsn}, nil
}

func parseURL(raw string) (driver, dsn, dialectName string, err error) {
	switch {
	case strings.HasPrefix(raw, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(raw, "sqlite:"), "//")
		if path == "" {
			return "", "", "", errors.New("database: DATABASE_URL sqlite: needs a file path, e.g. sqlite:verkosto.db")
		}
		params := "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
		sep := "?"
		if strings.Contains(path, "?") {
			sep = "&"
		}
		return "sqlite", "file:" + path + sep + params, dialect.SQLite, nil
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		return "postgres", raw, dialect.Postgres, nil
	}
	return "", "", "", fmt.Errorf("database: DATABASE_URL %q must start with sqlite: or postgres://", redact(raw))
}

// redact hides a password in a URL before it is printed.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Migrate applies every pending migration for the database's dialect,
// after making sure the database is empty or Verkosto's own.
func (d *DB) Migrate(ctx context.Context) error {
	dir := "sqlite"
	gooseDialect := goose.DialectSQLite3
	if d.Dialect == dialect.Postgres {
		dir, gooseDialect = "postgres", goose.DialectPostgres
	}
	fsys, err := fs.Sub(migrations.FS, dir)
	if err != nil {
		return fmt.Errorf("database: migrations: %w", err)
	}
	conn := d.SQL
	var opts []goose.ProviderOption
	if d.Dialect == dialect.SQLite {
		// SQLite changes a column by copying the table and dropping the
		// old one; with foreign keys enforced, the drop would cascade to
		// every row that refers to it (an account's networks, sessions
		// and messages). The PRAGMA in a migration is a no-op inside
		// goose's transaction, so migrations run on one connection with
		// enforcement off, and the references are checked afterwards.
		conn, err = sql.Open("sqlite", strings.Replace(d.DSN, "_pragma=foreign_keys(1)", "_pragma=foreign_keys(0)", 1))
		if err != nil {
			return fmt.Errorf("database: migrations: %w", err)
		}
		defer conn.Close()
		conn.SetMaxOpenConns(1)
	}
	if d.Dialect == dialect.Postgres {
		// The serving pool may carry a statement_timeout sized for
		// requests; a migration on a large database may take longer.
		conn, err = sql.Open("postgres", withParam(d.DSN, "statement_timeout", "0"))
		if err != nil {
			return fmt.Errorf("database: migrations: %w", err)
		}
		defer conn.Close()
		// Several servers starting at once: one applies, the others wait.
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return fmt.Errorf("database: migrations: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	if err := checkOwnTables(ctx, conn, d.Dialect, fsys); err != nil {
		return err
	}
	p, err := goose.NewProvider(gooseDialect, conn, fsys, opts...)
	if err != nil {
		return fmt.Errorf("database: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("database: applying migrations: %w", err)
	}
	if d.Dialect == dialect.SQLite {
		return checkForeignKeys(ctx, conn)
	}
	return nil
}

// checkForeignKeys fails when a row refers to one that does not exist,
// as SQLite would have refused had enforcement been on.
func checkForeignKeys(ctx context.Context, conn *sql.DB) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("database: checking references after migrating: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var table string
		var rowid sql.NullInt64
		var parent string
		var fk int
		rows.Scan(&table, &rowid, &parent, &fk)
		return fmt.Errorf("database: after migrating, a row of %s refers to a missing row of %s", table, parent)
	}
	return rows.Err()
}

// WithStatementTimeout returns url with PostgreSQL's statement_timeout set
// to d, unless the URL already sets one: a query whose request has given up
// then stops on the server too, even if the cancel request is lost. SQLite
// needs none; the driver interrupts a statement when its context ends.
func WithStatementTimeout(raw string, d time.Duration) string {
	if d <= 0 || !(strings.HasPrefix(raw, "postgres://") || strings.HasPrefix(raw, "postgresql://")) ||
		strings.Contains(raw, "statement_timeout=") {
		return raw
	}
	return withParam(raw, "statement_timeout", fmt.Sprint(d.Milliseconds()))
}

// withParam sets a query parameter of a postgres:// URL; lib/pq passes
// parameters it does not know to the server as run-time settings.
func withParam(raw, key, value string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// ErrReadOnly means the database answers but would refuse writes.
var ErrReadOnly = errors.New("database is read-only")

// Ready reports whether the database answers and takes writes (for
// /readyz): a server in front of a read-only database (a PostgreSQL hot
// standby, default_transaction_read_only, a SQLite file or directory the
// server may not write, PRAGMA query_only) would fail every edit.
func (d *DB) Ready(ctx context.Context) error {
	if d.Dialect == dialect.Postgres {
		var readOnly string
		if err := d.SQL.QueryRowContext(ctx, "SHOW transaction_read_only").Scan(&readOnly); err != nil {
			return err
		}
		if readOnly == "on" {
			return fmt.Errorf("%w: transaction_read_only is on (a standby, or default_transaction_read_only)", ErrReadOnly)
		}
		return nil
	}
	var queryOnly int
	if err := d.SQL.QueryRowContext(ctx, "PRAGMA query_only").Scan(&queryOnly); err != nil {
		return err
	}
	if queryOnly != 0 {
		return fmt.Errorf("%w: PRAGMA query_only is on", ErrReadOnly)
	}
	if path := sqlitePath(d.DSN); path != "" {
		// SQLite needs to write the file and to create its journal beside it.
		for _, p := range []string{path, filepath.Dir(path)} {
			if err := writable(p); err != nil {
				return fmt.Errorf("%w: %s: %v", ErrReadOnly, p, err)
			}
		}
	}
	return nil
}

// sqlitePath returns the file of a "file:PATH?…" DSN, or "" for an
// in-memory database.
func sqlitePath(dsn string) string {
	path, params, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	if path == "" || path == ":memory:" || strings.Contains(params, "mode=memory") {
		return ""
	}
	return path
}

// Close closes the database.
func (d *DB) Close() error { return d.Client.Close() }
