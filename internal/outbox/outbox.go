// Package outbox writes the messages Verkosto sends (join requests to
// coordinators, invitations to editors, reminders to confirm an entry, a
// monthly digest of stale entries) and delivers them.
//
// A message is a row written in the same transaction as the change that
// causes it (a transactional outbox): if the change rolls back, so does the
// message, and once it commits the message will be delivered even if the
// server stops at once. Its key names the event and the recipient, so that
// writing it again (a retry, the reminder job running twice) keeps the first.
// The Sender delivers: one server at a time holds its lease; each message is
// claimed before it is sent, retried with exponential backoff, and marked
// sent in its row.
package outbox

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/privacy"
	"github.com/verkosto/verkosto/internal/names"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Kinds lists every kind of message; an account may turn each off.
var Kinds = []message.Kind{message.KindJOIN_REQUEST, message.KindINVITATION, message.KindSTALE_ENTRY, message.KindSTALE_DIGEST}

// Content is a message in one language.
type Content struct {
	Subject, Body string
	Link          string // the web app's path, e.g. /organizations/12
}

// Enqueue writes a message of kind to each recipient, rendered in the
// recipient's language, through client (a transaction's client when a
// change causes it). key names the event; the recipient's ID is added. A
// recipient who is disabled or has turned kind off gets none; a message
// already written for the same event and recipient is kept as it was.
func Enqueue(ctx context.Context, client *ent.Client, kind message.Kind, key string, to []*ent.Account, render func(lang string) Content) error {
	// The outbox is the server's own: whoever causes a message may not
	// read or write other accounts' messages.
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	for _, a := range to {
		if a.Disabled || slices.Contains(a.NotificationsOff, string(kind)) {
			continue
		}
		c := render(string(a.Language))
		status := message.StatusPENDING
		if kind == message.KindJOIN_REQUEST && a.JoinRequestDigest {
			// In the app now; by e-mail in the day's digest (Digests).
			status = message.StatusHELD
		}
		err := client.Message.Create().
			SetKey(key + ":" + strconv.Itoa(a.ID)).
			SetKind(kind).
			SetAccountID(a.ID).
			SetSubject(truncate(c.Subject, 300)).
			SetBody(c.Body).
			SetLink(c.Link).
			SetStatus(status).
			OnConflictColumns(message.FieldKey).
			DoNothing().
			Exec(ctx)
		if err != nil && !isNoRows(err) {
			return fmt.Errorf("outbox: writing a message: %w", err)
		}
	}
	return nil
}

// MembershipRequested writes, in the transaction that created m, the
// message its other side answers: an organisation's request goes to the
// network's coordinators, a network's invitation to the organisation's
// editors.
func MembershipRequested(ctx context.Context, client *ent.Client, m *ent.Membership) error {
	if m.Status != membership.StatusPENDING {
		return nil
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	org, err := client.Organization.Get(sys, m.OrganizationID)
	if err != nil {
		return err
	}
	net, err := client.Network.Get(sys, m.NetworkID)
	if err != nil {
		return err
	}
	q := client.Account.Query().Where(account.Disabled(false))
	kind, key := message.KindJOIN_REQUEST, "join-request:"+strconv.Itoa(m.ID)
	if m.RequestedBy == membership.RequestedByNETWORK {
		kind, key = message.KindINVITATION, "invitation:"+strconv.Itoa(m.ID)
		q.Where(account.RoleEQ(viewer.RoleEditor), account.OrganizationID(m.OrganizationID))
	} else {
		q.Where(account.RoleEQ(viewer.RoleCoordinator), account.HasNetworksWith(network.ID(m.NetworkID)))
	}
	to, err := q.All(sys)
	if err != nil {
		return err
	}
	return Enqueue(ctx, client, kind, key, to, func(lang string) Content {
		return render(kind, lang, names.In(lang, org.NameFi, org.NameSv, org.NameEn), names.In(lang, net.NameFi, net.NameSv, net.NameEn), "/inbox")
	})
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// isNoRows: an upsert that did nothing reports no row on some drivers.
func isNoRows(err error) bool {
	return err != nil && err.Error() == "sql: no rows in result set"
}

// Notifications returns the signed-in account's messages, newest first
// (the message policy reads each account its own).
func Notifications(ctx context.Context, client *ent.Client, first int, unreadOnly bool) ([]*ent.Message, error) {
	if !viewer.FromContext(ctx).SignedIn() {
		return nil, nil
	}
	q := client.Message.Query().Order(message.ByCreatedAt(sql.OrderDesc()), message.ByID(sql.OrderDesc())).Limit(first)
	if unreadOnly {
		q.Where(message.ReadAtIsNil())
	}
	return q.All(ctx)
}

// MarkRead marks one of the signed-in account's messages read; another's
// is not found.
func MarkRead(ctx context.Context, client *ent.Client, id int) (*ent.Message, error) {
	m, err := client.Message.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if m.ReadAt != nil {
		return m, nil
	}
	return client.Message.UpdateOne(m).SetReadAt(time.Now()).Save(privacy.DecisionContext(ctx, privacy.Allow))
}

// SetPreferences changes the signed-in account's own message preferences;
// nil leaves one as it is.
func SetPreferences(ctx context.Context, client *ent.Client, language *account.Language, off []message.Kind, digest *bool) (*ent.Account, error) {
	v := viewer.FromContext(ctx)
	if !v.SignedIn() {
		return nil, privacy.Denyf("sign in to see this")
	}
	upd := client.Account.UpdateOneID(v.AccountID)
	if language != nil {
		upd.SetLanguage(*language)
	}
	if off != nil {
		kinds := []string{}
		for _, k := range Kinds {
			if slices.Contains(off, k) {
				kinds = append(kinds, string(k))
			}
		}
		upd.SetNotificationsOff(kinds)
	}
	if digest != nil {
		upd.SetJoinRequestDigest(*digest)
	}
	// An account may change these of its own, whatever its role.
	return upd.Save(privacy.DecisionContext(ctx, privacy.Allow))
}
