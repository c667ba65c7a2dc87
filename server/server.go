// Package server runs Verkosto: the command line (cli*.go), configuration,
// the HTTP routes and middleware, the file endpoints (exports, imports),
// start-up (database, migrations, reference data, the first administrator)
// and shutdown.
package server

import (
	"context"
	"entgo.io/ent/dialect"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/frontend"
	"github.com/verkosto/verkosto/graph"
	"github.com/verkosto/verkosto/internal/auth"
	"github.com/verkosto/verkosto/internal/coverage"
	"github.com/verkosto/verkosto/internal/database"
	"github.com/verkosto/verkosto/internal/dataversion"
	"github.com/verkosto/verkosto/internal/demo"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/insight"
	"github.com/verkosto/verkosto/internal/netmap"
	"github.com/verkosto/verkosto/internal/outbox"
	"github.com/verkosto/verkosto/internal/reference"
	"github.com/verkosto/verkosto/internal/viewer"
)

// App is a running Verkosto: its database and its HTTP handler.
type App struct {
	cfg      Config
	log      *slog.Logger
	DB       *database.DB
	Version  *dataversion.Version
	Maps     *netmap.Service
	Auth     *auth.Service
	Coverage *coverage.Service
	Insight  *insight.Service
	Handler  http.Handler

	endpointOf  func(*http.Request) endpoint // the route a request goes to (set by routes)
	stopPurge   func()                       // stops the periodic purge and precompute and waits for them
	hasAccounts atomic.Bool                  // an account exists (noAccounts)
	stopMail    func()                       // stops the outbox sender and waits for it
	draining    atomic.Bool                  // SIGTERM came: /readyz says 503, connections close after each answer
}

// NewApp opens the database, applies migrations, loads the reference areas
// (and the demo data when asked) and builds the HTTP handler.
func NewApp(ctx context.Context, cfg Config, log *slog.Logger, ui fs.FS) (*App, error) {
	var wrap []func(dialect.Driver) dialect.Driver
	if cfg.WrapDriver != nil {
		wrap = append(wrap, cfg.WrapDriver)
	}
	db, err := database.Open(ctx, database.WithStatementTimeout(cfg.DatabaseURL, cfg.RequestTimeout), wrap...)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := reference.Load(ctx, db.Client); err != nil {
		db.Close()
		return nil, err
	}
	if err := coverage.Seed(ctx, db.Client); err != nil {
		db.Close()
		return nil, err
	}
	if err := bootstrapAdmin(ctx, db.Client, cfg, log); err != nil {
		db.Close()
		return nil, err
	}
	if cfg.Demo {
		loaded, err := demo.Load(ctx, db.Client)
		if err != nil {
			db.Close()
			return nil, err
		}
		if loaded {
			log.Info("demo data loaded")
		}
	}
	if ui == nil {
		ui = frontend.Dist()
	}
	version, err := dataversion.Watch(ctx, db.Client, db.SQL, db.Dialect, db.DSN)
	if err != nil {
		db.Close()
		return nil, err
	}
	maps := netmap.New(db.Client, version)
	app := &App{cfg: cfg, log: log, DB: db, Version: version, Maps: maps, Auth: auth.NewService(db.Client, cfg.Sessions),
		Coverage: coverage.NewService(db.Client, version)}
	app.Insight = insight.NewService(app.Coverage)
	app.Handler = app.routes(graph.NewHandler(db.Client, maps, app.Auth, app.Coverage, app.Insight), ui)
	if err := app.Auth.Purge(ctx); err != nil {
		log.Warn("purging expired sessions failed", "err", err)
	}
	pctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); app.purge(pctx) }()
	var prepared chan struct{}
	if cfg.InsightRefresh > 0 {
		prepared = make(chan struct{})
		go func() { defer close(prepared); app.precompute(pctx) }()
	}
	app.stopPurge = func() {
		cancel()
		<-done
		if prepared != nil {
			<-prepared
		}
	}

	// The outbox sender: every server runs one; the lease lets one send.
	opt := cfg.Outbox
	if opt.Mailer == nil && cfg.SMTPURL != "" {
		m, err := outbox.ParseSMTP(cfg.SMTPURL, cfg.MailFrom)
		if err != nil {
			app.Close()
			return nil, err
		}
		m.TLS = cfg.MailTLS
		if cfg.SMTPCAFile != "" {
			if err := m.TrustCAFile(cfg.SMTPCAFile); err != nil {
				app.Close()
				return nil, err
			}
		}
		opt.Mailer = m
	}
	if opt.BaseURL == "" {
		opt.BaseURL = strings.TrimSuffix(cfg.BaseURL, "/")
	}
	if opt.Mailer == nil {
		log.Info("no mail server (--smtp-url): messages go to the in-app notification list and the log")
	}
	mctx, mcancel := context.WithCancel(context.Background())
	mdone := make(chan struct{})
	go func() { defer close(mdone); outbox.NewSender(db.Client, log, opt).Run(mctx) }()
	app.stopMail = func() { mcancel(); <-mdone }
	return app, nil
}

