package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/importer"
	"github.com/verkosto/verkosto/internal/viewer"
)

// pairs collects repeated KEY=VALUE flags.
type pairs []string

func (p *pairs) String() string { return strings.Join(*p, ",") }
func (p *pairs) Set(s string) error {
	if !strings.Contains(s, "=") {
		return fmt.Errorf("%q: write it as KEY=VALUE", s)
	}
	*p = append(*p, s)
	return nil
}

// importCmd: verkosto import FILE --as EMAIL [--network ID] [--dry-run] ...
//
// The command acts as an account, named by --as: the import is that
// account's, with its rights (a coordinator imports into her own networks)
// and its name on every audit record. Acting as the server itself would
// leave the changes unaudited and unbounded by any role, which no import
// should be. Without --dry-run it prints the preview and then applies it:
// running it is the confirmation.
func importCmd(ctx context.Context, args []string, stdout io.Writer, log *slog.Logger) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	url := dbFlag(fs)
	as := fs.String("as", "", "the account (email) the import is made as: its rights apply, and the audit names it")
	networkID := fs.Int("network", 0, "the network the rows go into (else the file's Verkosto column)")
	dryRun := fs.Bool("dry-run", false, "print the preview only; write nothing")
	sheet := fs.String("sheet", "", "the workbook's sheet (else the one that looks like a roster)")
	var cols, choices pairs
	fs.Var(&cols, "column", "map a column by hand: HEADER=FIELD (fields: "+fieldNames()+"); repeatable")
	fs.Var(&choices, "choose", "answer a row that needs a choice: ROW=ORGANIZATION_ID, ROW=new or ROW=skip; repeatable")
	// The file may come before the flags or after them.
	var file string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		file, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	}
	if file == "" || *as == "" {
		return errors.New("import: usage: verkosto import FILE --as EMAIL [--network ID] [--dry-run] [--sheet NAME] [--column HEADER=FIELD]... [--choose ROW=ID|new|skip] (repeat --column and --choose as needed)")
	}
	opts := importer.Options{FileName: filepath.Base(file), Sheet: *sheet, NetworkID: *networkID,
		Mapping: map[string]importer.Field{}, Choices: map[int]string{}}
	for _, c := range cols {
		h, f, _ := strings.Cut(c, "=")
		field, err := importer.ParseField(f)
		if err != nil {
			return fmt.Errorf("import: --column %s: %w", c, err)
		}
		opts.Mapping[h] = field
	}
	for _, c := range choices {
		row, choice, _ := strings.Cut(c, "=")
		n, err := strconv.Atoi(row)
		if err != nil {
			return fmt.Errorf("import: --choose %s: the row is its number in the sheet", c)
		}
		opts.Choices[n] = choice
	}
	data, err := readLimited(file)
	if err != nil {
		return err
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := auth.ViewerByEmail(ctx, db.Client, *as)
	if errors.Is(err, auth.ErrNoAccount) {
		return fmt.Errorf("import: --as %s: %w", *as, err)
	}
	if err != nil {
		return err
	}
	ctx = viewer.NewContext(ctx, v)
	pv, err := importer.PreviewFile(ctx, db.Client, data, opts)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	printPreview(stdout, pv)
	if *dryRun {
		fmt.Fprintln(stdout, "Dry run: nothing was written.")
		return nil
	}
	if !pv.Ready {
		return errors.New("import: rows with errors or open choices (fix the file, or answer with --choose): nothing was written")
	}
	pv, err = RunImport(ctx, db.Client, data, opts)
	if err != nil {
		return fmt.Errorf("import: %w; nothing was written", err)
	}
	fmt.Fprintf(stdout, "Applied: %d created, %d updated, %d unchanged.\n", pv.Totals.Create, pv.Totals.Update, pv.Totals.Unchanged)
	log.Info("import applied", "file", opts.FileName, "as", v.Email, "created", pv.Totals.Create, "updated", pv.Totals.Update)
	return nil
}

func readLimited(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, importer.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("import: reading %s: %w", file, err)
	}
	return data, nil
}

func fieldNames() string {
	var names []string
	for _, f := range importer.Fields {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// printPreview writes the preview for a terminal: totals first, the
// columns, then one line per row with its changes, candidates and errors.
func printPreview(w io.Writer, pv *importer.Preview) {
	sheet := ""
	if pv.Sheet != "" {
		sheet = ", sheet " + pv.Sheet
	}
	fmt.Fprintf(w, "%s (%s%s): %d rows: %d create, %d update, %d unchanged, %d need a choice, %d errors, %d skipped\n\n",
		pv.File, pv.Format, sheet, pv.Totals.Rows, pv.Totals.Create, pv.Totals.Update, pv.Totals.Unchanged, pv.Totals.Choice, pv.Totals.Error, pv.Totals.Skip)
	fmt.Fprintln(w, "Columns:")
	for _, c := range pv.Columns {
		switch {
		case c.Field != "":
			fmt.Fprintf(w, "  %-4s %-30s → %s\n", c.Cell, c.Header, c.Field)
		default:
			note := ""
			if c.Note != nil {
				note = c.Note.Message
			}
			fmt.Fprintf(w, "  %-4s %-30s   %s\n", c.Cell, c.Header, note)
		}
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Row\tAction\tOrganisation\tNetwork\tDetails")
	for _, r := range pv.Rows {
		org := r.Organization
		if r.NewOrganization {
			org += " (new)"
		}
		var details []string
		for _, c := range r.Changes {
			if c.Before == "" {
				details = append(details, fmt.Sprintf("%s.%s = %s", c.Entity, c.Field, c.After))
			} else {
				details = append(details, fmt.Sprintf("%s.%s: %s → %s", c.Entity, c.Field, c.Before, c.After))
			}
		}
		for _, e := range r.Errors {
			details = append(details, fmt.Sprintf("%s (%s): %s", e.Cell, e.Column, e.Message))
		}
		for _, c := range r.Candidates {
			details = append(details, fmt.Sprintf("candidate %d %s %s %s (%s): --choose %d=%d", c.ID, c.Name, c.BusinessID, c.Area, c.Why.Message, r.Row, c.ID))
		}
		if r.Action == importer.ActionChoice {
			details = append(details, fmt.Sprintf("or --choose %d=new, --choose %d=skip", r.Row, r.Row))
		}
		if r.Invitation {
			details = append(details, "invitation: the organisation's editors answer")
		}
		for _, n := range r.Notes {
			details = append(details, n.Message)
		}
		row := strconv.Itoa(r.Row)
		if r.Sheet != "" {
			row = r.Sheet + " " + row
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", row, r.Action, org, r.Network, strings.Join(details, "; "))
	}
	tw.Flush()
	fmt.Fprintln(w)
}
