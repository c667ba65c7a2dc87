package server

import (
	"entgo.io/ent/dialect"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// Config is everything the server is configured by: defaults, then the
// environment, then flags; validated once and passed explicitly.
type Config struct {
	Addr            string        // listen address (--addr, VERKOSTO_ADDR)
	DatabaseURL     string        // sqlite:PATH or postgres://… (--db, DATABASE_URL)
	Demo            bool          // load the demo data into an empty database (--demo)
	CORSOrigins     []string      // allowed cross-origin callers (--cors-origins, VERKOSTO_CORS_ORIGINS)
	ShutdownTimeout time.Duration // how long in-flight requests may finish on SIGTERM

	// WrapDriver, if set, wraps the database driver (tests count SQL statements).
	WrapDriver func(dialect.Driver) dialect.Driver
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Addr: ":8080", DatabaseURL: "sqlite:verkosto.db", ShutdownTimeout: 20 * time.Second}
}

// ParseServeFlags reads the environment and the serve command's flags.
func ParseServeFlags(args []string) (Config, error) {
	cfg := DefaultConfig()
	if v := os.Getenv("DATABASE_URL"); v != "" {
		cfg.DatabaseURL = v
	}
	if v := os.Getenv("VERKOSTO_ADDR"); v != "" {
		cfg.Addr = v
	}
	cors := os.Getenv("VERKOSTO_CORS_ORIGINS")
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address")
	fs.StringVar(&cfg.DatabaseURL, "db", cfg.DatabaseURL, "database: sqlite:PATH or postgres://USER@HOST/DB (env DATABASE_URL)")
	fs.BoolVar(&cfg.Demo, "demo", false, "load the demo data set into an empty database")
	fs.StringVar(&cors, "cors-origins", cors, "comma-separated origins allowed to call the API from other sites")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", cfg.ShutdownTimeout, "grace period for in-flight requests on shutdown")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	for _, o := range strings.Split(cors, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.CORSOrigins = append(cfg.CORSOrigins, o)
		}
	}
	return cfg, cfg.Validate()
}

// Validate checks rules that span fields.
func (c Config) Validate() error {
	if c.Addr == "" {
		return errors.New("serve: --addr must not be empty")
	}
	if c.DatabaseURL == "" {
		return errors.New("serve: DATABASE_URL (or --db) must not be empty")
	}
	for _, o := range c.CORSOrigins {
		if o == "*" || !(strings.HasPrefix(o, "https://") || strings.HasPrefix(o, "http://")) {
			return fmt.Errorf("serve: --cors-origins: %q must be a full origin like https://example.fi", o)
		}
	}
	if c.ShutdownTimeout <= 0 {
		return errors.New("serve: --shutdown-timeout must be positive")
	}
	return nil
}
