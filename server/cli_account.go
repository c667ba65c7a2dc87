package server

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"

	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/viewer"
)

// idList collects repeated --network flags.
type idList []int

func (l *idList) String() string { return fmt.Sprint(*l) }
func (l *idList) Set(s string) error {
	id, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not an ID", s)
	}
	*l = append(*l, id)
	return nil
}

// accountCmd: verkosto account add --email E --role R [--organization ID] [--network ID]...
// The password is read from standard input (one line), never from a flag:
// flags show up in shell history and process lists.
func accountCmd(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer, log *slog.Logger) error {
	if len(args) == 0 || args[0] != "add" {
		return errors.New("account: usage: verkosto account add --email EMAIL --role ROLE [--organization ID] [--network ID]... < password")
	}
	fs := flag.NewFlagSet("account add", flag.ContinueOnError)
	url := dbFlag(fs)
	email := fs.String("email", "", "sign-in email")
	role := fs.String("role", "", "ADMIN, COORDINATOR, EDITOR or VIEWER")
	org := fs.Int("organization", 0, "for an editor: the organisation's ID as the API shows it")
	var networks idList
	fs.Var(&networks, "network", "for a coordinator: a network's ID as the API shows it (repeatable)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("account add: reading the password from standard input: %w", err)
	}
	password := strings.TrimRight(line, "\r\n")
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	in := edit.NewAccount{Email: *email, Password: password, Role: viewer.Role(strings.ToUpper(*role)), NetworkIDs: networks}
	if *org != 0 {
		in.OrganizationID = org
	}
	a, err := edit.CreateAccount(viewer.SystemContext(ctx), db.Client, in, nil)
	if err != nil {
		return fmt.Errorf("account add: %w", err)
	}
	fmt.Fprintf(stdout, "account %d created: %s (%s)\n", a.ID, a.Email, a.Role)
	log.Info("account created", "id", a.ID, "role", a.Role)
	return nil
}
