package outbox

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/lease"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Mailer delivers one message; nil means no mail server: messages are
// delivered to the in-app list and the log.
type Mailer interface {
	Send(ctx context.Context, to, subject, body, messageID string) error
}

// Options configure a Sender; zero fields take the defaults.
type Options struct {
	Mailer      Mailer
	BaseURL     string        // prefixed to a message's link in e-mail (e.g. https://verkosto.example.fi)
	Interval    time.Duration // how often to look for due messages (default 5s)
	Backoff     time.Duration // the first retry's delay, doubling each time (default 30s, at most 6h)
	MaxAttempts int           // then the message is FAILED (default 12)
	LeaseTTL    time.Duration // how long the lease lasts unrenewed (default 30s)
	Reminders   time.Duration // how often to run the reminder job (default 1h)
}

// Sender delivers the outbox. Every server runs one; only the holder of
// the lease sends.
type Sender struct {
	client *ent.Client
	log    *slog.Logger
	opt    Options
	holder string
	now    func() time.Time
}

// LeaseName is the lease row of the sender.
const LeaseName = "outbox-sender"

// NewSender returns a sender over client.
func NewSender(client *ent.Client, log *slog.Logger, opt Options) *Sender {
	if opt.Interval <= 0 {
		opt.Interval = 5 * time.Second
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 30 * time.Second
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 12
	}
	if opt.LeaseTTL <= 0 {
		opt.LeaseTTL = 30 * time.Second
	}
	if opt.Reminders <= 0 {
		opt.Reminders = time.Hour
	}
	host, _ := os.Hostname()
	var b [6]byte
	rand.Read(b[:])
	return &Sender{client: client, log: log, opt: opt, holder: host + "/" + hex.EncodeToString(b[:]), now: time.Now}
}

// Run delivers until ctx is done: while it holds the lease, due messages
// every Interval and the reminder job every Reminders.
func (s *Sender) Run(ctx context.Context) {
	tick := time.NewTicker(s.opt.Interval)
	defer tick.Stop()
	var lastReminders time.Time
	for {
		// The first round waits an interval too: start-up has enough to do.
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		held, err := s.Acquire(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("outbox: lease", "err", err)
			}
			continue
		}
		if !held {
			continue
		}
		if s.now().Sub(lastReminders) >= s.opt.Reminders {
			if err := EnqueueReminders(ctx, s.client, s.now()); err != nil && ctx.Err() == nil {
				s.log.Warn("outbox: reminders", "err", err)
			}
			if err := EnqueueJoinDigests(ctx, s.client, s.now()); err != nil && ctx.Err() == nil {
				s.log.Warn("outbox: join-request digests", "err", err)
			}
			lastReminders = s.now()
		}
		if _, err := s.DeliverDue(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("outbox: delivering", "err", err)
		}
	}
}

// Acquire takes or renews the lease; false when another server holds it.
func (s *Sender) Acquire(ctx context.Context) (bool, error) {
	ctx = viewer.SystemContext(ctx)
	now := s.now()
	n, err := s.client.Lease.Update().
		Where(lease.Name(LeaseName), lease.Or(lease.Holder(s.holder), lease.ExpiresAtLT(now))).
		SetHolder(s.holder).SetExpiresAt(now.Add(s.opt.LeaseTTL)).Save(ctx)
	if err != nil {
		return false, err
	}
	if n == 1 {
		return true, nil
	}
	err = s.client.Lease.Create().SetName(LeaseName).SetHolder(s.holder).SetExpiresAt(now.Add(s.opt.LeaseTTL)).
		OnConflictColumns(lease.FieldName).DoNothing().Exec(ctx)
	if err != nil && !isNoRows(err) {
		return false, err
	}
	return s.client.Lease.Query().Where(lease.Name(LeaseName), lease.Holder(s.holder)).Exist(ctx)
}

// DeliverDue sends the messages that are due and returns how many went.
func (s *Sender) DeliverDue(ctx context.Context) (int, error) {
	ctx = viewer.SystemContext(ctx)
	now := s.now()
	due, err := s.client.Message.Query().
		Where(message.StatusEQ(message.StatusPENDING), message.NextAttemptAtLTE(now),
			message.Or(message.ClaimedUntilIsNil(), message.ClaimedUntilLT(now))).
		Order(message.ByNextAttemptAt(), message.ByID()).Limit(50).WithAccount().All(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, m := range due {
		// Claim it: of several senders (a lapsed lease, a slow one), only
		// the one whose claim changes the row sends.
		n, err := s.client.Message.Update().
			Where(message.ID(m.ID), message.StatusEQ(message.StatusPENDING),
				message.Or(message.ClaimedUntilIsNil(), message.ClaimedUntilLT(now))).
			SetClaimedUntil(now.Add(time.Minute)).AddAttempts(1).Save(ctx)
		if err != nil {
			return sent, err
		}
		if n == 0 {
			continue
		}
		err = s.deliver(ctx, m)
		upd := s.client.Message.UpdateOneID(m.ID).ClearClaimedUntil()
		switch {
		case err == nil:
			upd.SetStatus(message.StatusSENT).SetSentAt(s.now()).SetLastError("")
			sent++
		case m.Attempts+1 >= s.opt.MaxAttempts:
			s.log.Error("outbox: giving up on a message", "message", m.ID, "attempts", m.Attempts+1, "err", err)
			upd.SetStatus(message.StatusFAILED).SetLastError(truncate(err.Error(), 500))
		default:
			wait := min(s.opt.Backoff<<m.Attempts, 6*time.Hour)
			s.log.Warn("outbox: delivery failed; will retry", "message", m.ID, "attempt", m.Attempts+1, "retry_in", wait, "err", err)
			upd.SetNextAttemptAt(s.now().Add(wait)).SetLastError(truncate(err.Error(), 500))
		}
		if err := upd.Exec(ctx); err != nil {
			return sent, err
		}
	}
	return sent, nil
}

func (s *Sender) deliver(ctx context.Context, m *ent.Message) error {
	to := m.Edges.Account
	if to == nil || to.Disabled {
		return nil // nobody to tell: done
	}
	if s.opt.Mailer == nil {
		s.log.Info("message (in-app; no mail server configured)", "to", to.Email, "kind", m.Kind, "subject", m.Subject, "link", m.Link)
		return nil
	}
	body := m.Body
	if m.Link != "" {
		body += "\n\n" + s.opt.BaseURL + m.Link + "\n"
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := s.opt.Mailer.Send(sctx, to.Email, m.Subject, body, fmt.Sprintf("<%s@verkosto>", strings.ReplaceAll(m.Key, ":", "."))); err != nil {
		return err
	}
	s.log.Info("message sent", "to", to.Email, "kind", m.Kind, "message", m.ID)
	return nil
}
