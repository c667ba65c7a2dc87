package outbox

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Finnish time on a machine without a time zone database

	"entgo.io/ent/privacy"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/message"
)

// DigestHour is the hour, Finnish time, from which the day's join-request
// digest goes out: it holds the requests held since the previous one.
const DigestHour = 7

var finland = mustLocation("Europe/Helsinki")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// digestCut is the latest digest time at or before now: today at
// DigestHour in Finland, or yesterday's before that hour.
func digestCut(now time.Time) time.Time {
	local := now.In(finland)
	cut := time.Date(local.Year(), local.Month(), local.Day(), DigestHour, 0, 0, 0, finland)
	if local.Before(cut) {
		cut = cut.AddDate(0, 0, -1)
	}
	return cut
}

// EnqueueJoinDigests writes, to each account that chose a daily digest of
// join requests, one message with the requests held for it before the
// day's digest time, and marks those delivered by it, in one transaction
// per account. The digest's key is the day: run again (or by another
// server), it writes nothing new, and a request that comes after the
// digest waits for the next day's.
func EnqueueJoinDigests(ctx context.Context, client *ent.Client, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	cut := digestCut(now)
	held, err := client.Message.Query().
		Where(message.StatusEQ(message.StatusHELD), message.CreatedAtLT(cut)).
		Order(message.ByAccountID(), message.ByCreatedAt(), message.ByID()).All(ctx)
	if err != nil {
		return fmt.Errorf("join digests: %w", err)
	}
	byAccount := map[int][]*ent.Message{}
	var order []int
	for _, m := range held {
		if byAccount[m.AccountID] == nil {
			order = append(order, m.AccountID)
		}
		byAccount[m.AccountID] = append(byAccount[m.AccountID], m)
	}
	for _, id := range order {
		if err := joinDigest(ctx, client, id, byAccount[id], cut); err != nil {
			return err
		}
	}
	return nil
}

func joinDigest(ctx context.Context, client *ent.Client, accountID int, held []*ent.Message, cut time.Time) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("join digests: %w", err)
	}
	defer tx.Rollback()
	a, err := tx.Account.Query().Where(account.ID(accountID)).Only(ctx)
	if err != nil {
		return fmt.Errorf("join digests: %w", err)
	}
	day := cut.Format(time.DateOnly)
	key := "join-digest:" + day
	if done, err := tx.Message.Query().Where(message.Key(key + ":" + strconv.Itoa(a.ID))).Exist(ctx); err != nil || done {
		// Today's went already: these came as it was written, and wait
		// for tomorrow's.
		return err
	}
	var lines []string
	ids := make([]int, len(held))
	for i, m := range held {
		lines = append(lines, "- "+m.Subject)
		ids[i] = m.ID
	}
	err = Enqueue(ctx, tx.Client(), message.KindJOIN_REQUEST_DIGEST, key, []*ent.Account{a}, func(lang string) Content {
		return render(message.KindJOIN_REQUEST_DIGEST, lang, strings.Join(lines, "\n"), "", "/inbox", digestDay(lang, cut))
	})
	if err != nil {
		return err
	}
	// Delivered by the digest: the sender leaves SENT messages alone.
	if err := tx.Message.Update().Where(message.IDIn(ids...), message.StatusEQ(message.StatusHELD)).
		SetStatus(message.StatusSENT).Exec(ctx); err != nil {
		return fmt.Errorf("join digests: %w", err)
	}
	return tx.Commit()
}

// digestDay is the digest's day as its reader writes dates: 3.12.2026 in
// Finnish and Swedish, 3 December 2026 in English.
func digestDay(lang string, t time.Time) string {
	if lang == "en" {
		return t.Format("2 January 2006")
	}
	return strconv.Itoa(t.Day()) + "." + strconv.Itoa(int(t.Month())) + "." + strconv.Itoa(t.Year())
}
