package server

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	neturl "net/url"
	"os"
	"time"

	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/export"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/synth"
	"github.com/verkosto/verkosto/internal/viewer"
)

const usage = `Verkosto maps who works together against violence and crime in Finland.

Usage:
  verkosto serve [--addr :8080] [--db sqlite:verkosto.db] [--demo] [--cors-origins URL,...]
  verkosto migrate [--db URL]
  verkosto generate --scale S|M|L [--seed N] [--db URL]   (synthetic data into an empty database)
  verkosto account add --email EMAIL --role ADMIN|COORDINATOR|EDITOR|VIEWER [--organization ID] [--network ID]... < password
  verkosto export --format gexf|graphml|csv|xlsx|json|popolo|hsds|comembership-gexf|comembership-csv
      [--sector S,...] [--kind K,...] [--theme T,...] [--level L,...] [--status S,...] [--area ID] [--asOf YYYY-MM-DD] [--all] [--db URL] > FILE
      (what an anonymous reader of a public instance sees; --all: everything, pending requests and
      confidential addresses included)
  verkosto import FILE --as EMAIL [--network ID] [--dry-run] [--sheet NAME] [--column HEADER=FIELD]... [--choose ROW=ID|new|skip]...

serve flags: --public-read (anonymous visitors may read; on by default with --demo),
  --request-timeout 10s, --drain 5s, --shutdown-timeout 20s,
  --session-idle 2h, --session-max 12h, --log-requests all|sampled|off (server errors always),
  --smtp-url smtp://USER:PASS@HOST:587|smtps://…:465, --smtp-ca-file PEM, --mail-from ADDRESS, --base-url https://…,
  --accessibility-contact EMAIL|https://… (feedback on accessibility, named in the accessibility statement).
Environment: DATABASE_URL (sqlite:PATH or postgres://…), VERKOSTO_ADDR, VERKOSTO_CORS_ORIGINS,
  VERKOSTO_REQUEST_TIMEOUT, VERKOSTO_DRAIN, VERKOSTO_LOG_REQUESTS, VERKOSTO_SMTP_URL, VERKOSTO_SMTP_CA_FILE, VERKOSTO_MAIL_FROM, VERKOSTO_BASE_URL,
  VERKOSTO_ACCESSIBILITY_CONTACT,
  VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD (the first administrator, on a database without accounts).
`

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = serve(ctx, args[1:], log)
	case "migrate":
		err = migrateCmd(ctx, args[1:], log)
	case "generate":
		err = generateCmd(ctx, args[1:], log)
	case "account":
		err = accountCmd(ctx, args[1:], stdin, stdout, log)
	case "export":
		err = exportCmd(ctx, args[1:], stdout)
	case "import":
		err = importCmd(ctx, args[1:], stdout, log)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "verkosto:", err)
		return 1
	}
	return 0
}

func serve(ctx context.Context, args []string, log *slog.Logger) error {
	cfg, err := ParseServeFlags(args)
	if err != nil {
		return err
	}
	app, err := NewApp(ctx, cfg, log, nil)
	if err != nil {
		return err
	}
	defer app.Close() // the database closes last, after in-flight requests
	return app.Serve(ctx, nil)
}

func generateCmd(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	url := dbFlag(fs)
	scale := fs.String("scale", "S", "S (500 organisations), M (5,000) or L (50,000)")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same data")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, ok := synth.Scales[*scale]
	if !ok {
		return fmt.Errorf("generate: --scale must be S, M or L, not %q", *scale)
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := reference.Load(ctx, db.Client); err != nil {
		return err
	}
	if err := coverage.Seed(ctx, db.Client); err != nil {
		return err
	}
	start := time.Now()
	if err := synth.Generate(ctx, db, s, *seed); err != nil {
		return err
	}
	log.Info("synthetic data generated", "scale", s.Name, "organizations", s.Organizations, "networks", s.Networks,
		"memberships", s.Memberships, "seconds", time.Since(start).Seconds())
	return nil
}

// exportCmd writes one export to stdout. The filters are the query
// string's, parsed by the same code as /export/….
func exportCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	url := dbFlag(fs)
	format := fs.String("format", "", "the format: "+export.Names())
	all := fs.Bool("all", false, "export everything, as an administrator sees it")
	query := neturl.Values{}
	for _, name := range []string{"sector", "kind", "theme", "level", "status", "area", "asOf"} {
		fs.Func(name, "filter, as in /export/… query strings", func(v string) error {
			query.Add(name, v)
			return nil
		})
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("export: unexpected argument %q", fs.Arg(0))
	}
	f, ok := export.ByName(*format)
	if !ok {
		return fmt.Errorf("export: --format must be one of %s", export.Names())
	}
	filter, err := export.ParseFilter(query)
	if err != nil {
		return fmt.Errorf("export: --%w", err)
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	defer db.Close()
	if *all {
		ctx = viewer.SystemContext(ctx)
	} else {
		ctx = viewer.NewContext(ctx, &viewer.Viewer{PublicRead: true})
	}
	src, err := export.NewSource(ctx, db.Client, filter)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	if err := f.Write(ctx, src, out); err != nil {
		return err
	}
	return out.Flush()
}

func migrateCmd(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	url := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, *url)
	if err != nil {
		return err
	}
	log.Info("migrations applied")
	return db.Close()
}

// dbFlag adds --db, defaulting to DATABASE_URL and then to the SQLite file.
func dbFlag(fs *flag.FlagSet) *string {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = DefaultConfig().DatabaseURL
	}
	return fs.String("db", url, "database: sqlite:PATH or postgres://… (env DATABASE_URL)")
}

// openMigrated opens the database for a command and brings its schema up
// to date, as serve does.
func openMigrated(ctx context.Context, url string) (*database.DB, error) {
	db, err := database.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}
