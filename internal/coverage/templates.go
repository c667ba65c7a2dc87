package coverage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/verkosto/verkosto/ent"
	"github.com/verkosto/verkosto/ent/coveragetemplate"
	"github.com/verkosto/verkosto/ent/network"
	"github.com/verkosto/verkosto/ent/schema/enum"
	"github.com/verkosto/verkosto/ent/schema/expect"
	"github.com/verkosto/verkosto/ent/schema/validate"
	"github.com/verkosto/verkosto/internal/viewer"
)

// Citations, from ../shared/GUIDANCE.md.
const (
	thlCoordination = "THL: coordination of anti-violence work in wellbeing services counties (June 2022), blogi.thl.fi/vakivallan-vastainen-tyo-hyvinvointialueilla-kaipaa-tuekseen-kansallista-lainsaadantoa/"
	stmGroups       = "STM & Kuntaliitto recommendation: a cross-sector coordination group for domestic and family violence in every municipality or cooperation area, blogi.thl.fi/kuntien-vakivallan-vastaisen-tyon-rakenteista-tarvitaan-laki/; STM 2020 report on the structures, soteuudistus.fi"
	stmPartners     = "STM: counties organise services for victims, NGOs are key partners, stm.fi/vastuut-lahisuhde-ja-perhevakivallan-ehkaisemisessa; source documents (coordination groups of Kymenlaakso, Päijät-Häme, Pirkanmaa, Pohjois-Savo)"
	aviContacts     = "Social Welfare Act duty to prevent domestic violence; AVI network of municipal contact persons (avi.fi) → a contact person per municipality (inferred)"
	marak           = "MARAK model, coordinated nationally by THL since 2010, haaste.om.fi (MARAK-malli toimii Suomessa)"
	ankkuri         = "Ankkuri handbook: police-led multi-agency work, county agreements with police departments, ankkuritoiminta.fi/kasikirja"
	released        = "Since 2023 counties provide released prisoners' social and health services; Rikosseuraamuslaitos plans release (yle.fi/uutiset/74-20002170)"
	shelters        = "THL shelter statistics: 29 shelters at the end of 2022; Council of Europe benchmark of family places (thl.fi, turvakotipalvelut)"
	confirmation    = "Verkosto data rule: entries nobody has confirmed for 12 months are stale (source pages were last edited years earlier)"
)

