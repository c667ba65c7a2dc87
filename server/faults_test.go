package server_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/server"
)

// logBuffer collects a server's log lines; the server writes from many
// goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String is everything logged so far.
func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// errorLine returns the first ERROR line logged for the request id.
func (l *logBuffer) errorLine(id string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	sc := bufio.NewScanner(bytes.NewReader(l.b.Bytes()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.Contains(line, "level=ERROR") && strings.Contains(line, "request_id="+id+" ") {
			return line
		}
	}
	return ""
}

// answer is an HTTP answer from /graphql, raw and decoded.
type answer struct {
	status int
	id     string // X-Request-Id
	body   string
	gql    gqlResponse
}

func (a answer) ext(key string) any {
	if len(a.gql.Errors) == 0 {
		return nil
	}
	return a.gql.Errors[0].Extensions[key]
}

// send posts a GraphQL document (or GETs it, for a query) through hc.
func send(t *testing.T, hc *http.Client, base, method, query string) answer {
	t.Helper()
	var req *http.Request
	if method == http.MethodGet {
		req, _ = http.NewRequest(method, base+"/graphql?query="+url.QueryEscape(query), nil)
	} else {
		body, _ := json.Marshal(map[string]any{"query": query})
		req, _ = http.NewRequest(method, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // fail, do not hang
	defer cancel()
	res, err := hc.Do(req.WithContext(ctx))
	if err != nil {
		t.Fatalf("%s %s: %v", method, query, err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	a := answer{status: res.StatusCode, id: res.Header.Get("X-Request-Id"), body: string(raw)}
	if err := json.Unmarshal(raw, &a.gql); err != nil {
		t.Fatalf("%s %s: not JSON (%d %s): %s", method, query, res.StatusCode, res.Header.Get("Content-Type"), raw)
	}
	return a
}

// internals are texts of drivers, ent and the network that must never reach a client.
var internals = []string{"dial tcp", "pq:", "ent:", "sql:", "connection refused", "EOF", "sqlite", "SQLITE",
	"database or disk is full", "readonly", "read-only", "goroutine", ".go:"}

// checkFault asserts that a failure that is not the caller's is answered
// with code, the request id, no internals, and an ERROR line in the log
// that names the id and the cause.
func checkFault(t *testing.T, what string, a answer, code string, logs *logBuffer) {
	t.Helper()
	if a.gql.code() != code {
		t.Errorf("%s: %d %s, want code %s", what, a.status, a.body, code)
		return
	}
	if a.status != http.StatusOK {
		t.Errorf("%s: status %d, want 200 like every GraphQL answer", what, a.status)
	}
	if a.id == "" || a.ext("requestId") != a.id || !strings.Contains(a.gql.Errors[0].Message, a.id) {
		t.Errorf("%s: request id %q not in the answer %s", what, a.id, a.body)
	}
	for _, leak := range internals {
		if strings.Contains(a.body, leak) {
			t.Errorf("%s: answer shows %q: %s", what, leak, a.body)
		}
	}
	line := logs.errorLine(a.id)
	if line == "" || !strings.Contains(line, "err=") {
		t.Errorf("%s: no ERROR line with the cause for request %s", what, a.id)
	}
}

// tcpProxy stands between the server and PostgreSQL, so a test can cut
// the network and restore it, as an outage would.
type tcpProxy struct {
	target, addr string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]bool
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{target: target, addr: ln.Addr().String(), ln: ln, conns: map[net.Conn]bool{}}
	go p.accept(ln)
	t.Cleanup(p.cut)
	return p
}

func (p *tcpProxy) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns[c], p.conns[up] = true, true
		p.mu.Unlock()
		go func() {
			io.Copy(up, c)
			up.Close()
		}()
		go func() {
			io.Copy(c, up)
			c.Close()
		}()
	}
}

// cut drops every connection and refuses new ones.
func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// restore accepts connections again, on the same address.
func (p *tcpProxy) restore(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go p.accept(ln)
}

// TestDatabaseOutage: with PostgreSQL cut off, every kind of request
// (anonymous or signed in, query or mutation, GET or POST, sign-in) is
// answered UNAVAILABLE with its request id and logged at ERROR with the
// cause; once the network is back the same server answers normally.
func TestDatabaseOutage(t *testing.T) {
	pg, err := url.Parse(testdb.PostgresServer())
	if err != nil {
		t.Fatal(err)
	}
	proxy := newTCPProxy(t, pg.Host)
	logs := &logBuffer{}
	app := startAppLogging(t, "postgres", logs, func(c *server.Config) {
		u, _ := url.Parse(c.DatabaseURL)
		u.Host = proxy.addr
		c.DatabaseURL = u.String()
		c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword
	})
	admin := app.browser(t)
	admin.login(t, "admin@example.fi")
	anon := &http.Client{}

	const (
		query     = `{ organizations(first: 2) { totalCount } }`
		getQuery  = `{ areas(first: 1) { totalCount } }`
		mutation  = `mutation { createOrganization(input: {nameFi: "Katkon aikana", sector: NGO}) { id } }`
		signIn    = `mutation { login(email: "admin@example.fi", password: "wrong password here") { id } }`
		mapsQuery = `{ networkMap { nodeCount } }`
	)
	proxy.cut()
	for _, c := range []struct {
		what, method, query string
		hc                  *http.Client
	}{
		{"anonymous query", http.MethodPost, query, anon},
		{"anonymous GET query", http.MethodGet, getQuery, anon},
		{"anonymous map", http.MethodGet, mapsQuery, anon},
		{"anonymous mutation (transaction begin)", http.MethodPost, mutation, anon},
		{"sign-in", http.MethodPost, signIn, anon},
		{"signed-in query", http.MethodPost, query, admin.hc},
		{"signed-in mutation", http.MethodPost, mutation, admin.hc},
	} {
		checkFault(t, c.what, send(t, c.hc, app.URL, c.method, c.query), "UNAVAILABLE", logs)
	}
	if res, body := get(t, app.URL+"/readyz"); res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz during the outage: %d %s", res.StatusCode, body)
	}

	proxy.restore(t)
	deadline := time.Now().Add(10 * time.Second)
	for {
		a := send(t, anon, app.URL, http.MethodPost, query)
		if len(a.gql.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery after the network came back: %s", a.body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, q := range []string{query, mutation} {
		if a := send(t, admin.hc, app.URL, http.MethodPost, q); len(a.gql.Errors) > 0 {
			t.Errorf("signed in after recovery: %s", a.body)
		}
	}
	if res, _ := get(t, app.URL+"/readyz"); res.StatusCode != http.StatusOK {
		t.Errorf("readyz after recovery: %d", res.StatusCode)
	}
}

// TestSQLiteFull: a full SQLite database refuses writes with INTERNAL,
// the request id and an ERROR line, never SQLite's own words; reads go on.
func TestSQLiteFull(t *testing.T) {
	dbURL := testdb.URL(t, "sqlite")
	first := startApp(t, "sqlite", func(c *server.Config) {
		c.DatabaseURL = dbURL
		c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword
	})
	admin := first.browser(t) // cookies do not depend on the port: the session works on the server below
	admin.login(t, "admin@example.fi")
	logs := &logBuffer{}
	// max_page_count never goes below the current size: the file is full.
	app := startAppLogging(t, "sqlite", logs, func(c *server.Config) { c.DatabaseURL = dbURL + "?_pragma=max_page_count(1)" })
	big := strings.Repeat("tilaa on ", 500) // 4,500 bytes of the 5,000 allowed
	var a answer
	for range 20 { // until the free space left in the last pages is used up
		a = send(t, admin.hc, app.URL, http.MethodPost,
			`mutation { createOrganization(input: {nameFi: "Täysi", sector: NGO, description: "`+big+`"}) { id } }`)
		if len(a.gql.Errors) > 0 {
			break
		}
	}
	checkFault(t, "write to a full database", a, "INTERNAL", logs)
	if a := send(t, admin.hc, app.URL, http.MethodPost, `{ organizations(first: 1) { totalCount } }`); len(a.gql.Errors) > 0 {
		t.Errorf("reads fail too: %s", a.body)
	}
}

// TestReadyzReadOnly: a database that would refuse writes makes the server
// not ready (a PostgreSQL standby or default_transaction_read_only, a
// SQLite file the server may not write), and ready again once writable;
// on PostgreSQL, a sign-in meanwhile is an INTERNAL fault, logged.
func TestReadyzReadOnly(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		dbURL := testdb.URL(t, dialect)
		logs := &logBuffer{}
		app := startAppLogging(t, dialect, logs, func(c *server.Config) {
			c.DatabaseURL = dbURL
			c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword
		})
		admin := app.browser(t)
		admin.login(t, "admin@example.fi")
		readyz := func(want int) {
			t.Helper()
			deadline := time.Now().Add(5 * time.Second)
			for {
				res, body := get(t, app.URL+"/readyz")
				if res.StatusCode == want && (want == http.StatusOK || strings.Contains(body, "read-only")) {
					return
				}
				if time.Now().After(deadline) {
					t.Fatalf("readyz %d %s, want %d", res.StatusCode, body, want)
				}
				time.Sleep(50 * time.Millisecond)
			}
		}
		readyz(http.StatusOK)
		if dialect == "sqlite" {
			undo := makeReadOnly(t, strings.TrimPrefix(dbURL, "sqlite:"))
			readyz(http.StatusServiceUnavailable)
			undo()
			readyz(http.StatusOK)
			return
		}
		admin.db(t, dbURL, "ALTER DATABASE %s SET default_transaction_read_only = on")
		readyz(http.StatusServiceUnavailable)
		// lib/pq begins every transaction READ WRITE, which overrides the
		// default (a standby refuses even that); signing in writes outside
		// a transaction and meets the read-only default.
		var a answer
		for range 5 { // the first use of a connection the server cut may meet the cut
			a = send(t, &http.Client{}, app.URL, http.MethodPost, `mutation { login(email: "admin@example.fi", password: "`+testPassword+`") { id } }`)
			if a.gql.code() != "UNAVAILABLE" {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		checkFault(t, "write to a read-only database", a, "INTERNAL", logs)
		admin.db(t, dbURL, "ALTER DATABASE %s RESET default_transaction_read_only")
		readyz(http.StatusOK)
		if a := send(t, admin.hc, app.URL, http.MethodPost, `mutation { createOrganization(input: {nameFi: "Taas kirjoitettava", sector: NGO}) { id } }`); len(a.gql.Errors) > 0 {
			t.Errorf("write after the database is writable again: %s", a.body)
		}
	})
}

// db runs an administrator's statement on the test database's server
// (%s is the database's name), then ends the database's sessions so that
// the server's next connections see the change, as after a failover.
func (b *browser) db(t *testing.T, dbURL, statement string) {
	t.Helper()
	u, _ := url.Parse(dbURL)
	name := strings.TrimPrefix(u.Path, "/")
	admin, err := sql.Open("postgres", testdb.PostgresServer())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(fmt.Sprintf(statement, name)); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, name); err != nil {
		t.Fatal(err)
	}
}

// makeReadOnly takes the right to write path away from this process, as an
// operator (or a read-only mount) would, and returns how to give it back.
// root writes whatever the permissions say, so as root the file is made
// immutable instead.
func makeReadOnly(t *testing.T, path string) (undo func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		undo = func() { os.Chmod(path, 0o644) }
	} else {
		if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
			t.Skipf("cannot make the file read-only for root here (chattr +i: %v %s)", err, out)
		}
		undo = func() { exec.Command("chattr", "-i", path).Run() }
	}
	t.Cleanup(undo)
	return undo
}

