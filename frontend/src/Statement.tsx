import { Heading } from 'suomifi-ui-components'
import type { Lang } from './i18n/messages'

// The accessibility statement (saavutettavuusseloste) that the Act on the
// Provision of Digital Services requires of Finnish public services.
interface StatementText {
  title: string
  intro: string
  status: string
  /** each WCAG 2.1 AA criterion the browser tests check, and how the service meets it */
  meets: [criterion: string, how: string][]
  limits: string[]
  feedbackTitle: string
  /** before the operator's contact */
  feedback: string
  answer: string
  /** when the operator has named none */
  noContact: string
  enforcementTitle: string
  enforcement: string
  authority: string
  updated: string
}

const text: Record<Lang, StatementText> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro: 'Tämä seloste koskee Verkosto-palvelua. Palvelu on tehty täyttämään WCAG 2.1 -ohjeiston AA-tason vaatimukset (EN 301 549).',
    status: 'Palvelu täyttää WCAG 2.1 AA -vaatimukset. Alla luetellut kriteerit tarkistetaan automaattisilla selaintesteillä suomeksi, ruotsiksi ja englanniksi jokaisen muutoksen yhteydessä.',
    meets: [
      ['1.1.1 Ei-tekstuaalinen sisältö', 'Kartan tiedot ovat myös taulukoina (organisaatiot, verkostot, jäsenyydet) samoilla suodattimilla.'],
      ['1.3.1 Informaatio ja suhteet', 'Otsikot, taulukot, lomakkeiden nimiöt ja maamerkit on merkitty rakenteeseen.'],
      ['1.4.1 Värien käyttö', 'Sektori näkyy kartalla ja selitteessä värin lisäksi kuviona; tila näkyy symbolina ja tekstinä.'],
      ['1.4.3 ja 1.4.11 Kontrasti', 'Teksti, kartan värit, jäsenyysviivat ja kohdistuksen kehys erottuvat taustastaan vähintään vaaditulla kontrastilla.'],
      ['1.4.10 Uudelleenjuoksutus', 'Sivut toimivat 320 pikselin levyisellä näytöllä ja 200 %:n suurennuksella ilman vaakavieritystä; suodattimet ovat kapealla näytöllä laatikossa.'],
      ['2.1.1 Näppäimistö', 'Kaikki toiminnot, myös kartta, toimivat näppäimistöllä; kartan näppäimet kerrotaan sen alla.'],
      ['2.2.1 Säädettävä ajoitus', 'Istunnon päättymisestä varoitetaan etukäteen ja istuntoa voi jatkaa; uudelleen kirjautuminen palauttaa keskeneräisen lomakkeen.'],
      ['2.4.1 Ohitusmekanismi', 'Sivun alussa on linkki suoraan sisältöön.'],
      ['2.4.2 Sivujen otsikointi', 'Jokaisella näkymällä on oma otsikkonsa.'],
      ['2.4.3 Kohdistusjärjestys', 'Kohdistus siirtyy uuden sisällön otsikkoon tai pysyy toiminnon painikkeessa.'],
      ['2.4.6 Otsikot ja nimiöt', 'Painikkeet kertovat, mihin ne kohdistuvat (esimerkiksi mistä verkostosta erotaan).'],
      ['3.1.1 ja 3.1.2 Kieli', 'Sivun kieli on merkitty, samoin eri kielellä oleva sisältö.'],
      ['3.3.1 ja 3.3.2 Virheet ja ohjeet', 'Pakolliset kentät on merkitty; virhe nimeää kentän ja näkyy sen vieressä.'],
      ['4.1.2 ja 4.1.3 Nimi, rooli, arvo ja tilaviestit', 'Haku ja valitsimet noudattavat WAI-ARIA-malleja; tallennus, lajittelu, sivutus ja hakutulokset kerrotaan ruudunlukijalle.'],
    ],
    limits: ['Kuvaukset, alueiden nimet ja edustajien tehtävänimikkeet ovat usein vain suomeksi; ne on merkitty suomenkielisiksi.'],
    feedbackTitle: 'Palaute ja yhteystiedot',
    feedback: 'Jos huomaat saavutettavuuspuutteen, kerro siitä palvelun ylläpitäjälle:',
    answer: 'Vastaamme 14 päivän kuluessa.',
    noContact: 'Tämän palvelun ylläpitäjä ei ole vielä nimennyt saavutettavuuspalautteen vastaanottajaa. Ota yhteyttä organisaatioon, joka tarjoaa sinulle tämän palvelun, tai suoraan valvontaviranomaiseen (alla).',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement: 'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle: Liikenne- ja viestintävirasto Traficom, saavutettavuuden valvonta.',
    authority: 'saavutettavuusvaatimukset.fi',
    updated: 'Seloste on päivitetty joulukuussa 2026.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro: 'Detta utlåtande gäller tjänsten Verkosto. Tjänsten är gjord för att uppfylla kraven på nivå AA i WCAG 2.1 (EN 301 549).',
    status: 'Tjänsten uppfyller kraven i WCAG 2.1 AA. Kriterierna nedan kontrolleras med automatiska webbläsartester på finska, svenska och engelska vid varje ändring.',
    meets: [
      ['1.1.1 Icke-textuellt innehåll', 'Kartans uppgifter finns också som tabeller (organisationer, nätverk, medlemskap) med samma filter.'],
      ['1.3.1 Information och relationer', 'Rubriker, tabeller, etiketter i formulär och landmärken är märkta i strukturen.'],
      ['1.4.1 Användning av färg', 'Sektorn visas på kartan och i teckenförklaringen med ett mönster utöver färgen; status visas med symbol och text.'],
      ['1.4.3 och 1.4.11 Kontrast', 'Text, kartans färger, medlemskapslinjer och fokusramen har minst den kontrast som krävs mot bakgrunden.'],
      ['1.4.10 Omflödning', 'Sidorna fungerar på en 320 pixlar bred skärm och med 200 % förstoring utan vågrät rullning; på en smal skärm ligger filtren i en låda.'],
      ['2.1.1 Tangentbord', 'Alla funktioner, också kartan, fungerar med tangentbordet; kartans tangenter beskrivs under den.'],
      ['2.2.1 Justerbar tidsgräns', 'Du varnas innan sessionen går ut och kan förlänga den; när du loggar in igen får du tillbaka det ofärdiga formuläret.'],
      ['2.4.1 Förbigå block', 'I början av sidan finns en länk direkt till innehållet.'],
      ['2.4.2 Sidrubriker', 'Varje vy har sin egen rubrik.'],
      ['2.4.3 Fokusordning', 'Fokus flyttas till det nya innehållets rubrik eller stannar på knappen som användes.'],
      ['2.4.6 Rubriker och etiketter', 'Knapparna säger vad de gäller (till exempel vilket nätverk man lämnar).'],
      ['3.1.1 och 3.1.2 Språk', 'Sidans språk är angivet, liksom innehåll på ett annat språk.'],
      ['3.3.1 och 3.3.2 Fel och instruktioner', 'Obligatoriska fält är märkta; ett fel namnger fältet och visas bredvid det.'],
      ['4.1.2 och 4.1.3 Namn, roll, värde och statusmeddelanden', 'Sökningen och väljarna följer WAI-ARIA-mönstren; sparande, sortering, bläddring och sökträffar meddelas skärmläsaren.'],
    ],
    limits: ['Beskrivningar, områdesnamn och representanters titlar finns ofta bara på finska; de är märkta som finska.'],
    feedbackTitle: 'Respons och kontaktuppgifter',
    feedback: 'Om du upptäcker brister i tillgängligheten, meddela tjänstens administratör:',
    answer: 'Vi svarar inom 14 dagar.',
    noContact: 'Administratören för den här tjänsten har ännu inte angett vem som tar emot respons om tillgänglighet. Kontakta organisationen som erbjuder dig tjänsten, eller direkt tillsynsmyndigheten (nedan).',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement: 'Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten: Transport- och kommunikationsverket Traficom, tillsynen över tillgänglighet.',
    authority: 'webbtillganglighet.fi',
    updated: 'Utlåtandet har uppdaterats i december 2026.',
  },
  en: {
    title: 'Accessibility statement',
    intro: 'This statement covers the Verkosto service. The service is built to meet level AA of WCAG 2.1 (EN 301 549).',
    status: 'The service meets WCAG 2.1 AA. The criteria below are checked by automated browser tests in Finnish, Swedish and English on every change.',
    meets: [
      ['1.1.1 Non-text content', 'What the map shows is also in tables (organisations, networks, memberships), with the same filters.'],
      ['1.3.1 Info and relationships', 'Headings, tables, form labels and landmarks are marked up as such.'],
      ['1.4.1 Use of colour', 'The map and its legend show sector by a pattern as well as a colour; status shows as a symbol and text.'],
      ['1.4.3 and 1.4.11 Contrast', 'Text, the map’s colours, membership lines and the focus outline reach the required contrast against their background.'],
      ['1.4.10 Reflow', 'Pages work on a 320-pixel-wide screen and at 200 % zoom without scrolling sideways; on a narrow screen the filters are in a drawer.'],
      ['2.1.1 Keyboard', 'Everything, the map included, works with a keyboard; the map’s keys are described below it.'],
      ['2.2.1 Timing adjustable', 'You are warned before your session ends and can extend it; signing in again brings back an unsaved form.'],
      ['2.4.1 Bypass blocks', 'A link at the top of each page skips to the content.'],
      ['2.4.2 Page titled', 'Each view has its own title.'],
      ['2.4.3 Focus order', 'Focus moves to the heading of new content, or stays on the control that acted.'],
      ['2.4.6 Headings and labels', 'Buttons say what they act on (for example which network you leave).'],
      ['3.1.1 and 3.1.2 Language', 'The page language is marked, and so is content in another language.'],
      ['3.3.1 and 3.3.2 Errors and instructions', 'Required fields are marked; an error names its field and shows next to it.'],
      ['4.1.2 and 4.1.3 Name, role, value and status messages', 'Search and the pickers follow the WAI-ARIA patterns; saving, sorting, paging and search results are announced to screen readers.'],
    ],
    limits: ['Descriptions, area names and representatives’ role titles are often in Finnish only; they are marked as Finnish.'],
    feedbackTitle: 'Feedback and contact',
    feedback: 'If you find an accessibility problem, tell the service’s administrator:',
    answer: 'We answer within 14 days.',
    noContact: 'The operator of this service has not yet named who receives feedback on accessibility. Contact the organisation that offers you this service, or the supervisory authority directly (below).',
    enforcementTitle: 'Enforcement',
    enforcement: 'If you are not satisfied with the answer, or get none within two weeks, you can notify the supervisory authority: the Finnish Transport and Communications Agency Traficom, accessibility supervision.',
    authority: 'webaccessibility.fi',
    updated: 'The statement was updated in December 2026.',
  },
}