// translations are the citations in Finnish and Swedish, by their English
// text above; Defaults puts each expectation's in all three languages.
var translations = map[string][2]string{
	thlCoordination: {"THL: väkivallan vastaisen työn koordinointi hyvinvointialueilla (kesäkuu 2022), blogi.thl.fi/vakivallan-vastainen-tyo-hyvinvointialueilla-kaipaa-tuekseen-kansallista-lainsaadantoa/",
		"THL: samordningen av arbetet mot våld i välfärdsområdena (juni 2022), blogi.thl.fi/vakivallan-vastainen-tyo-hyvinvointialueilla-kaipaa-tuekseen-kansallista-lainsaadantoa/"},
	stmGroups: {"STM:n ja Kuntaliiton suositus: jokaiseen kuntaan tai yhteistoiminta-alueelle monialainen lähisuhde- ja perheväkivallan ehkäisyn koordinaatioryhmä, blogi.thl.fi/kuntien-vakivallan-vastaisen-tyon-rakenteista-tarvitaan-laki/; STM:n selvitys rakenteista 2020, soteuudistus.fi",
		"SHM:s och Kommunförbundets rekommendation: en sektorsövergripande samordningsgrupp mot våld i nära relationer och familjevåld i varje kommun eller samarbetsområde, blogi.thl.fi/kuntien-vakivallan-vastaisen-tyon-rakenteista-tarvitaan-laki/; SHM:s utredning om strukturerna 2020, soteuudistus.fi"},
	stmPartners: {"STM: hyvinvointialueet järjestävät väkivallan uhrien palvelut, ja järjestöt ovat keskeisiä kumppaneita, stm.fi/vastuut-lahisuhde-ja-perhevakivallan-ehkaisemisessa; lähdeaineisto (Kymenlaakson, Päijät-Hämeen, Pirkanmaan ja Pohjois-Savon koordinaatioryhmät)",
		"SHM: välfärdsområdena ordnar tjänsterna för våldsoffer, och organisationerna är viktiga partner, stm.fi/vastuut-lahisuhde-ja-perhevakivallan-ehkaisemisessa; källmaterial (samordningsgrupperna i Kymmenedalen, Päijänne-Tavastland, Birkaland och Norra Savolax)"},
	aviContacts: {"Sosiaalihuoltolain velvoite ehkäistä lähisuhdeväkivaltaa; aluehallintovirastojen kuntien yhteyshenkilöverkosto (avi.fi) → yhteyshenkilö jokaiseen kuntaan (päätelty)",
		"Socialvårdslagens skyldighet att förebygga våld i nära relationer; regionförvaltningsverkens nätverk av kommunala kontaktpersoner (avi.fi) → en kontaktperson i varje kommun (härlett)"},
	marak: {"MARAK-malli, jota THL on koordinoinut valtakunnallisesti vuodesta 2010, haaste.om.fi (MARAK-malli toimii Suomessa)",
		"MARAK-modellen, som THL har samordnat nationellt sedan 2010, haaste.om.fi (MARAK-malli toimii Suomessa)"},
	ankkuri: {"Ankkuri-käsikirja: poliisin johtama moniammatillinen työ, hyvinvointialueiden sopimukset poliisilaitosten kanssa, ankkuritoiminta.fi/kasikirja",
		"Ankkuri-handboken: polisledd sektorsövergripande verksamhet, välfärdsområdenas avtal med polisinrättningarna, ankkuritoiminta.fi/kasikirja"},
	released: {"Vuodesta 2023 hyvinvointialueet ovat järjestäneet vapautuvien vankien sosiaali- ja terveyspalvelut; Rikosseuraamuslaitos suunnittelee vapautumisen (yle.fi/uutiset/74-20002170)",
		"Sedan 2023 ordnar välfärdsområdena social- och hälsovårdstjänster för frigivna fångar; Brottspåföljdsmyndigheten planerar frigivningen (yle.fi/uutiset/74-20002170)"},
	shelters: {"THL:n turvakotitilasto: 29 turvakotia vuoden 2022 lopussa; Euroopan neuvoston suositus perhepaikkojen määrästä (thl.fi, turvakotipalvelut)",
		"THL:s skyddshemsstatistik: 29 skyddshem i slutet av 2022; Europarådets rekommendation om antalet familjeplatser (thl.fi, skyddshemstjänster)"},
	confirmation: {"Verkoston tietosääntö: tiedot, joita kukaan ei ole vahvistanut 12 kuukauteen, ovat vanhentuneita (lähdesivuja oli viimeksi muokattu vuosia aiemmin)",
		"Verkostos regel: uppgifter som ingen har bekräftat på 12 månader är föråldrade (källsidorna hade senast redigerats flera år tidigare)"},
}

// groupMember is one required member of the county group.
func groupMember(key, fi, sv, en string, sector enum.Sector, service enum.Service) expect.Expectation {
	e := expect.Expectation{Key: key, Rule: expect.GroupMember, DescriptionFi: fi, DescriptionSv: sv, DescriptionEn: en,
		Guidance: stmPartners, Sector: sector, Service: service}
	if sector != "" {
		e.SuggestSectors = []enum.Sector{sector}
	}
	if service != "" {
		e.SuggestServices = []enum.Service{service}
	}
	return e
}

// Defaults are the templates seeded into a database that lacks them.
func Defaults() []DefaultTemplate {
	ts := defaults()
	for _, t := range ts {
		for i := range t.Expectations {
			x := &t.Expectations[i]
			if tr, ok := translations[x.Guidance]; ok {
				x.Guidance, x.GuidanceSv, x.GuidanceEn = tr[0], tr[1], x.Guidance
			}
		}
	}
	return ts
}

