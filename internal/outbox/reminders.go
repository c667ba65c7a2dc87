package outbox

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/account"
	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/message"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/internal/names"
	"github.com/verkosto/verkosto/internal/viewer"
)

// StaleAfter is how long after its last confirmation an entry's editors
// are reminded: a month before coverage counts it as stale (12 months).
const StaleAfter = 11

// staleSince is the moment before which an entry confirmed (or, never
// confirmed, created) is stale at now.
func staleSince(now time.Time) time.Time { return now.AddDate(0, -StaleAfter, 0) }

// baseline is when an entry was last known accurate: its confirmation, or
// its creation when nobody has confirmed it.
func baseline(confirmed *time.Time, created time.Time) time.Time {
	if confirmed != nil {
		return *confirmed
	}
	return created
}

// EnqueueReminders writes one reminder per stale organisation to its
// editors, and to each coordinator one digest a month of the stale
// entries in her networks. It is idempotent: a reminder's key is the
// entry and the confirmation it follows (confirming starts a new period),
// a digest's the month, so running it again writes nothing new.
func EnqueueReminders(ctx context.Context, client *ent.Client, now time.Time) error {
	ctx = viewer.SystemContext(ctx)
	cut := staleSince(now)
	orgs, err := client.Organization.Query().Where(organization.Or(
		organization.LastConfirmedAtLT(cut),
		organization.And(organization.LastConfirmedAtIsNil(), organization.CreatedAtLT(cut)),
	), organization.HasEditors()).All(ctx)
	if err != nil {
		return fmt.Errorf("reminders: %w", err)
	}
	for _, o := range orgs {
		editors, err := client.Account.Query().Where(account.OrganizationID(o.ID), account.RoleEQ(viewer.RoleEditor)).All(ctx)
		if err != nil {
			return fmt.Errorf("reminders: %w", err)
		}
		since := baseline(o.LastConfirmedAt, o.CreatedAt)
		key := "stale:" + strconv.Itoa(o.ID) + ":" + since.UTC().Format(time.RFC3339)
		err = Enqueue(ctx, client, message.KindSTALE_ENTRY, key, editors, func(lang string) Content {
			return render(message.KindSTALE_ENTRY, lang, names.In(lang, o.NameFi, o.NameSv, o.NameEn), "",
				"/organizations/"+strconv.Itoa(o.ID)+"?full=1", since.Format(time.DateOnly))
		})
		if err != nil {
			return err
		}
	}
	return enqueueDigests(ctx, client, now, cut)
}

// enqueueDigests writes each coordinator the month's list of stale
// entries in her networks: the networks and their active members.
func enqueueDigests(ctx context.Context, client *ent.Client, now, cut time.Time) error {
	coords, err := client.Account.Query().Where(account.RoleEQ(viewer.RoleCoordinator), account.Disabled(false)).
		WithNetworks().All(ctx)
	if err != nil {
		return fmt.Errorf("digests: %w", err)
	}
	month := now.UTC().Format("2006-01")
	for _, c := range coords {
		var netIDs []int
		for _, n := range c.Edges.Networks {
			netIDs = append(netIDs, n.ID)
		}
		if len(netIDs) == 0 {
			continue
		}
		nets, err := client.Network.Query().Where(network.IDIn(netIDs...), network.Or(
			network.LastConfirmedAtLT(cut),
			network.And(network.LastConfirmedAtIsNil(), network.CreatedAtLT(cut)))).All(ctx)
		if err != nil {
			return fmt.Errorf("digests: %w", err)
		}
		orgs, err := client.Organization.Query().Where(
			organization.HasMembershipsWith(membership.NetworkIDIn(netIDs...), membership.StatusEQ(membership.StatusACTIVE)),
			organization.Or(organization.LastConfirmedAtLT(cut),
				organization.And(organization.LastConfirmedAtIsNil(), organization.CreatedAtLT(cut)))).
			Order(organization.ByNameFi()).Limit(200).All(ctx)
		if err != nil {
			return fmt.Errorf("digests: %w", err)
		}
		if len(nets) == 0 && len(orgs) == 0 {
			continue
		}
		err = Enqueue(ctx, client, message.KindSTALE_DIGEST, "stale-digest:"+month, []*ent.Account{c}, func(lang string) Content {
			var lines []string
			for _, n := range nets {
				lines = append(lines, "- "+names.In(lang, n.NameFi, n.NameSv, n.NameEn))
			}
			for _, o := range orgs {
				lines = append(lines, "- "+names.In(lang, o.NameFi, o.NameSv, o.NameEn))
			}
			slices.Sort(lines)
			return render(message.KindSTALE_DIGEST, lang, strings.Join(lines, "\n"), "", "/coverage")
		})
		if err != nil {
			return err
		}
	}
	return nil
}
