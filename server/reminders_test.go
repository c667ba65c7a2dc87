package server_test

import (
	"context"
	"fmt"
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/verkosto/verkosto/ent/area"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/internal/edit"
	"github.com/verkosto/verkosto/internal/outbox"
	"github.com/verkosto/verkosto/internal/testdb"
	"github.com/verkosto/verkosto/internal/viewer"
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

// TestStaleEntryReminderToMet, end to end: a county's shelter coverage is
// AT_RISK because both of its shelters' entries went unconfirmed for over a
// year; one shelter's editor, who reads Swedish, gets one reminder in
// Swedish by e-mail with a link to her entry; she confirms it, and the
// county's coverage turns MET. Running the job again sends nothing more.
func TestStaleEntryReminderToMet(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dialect string) {
		sink := startSink(t)
		f := newFixture(t, dialect, mailTo(sink))
		c := f.app.DB.Client
		lappi := c.Area.Query().Where(area.NameFi("Lapin hyvinvointialue")).OnlyX(f.sys)
		stale := time.Now().AddDate(0, -13, 0)
		shelter := func(name string) int {
			return c.Organization.Create().SetNameFi(name).SetSector("NGO").SetServices([]enum.Service{"SHELTER"}).
				SetHomeAreaID(lappi.ID).SetLastConfirmedAt(stale).SaveX(f.sys).ID
		}
		ours, _ := shelter("Lapin turvakoti"), shelter("Tornion turvakoti")
		if _, err := edit.CreateAccount(f.sys, c, edit.NewAccount{Email: "turvakoti@example.fi", Password: testPassword,
			Role: viewer.RoleEditor, OrganizationID: &ours}, nil); err != nil {
			t.Fatal(err)
		}
		editor := f.app.browser(t)
		editor.login(t, "turvakoti@example.fi")
		editor.post(t, `mutation{updatePreferences(language:sv){language}}`, nil).decode(t, &struct{}{})

		status := func() string {
			var d struct {
				Coverage struct {
					Expectations []struct{ Key, Status string }
				}
			}
			f.browsers["ANONYMOUS"].post(t, `query($a:ID!){coverage(area:$a){expectations{key status}}}`, map[string]any{"a": fmt.Sprint(lappi.ID)}).decode(t, &d)
			for _, e := range d.Coverage.Expectations {
				if e.Key == "shelter" {
					return e.Status
				}
			}
			t.Fatalf("no shelter expectation: %+v", d)
			return ""
		}
		if s := status(); s != "AT_RISK" {
			t.Fatalf("shelters in Lapland before: %s, want AT_RISK", s)
		}

		for range 2 {
			if err := outbox.EnqueueReminders(context.Background(), c, time.Now()); err != nil {
				t.Fatal(err)
			}
		}
		var reminder sunk
		for _, m := range sink.waitFor(t, 1) {
			if m.to == "turvakoti@example.fi" {
				reminder = m
			}
		}
		subject, _ := new(mime.WordDecoder).DecodeHeader(reminder.msg.Header.Get("Subject"))
		if subject != "Stämmer uppgifterna om Lapin turvakoti fortfarande?" ||
			!strings.Contains(reminder.body, fmt.Sprintf("https://verkosto.example.fi/organizations/%d?full=1", ours)) {
			t.Errorf("reminder %q\n%s", subject, reminder.body)
		}

		// She follows the link, signs in and confirms.
		editor.post(t, fmt.Sprintf(`mutation{confirmOrganization(id:"%d"){id}}`, ours), nil).decode(t, &struct{}{})
		deadline := time.Now().Add(5 * time.Second)
		s := status()
		for s != "MET" && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
			s = status()
		}
		if s != "MET" {
			t.Errorf("shelters in Lapland after confirming: %s, want MET", s)
		}
		if err := outbox.EnqueueReminders(context.Background(), c, time.Now()); err != nil {
			t.Fatal(err)
		}
		if n := c.Message.Query().Where(message.KindEQ(message.KindSTALE_ENTRY)).CountX(f.sys); n != 1 {
			t.Errorf("%d reminders, want one", n)
		}
	})
}
