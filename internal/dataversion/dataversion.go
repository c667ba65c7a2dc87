// Package dataversion owns the data version that cached views (the map,
// coverage, the area tree, the HTTP answer cache) are built at, and the
// one cache type they keep their views in.
//
// The version is a row in the database (data_version), moved by triggers
// in the migrations on every write to the tables of the entity types
// annotated with Tracked in the ent schema (generated into
// ent.TrackedTables). Every server therefore shares one numbering, and
// learns of another process's write at once: on PostgreSQL through
// LISTEN/NOTIFY, on SQLite through PRAGMA data_version on a connection of
// its own.
//
// A server's own writes are seen after their transaction commits, never
// before: a reader that sees the new version must also see the new data,
// or it would rebuild a view from the old data and cache it under the new
// version, where the writer's own next read would find it.
package dataversion

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"
	"github.com/lib/pq"

	"github.com/verkosto/verkosto/ent"
)

// Tracked marks an ent schema whose rows feed cached views. Code generation
// lists the marked types and their tables, with the join tables of the
// many-to-many edges between two of them, in ent.TrackedTypes and
// ent.TrackedTables; the migrations put a trigger on each of those tables.
// Writes to the others (accounts, sessions, the audit trail) leave the
// version alone: a sign-in must not cost a new layout of the map.
func Tracked() schema.Annotation { return annotation{Tracked: true} }

type annotation struct {
	Tracked bool // a field, so that templates see a non-empty annotation
}

func (annotation) Name() string { return "DataVersion" }

// channel is what the PostgreSQL trigger notifies, with the new version as payload.
const channel = "verkosto_data_version"

// checkEvery bounds how often SQLite's data_version is asked, so that a
// burst of cached answers costs one query, not one each.
const checkEvery = 50 * time.Millisecond

// Version is the data version as this server knows it. It is safe for
// concurrent use.
type Version struct {
	db *sql.DB
	n  atomic.Uint64 // the highest version row value seen

	// mustRead counts the events after which the row must be read (this
	// server's commits of writes to tracked tables, a listener that
	// reconnected), and hasRead how many of them the version takes in. A
	// Load that finds the two apart reads the row before it answers, so
	// that a writer's next read sees its write; a burst costs one read.
	mustRead  atomic.Uint64
	hasRead   atomic.Uint64
	refreshMu sync.Mutex

	// SQLite: a connection of our own, whose data_version moves when any
	// other connection (ours or another process's) commits.
	watchMu     sync.Mutex
	watch       *sql.Conn
	dataVersion int64
	lastCheck   atomic.Int64 // unix nanoseconds

	// PostgreSQL: notifications from the triggers.
	listener *pq.Listener
	done     chan struct{}
}

// Watch returns the data version of the database db (dialectName, reached
// at dsn for a PostgreSQL listener), and makes every write through client
// to a tracked type move it once its transaction commits. Close stops it.
func Watch(ctx context.Context, client *ent.Client, db *sql.DB, dialectName, dsn string) (*Version, error) {
	v := &Version{db: db}
	switch dialectName {
	case dialect.Postgres:
		v.listener = pq.NewListener(dsn, 100*time.Millisecond, 10*time.Second, nil)
		// Listen first, read second: a write between the two is then
		// announced rather than missed.
		if err := v.listener.Listen(channel); err != nil {
			v.listener.Close()
			return nil, fmt.Errorf("dataversion: listening for writes: %w", err)
		}
		v.done = make(chan struct{})
		go v.listen()
	case dialect.SQLite:
		conn, err := db.Conn(ctx)
		if err != nil {
			return nil, fmt.Errorf("dataversion: %w", err)
		}
		v.watch = conn
		if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v.dataVersion); err != nil {
			conn.Close()
			return nil, fmt.Errorf("dataversion: %w", err)
		}
	default:
		return nil, fmt.Errorf("dataversion: unknown dialect %q", dialectName)
	}
	if err := v.refresh(ctx); err != nil {
		v.Close()
		return nil, err
	}
	client.Use(v.hook)
	return v, nil
}

// Load returns the current version.
func (v *Version) Load(ctx context.Context) uint64 {
	if c := v.mustRead.Load(); c > v.hasRead.Load() {
		v.refreshMu.Lock()
		// Unless another Load read the row meanwhile, read it now: after
		// every commit counted so far.
		if c > v.hasRead.Load() {
			c = v.mustRead.Load()
			if v.refresh(ctx) == nil {
				v.hasRead.Store(c)
			}
		}
		v.refreshMu.Unlock()
	}
	if v.watch != nil {
		v.checkSQLite(ctx)
	}
	return v.n.Load()
}

// Close stops watching.
func (v *Version) Close() error {
	if v.listener != nil {
		err := v.listener.Close()
		<-v.done
		return err
	}
	v.watchMu.Lock()
	defer v.watchMu.Unlock()
	return v.watch.Close()
}

