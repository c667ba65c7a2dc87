package outbox

import (
	"fmt"

	"github.com/verkosto/verkosto/ent/message"
)

// texts are each kind's subject and body per language: %[1]s is the
// organisation (or, in a digest, the list of entries), %[2]s the network,
// %[3]s a date.
var texts = map[string]map[message.Kind][2]string{
	"fi": {
		message.KindJOIN_REQUEST: {"%[1]s pyytää liittyä verkostoon %[2]s",
			"%[1]s pyytää liittyä verkostoon %[2]s, jota koordinoit. Hyväksy tai hylkää pyyntö Verkostossa."},
		message.KindINVITATION: {"Kutsu verkostoon %[2]s",
			"Verkosto %[2]s kutsuu organisaation %[1]s jäseneksi. Hyväksy tai hylkää kutsu Verkostossa."},
		message.KindSTALE_ENTRY: {"Ovatko organisaation %[1]s tiedot yhä ajan tasalla?",
			"Organisaation %[1]s tiedot vahvistettiin viimeksi %[3]s. Tarkista ne ja paina \"Tiedot ajan tasalla\", tai korjaa ne."},
		message.KindSTALE_DIGEST: {"Vahvistamattomat tiedot verkostoissasi",
			"Näitä verkostojesi tietoja ei ole vahvistettu yli 11 kuukauteen:\n\n%[1]s"},
		message.KindJOIN_REQUEST_DIGEST: {"Liittymispyynnöt verkostoihisi %[3]s",
			"Verkostoihin, joita koordinoit, on tullut liittymispyyntöjä. Hyväksy tai hylkää ne Verkostossa:\n\n%[1]s"},
	},
	"sv": {
		message.KindJOIN_REQUEST: {"%[1]s vill gå med i %[2]s",
			"%[1]s vill gå med i nätverket %[2]s som du koordinerar. Godkänn eller avslå begäran i Verkosto."},
		message.KindINVITATION: {"Inbjudan till %[2]s",
			"Nätverket %[2]s bjuder in %[1]s som medlem. Godkänn eller avslå inbjudan i Verkosto."},
		message.KindSTALE_ENTRY: {"Stämmer uppgifterna om %[1]s fortfarande?",
			"Uppgifterna om %[1]s bekräftades senast %[3]s. Granska dem och tryck på \"Uppgifterna stämmer\", eller rätta dem."},
		message.KindSTALE_DIGEST: {"Obekräftade uppgifter i dina nätverk",
			"Dessa uppgifter i dina nätverk har inte bekräftats på över 11 månader:\n\n%[1]s"},
		message.KindJOIN_REQUEST_DIGEST: {"Begäranden om medlemskap i dina nätverk %[3]s",
			"Nätverk som du koordinerar har fått begäranden om medlemskap. Godkänn eller avslå dem i Verkosto:\n\n%[1]s"},
	},
	"en": {
		message.KindJOIN_REQUEST: {"%[1]s asks to join %[2]s",
			"%[1]s asks to join %[2]s, which you coordinate. Approve or decline the request in Verkosto."},
		message.KindINVITATION: {"Invitation to %[2]s",
			"The network %[2]s invites %[1]s to join. Accept or decline the invitation in Verkosto."},
		message.KindSTALE_ENTRY: {"Is the entry of %[1]s still accurate?",
			"The entry of %[1]s was last confirmed on %[3]s. Check it and press \"Still accurate\", or correct it."},
		message.KindSTALE_DIGEST: {"Unconfirmed entries in your networks",
			"These entries in your networks have not been confirmed for over 11 months:\n\n%[1]s"},
		message.KindJOIN_REQUEST_DIGEST: {"Requests to join your networks, %[3]s",
			"Networks you coordinate have requests to join. Approve or decline them in Verkosto:\n\n%[1]s"},
	},
}

func render(kind message.Kind, lang, org, net, link string, date ...string) Content {
	t, ok := texts[lang]
	if !ok {
		t = texts["fi"]
	}
	d := ""
	if len(date) > 0 {
		d = date[0]
	}
	return Content{Subject: fmt.Sprintf(t[kind][0], org, net, d), Body: fmt.Sprintf(t[kind][1], org, net, d), Link: link}
}
