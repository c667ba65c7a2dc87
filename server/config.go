package server

import (
	"crypto/tls"
	"entgo.io/ent/dialect"
	"errors"
	"flag"
	"fmt"
	"net/mail"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/outbox"
)

// Config is everything the server is configured by: defaults, then the
// environment, then flags; validated once and passed explicitly.
type Config struct {
	Addr            string        // listen address (--addr, VERKOSTO_ADDR)
	DatabaseURL     string        // sqlite:PATH or postgres://… (--db, DATABASE_URL)
	Demo            bool          // load the demo data into an empty database (--demo)
	CORSOrigins     []string      // allowed cross-origin callers (--cors-origins, VERKOSTO_CORS_ORIGINS)
	ShutdownTimeout time.Duration // how long in-flight requests may finish on SIGTERM, after the drain
	Drain           time.Duration // on SIGTERM, /readyz answers 503 but requests are served this long (--drain, VERKOSTO_DRAIN)
	RequestTimeout  time.Duration // every request's deadline, down to the database (--request-timeout, VERKOSTO_REQUEST_TIMEOUT)
	PublicRead      bool          // anonymous visitors may read public data (--public-read; on with --demo)
	Sessions        auth.Expiry   // session idle and absolute expiry (--session-idle, --session-max)
	AdminEmail      string        // first admin on an empty database (VERKOSTO_ADMIN_EMAIL)
	AdminPassword   string        // its password (VERKOSTO_ADMIN_PASSWORD)
	SMTPURL         string        // mail server: smtp://user:pass@host:587 or smtps://… (--smtp-url, VERKOSTO_SMTP_URL); none: in-app and log only
	MailFrom        string        // the sender's address (--mail-from, VERKOSTO_MAIL_FROM)
	SMTPCAFile      string        // PEM certificate authorities the mail server's certificate may chain to, besides the system's (--smtp-ca-file, VERKOSTO_SMTP_CA_FILE)
	BaseURL         string        // where people open Verkosto, for links in e-mail (--base-url, VERKOSTO_BASE_URL)
	// AccessibilityContact is where the accessibility statement sends
	// feedback: an e-mail address or a web address (--accessibility-contact,
	// VERKOSTO_ACCESSIBILITY_CONTACT). The law asks every public service to
	// name one; unset, the statement says that the operator has not.
	AccessibilityContact string

	// Outbox tunes the mail sender (tests shorten its intervals); its
	// Mailer comes from SMTPURL unless set.
	Outbox outbox.Options
	// MailTLS, if set, is the TLS configuration for the mail server (tests
	// trust their own server's certificate with it).
	MailTLS *tls.Config
	// LogRequests is which requests get a log line (--log-requests,
	// VERKOSTO_LOG_REQUESTS): "all", "sampled" (every hundredth) or "off";
	// server errors (5xx) are logged whatever it says.
	LogRequests string
	// InsightRefresh is how often the server looks for new data and then
	// computes the national insight ahead of requests (--insight-refresh,
	// VERKOSTO_INSIGHT_REFRESH); 0: only when asked for. At scale L the
	// computation takes seconds, too long for a planner's first request.
	InsightRefresh time.Duration

	// WrapDriver, if set, wraps the database driver (tests count SQL statements).
	WrapDriver func(dialect.Driver) dialect.Driver
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Addr: ":8080", DatabaseURL: "sqlite:verkosto.db", ShutdownTimeout: 20 * time.Second,
		Drain: 5 * time.Second, RequestTimeout: 10 * time.Second, Sessions: auth.DefaultExpiry, LogRequests: "all",
		InsightRefresh: 30 * time.Second}
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
	for _, env := range []struct {
		name string
		d    *time.Duration
	}{{"VERKOSTO_DRAIN", &cfg.Drain}, {"VERKOSTO_REQUEST_TIMEOUT", &cfg.RequestTimeout}, {"VERKOSTO_INSIGHT_REFRESH", &cfg.InsightRefresh}} {
		if v := os.Getenv(env.name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				return cfg, fmt.Errorf("serve: %s: %q is not a duration like 10s", env.name, v)
			}
			*env.d = d
		}
	}
	cfg.SMTPURL = os.Getenv("VERKOSTO_SMTP_URL")
	cfg.MailFrom = os.Getenv("VERKOSTO_MAIL_FROM")
	cfg.BaseURL = os.Getenv("VERKOSTO_BASE_URL")
	if v := os.Getenv("VERKOSTO_LOG_REQUESTS"); v != "" {
		cfg.LogRequests = v
	}
	cfg.AdminEmail = os.Getenv("VERKOSTO_ADMIN_EMAIL")
	cfg.AccessibilityContact = os.Getenv("VERKOSTO_ACCESSIBILITY_CONTACT")
	cfg.SMTPCAFile = os.Getenv("VERKOSTO_SMTP_CA_FILE")
	cfg.AdminPassword = os.Getenv("VERKOSTO_ADMIN_PASSWORD")
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address")
	fs.StringVar(&cfg.DatabaseURL, "db", cfg.DatabaseURL, "database: sqlite:PATH or postgres://USER@HOST/DB (env DATABASE_URL)")
	fs.BoolVar(&cfg.Demo, "demo", false, "load the demo data set into an empty database")
	fs.StringVar(&cors, "cors-origins", cors, "comma-separated origins allowed to call the API from other sites")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", cfg.ShutdownTimeout, "grace period for in-flight requests on shutdown, after the drain")
	fs.DurationVar(&cfg.Drain, "drain", cfg.Drain, "on SIGTERM, keep serving this long while /readyz says 503, so load balancers move away first (env VERKOSTO_DRAIN)")
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", cfg.RequestTimeout, "each request's deadline, database work included (env VERKOSTO_REQUEST_TIMEOUT)")
	fs.StringVar(&cfg.LogRequests, "log-requests", cfg.LogRequests, "which requests get a log line: all, sampled (every hundredth) or off; server errors always (env VERKOSTO_LOG_REQUESTS)")
	fs.DurationVar(&cfg.InsightRefresh, "insight-refresh", cfg.InsightRefresh, "how often to look for new data and compute the national insight ahead of requests; 0: only when asked for (env VERKOSTO_INSIGHT_REFRESH)")
	fs.BoolVar(&cfg.PublicRead, "public-read", false, "anonymous visitors may read public data (default: on with --demo, off otherwise)")
	fs.DurationVar(&cfg.Sessions.Idle, "session-idle", cfg.Sessions.Idle, "a session ends after this long unused")
	fs.DurationVar(&cfg.Sessions.Absolute, "session-max", cfg.Sessions.Absolute, "a session ends this long after sign-in")
	fs.StringVar(&cfg.SMTPURL, "smtp-url", cfg.SMTPURL, "mail server for notifications: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; without it messages go to the in-app list and the log (env VERKOSTO_SMTP_URL, which keeps the password out of the process list)")
	fs.StringVar(&cfg.SMTPCAFile, "smtp-ca-file", cfg.SMTPCAFile, "a PEM file of certificate authorities to trust for the mail server, besides the system's (env VERKOSTO_SMTP_CA_FILE)")
	fs.StringVar(&cfg.MailFrom, "mail-from", cfg.MailFrom, "the sender address of notifications, e.g. verkosto@example.fi (env VERKOSTO_MAIL_FROM)")
	fs.StringVar(&cfg.BaseURL, "base-url", cfg.BaseURL, "the address people open Verkosto at, for links in e-mail, e.g. https://verkosto.example.fi (env VERKOSTO_BASE_URL)")
	fs.StringVar(&cfg.AccessibilityContact, "accessibility-contact", cfg.AccessibilityContact, "where the accessibility statement sends feedback: an e-mail address (saavutettavuus@example.fi) or a web address (https://…); the law asks every public service to name one (env VERKOSTO_ACCESSIBILITY_CONTACT)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	publicReadSet := false
	fs.Visit(func(f *flag.Flag) { publicReadSet = publicReadSet || f.Name == "public-read" })
	if !publicReadSet {
		cfg.PublicRead = cfg.Demo
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
	if c.AccessibilityContact != "" && !validContact(c.AccessibilityContact) {
		return fmt.Errorf("serve: --accessibility-contact: %q must be an e-mail address like saavutettavuus@example.fi or a web address like https://example.fi/palaute", c.AccessibilityContact)
	}
	for _, o := range c.CORSOrigins {
		if o == "*" || !(strings.HasPrefix(o, "https://") || strings.HasPrefix(o, "http://")) {
			return fmt.Errorf("serve: --cors-origins: %q must be a full origin like https://example.fi", o)
		}
	}
	if c.Sessions.Idle <= 0 || c.Sessions.Absolute <= 0 {
		return errors.New("serve: --session-idle and --session-max must be positive")
	}
	if (c.AdminEmail == "") != (c.AdminPassword == "") {
		return errors.New("serve: set both VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD, or neither")
	}
	if c.SMTPURL != "" {
		if _, err := outbox.ParseSMTP(c.SMTPURL, c.MailFrom); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	if c.BaseURL != "" && !(strings.HasPrefix(c.BaseURL, "https://") || strings.HasPrefix(c.BaseURL, "http://")) {
		return fmt.Errorf("serve: --base-url: %q must be a full address like https://verkosto.example.fi", c.BaseURL)
	}
	if c.ShutdownTimeout <= 0 {
		return errors.New("serve: --shutdown-timeout must be positive")
	}
	if c.Drain < 0 {
		return errors.New("serve: --drain must not be negative")
	}
	if c.InsightRefresh < 0 {
		return errors.New("serve: --insight-refresh must not be negative (0 turns it off)")
	}
	switch c.LogRequests {
	case "all", "sampled", "off":
	default:
		return fmt.Errorf("serve: --log-requests must be all, sampled or off, not %q", c.LogRequests)
	}
	if c.RequestTimeout <= 0 {
		return errors.New("serve: --request-timeout must be positive")
	}
	return nil
}

// validContact accepts a bare e-mail address or an http(s) address.
func validContact(s string) bool {
	if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") {
		u, err := url.Parse(s)
		return err == nil && u.Host != ""
	}
	a, err := mail.ParseAddress(s)
	return err == nil && a.Name == "" && a.Address == s
}
