package synth

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"

	"github.com/verkosto/verkosto/ent/schema/searchtext"
	"github.com/verkosto/verkosto/internal/database"
)

// load writes the generated rows below ent, in one transaction: COPY on
// PostgreSQL, one prepared INSERT per table on SQLite. Going through ent's
// builders cost one round trip and a RETURNING per thousand rows and took
// 28 s at scale L. What ent's hooks would have done for a system write is
// done here: the search key from the names, the defaults; there is no audit
// record (generated data is the server's own) and no policy to ask. The
// data version's statement triggers fire on COPY and INSERT alike, and the
// one commit is what other servers see.
func load(ctx context.Context, db *database.DB, orgs []org, nets []netw, ms []member) error {
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	postgres := db.Dialect == dialect.Postgres
	if !postgres {
		// A transaction larger than SQLite's page cache (2 MB by default)
		// spills to the WAL page by page: half again the time at scale L.
		if _, err := conn.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA cache_size = -2000")
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	b := &bulk{ctx: ctx, tx: tx, postgres: postgres}
	now := time.Now()

	orgIDs, err := b.reserveIDs("organizations", len(orgs))
	if err != nil {
		return err
	}
	err = b.write("organizations", []string{"id", "name_fi", "search_text", "short_name", "version", "last_confirmed_at",
		"created_at", "updated_at", "sector", "services", "address_confidential", "home_area_id"}, len(orgs),
		func(i int, v []any) error {
			o := orgs[i]
			var short any
			if o.short != "" {
				short = o.short
			}
			services, err := b.json(o.services)
			v[0], v[1], v[2], v[3], v[4], v[5] = orgIDs[i], o.name, searchtext.Key(o.name, "", "", o.short), short, 1, timeOrNil(o.confirmed)
			v[6], v[7], v[8], v[9], v[10], v[11] = now, now, string(o.sector), services, false, o.home
			return err
		})
	if err != nil {
		return fmt.Errorf("organizations: %w", err)
	}
	if err := b.join("organization_operating_areas", "organization_id", len(orgs),
		func(i int) (int, []int) { return orgIDs[i], orgs[i].operating }); err != nil {
		return fmt.Errorf("organizations: %w", err)
	}

	netIDs, err := b.reserveIDs("networks", len(nets))
	if err != nil {
		return err
	}
	err = b.write("networks", []string{"id", "name_fi", "search_text", "version", "last_confirmed_at", "created_at",
		"updated_at", "kind", "themes", "level", "meetings_per_year", "started_on", "ended_on", "status", "coordinator_id"}, len(nets),
		func(i int, v []any) error {
			n := nets[i]
			themes, err := b.json(n.themes)
			v[0], v[1], v[2], v[3], v[4], v[5], v[6] = netIDs[i], n.name, searchtext.Key(n.name, "", "", ""), 1, timeOrNil(n.confirmed), now, now
			v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14] = string(n.kind), themes, string(n.level), n.meetings, n.started, timeOrNil(n.ended), string(n.status), orgIDs[n.coordinator]
			return err
		})
	if err != nil {
		return fmt.Errorf("networks: %w", err)
	}
	if err := b.join("network_areas", "network_id", len(nets),
		func(i int) (int, []int) { return netIDs[i], nets[i].areas }); err != nil {
		return fmt.Errorf("networks: %w", err)
	}

	err = b.write("memberships", []string{"created_at", "updated_at", "role", "representative", "start_date", "end_date",
		"status", "source", "illustrative", "organization_confirmed_at", "network_confirmed_at", "version", "requested_by",
		"organization_id", "network_id"}, len(ms),
		func(i int, v []any) error {
			m := ms[i]
			v[0], v[1], v[2], v[3], v[4], v[5], v[6] = now, now, string(m.role), m.representative, m.start, timeOrNil(m.end), string(m.status)
			v[7], v[8], v[9], v[10], v[11], v[12] = "Synthetic data (verkosto generate)", true, timeOrNil(m.confirmed), timeOrNil(m.confirmed), 1, "ORGANIZATION"
			v[13], v[14] = orgIDs[m.org], netIDs[m.net]
			return nil
		})
	if err != nil {
		return fmt.Errorf("memberships: %w", err)
	}
	return tx.Commit()
}

