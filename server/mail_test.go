package server_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/http/httptest"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/outbox"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
	"github.com/verkosto/verkosto/server"
)

// mailSink is a real SMTP server in the test process: it offers STARTTLS
// and PLAIN authentication, refuses the first refuse messages with a
// temporary error, and keeps what it accepts.
type mailSink struct {
	addr   string
	trust  *tls.Config // for the client: trusts the sink's certificate
	caPEM  []byte      // the sink's certificate, as an operator's --smtp-ca-file holds it
	refuse atomic.Int32

	mu    sync.Mutex
	mails []sunk
}

type sunk struct {
	from, to string
	tls      bool
	msg      *mail.Message
	body     string
}

func startSink(t *testing.T) *mailSink { return startSinkTLS(t, false) }

// startSinkTLS starts the sink; implicit makes it speak TLS from the first
// byte (smtps://, port 465) instead of offering STARTTLS.
func startSinkTLS(t *testing.T, implicit bool) *mailSink {
	t.Helper()
	// httptest's certificate is for 127.0.0.1: borrow it.
	hs := httptest.NewTLSServer(nil)
	cert := hs.TLS.Certificates[0]
	pool := x509.NewCertPool()
	pool.AddCert(hs.Certificate())
	hs.Close()
	s := &mailSink{trust: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"},
		caPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: hs.Certificate().Raw})}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s, conn: c}, nil }))
	srv.Domain = "127.0.0.1"
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.addr = ln.Addr().String()
	if implicit {
		ln = tls.NewListener(ln, srv.TLSConfig)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return s
}

func (s *mailSink) received() []sunk {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sunk(nil), s.mails...)
}

// waitFor polls until the sink holds n messages.
func (s *mailSink) waitFor(t *testing.T, n int) []sunk {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if got := s.received(); len(got) >= n {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the mail server got %d messages, want %d", len(s.received()), n)
	return nil
}

type sinkSession struct {
	sink     *mailSink
	conn     *smtp.Conn
	from, to string
}

func (ss *sinkSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (ss *sinkSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "verkosto" || pass != "s3cret" {
			return errors.New("bad credentials")
		}
		return nil
	}), nil
}
func (ss *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	if ss.sink.refuse.Add(-1) >= 0 {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	ss.from = from
	return nil
}
func (ss *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error { ss.to = to; return nil }
func (ss *sinkSession) Data(r io.Reader) error {
	msg, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	var rd io.Reader = msg.Body
	if msg.Header.Get("Content-Transfer-Encoding") == "quoted-printable" {
		rd = quotedprintable.NewReader(rd)
	}
	body, _ := io.ReadAll(rd)
	_, isTLS := ss.conn.TLSConnectionState()
	ss.sink.mu.Lock()
	defer ss.sink.mu.Unlock()
	ss.sink.mails = append(ss.sink.mails, sunk{from: ss.from, to: ss.to, tls: isTLS, msg: msg, body: string(body)})
	return nil
}
func (ss *sinkSession) Reset()        {}
func (ss *sinkSession) Logout() error { return nil }

func mailTo(sink *mailSink) func(*server.Config) {
	return func(c *server.Config) {
		c.SMTPURL = "smtp://verkosto:s3cret@" + sink.addr
		c.MailFrom = "verkosto@example.fi"
		c.MailTLS = sink.trust
		c.BaseURL = "https://verkosto.example.fi"
		c.Outbox = outbox.Options{Interval: 50 * time.Millisecond, Backoff: 100 * time.Millisecond, LeaseTTL: 2 * time.Second}
	}
}

type notifications struct {
	Notifications []struct {
		ID, Kind, Subject, Body string
		Link                    *string
		Read, Delivered         bool
	}
}

// TestJoinRequestMail: an organisation's request to join reaches the
// network's coordinator by e-mail, in her language, over STARTTLS, after a
// refusal and a retry; once. It is in her notification list, which she
// alone reads and marks read. A kind turned off is not written.
func TestJoinRequestMail(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		sink := startSink(t)
		sink.refuse.Store(2)
		f := newFixture(t, dialect, mailTo(sink))
		editor, coord := f.browsers["EDITOR"], f.browsers["COORDINATOR"]
		var prefs struct{ UpdatePreferences struct{ Language string } }
		coord.post(t, `mutation{updatePreferences(language:sv){language}}`, nil).decode(t, &prefs)
		if prefs.UpdatePreferences.Language != "sv" {
			t.Fatalf("language %+v", prefs)
		}

		ask(t, editor, f.org.ID, f.net.ID, "ORGANIZATION")
		got := sink.waitFor(t, 1)
		m := got[0]
		subject, _ := new(mime.WordDecoder).DecodeHeader(m.msg.Header.Get("Subject"))
		if m.to != "coordinator@example.fi" || m.from != "verkosto@example.fi" || !m.tls ||
			subject != "Testiyhdistys vill gå med i Testiverkosto" || !strings.Contains(m.body, "https://verkosto.example.fi/inbox") {
			t.Errorf("mail to %s from %s over TLS %v: %q\n%s", m.to, m.from, m.tls, subject, m.body)
		}
		// The sink has the mail once the sender's DATA is done; the sender
		// marks the row after the session ends: wait for that.
		row := f.app.DB.Client.Message.Query().OnlyX(f.sys)
		for deadline := time.Now().Add(5 * time.Second); row.Status != message.StatusSENT && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
			row = f.app.DB.Client.Message.Query().OnlyX(f.sys)
		}
		if row.Status != message.StatusSENT || row.Attempts != 3 {
			t.Errorf("message %s after %d attempts, want SENT after 3 (two refusals)", row.Status, row.Attempts)
		}
		time.Sleep(300 * time.Millisecond) // several more rounds of the sender
		if n := len(sink.received()); n != 1 {
			t.Errorf("%d mails for one request", n)
		}

		var list notifications
		coord.post(t, `{notifications{id kind subject body link read delivered}}`, nil).decode(t, &list)
		if len(list.Notifications) != 1 || list.Notifications[0].Kind != "JOIN_REQUEST" || !list.Notifications[0].Delivered || list.Notifications[0].Read {
			t.Fatalf("coordinator's notifications %+v", list)
		}
		id := list.Notifications[0].ID
		for _, role := range []string{"ANONYMOUS", "VIEWER", "EDITOR", "ADMIN"} {
			var other notifications
			f.browsers[role].post(t, `{notifications{id}}`, nil).decode(t, &other)
			if len(other.Notifications) != 0 {
				t.Errorf("%s reads %+v", role, other)
			}
			if res := f.browsers[role].post(t, `mutation($id:ID!){markNotificationRead(id:$id){read}}`, map[string]any{"id": id}); len(res.Errors) == 0 {
				t.Errorf("%s marked the coordinator's notification read", role)
			}
		}
		coord.post(t, `mutation($id:ID!){markNotificationRead(id:$id){read}}`, map[string]any{"id": id}).decode(t, &struct{}{})
		coord.post(t, `{notifications(unreadOnly:true){id}}`, nil).decode(t, &list)
		if len(list.Notifications) != 0 {
			t.Errorf("unread after marking read: %+v", list)
		}

		// Turned off: the next request writes nothing for her.
		coord.post(t, `mutation{updatePreferences(notificationsOff:[JOIN_REQUEST]){notificationsOff}}`, nil).decode(t, &struct{}{})
		ask(t, f.browsers["ADMIN"], f.other.ID, f.net.ID, "ORGANIZATION")
		if n := f.app.DB.Client.Message.Query().CountX(f.sys); n != 1 {
			t.Errorf("%d messages after the coordinator turned join requests off", n)
		}
		if res := coord.post(t, `mutation{updatePreferences(language:de){language}}`, nil); len(res.Errors) == 0 {
			t.Error("language de accepted")
		}
	})
}

