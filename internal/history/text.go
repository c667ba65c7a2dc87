package history

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/organization"
	"github.com/verkosto/verkosto/internal/names"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Names are the names of the organisations and networks events name, in
// one language.
type Names struct {
	Organization, Network map[int]string
}

// LoadNames reads the names events need, in lang (fi, sv or en; a missing
// translation falls back to Finnish). Names of organisations and networks
// are read by every reader.
func LoadNames(ctx context.Context, client *ent.Client, events []Event, lang string) (Names, error) {
	ctx = viewer.SystemContext(ctx)
	n := Names{Organization: map[int]string{}, Network: map[int]string{}}
	var orgs, nets []int
	for _, e := range events {
		if e.OrganizationID != 0 {
			orgs = append(orgs, e.OrganizationID)
		}
		if e.NetworkID != 0 {
			nets = append(nets, e.NetworkID)
		}
	}
	if len(orgs) > 0 {
		os, err := client.Organization.Query().Where(organization.IDIn(unique(orgs)...)).
			Select(organization.FieldID, organization.FieldNameFi, organization.FieldNameSv, organization.FieldNameEn).All(ctx)
		if err != nil {
			return n, fmt.Errorf("history: names: %w", err)
		}
		for _, o := range os {
			n.Organization[o.ID] = names.In(lang, o.NameFi, o.NameSv, o.NameEn)
		}
	}
	if len(nets) > 0 {
		ns, err := client.Network.Query().Where(network.IDIn(unique(nets)...)).
			Select(network.FieldID, network.FieldNameFi, network.FieldNameSv, network.FieldNameEn).All(ctx)
		if err != nil {
			return n, fmt.Errorf("history: names: %w", err)
		}
		for _, x := range ns {
			n.Network[x.ID] = names.In(lang, x.NameFi, x.NameSv, x.NameEn)
		}
	}
	return n, nil
}

// titles are one line per kind and language: %[1]s the organisation,
// %[2]s the network, %[3]s and %[4]s the value before and after, %[5]s the
// entry (organisation, else network).
var titles = map[string]map[Kind]string{
	"fi": {
		MembershipRequested: "%[1]s: pyyntö liittyä verkostoon %[2]s",
		MembershipDeclined:  "%[1]s: liittyminen verkostoon %[2]s hylättiin",
		MembershipStarted:   "%[1]s liittyi verkostoon %[2]s",
		MembershipEnded:     "%[1]s erosi verkostosta %[2]s",
		RoleChanged:         "%[1]s: rooli verkostossa %[2]s muuttui (%[3]s → %[4]s)",
		NetworkAdded:        "Uusi verkosto: %[2]s",
		NetworkStarted:      "Verkosto %[2]s aloitti",
		NetworkEnded:        "Verkosto %[2]s päättyi",
		NetworkDormant:      "Verkosto %[2]s on lepotilassa",
		NetworkRenamed:      "Verkosto %[3]s on nyt %[4]s",
		OrganizationAdded:   "Uusi organisaatio: %[1]s",
		OrganizationRenamed: "Organisaatio %[3]s on nyt %[4]s",
		EntryConfirmed:      "%[5]s: tiedot vahvistettiin ajantasaisiksi",
	},
	"sv": {
		MembershipRequested: "%[1]s: begäran om att gå med i %[2]s",
		MembershipDeclined:  "%[1]s: anslutningen till %[2]s avslogs",
		MembershipStarted:   "%[1]s gick med i %[2]s",
		MembershipEnded:     "%[1]s lämnade %[2]s",
		RoleChanged:         "%[1]s: rollen i %[2]s ändrades (%[3]s → %[4]s)",
		NetworkAdded:        "Nytt nätverk: %[2]s",
		NetworkStarted:      "Nätverket %[2]s startade",
		NetworkEnded:        "Nätverket %[2]s upphörde",
		NetworkDormant:      "Nätverket %[2]s är vilande",
		NetworkRenamed:      "Nätverket %[3]s heter nu %[4]s",
		OrganizationAdded:   "Ny organisation: %[1]s",
		OrganizationRenamed: "Organisationen %[3]s heter nu %[4]s",
		EntryConfirmed:      "%[5]s: uppgifterna bekräftades",
	},
	"en": {
		MembershipRequested: "%[1]s: request to join %[2]s",
		MembershipDeclined:  "%[1]s: joining %[2]s was declined",
		MembershipStarted:   "%[1]s joined %[2]s",
		MembershipEnded:     "%[1]s left %[2]s",
		RoleChanged:         "%[1]s: role in %[2]s changed (%[3]s → %[4]s)",
		NetworkAdded:        "New network: %[2]s",
		NetworkStarted:      "Network %[2]s started",
		NetworkEnded:        "Network %[2]s ended",
		NetworkDormant:      "Network %[2]s is dormant",
		NetworkRenamed:      "Network %[3]s is now %[4]s",
		OrganizationAdded:   "New organisation: %[1]s",
		OrganizationRenamed: "Organisation %[3]s is now %[4]s",
		EntryConfirmed:      "%[5]s: the entry was confirmed as accurate",
	},
}

// Title is a one-line description of e in lang (fi, sv or en).
func Title(e Event, n Names, lang string) string {
	t, ok := titles[lang]
	if !ok {
		t = titles["fi"]
	}
	org, net := n.Organization[e.OrganizationID], n.Network[e.NetworkID]
	subject := org
	if subject == "" {
		subject = net
	}
	return fmt.Sprintf(t[e.Kind], org, net, plain(e.Before), plain(e.After), subject)
}

// plain is a JSON text value without its quotes.
func plain(s string) string {
	var v string
	if json.Unmarshal([]byte(s), &v) == nil {
		return v
	}
	return s
}