type bulk struct {
	ctx      context.Context
	tx       *sql.Tx
	postgres bool
}

// write sends n rows of cols to table; row fills the values of row i.
func (b *bulk) write(table string, cols []string, n int, row func(i int, v []any) error) error {
	if !b.postgres {
		return b.insert(table, cols, n, row)
	}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = pq.QuoteIdentifier(c)
	}
	// lib/pq runs a prepared COPY … FROM STDIN as a copy-in: each Exec
	// sends one row.
	stmt, err := b.tx.PrepareContext(b.ctx, fmt.Sprintf("COPY %s (%s) FROM STDIN", pq.QuoteIdentifier(table), strings.Join(quoted, ", ")))
	if err != nil {
		return err
	}
	defer stmt.Close()
	v := make([]any, len(cols))
	for i := range n {
		if err := row(i, v); err != nil {
			return err
		}
		if _, err := stmt.ExecContext(b.ctx, v...); err != nil {
			return err
		}
	}
	// An Exec without values ends the COPY; its errors (a constraint)
	// surface here.
	_, err = stmt.ExecContext(b.ctx)
	return err
}

// insert writes rows on SQLite with one prepared statement of many rows:
// a call into SQLite per row cost more than the row itself.
func (b *bulk) insert(table string, cols []string, n int, row func(i int, v []any) error) error {
	per := min(500, 32000/len(cols))
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	query := func(rows int) string {
		return fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", table, strings.Join(cols, ", "),
			strings.TrimSuffix(strings.Repeat(one+", ", rows), ", "))
	}
	stmts := map[int]*sql.Stmt{}
	defer func() {
		for _, s := range stmts {
			s.Close()
		}
	}()
	v := make([]any, per*len(cols))
	for lo := 0; lo < n; lo += per {
		rows := min(per, n-lo)
		for i := range rows {
			if err := row(lo+i, v[i*len(cols):(i+1)*len(cols)]); err != nil {
				return err
			}
		}
		// The statement of full batches is prepared once; the last, shorter
		// batch gets its own.
		stmt := stmts[rows]
		if stmt == nil {
			var err error
			if stmt, err = b.tx.PrepareContext(b.ctx, query(rows)); err != nil {
				return err
			}
			stmts[rows] = stmt
		}
		if _, err := stmt.ExecContext(b.ctx, v[:rows*len(cols)]...); err != nil {
			return err
		}
	}
	return nil
}

// join writes a many-to-many join table: row i's id and the ids it links to.
// A link listed twice is written once, as ent does.
func (b *bulk) join(table, owner string, n int, row func(i int) (int, []int)) error {
	type pair struct{ a, b int }
	var pairs []pair
	for i := range n {
		id, to := row(i)
		for j, t := range to {
			if !slices.Contains(to[:j], t) {
				pairs = append(pairs, pair{id, t})
			}
		}
	}
	return b.write(table, []string{owner, "area_id"}, len(pairs), func(i int, v []any) error {
		v[0], v[1] = pairs[i].a, pairs[i].b
		return nil
	})
}

// reserveIDs takes n IDs for table from its own sequence, so that the rows
// can be linked before they are written and later inserts go on after them.
func (b *bulk) reserveIDs(table string, n int) ([]int, error) {
	ids := make([]int, 0, n)
	if b.postgres {
		rows, err := b.tx.QueryContext(b.ctx,
			`SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2) ORDER BY 1`, table, n)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var id int
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			ids = append(ids, id)
		}
		return ids, rows.Err()
	}
	// SQLite moves the table's sqlite_sequence row past the highest ID
	// written, and the transaction holds the write lock meanwhile.
	var last int
	err := b.tx.QueryRowContext(b.ctx, `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),
		coalesce((SELECT max(id) FROM `+table+`), 0))`, table).Scan(&last)
	if err != nil {
		return nil, err
	}
	for i := range n {
		ids = append(ids, last+1+i)
	}
	return ids, nil
}

// json encodes a JSON column as ent does: bytes on SQLite, text for COPY.
func (b *bulk) json(v any) (any, error) {
	buf, err := json.Marshal(v)
	if b.postgres {
		return string(buf), err
	}
	return buf, err
}

func timeOrNil(t *time.Time) any {
	if t == nil {
		return nil
	}
	return *t
}
