package server_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

func TestAccountAddCommand(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		url := testdb.URL(t, dialect)
		ctx := context.Background()
		run := func(stdin string, args ...string) (int, string) {
			var out, errOut bytes.Buffer
			code := server.Main(ctx, append([]string{"account", "add", "--db", url}, args...), strings.NewReader(stdin), &out, &errOut)
			return code, out.String() + errOut.String()
		}
		if code, out := run("a very secret password\n", "--email", "Admin@Example.fi", "--role", "admin"); code != 0 {
			t.Fatalf("account add: %d %s", code, out)
		}
		db, err := database.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		sys := viewer.SystemContext(ctx)
		a := db.Client.Account.Query().Where(account.Email("admin@example.fi")).OnlyX(sys)
		if ok, _ := auth.CheckPassword(a.PasswordHash, "a very secret password"); !ok || a.Role != viewer.RoleAdmin {
			t.Errorf("stored account %+v does not take its password", a.Role)
		}
		if strings.Contains(a.PasswordHash, "secret") {
			t.Error("password stored in clear")
		}
		// An editor names its organisation by the ID the API shows.
		org := db.Client.Organization.Create().SetNameFi("CLI-yhdistys").SetSector("NGO").SaveX(sys)
		if code, out := run("another long password\n", "--email", "ed@example.fi", "--role", "EDITOR", "--organization", fmt.Sprint(org.ID)); code != 0 {
			t.Fatalf("editor: %d %s", code, out)
		}
		for _, bad := range [][]string{
			{"--email", "x@example.fi", "--role", "EDITOR"},                         // editor without organisation
			{"--email", "admin@example.fi", "--role", "VIEWER"},                     // taken
			{"--email", "y@example.fi", "--role", "SUPERUSER"},                      // unknown role
			{"--email", "z@example.fi", "--role", "COORDINATOR", "--network", "12"}, // no such network
		} {
			if code, out := run("long enough password\n", bad...); code == 0 || strings.Contains(out, "long enough password") {
				t.Errorf("%v: exit %d, output %q", bad, code, out)
			}
		}
		if code, _ := run("short\n", "--email", "s@example.fi", "--role", "VIEWER"); code == 0 {
			t.Error("a short password was accepted")
		}
	})
}

// TestRefusesForeignDatabases: migrate and serve leave alone a database
// that holds tables Verkosto did not create, and a file that is not SQLite,
// saying so rather than "cannot reach".
func TestRefusesForeignDatabases(t *testing.T) {
	run := func(args ...string) (int, string) {
		// A serve that wrongly accepts the database stops here instead of serving on.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var out, errOut bytes.Buffer
		code := server.Main(ctx, args, strings.NewReader(""), &out, &errOut)
		return code, out.String() + errOut.String()
	}
	testdb.Each(t, func(t *testing.T, dialect string) {
		for _, c := range []struct {
			name  string
			setup []string // statements that make the database someone else's
			named string   // a table the refusal names
		}{
			{"another application", []string{"CREATE TABLE invoices (id integer PRIMARY KEY)", "CREATE TABLE customers (id integer PRIMARY KEY)"}, "customers"},
			{"our name, no migration history", []string{"CREATE TABLE organizations (id integer PRIMARY KEY)"}, "organizations"},
			{"a table of its own beside ours", nil, "payroll"},
		} {
			t.Run(c.name, func(t *testing.T) {
				url := testdb.URL(t, dialect)
				db, err := database.Open(context.Background(), url)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				if c.setup == nil { // a Verkosto database someone added a table to
					if err := db.Migrate(context.Background()); err != nil {
						t.Fatal(err)
					}
					c.setup = []string{"CREATE TABLE payroll (id integer PRIMARY KEY)"}
				}
				for _, s := range c.setup {
					if _, err := db.SQL.Exec(s); err != nil {
						t.Fatal(err)
					}
				}
				var before int
				db.SQL.QueryRow(countTables[dialect]).Scan(&before)
				for _, cmd := range [][]string{{"migrate", "--db", url}, {"serve", "--addr", "127.0.0.1:0", "--db", url}} {
					code, out := run(cmd...)
					if code == 0 || !strings.Contains(out, "not a Verkosto database") || !strings.Contains(out, c.named) {
						t.Errorf("%s: exit %d: %s", cmd[0], code, out)
					}
				}
				var after int
				db.SQL.QueryRow(countTables[dialect]).Scan(&after)
				if after != before {
					t.Errorf("%d tables before, %d after: the refusal wrote to the database", before, after)
				}
			})
		}
	})
	t.Run("not SQLite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.db")
		if err := os.WriteFile(path, []byte(strings.Repeat("These are my notes, not a database.\n", 200)), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"migrate", "--db", "sqlite:" + path}, {"serve", "--addr", "127.0.0.1:0", "--db", "sqlite:" + path}} {
			code, out := run(cmd...)
			if code == 0 || !strings.Contains(out, "not an SQLite database") || !strings.Contains(out, "not a Verkosto database") || strings.Contains(out, "cannot reach") {
				t.Errorf("%s: exit %d: %s", cmd[0], code, out)
			}
		}
		if b, _ := os.ReadFile(path); !bytes.HasPrefix(b, []byte("These are my notes")) {
			t.Error("the file was changed")
		}
	})
}

var countTables = map[string]string{
	"sqlite":   "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
	"postgres": "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
}

func TestDeadlineAndDrainSettings(t *testing.T) {
	cfg, err := server.ParseServeFlags(nil)
	if err != nil || cfg.RequestTimeout != 10*time.Second || cfg.Drain != 5*time.Second {
		t.Errorf("defaults: %v %v %v", cfg.RequestTimeout, cfg.Drain, err)
	}
	t.Setenv("VERKOSTO_REQUEST_TIMEOUT", "3s")
	t.Setenv("VERKOSTO_DRAIN", "0s")
	if cfg, err = server.ParseServeFlags(nil); err != nil || cfg.RequestTimeout != 3*time.Second || cfg.Drain != 0 {
		t.Errorf("from the environment: %v %v %v", cfg.RequestTimeout, cfg.Drain, err)
	}
	if cfg, err = server.ParseServeFlags([]string{"--request-timeout", "2s", "--drain", "1s"}); err != nil || cfg.RequestTimeout != 2*time.Second || cfg.Drain != time.Second {
		t.Errorf("flags over the environment: %v %v %v", cfg.RequestTimeout, cfg.Drain, err)
	}
	if _, err := server.ParseServeFlags([]string{"--request-timeout", "0s"}); err == nil {
		t.Error("a zero request timeout was accepted")
	}
	t.Setenv("VERKOSTO_DRAIN", "soon")
	if _, err := server.ParseServeFlags(nil); err == nil || !strings.Contains(err.Error(), "VERKOSTO_DRAIN") {
		t.Errorf("a bad duration: %v", err)
	}
}
