package importer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/verkosto/verkosto/ent/membership"
	"github.com/verkosto/verkosto/ent/schema/enum"
)

// Field is what a column holds.
type Field string

const (
	FieldOrganization   Field = "organization"
	FieldBusinessID     Field = "businessId"
	FieldSector         Field = "sector"
	FieldNetwork        Field = "network"
	FieldRole           Field = "role"
	FieldRepresentative Field = "representative"
	FieldStartDate      Field = "startDate"
	FieldEndDate        Field = "endDate"
	FieldMunicipality   Field = "municipality"
	FieldStatus         Field = "status"
	FieldSource         Field = "source"
	// The roster's own IDs: a membership row's organisation and network
	// are the rows of the other sheets with these IDs.
	FieldID             Field = "id"
	FieldOrganizationID Field = "organizationId"
	FieldNetworkID      Field = "networkId"
	// FieldIgnore leaves a column out (the user's choice).
	FieldIgnore Field = "ignore"
	// fieldOrganizationDetail is an organisation's own detail on a
	// memberships sheet: recognised, not read there.
	fieldOrganizationDetail Field = "organizationDetail"
)

// Fields lists the fields a column can be mapped to, in the order a form shows them.
var Fields = []Field{FieldOrganization, FieldBusinessID, FieldSector, FieldNetwork, FieldRole,
	FieldRepresentative, FieldStartDate, FieldEndDate, FieldMunicipality, FieldStatus, FieldSource, FieldIgnore}

// rosterFields are read only with a roster's other sheets.
var rosterFields = []Field{FieldID, FieldOrganizationID, FieldNetworkID}

// headers are the names each field goes by in Finnish, Swedish and English
// spreadsheets (folded: lower case, no accents, no punctuation). The
// export's XLSX roster writes the first Finnish one.
var headers = map[Field][]string{
	FieldOrganization: {"organisaatio", "organisaation nimi", "jasen", "jasenorganisaatio", "toimija",
		"organisation", "organisationens namn", "medlem", "aktor",
		"organization", "organization name", "organisation name", "member", "member organization"},
	FieldBusinessID: {"y tunnus", "ytunnus", "y tunnus organisaatio", "fo nummer", "fo numret",
		"business id", "businessid", "business id number", "company id"},
	FieldSector:  {"sektori", "toimiala", "sektor", "sector"},
	FieldNetwork: {"verkosto", "verkoston nimi", "ryhma", "natverk", "natverkets namn", "grupp", "network", "network name", "group"},
	FieldRole:    {"rooli", "tehtava verkostossa", "roll", "uppdrag", "role", "role in network"},
	FieldRepresentative: {"edustajan nimike", "edustaja nimike", "nimike", "edustajan tehtavanimike", "tehtavanimike",
		"representantens titel", "representantens befattning", "titel", "befattning",
		"representatives title", "representative title", "representative role", "job title", "title"},
	FieldStartDate:    {"alkaen", "alkupaiva", "alkanut", "jasenyys alkaen", "fran", "startdatum", "start", "start date", "since", "from"},
	FieldEndDate:      {"paattyen", "loppupaiva", "paattynyt", "paattyy", "till", "slutdatum", "end", "end date", "until", "to"},
	FieldMunicipality: {"kunta", "kotikunta", "sijaintikunta", "kommun", "hemkommun", "municipality", "home municipality"},
	FieldStatus:       {"tila", "jasenyyden tila", "status", "state"},
	FieldSource:       {"lahde", "kalla", "source"},
	// The roster's ID columns (internal/export: ID, Organisaation ID, Verkoston ID).
	FieldID:             {"id"},
	FieldOrganizationID: {"organisaation id", "organisationens id", "organization id"},
	FieldNetworkID:      {"verkoston id", "natverkets id", "network id"},
}

// organizationHeaders are the organisation's own details (the roster's
// Organisaatiot sheet): on a memberships sheet they are recognised, so that
// an organisation's generic e-mail is not taken for a person's, but read
// only from the Organisaatiot sheet.
var organizationHeaders = []string{"organisaation sahkoposti", "vaihde", "verkkosivu", "osoite", "osoite salainen",
	"kuvaus", "palvelut", "kotialue", "toiminta alueet", "lyhenne", "emo organisaation id",
	"organisaatio ruotsiksi", "organisaatio englanniksi"}

// personHeaders are headers that mean a person: their columns are never
// imported. Matched as whole folded headers or as a header's first words.
var personHeaders = []string{
	"nimi", "etunimi", "sukunimi", "henkilo", "yhteyshenkilo", "edustaja", "edustajan nimi", "vastuuhenkilo",
	"puhelin", "puhelinnumero", "matkapuhelin", "gsm", "kannykka", "sahkoposti", "sahkopostiosoite", "email", "e mail",
	"namn", "fornamn", "efternamn", "person", "kontaktperson", "representant", "representantens namn",
	"telefon", "telefonnummer", "mobil", "mobiltelefon", "e post",
	"name", "first name", "last name", "surname", "contact", "contact person", "representative", "representatives name",
	"phone", "phone number", "mobile", "mobile phone", "cell phone",
}