// refresh reads the version row.
func (v *Version) refresh(ctx context.Context) error {
	var n int64
	if err := v.db.QueryRowContext(ctx, "SELECT version FROM data_version WHERE id = 1").Scan(&n); err != nil {
		return fmt.Errorf("dataversion: reading the version: %w", err)
	}
	v.advance(uint64(n))
	return nil
}

// advance moves the version to n unless it is already there or beyond:
// reads and notifications may arrive out of order.
func (v *Version) advance(n uint64) {
	for {
		old := v.n.Load()
		if n <= old || v.n.CompareAndSwap(old, n) {
			return
		}
	}
}

func (v *Version) listen() {
	defer close(v.done)
	for {
		select {
		case note, ok := <-v.listener.Notify:
			if !ok {
				return
			}
			n, err := uint64(0), error(nil)
			if note != nil {
				n, err = strconv.ParseUint(note.Extra, 10, 64)
			}
			if note == nil || err != nil {
				// Reconnected (notifications sent meanwhile are lost), or
				// a payload not ours: read the row.
				v.mustRead.Add(1)
				continue
			}
			v.advance(n)
		case <-time.After(90 * time.Second):
			// A quiet connection may have died without our noticing.
			v.listener.Ping() // on failure the listener reconnects by itself

		}
	}
}

// checkSQLite reads the version row when data_version says someone committed.
func (v *Version) checkSQLite(ctx context.Context) {
	now := time.Now().UnixNano()
	if now-v.lastCheck.Load() < int64(checkEvery) || !v.watchMu.TryLock() {
		return // checked just now, or being checked
	}
	defer v.watchMu.Unlock()
	v.lastCheck.Store(now)
	var dv int64
	if err := v.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&dv); err != nil || dv == v.dataVersion {
		return
	}
	// The version row on this same connection: sessions and audit records
	// commit too, but only writes to tracked tables move the row.
	var n int64
	if err := v.watch.QueryRowContext(ctx, "SELECT version FROM data_version WHERE id = 1").Scan(&n); err != nil {
		return
	}
	v.dataVersion = dv
	v.advance(uint64(n))
}

func (v *Version) hook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		val, err := next.Mutate(ctx, m)
		if !slices.Contains(ent.TrackedTypes, m.Type()) {
			return val, err
		}
		// Even a failed mutation may be followed by a commit of what ran
		// before it, and a needless read of the row is harmless.
		if tx := txOf(m); tx != nil {
			tx.OnCommit(func(next ent.Committer) ent.Committer {
				return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
					err := next.Commit(ctx, tx)
					if err == nil {
						v.mustRead.Add(1)
					}
					return err
				})
			})
			return val, err
		}
		v.mustRead.Add(1)
		return val, err
	})
}

// txOf returns the transaction m runs in, or nil outside one.
func txOf(m ent.Mutation) *ent.Tx {
	inTx, ok := m.(interface{ Tx() (*ent.Tx, error) })
	if !ok {
		return nil
	}
	tx, err := inTx.Tx()
	if err != nil {
		return nil
	}
	return tx
}

// Bump moves the version without a write to the data, so that every cached
// view of every server is built again (a fresh map layout), and returns
// the new version. Inside a transaction (a mutation's, ent.TxFromContext)
// it is part of it and seen after its commit; other servers learn of it
// as of any write: by NOTIFY on PostgreSQL, by PRAGMA data_version on
// SQLite.
func (v *Version) Bump(ctx context.Context) (uint64, error) {
	if tx := ent.TxFromContext(ctx); tx != nil {
		n, err := v.bump(ctx, tx.QueryContext, tx.ExecContext)
		if err == nil {
			tx.OnCommit(func(next ent.Committer) ent.Committer {
				return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
					err := next.Commit(ctx, tx)
					if err == nil {
						v.mustRead.Add(1)
					}
					return err
				})
			})
		}
		return n, err
	}
	tx, err := v.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("dataversion: %w", err)
	}
	defer tx.Rollback()
	n, err := v.bump(ctx, tx.QueryContext, tx.ExecContext)
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("dataversion: %w", err)
	}
	v.mustRead.Add(1)
	return n, nil
}

func (v *Version) bump(ctx context.Context,
	query func(context.Context, string, ...any) (*sql.Rows, error),
	exec func(context.Context, string, ...any) (sql.Result, error)) (uint64, error) {
	rows, err := query(ctx, "UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version")
	if err != nil {
		return 0, fmt.Errorf("dataversion: moving the version: %w", err)
	}
	var n int64
	for rows.Next() {
		err = rows.Scan(&n)
	}
	if err == nil {
		err = rows.Err()
	}
	rows.Close()
	if err != nil || n == 0 {
		return 0, fmt.Errorf("dataversion: moving the version: %v", err)
	}
	if v.listener != nil {
		// What the triggers' function sends, at commit.
		if _, err := exec(ctx, "SELECT pg_notify($1, $2)", channel, strconv.FormatInt(n, 10)); err != nil {
			return 0, fmt.Errorf("dataversion: announcing the version: %w", err)
		}
	}
	return uint64(n), nil
}