// The operator names the feedback contact (serve --accessibility-contact);
// the server puts it in the page.
function operatorContact(): string | null {
  if (typeof document === 'undefined') return null
  return document.querySelector<HTMLMetaElement>('meta[name="verkosto-accessibility-contact"]')?.content || null
}

const authorityURL: Record<Lang, string> = {
  fi: 'https://www.saavutettavuusvaatimukset.fi/',
  sv: 'https://www.webbtillganglighet.fi/',
  en: 'https://www.webaccessibility.fi/',
}

export default function Statement({ lang }: { lang: Lang }) {
  const t = text[lang]
  const contact = operatorContact()
  return (
    <div className="page statement" data-testid="statement">
      <Heading variant="h2" data-focus="heading">
        {t.title}
      </Heading>
      <p>{t.intro}</p>
      <p>{t.status}</p>
      <dl className="criteria" data-testid="criteria">
        {t.meets.map(([criterion, how]) => (
          <div key={criterion}>
            <dt>{criterion}</dt>
            <dd>{how}</dd>
          </div>
        ))}
      </dl>
      {t.limits.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <Heading variant="h3">{t.feedbackTitle}</Heading>
      {contact ? (
        <p data-testid="feedback">
          {t.feedback} <a href={/^https?:\/\//.test(contact) ? contact : `mailto:${contact}`}>{contact}</a>. {t.answer}
        </p>
      ) : (
        <p data-testid="feedback">{t.noContact}</p>
      )}
      <Heading variant="h3">{t.enforcementTitle}</Heading>
      <p>
        {t.enforcement} <a href={authorityURL[lang]}>{t.authority}</a>
      </p>
      <p>{t.updated}</p>
    </div>
  )
}