func defaults() []DefaultTemplate {
	themes := []enum.Theme{enum.ThemeViolencePrevention, enum.ThemeDomesticViolence}
	return []DefaultTemplate{
		{
			Key: "county-violence", AreaKind: coveragetemplate.AreaKindWELLBEING_COUNTY, Themes: themes,
			NameFi: "Hyvinvointialueen väkivallan ehkäisyn rakenteet",
			NameSv: "Välfärdsområdets strukturer för våldsförebyggande arbete",
			NameEn: "A wellbeing services county's violence prevention structures",
			Expectations: []expect.Expectation{
				{Key: "county-group", Rule: expect.CountyGroup, Guidance: stmGroups,
					DescriptionFi:  "Aktiivinen hyvinvointialueen tason koordinaatio- tai työryhmä teemalle",
					DescriptionSv:  "En aktiv samordnings- eller arbetsgrupp på välfärdsområdesnivå för temat",
					DescriptionEn:  "An active county-level coordination or working group for the theme",
					SuggestSectors: []enum.Sector{"WELLBEING_COUNTY"}},
				{Key: "coordinator", Rule: expect.GroupCoordinator, Guidance: thlCoordination,
					DescriptionFi:  "Ryhmällä on nimetty koordinaattori",
					DescriptionSv:  "Gruppen har en utsedd samordnare",
					DescriptionEn:  "The group has a named coordinator",
					SuggestSectors: []enum.Sector{"WELLBEING_COUNTY"}},
				groupMember("member-county", "Ryhmässä on hyvinvointialue", "Välfärdsområdet ingår i gruppen", "The wellbeing services county is a member", "WELLBEING_COUNTY", ""),
				groupMember("member-police", "Ryhmässä on poliisi", "Polisen ingår i gruppen", "The police are a member", "POLICE", ""),
				groupMember("member-probation", "Ryhmässä on Rikosseuraamuslaitos", "Brottspåföljdsmyndigheten ingår i gruppen", "Probation is a member", "PROBATION", ""),
				groupMember("member-parish", "Ryhmässä on seurakunta", "En församling ingår i gruppen", "A parish is a member", "PARISH", ""),
				groupMember("member-victim-support", "Ryhmässä on rikosuhrien tuki", "Brottsofferstöd ingår i gruppen", "Victim support is a member", "", "VICTIM_SUPPORT"),
				groupMember("member-shelter", "Ryhmässä on turvakoti", "Ett skyddshem ingår i gruppen", "A shelter is a member", "", "SHELTER"),
				groupMember("member-mediation", "Ryhmässä on sovittelutoimisto", "En medlingsbyrå ingår i gruppen", "A mediation office is a member", "", "MEDIATION"),
				{Key: "member-other-ngo", Rule: expect.GroupMember, Guidance: stmPartners, OtherNGO: true, SuggestSectors: []enum.Sector{"NGO"},
					DescriptionFi: "Ryhmässä on lisäksi vähintään yksi muu järjestö",
					DescriptionSv: "Minst en annan organisation ingår i gruppen",
					DescriptionEn: "At least one other NGO is a member"},
				{Key: "municipalities", Rule: expect.MunicipalitiesRepresented, Guidance: aviContacts, SuggestSectors: []enum.Sector{"MUNICIPALITY"},
					DescriptionFi: "Jokaisesta alueen kunnasta on edustaja ryhmässä (avainhenkilömalli)",
					DescriptionSv: "Varje kommun i området har en representant i gruppen (nyckelpersonsmodellen)",
					DescriptionEn: "Every municipality of the county has a representative in the group (key-person model)"},
				{Key: "marak", Rule: expect.Network, NetworkKind: "MARAK", Guidance: marak, SuggestSectors: []enum.Sector{"WELLBEING_COUNTY", "POLICE"},
					DescriptionFi: "Alueella toimii aktiivinen MARAK-työryhmä",
					DescriptionSv: "En aktiv MARAK-grupp verkar i området",
					DescriptionEn: "An active MARAK team"},
				{Key: "ankkuri", Rule: expect.Network, NetworkKind: "ANKKURI", Guidance: ankkuri, SuggestSectors: []enum.Sector{"POLICE", "WELLBEING_COUNTY"},
					DescriptionFi: "Alueella toimii aktiivinen Ankkuri-tiimi",
					DescriptionSv: "Ett aktivt Ankkuri-team verkar i området",
					DescriptionEn: "An active Ankkuri team"},
				{Key: "released-prisoners", Rule: expect.Network, Theme: "RELEASED_PRISONERS", Guidance: released,
					SuggestSectors: []enum.Sector{"PROBATION"}, SuggestServices: []enum.Service{"RELEASED_PRISONER_SUPPORT"},
					DescriptionFi: "Vapautuvien vankien ja heidän läheistensä verkosto ulottuu alueelle",
					DescriptionSv: "Ett nätverk för frigivna fångar och deras närstående når området",
					DescriptionEn: "A network for released prisoners and their families reaches the county"},
				{Key: "shelter", Rule: expect.ServiceInArea, Service: "SHELTER", Guidance: shelters, SuggestServices: []enum.Service{"SHELTER"},
					DescriptionFi: "Alueella toimii turvakoti",
					DescriptionSv: "Ett skyddshem verkar i området",
					DescriptionEn: "A shelter operates in the county"},
				{Key: "confirmed", Rule: expect.Confirmed, StaleMonths: 12, Guidance: confirmation,
					DescriptionFi: "Verkostojen jäsenyydet on vahvistettu ajantasaisiksi viimeisen 12 kuukauden aikana",
					DescriptionSv: "Nätverkens medlemskap har bekräftats som aktuella under de senaste 12 månaderna",
					DescriptionEn: "Every membership of these networks was confirmed within the last 12 months"},
			},
		},
		{
			Key: "municipality-violence", AreaKind: coveragetemplate.AreaKindMUNICIPALITY, Themes: themes,
			NameFi: "Kunnan väkivallan ehkäisyn yhteyshenkilö",
			NameSv: "Kommunens kontaktperson för våldsförebyggande arbete",
			NameEn: "A municipality's violence prevention contact",
			Expectations: []expect.Expectation{
				{Key: "municipal-contact", Rule: expect.MunicipalContact, Guidance: aviContacts, SuggestSectors: []enum.Sector{"MUNICIPALITY"},
					DescriptionFi: "Kunnalla on oma yhteystaho (yleinen sähköposti tai puhelin)",
					DescriptionSv: "Kommunen har en egen kontakt (allmän e-post eller telefon)",
					DescriptionEn: "The municipality has its own contact (a generic email or phone)"},
				{Key: "in-county-group", Rule: expect.InCountyGroup, Guidance: stmGroups, SuggestSectors: []enum.Sector{"MUNICIPALITY"},
					DescriptionFi: "Kunta on mukana hyvinvointialueen väkivallan ehkäisyn ryhmässä",
					DescriptionSv: "Kommunen ingår i välfärdsområdets grupp för våldsförebyggande arbete",
					DescriptionEn: "The municipality takes part in the county's violence prevention group"},
			},
		},
	}
}