// Column is one column of the file and what it is taken as.
type Column struct {
	Sheet  string  `json:"sheet,omitempty"` // a roster's sheet (or csv.zip's file); "" for the one sheet read
	Index  int     `json:"index"`
	Cell   string  `json:"cell"` // the header cell, e.g. "C1"
	Header string  `json:"header"`
	Field  Field   `json:"field,omitempty"` // "" when unknown or a person's
	Person bool    `json:"person"`          // means a person: not imported
	Mapped bool    `json:"mapped"`          // mapped by the user, not recognised
	Note   *Reason `json:"note,omitempty"`
}

// fold turns a header or a name into what matching compares: lower case,
// accents removed (ä → a, å → a), punctuation as spaces, spaces collapsed.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.ToLower(out)
	out = strings.NewReplacer("'", "", "’", "").Replace(out) // representative's → representatives
	out = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, out)
	return strings.Join(strings.Fields(out), " ")
}

func recognise(header string) (Field, bool) {
	h := fold(header)
	if h == "" {
		return "", false
	}
	for _, f := range slices.Concat(Fields, rosterFields) {
		if slices.Contains(headers[f], h) {
			return f, false
		}
	}
	if slices.Contains(organizationHeaders, h) {
		return fieldOrganizationDetail, false
	}
	for _, p := range personHeaders {
		if h == p || strings.HasPrefix(h, p+" ") || strings.HasSuffix(h, " "+p) {
			return "", true
		}
	}
	return "", false
}