// TestRequestDeadline: a request that waits on the database longer than
// --request-timeout is answered TIMEOUT in about that time, and the
// database stops waiting too (on PostgreSQL the blocked statement is gone
// from pg_stat_activity, and the server's sessions carry statement_timeout).
func TestRequestDeadline(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		dbURL := testdb.URL(t, dialect)
		const timeout = 300 * time.Millisecond
		app := startApp(t, dialect, func(c *server.Config) {
			c.DatabaseURL = dbURL
			c.RequestTimeout = timeout
			c.AdminEmail, c.AdminPassword = "admin@example.fi", testPassword
		})
		admin := app.browser(t)
		admin.login(t, "admin@example.fi")

		// Another client holds the lock the request needs.
		driverName, dsn := "postgres", dbURL
		if dialect == "sqlite" {
			driverName, dsn = "sqlite", strings.TrimPrefix(dbURL, "sqlite:")
		}
		other, err := sql.Open(driverName, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		conn, err := other.Conn(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		lock := "BEGIN IMMEDIATE" // SQLite readers never wait: block a writer
		if dialect == "postgres" {
			lock = "BEGIN; LOCK TABLE organizations IN ACCESS EXCLUSIVE MODE"
		}
		if _, err := conn.ExecContext(context.Background(), lock); err != nil {
			t.Fatal(err)
		}
		requests := []struct {
			what string
			hc   *http.Client
			q    string
		}{{"signed-in mutation", admin.hc, `mutation { createOrganization(input: {nameFi: "Odottaja", sector: NGO}) { id } }`}}
		if dialect == "postgres" {
			requests = append(requests,
				struct {
					what string
					hc   *http.Client
					q    string
				}{"anonymous query (answer cache)", &http.Client{}, `{ organizations(first: 1) { totalCount } }`},
				struct {
					what string
					hc   *http.Client
					q    string
				}{"signed-in query", admin.hc, `{ organizations(first: 2) { totalCount } }`})
		}
		for _, r := range requests {
			start := time.Now()
			a := send(t, r.hc, app.URL, http.MethodPost, r.q)
			took := time.Since(start)
			if a.gql.code() != "TIMEOUT" || took > 3*time.Second {
				t.Errorf("%s: %s after %v, want TIMEOUT after about %v", r.what, a.body, took, timeout)
			}
			for _, leak := range internals {
				if strings.Contains(a.body, leak) {
					t.Errorf("%s: answer shows %q: %s", r.what, leak, a.body)
				}
			}
		}
		if dialect == "postgres" {
			var waiting int
			deadline := time.Now().Add(2 * time.Second)
			for {
				err := other.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&waiting)
				if err != nil {
					t.Fatal(err)
				}
				if waiting == 0 || time.Now().After(deadline) {
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			if waiting > 0 {
				t.Errorf("%d statements still wait on the database after their requests timed out", waiting)
			}
			var setting string
			if err := app.DB.SQL.QueryRow("SHOW statement_timeout").Scan(&setting); err != nil || setting != "300ms" {
				t.Errorf("statement_timeout of the server's sessions: %q %v", setting, err)
			}
		}
		conn.ExecContext(context.Background(), "ROLLBACK")
		if a := send(t, admin.hc, app.URL, http.MethodPost, `mutation { createOrganization(input: {nameFi: "Ehtijä", sector: NGO}) { id } }`); len(a.gql.Errors) > 0 {
			t.Errorf("after the lock is released: %s", a.body)
		}
	})
}

// TestValidationSpeaksTheUsersTerms: a refused value is explained with the
// input field's name and the rule, not with ent's text about Go fields.
func TestValidationSpeaksTheUsersTerms(t *testing.T) {
	f := newFixture(t, "sqlite")
	admin := f.browsers["ADMIN"]
	for _, c := range []struct{ input, message string }{
		{`{businessID:"1234567-8"}`, "businessID: business ID is not valid (checksum)"},
		{`{businessID:"12345"}`, "businessID: business ID must look like 1234567-8"},
		{`{email:"not an email"}`, "email: email address is not valid"},
		{`{nameFi:"` + strings.Repeat("x", 301) + `"}`, "nameFi: too long"},
	} {
		res := admin.post(t, `mutation($id:ID!){updateOrganization(id:$id,version:1,input:`+c.input+`){id}}`, map[string]any{"id": fmt.Sprint(f.org.ID)})
		if len(res.Errors) == 0 || res.Errors[0].Message != c.message {
			t.Errorf("%.40s: %+v, want %q", c.input, res.Errors, c.message)
		}
	}
}