// DefaultTemplate is a template as seeded.
type DefaultTemplate struct {
	Key                    string
	NameFi, NameSv, NameEn string
	AreaKind               coveragetemplate.AreaKind
	Themes                 []enum.Theme
	Expectations           []expect.Expectation
}

// Seed writes the default templates that are missing. A template that
// exists is left alone: an administrator may have adapted it.
func Seed(ctx context.Context, client *ent.Client) error {
	ctx = viewer.SystemContext(ctx)
	have, err := client.CoverageTemplate.Query().Select(coveragetemplate.FieldKey).Strings(ctx)
	if err != nil {
		return fmt.Errorf("coverage: reading templates: %w", err)
	}
	for _, d := range Defaults() {
		if slices.Contains(have, d.Key) {
			continue
		}
		err := client.CoverageTemplate.Create().
			SetKey(d.Key).SetNameFi(d.NameFi).SetNameSv(d.NameSv).SetNameEn(d.NameEn).
			SetAreaKind(d.AreaKind).SetThemes(d.Themes).SetExpectations(d.Expectations).
			Exec(ctx)
		if err != nil && !ent.IsConstraintError(err) { // another server seeded it meanwhile
			return fmt.Errorf("coverage: seeding template %s: %w", d.Key, err)
		}
	}
	return nil
}