// ParseField reads a field name as a user writes it in a mapping: the
// API's name (businessId) or any header the field is recognised by.
func ParseField(s string) (Field, error) {
	for _, f := range Fields {
		if strings.EqualFold(string(f), strings.TrimSpace(s)) {
			return f, nil
		}
	}
	if f, person := recognise(s); f != "" && f != fieldOrganizationDetail {
		return f, nil
	} else if person {
		return "", fmt.Errorf("%q means a person: such columns are never imported", s)
	}
	names := make([]string, len(Fields))
	for i, f := range Fields {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown field %q: use one of %s", s, strings.Join(names, ", "))
}

// columns recognises the header, then applies the user's mapping (by
// header text, compared folded). A person's column stays out even when
// mapped: the product never stores a personal name or phone number.
func columns(header []string, mapping map[string]Field) ([]Column, error) {
	cols := make([]Column, len(header))
	used := map[Field]int{}
	for i, h := range header {
		c := Column{Index: i, Cell: Cell(i, 1), Header: h}
		c.Field, c.Person = recognise(h)
		for mh, f := range mapping {
			if fold(mh) == fold(h) && fold(h) != "" {
				c.Field, c.Mapped = f, true
			}
		}
		switch {
		case c.Field == fieldOrganizationDetail:
			c.Field, c.Note = "", ptr(reason("organizationSheetOnly"))
		case c.Person && c.Field != FieldIgnore:
			c.Field = ""
			c.Note = ptr(reason("personColumn"))
		case c.Field == FieldIgnore:
			c.Field, c.Note = "", ptr(reason("leftOut"))
		case c.Field == "":
			c.Note = ptr(reason("unknownColumn"))
		}
		if c.Field != "" {
			if first, dup := used[c.Field]; dup {
				return nil, fmt.Errorf("columns %s and %s are both taken as %s: map one of them to another field or to ignore", cols[first].Cell, c.Cell, c.Field)
			}
			used[c.Field] = i
		}
		cols[i] = c
	}
	for mh := range mapping {
		if !slices.ContainsFunc(header, func(h string) bool { return fold(h) == fold(mh) }) {
			return nil, fmt.Errorf("the mapping names a column %q that the sheet does not have", mh)
		}
	}
	return cols, nil
}

// rosterScore says how much a header looks like a roster, to pick a
// workbook's sheet: known columns count, organisation and network most.
func rosterScore(header []string) int {
	score := 0
	for _, h := range header {
		switch f, _ := recognise(h); f {
		case "":
		case FieldOrganization, FieldNetwork:
			score += 10
		default:
			score++
		}
	}
	return score
}

// labels lets a cell say an enum value in words, in the web app's own
// words (frontend/src/i18n) as well as the API's value.
var sectorLabels = map[enum.Sector][]string{
	enum.SectorMunicipality:    {"kunta", "kaupunki", "kommun", "stad", "municipality", "city"},
	enum.SectorWellbeingCounty: {"hyvinvointialue", "valfardsomrade", "wellbeing county", "wellbeing services county"},
	enum.SectorPolice:          {"poliisi", "polis", "police"},
	enum.SectorProbation:       {"rikosseuraamus", "rikosseuraamuslaitos", "brottspafoljd", "brottspafoljdsmyndigheten", "probation"},
	enum.SectorOtherState:      {"muu valtio", "valtio", "annan statlig", "staten", "other state", "state"},
	enum.SectorParish:          {"seurakunta", "forsamling", "parish"},
	enum.SectorNGO:             {"jarjesto", "yhdistys", "organisation", "forening", "ngo", "association"},
	enum.SectorEducation:       {"oppilaitos", "koulutus", "laroanstalt", "utbildning", "education"},
	enum.SectorBusiness:        {"yritys", "foretag", "business", "company"},
	enum.SectorOther:           {"muu", "annan", "other"},
}

var roleLabels = map[membership.Role][]string{
	membership.RoleCHAIR:       {"puheenjohtaja", "pj", "ordforande", "chair", "chairperson"},
	membership.RoleVICE_CHAIR:  {"varapuheenjohtaja", "vpj", "vice ordforande", "vice chair"},
	membership.RoleCOORDINATOR: {"koordinaattori", "koordinoija", "samordnare", "koordinator", "coordinator"},
	membership.RoleSECRETARY:   {"sihteeri", "sekreterare", "secretary"},
	membership.RoleMEMBER:      {"jasen", "medlem", "member"},
	membership.RoleEXPERT:      {"asiantuntija", "asiantuntijajasen", "sakkunnig", "expert"},
	membership.RoleOBSERVER:    {"tarkkailija", "observatoor", "observator", "observer"},
}

var statusLabels = map[membership.Status][]string{
	membership.StatusACTIVE:  {"aktiivinen", "voimassa", "jasen", "aktiv", "active", "current"},
	membership.StatusENDED:   {"paattynyt", "paattyi", "paattyva", "avslutad", "upphord", "ended", "past"},
	membership.StatusPENDING: {"odottaa", "odottaa vastausta", "kutsuttu", "haettu", "vantar", "pending", "invited", "requested"},
}

func parseLabel[T ~string](s string, labels map[T][]string) (T, bool) {
	f := fold(s)
	for v, names := range labels {
		if fold(string(v)) == f || strings.EqualFold(string(v), strings.TrimSpace(s)) || slices.Contains(names, f) {
			return v, true
		}
	}
	return "", false
}

// titleWords are stems of role titles: a representative value containing
// one is a title even when written in capitals ("Johtava Sosiaalityöntekijä").
var titleWords = []string{
	"koordinaattori", "johtaja", "paallikko", "esimies", "tyontekija", "ohjaaja", "sihteeri", "asiantuntija",
	"komisario", "konstaapeli", "ylikonstaapeli", "pastori", "diakoni", "kirkkoherra", "rehtori", "opettaja",
	"hoitaja", "terveydenhoitaja", "psykologi", "kuraattori", "lakimies", "sovittelija", "valvoja", "tarkastaja",
	"suunnittelija", "neuvoja", "edustaja", "puheenjohtaja", "jasen", "vastaava", "erityis", "sosiaali", "nuoriso",
	"kehittaja", "tutkija", "lehtori", "kanslia", "virkailija", "yhteyshenkilo", "poliisi", "lahisuhde",
	"samordnare", "chef", "direktor", "handledare", "sekreterare", "sakkunnig", "radgivare", "kurator", "larare",
	"coordinator", "manager", "director", "officer", "chief", "head", "lead", "worker", "adviser", "advisor",
	"secretary", "specialist", "expert", "counsellor", "counselor", "inspector", "superintendent", "representative",
}

var (
	// A Finnish mobile number: 04x or 050, +358 4x or +358 50, written with
	// or without spaces and dashes.
	mobile = regexp.MustCompile(`(?:\+|00)358\s*-?\s*\(?0?\)?\s*(?:4\d|50)(?:[\s-]*\d){5,8}|\b0(?:4\d|50)(?:[\s-]*\d){5,8}`)
	email  = regexp.MustCompile(`[^\s@]+@[^\s@]+\.[^\s@]+`)
)

// personalValue says why (a reason's code) a representative value must not be stored, "" if
// it may: it looks like a person's name or carries a mobile number or an
// e-mail address. A title is a role, never a person.
func personalValue(s string) string {
	if mobile.MatchString(s) {
		return "personalMobile"
	}
	if email.MatchString(s) {
		return "personalEmail"
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		r := []rune(strings.Trim(w, ".,()"))
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			return ""
		}
		lw := fold(string(r))
		for _, t := range titleWords {
			if strings.Contains(lw, t) {
				return ""
			}
		}
	}
	return "personalName"
}

func ptr[T any](v T) *T { return &v }