// noAccounts reports whether no account exists yet, so that nobody can sign
// in. Accounts are never deleted, so once one exists the answer is kept and
// the database is not asked again.
func (a *App) noAccounts(ctx context.Context) bool {
	if a.hasAccounts.Load() {
		return false
	}
	n, err := a.DB.Client.Account.Query().Exist(viewer.SystemContext(ctx))
	if err != nil {
		return false // say nothing rather than something wrong
	}
	a.hasAccounts.Store(n)
	return !n
}

// bootstrapAdmin creates the first administrator from VERKOSTO_ADMIN_EMAIL
// and VERKOSTO_ADMIN_PASSWORD when the database has no account yet.
func bootstrapAdmin(ctx context.Context, client *ent.Client, cfg Config, log *slog.Logger) error {
	ctx = viewer.SystemContext(ctx)
	n, err := client.Account.Query().Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	if cfg.AdminEmail == "" {
		// Nobody can sign in yet: say how to make the first administrator.
		log.Warn("no accounts yet: create the first administrator with 'verkosto account add --email EMAIL --role ADMIN --db URL < password-file', or start once with VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD set")
		return nil
	}
	if _, err := edit.CreateAccount(ctx, client, edit.NewAccount{Email: cfg.AdminEmail, Password: cfg.AdminPassword, Role: viewer.RoleAdmin}, nil); err != nil {
		return fmt.Errorf("creating the first administrator from VERKOSTO_ADMIN_EMAIL: %w", err)
	}
	log.Info("first administrator created", "email", cfg.AdminEmail)
	return nil
}

// Close stops the background work and releases the database.
func (a *App) Close() error {
	if a.stopMail != nil {
		a.stopMail()
	}
	a.stopPurge()
	a.Version.Close()
	return a.DB.Close()
}

// Serve listens on the configured address and serves until ctx is done.
// Then it drains: /readyz answers 503 so that load balancers stop sending
// new requests, but requests are served as before for cfg.Drain; only then
// does it stop accepting connections and let in-flight requests finish.
// ready, if not nil, receives the bound address once listening (tests use
// --addr 127.0.0.1:0).
func (a *App) Serve(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s (is the port in use? choose another with --addr): %w", a.cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Room to write a large answer after the request's own deadline.
		WriteTimeout:   max(60*time.Second, a.cfg.RequestTimeout+30*time.Second),
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
	}
	a.log.Info("listening", "addr", ln.Addr().String(), "url", "http://"+displayAddr(ln.Addr()))
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.draining.Store(true)
	a.log.Info("draining: /readyz answers 503, requests are still served", "drain", a.cfg.Drain)
	select {
	case <-time.After(a.cfg.Drain):
	case err := <-errc:
		return err
	}
	a.log.Info("shutting down: no new connections; waiting for in-flight requests", "timeout", a.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	a.log.Info("stopped")
	return nil
}

func displayAddr(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if ok && (tcp.IP == nil || tcp.IP.IsUnspecified()) {
		return fmt.Sprintf("localhost:%d", tcp.Port)
	}
	return addr.String()
}