// TestMailOverImplicitTLS: smtps:// speaks TLS from the first byte; the
// mail server's certificate is trusted through --smtp-ca-file, as an
// operator whose relay has its own certificate authority would.
func TestMailOverImplicitTLS(t *testing.T) {
	sink := startSinkTLS(t, true)
	ca := filepath.Join(t.TempDir(), "relay-ca.pem")
	if err := os.WriteFile(ca, sink.caPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, "sqlite", mailTo(sink), func(c *server.Config) {
		c.SMTPURL = "smtps://verkosto:s3cret@" + sink.addr
		c.MailTLS = nil
		c.SMTPCAFile = ca
	})
	ask(t, f.browsers["EDITOR"], f.org.ID, f.net.ID, "ORGANIZATION")
	m := sink.waitFor(t, 1)[0]
	if m.to != "coordinator@example.fi" || !m.tls {
		t.Errorf("mail to %s over TLS %v", m.to, m.tls)
	}
	// Without the authority the certificate is refused, and nothing is sent.
	for _, c := range []struct{ file, want string }{{filepath.Join(t.TempDir(), "missing.pem"), "--smtp-ca-file"}, {"", "certificate"}} {
		m, err := outbox.ParseSMTP("smtps://verkosto:s3cret@"+sink.addr, "verkosto@example.fi")
		if err != nil {
			t.Fatal(err)
		}
		if c.file != "" {
			err = m.TrustCAFile(c.file)
		} else {
			err = m.Send(context.Background(), "coordinator@example.fi", "Testi", "Ei pidä mennä perille.", "<x@example.fi>")
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v", c.file, err)
		}
	}
	if n := len(sink.received()); n != 1 {
		t.Errorf("%d mails", n)
	}
}

