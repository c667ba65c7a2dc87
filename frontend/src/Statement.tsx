import { Heading } from 'suomifi-ui-components'
import type { Lang } from './i18n/messages'

// The accessibility statement (saavutettavuusseloste) that the Act on the
// Provision of Digital Services requires of Finnish public services.
const text: Record<Lang, { title: string; intro: string; status: string; meets: string[]; limits: string[]; feedbackTitle: string; feedback: string; enforcementTitle: string; enforcement: string; updated: string }> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro: 'Tämä seloste koskee Verkosto-palvelua. Palvelu on tehty täyttämään WCAG 2.1 -ohjeiston AA-tason vaatimukset (EN 301 549).',
    status: 'Palvelu täyttää WCAG 2.1 AA -vaatimukset. Vaatimukset tarkistetaan automaattisilla selaintesteillä suomeksi, ruotsiksi ja englanniksi jokaisen muutoksen yhteydessä.',
    meets: [
      'Kaikki toiminnot toimivat näppäimistöllä; sivun alussa on linkki sisältöön, ja kohdistus siirtyy uuden sisällön otsikkoon.',
      'Muutokset (haun tulokset, tallennus, lajittelu, sivutus) kerrotaan ruudunlukijalle.',
      'Sivut toimivat 320 pikselin levyisellä näytöllä ja 200 %:n suurennuksella ilman vaakavieritystä.',
      'Kartan tiedot ovat myös taulukoina (organisaatiot, verkostot, jäsenyydet), samoilla suodattimilla.',
      'Sektori näkyy kartalla värin lisäksi kuviona, ja selite nimeää kummankin.',
      'Istunnon päättymisestä varoitetaan etukäteen, ja istuntoa voi jatkaa.',
      'Sivun kieli on merkitty, samoin eri kielellä oleva sisältö.',
    ],
    limits: ['Kuvaukset, alueiden nimet ja edustajien tehtävänimikkeet ovat usein vain suomeksi; ne on merkitty suomenkielisiksi.'],
    feedbackTitle: 'Palaute ja yhteystiedot',
    feedback: 'Jos huomaat saavutettavuuspuutteen, kerro siitä palvelun ylläpitäjälle: saavutettavuus@verkosto.example. Vastaamme 14 päivän kuluessa.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement: 'Jos et ole tyytyväinen saamaasi vastaukseen, voit tehdä ilmoituksen valvontaviranomaiselle (Liikenne- ja viestintävirasto Traficom, saavutettavuusvaatimukset.fi).',
    updated: 'Seloste on laadittu ja tarkistettu 2025.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro: 'Detta utlåtande gäller tjänsten Verkosto. Tjänsten är gjord för att uppfylla kraven på nivå AA i WCAG 2.1 (EN 301 549).',
    status: 'Tjänsten uppfyller kraven i WCAG 2.1 AA. Kraven kontrolleras med automatiska webbläsartester på finska, svenska och engelska vid varje ändring.',
    meets: [
      'Alla funktioner fungerar med tangentbordet; i början av sidan finns en länk till innehållet, och fokus flyttas till det nya innehållets rubrik.',
      'Ändringar (sökträffar, sparande, sortering, bläddring) meddelas skärmläsaren.',
      'Sidorna fungerar på en 320 pixlar bred skärm och med 200 % förstoring utan vågrät rullning.',
      'Kartans uppgifter finns också som tabeller (organisationer, nätverk, medlemskap) med samma filter.',
      'Sektorn visas på kartan med ett mönster utöver färgen, och teckenförklaringen namnger båda.',
      'Du varnas innan sessionen går ut och kan förlänga den.',
      'Sidans språk är angivet, liksom innehåll på ett annat språk.',
    ],
    limits: ['Beskrivningar, områdesnamn och representanters titlar finns ofta bara på finska; de är märkta som finska.'],
    feedbackTitle: 'Respons och kontaktuppgifter',
    feedback: 'Om du upptäcker brister i tillgängligheten, meddela tjänstens administratör: saavutettavuus@verkosto.example. Vi svarar inom 14 dagar.',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement: 'Om du inte är nöjd med svaret kan du göra en anmälan till tillsynsmyndigheten (Transport- och kommunikationsverket Traficom, webbtillganglighet.fi).',
    updated: 'Utlåtandet har utarbetats och granskats 2025.',
  },
  en: {
    title: 'Accessibility statement',
    intro: 'This statement covers the Verkosto service. The service is built to meet level AA of WCAG 2.1 (EN 301 549).',
    status: 'The service meets WCAG 2.1 AA. The criteria are checked by automated browser tests in Finnish, Swedish and English on every change.',
    meets: [
      'Everything works with a keyboard; a link at the top of each page skips to the content, and focus moves to the heading of new content.',
      'Changes (search results, saving, sorting, paging) are announced to screen readers.',
      'Pages work on a 320-pixel-wide screen and at 200 % zoom without scrolling sideways.',
      'What the map shows is also in tables (organisations, networks, memberships), with the same filters.',
      'The map shows sector by a pattern as well as a colour, and the legend names both.',
      'You are warned before your session ends and can extend it.',
      'The page language is marked, and so is content in another language.',
    ],
    limits: ['Descriptions, area names and representatives’ role titles are often in Finnish only; they are marked as Finnish.'],
    feedbackTitle: 'Feedback and contact',
    feedback: 'If you find an accessibility problem, tell the service’s administrator: saavutettavuus@verkosto.example. We answer within 14 days.',
    enforcementTitle: 'Enforcement',
    enforcement: 'If you are not satisfied with the answer, you can notify the supervisory authority (the Finnish Transport and Communications Agency Traficom, webaccessibility.fi).',
    updated: 'The statement was prepared and reviewed in 2025.',
  },
}

export default function Statement({ lang }: { lang: Lang }) {
  const t = text[lang]
  return (
    <div className="page statement" data-testid="statement">
      <Heading variant="h2" data-focus="heading">
        {t.title}
      </Heading>
      <p>{t.intro}</p>
      <p>{t.status}</p>
      <ul>
        {t.meets.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {t.limits.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <Heading variant="h3">{t.feedbackTitle}</Heading>
      <p>{t.feedback}</p>
      <Heading variant="h3">{t.enforcementTitle}</Heading>
      <p>{t.enforcement}</p>
      <p>{t.updated}</p>
    </div>
  )
}