// MaxExpectations caps a template's expectations.
const MaxExpectations = 100

// TemplateChange is an administrator's change to a template.
type TemplateChange struct {
	NameFi, NameSv, NameEn *string
	Themes                 []enum.Theme
	Expectations           []expect.Expectation // nil: unchanged
}

// UpdateTemplate applies a change after checking the expectations make sense.
func UpdateTemplate(ctx context.Context, client *ent.Client, id int, c TemplateChange) (*ent.CoverageTemplate, error) {
	if len(c.Expectations) > MaxExpectations {
		return nil, &validate.FieldError{Field: "expectations", Err: fmt.Errorf("at most %d expectations", MaxExpectations)}
	}
	seen := map[string]bool{}
	for i, x := range c.Expectations {
		field := fmt.Sprintf("expectations[%d]", i)
		switch {
		case strings.TrimSpace(x.Key) == "" || len(x.Key) > 100:
			return nil, &validate.FieldError{Field: field + ".key", Err: errors.New("must have 1 to 100 characters")}
		case seen[x.Key]:
			return nil, &validate.FieldError{Field: field + ".key", Err: fmt.Errorf("%q appears twice", x.Key)}
		case !x.Rule.Valid():
			return nil, &validate.FieldError{Field: field + ".rule", Err: fmt.Errorf("unknown rule %q", x.Rule)}
		case strings.TrimSpace(x.DescriptionFi) == "" || len(x.DescriptionFi) > 1000:
			return nil, &validate.FieldError{Field: field + ".descriptionFi", Err: errors.New("must have 1 to 1,000 characters")}
		case x.StaleMonths < 0 || x.StaleMonths > 120:
			return nil, &validate.FieldError{Field: field + ".staleMonths", Err: errors.New("must be between 1 and 120")}
		case x.NetworkKind != "" && network.KindValidator(network.Kind(x.NetworkKind)) != nil:
			return nil, &validate.FieldError{Field: field + ".networkKind", Err: fmt.Errorf("unknown network kind %q", x.NetworkKind)}
		case x.Rule == expect.Network && x.NetworkKind == "" && x.Theme == "":
			return nil, &validate.FieldError{Field: field + ".networkKind", Err: errors.New("a NETWORK expectation needs a network kind or a theme")}
		case x.Rule == expect.GroupMember && x.Sector == "" && x.Service == "" && !x.OtherNGO:
			return nil, &validate.FieldError{Field: field + ".sector", Err: errors.New("a GROUP_MEMBER expectation needs a sector, a service or otherNGO")}
		case x.Rule == expect.ServiceInArea && x.Service == "":
			return nil, &validate.FieldError{Field: field + ".service", Err: errors.New("a SERVICE_IN_AREA expectation needs a service")}
		}
		seen[x.Key] = true
	}
	if c.Themes != nil {
		if err := enum.ValidThemes(c.Themes); err != nil {
			return nil, &validate.FieldError{Field: "themes", Err: err}
		}
	}
	u := client.CoverageTemplate.UpdateOneID(id).SetNillableNameFi(c.NameFi).SetNillableNameSv(c.NameSv).SetNillableNameEn(c.NameEn)
	if c.Themes != nil {
		u.SetThemes(c.Themes)
	}
	if c.Expectations != nil {
		u.SetExpectations(c.Expectations)
	}
	return u.Save(ctx)
}
