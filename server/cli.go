package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
)

const usage = `Verkosto maps who works together against violence and crime in Finland.

Usage:
  verkosto serve [--addr :8080] [--db sqlite:verkosto.db] [--demo] [--cors-origins URL,...]
  verkosto migrate [--db URL]

Environment: DATABASE_URL (sqlite:PATH or postgres://…), VERKOSTO_ADDR, VERKOSTO_CORS_ORIGINS.
`

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
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

func migrateCmd(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = DefaultConfig().DatabaseURL
	}
	fs.StringVar(&url, "db", url, "database: sqlite:PATH or postgres://… (env DATABASE_URL)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openMigrated(ctx, url)
	if err != nil {
		return err
	}
	log.Info("migrations applied")
	return db.Close()
}