// TestMailSurvivesRestart: a message written just before its server stops
// is delivered by the servers after it, once, though two run at once.
func TestMailSurvivesRestart(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		sink := startSink(t)
		dbURL := testdb.URL(t, dialect)
		cfg := server.DefaultConfig()
		cfg.DatabaseURL, cfg.Demo, cfg.PublicRead = dbURL, true, true
		cfg.Outbox.Interval = time.Hour // it stops before sending anything
		first, err := server.NewApp(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), testUI)
		if err != nil {
			t.Fatal(err)
		}
		sys := viewer.SystemContext(context.Background())
		c := first.DB.Client
		org := c.Organization.Create().SetNameFi("Uudelleenkäynnistys ry").SetSector("NGO").SaveX(sys)
		net := c.Network.Create().SetNameFi("Kestävä verkosto").SetKind("FORUM").SetLevel("MUNICIPAL").SaveX(sys)
		for _, spec := range []edit.NewAccount{
			{Email: "e@example.fi", Password: testPassword, Role: viewer.RoleEditor, OrganizationID: &org.ID},
			{Email: "k@example.fi", Password: testPassword, Role: viewer.RoleCoordinator, NetworkIDs: []int{net.ID}},
		} {
			if _, err := edit.CreateAccount(sys, c, spec, nil); err != nil {
				t.Fatal(err)
			}
		}
		// The editor asks to join through the API: the message is written
		// in the request's transaction; the server stops before sending it.
		srv := httptest.NewServer(first.Handler)
		b := (&testApp{App: first, URL: srv.URL}).browser(t)
		b.login(t, "e@example.fi")
		ask(t, b, org.ID, net.ID, "ORGANIZATION")
		srv.Close()
		if err := first.Close(); err != nil {
			t.Fatal(err)
		}

		// Two servers on the same database, both with the mail server.
		for range 2 {
			startApp(t, dialect, mailTo(sink), func(c *server.Config) { c.DatabaseURL = dbURL })
		}
		got := sink.waitFor(t, 1)
		time.Sleep(500 * time.Millisecond)
		if n := len(sink.received()); n != 1 || got[0].to != "k@example.fi" {
			t.Errorf("%d mails (first to %s), want one to the coordinator", n, got[0].to)
		}
	})
}

// TestJoinRequestDigest: a coordinator who chose a daily digest sees each
// request in the app at once, and gets them by e-mail in one message a day,
// in her language, once; a request after the day's digest waits for the next.
func TestJoinRequestDigest(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		sink := startSink(t)
		f := newFixture(t, dialect, mailTo(sink))
		c := f.app.DB.Client
		coord := f.browsers["COORDINATOR"]
		var prefs struct {
			UpdatePreferences struct{ JoinRequestDigest bool }
		}
		coord.post(t, `mutation{updatePreferences(language:en,joinRequestDigest:true){joinRequestDigest}}`, nil).decode(t, &prefs)
		if !prefs.UpdatePreferences.JoinRequestDigest {
			t.Fatalf("preferences %+v", prefs)
		}
		ask(t, f.browsers["EDITOR"], f.org.ID, f.net.ID, "ORGANIZATION")
		ask(t, f.browsers["ADMIN"], f.other.ID, f.net.ID, "ORGANIZATION")
		var list notifications
		coord.post(t, `{notifications{id kind subject delivered}}`, nil).decode(t, &list)
		if len(list.Notifications) != 2 || list.Notifications[0].Delivered {
			t.Fatalf("in the app at once, not yet mailed: %+v", list)
		}
		time.Sleep(300 * time.Millisecond) // the sender runs meanwhile: it mails none of them
		if n := len(sink.received()); n != 0 {
			t.Fatalf("%d mails before the digest", n)
		}

		// The next morning's digest: both requests in one message, once.
		morning := time.Now().Add(24 * time.Hour)
		for range 2 {
			if err := outbox.EnqueueJoinDigests(context.Background(), c, morning); err != nil {
				t.Fatal(err)
			}
		}
		m := sink.waitFor(t, 1)[0]
		subject, _ := new(mime.WordDecoder).DecodeHeader(m.msg.Header.Get("Subject"))
		if m.to != "coordinator@example.fi" || !strings.HasPrefix(subject, "Requests to join your networks, ") ||
			!strings.Contains(m.body, "Testiyhdistys asks to join Testiverkosto") || strings.Count(m.body, "asks to join") != 2 {
			t.Errorf("digest to %s: %q\n%s", m.to, subject, m.body)
		}
		coord.post(t, `{notifications{id kind subject delivered}}`, nil).decode(t, &list)
		for _, n := range list.Notifications {
			if n.Kind == "JOIN_REQUEST" && !n.Delivered {
				t.Errorf("a request the digest carried is not delivered: %+v", n)
			}
		}
		// A request after the digest waits for the next day's.
		ask(t, f.browsers["ADMIN"], f.shelter.ID, f.net.ID, "ORGANIZATION")
		if err := outbox.EnqueueJoinDigests(context.Background(), c, morning); err != nil {
			t.Fatal(err)
		}
		if n := c.Message.Query().Where(message.KindEQ(message.KindJOIN_REQUEST_DIGEST)).CountX(f.sys); n != 1 {
			t.Errorf("%d digests on one day", n)
		}
		if err := outbox.EnqueueJoinDigests(context.Background(), c, morning.Add(24*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if n := c.Message.Query().Where(message.KindEQ(message.KindJOIN_REQUEST_DIGEST)).CountX(f.sys); n != 2 {
			t.Errorf("%d digests after two days, want 2", n)
		}
		time.Sleep(300 * time.Millisecond)
		if n := len(sink.waitFor(t, 2)); n != 2 {
			t.Errorf("%d mails, want the two digests", n)
		}
	})
}
