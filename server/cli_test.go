package server_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

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
