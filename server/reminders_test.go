package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/internal/outbox"
	"github.com/verkosto/verkosto/internal/testdb"
)

// TestStaleReminders: an editor whose entry went unconfirmed for 11 months
// gets one reminder, in her language, however often the job runs; her
// network's coordinator one digest a month; confirming ends the period.
// The server's sender runs the job too, and delivers (to a real SMTP server).
func TestStaleReminders(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		sink := startSink(t)
		f := newFixture(t, dialect, mailTo(sink))
		c := f.app.DB.Client
		now := time.Now()
		c.Organization.UpdateOneID(f.org.ID).SetLastConfirmedAt(now.AddDate(0, -11, -1)).ExecX(f.sys)
		c.Membership.Create().SetOrganizationID(f.org.ID).SetNetworkID(f.net.ID).SetStatus(membership.StatusACTIVE).ExecX(f.sys)
		f.browsers["EDITOR"].post(t, `mutation{updatePreferences(language:en){language}}`, nil).decode(t, &struct{}{})

		for range 3 {
			if err := outbox.EnqueueReminders(context.Background(), c, now); err != nil {
				t.Fatal(err)
			}
		}
		count := func(kind message.Kind) int {
			return c.Message.Query().Where(message.KindEQ(kind)).CountX(f.sys)
		}
		if n, d := count(message.KindSTALE_ENTRY), count(message.KindSTALE_DIGEST); n != 1 || d != 1 {
			t.Fatalf("%d reminders and %d digests after three runs, want one of each", n, d)
		}
		got := sink.waitFor(t, 2)
		var reminder sunk
		for _, m := range got {
			if m.to == "editor@example.fi" {
				reminder = m
			}
		}
		if reminder.msg == nil || reminder.msg.Header.Get("Subject") != "Is the entry of Testiyhdistys still accurate?" ||
			!strings.Contains(reminder.body, fmt.Sprintf("https://verkosto.example.fi/organizations/%d?full=1", f.org.ID)) {
			t.Errorf("reminder %+v", reminder)
		}

		// Confirming starts a new period: no reminder until it too is stale.
		f.browsers["EDITOR"].post(t, fmt.Sprintf(`mutation{confirmOrganization(id:"%d"){id}}`, f.org.ID), nil).decode(t, &struct{}{})
		if err := outbox.EnqueueReminders(context.Background(), c, now.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if n := count(message.KindSTALE_ENTRY); n != 1 {
			t.Errorf("%d reminders after confirming", n)
		}
		// Eleven months later, one more.
		if err := outbox.EnqueueReminders(context.Background(), c, now.AddDate(0, 11, 2)); err != nil {
			t.Fatal(err)
		}
		if n := count(message.KindSTALE_ENTRY); n != 2 {
			t.Errorf("%d reminders eleven months after the confirmation, want 2", n)
		}
	})
}
