// UI strings for the map's keyboard use and its modes, in Finnish, Swedish and English.
import type { Lang } from './messages'
import { fmt } from './format'
import type { MapMode, Projection, Scores } from '../map/modes'

export const mapMessages: Record<Lang, { label: string; help: string; selected: string }> = {
  fi: {
    label: 'Verkostokartta. Näppäimet: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat solmusta toiseen, Enter avaa valitun.',
    help: 'Kartta toimii myös näppäimistöllä; sama tieto on taulukoissa ja haussa.',
    selected: 'Kohdistettu',
  },
  sv: {
    label: 'Nätverkskarta. Tangenter: pilar flyttar, + och − zoomar, 0 visar allt, N och P går från nod till nod, Enter öppnar den valda.',
    help: 'Kartan fungerar också med tangentbordet; samma uppgifter finns i tabellerna och sökningen.',
    selected: 'Fokuserad',
  },
  en: {
    label: 'Network map. Keys: arrows pan, + and − zoom, 0 shows everything, N and P move from node to node, Enter opens the focused one.',
    help: 'The map works with a keyboard too; the same data is in the tables and search.',
    selected: 'Focused',
  },
}

// The map modes' names (the Map mode select) and what each draws.
export const modeMessages: Record<
  Lang,
  {
    mode: string
    memberships: string
    names: Record<MapMode, string>
    notes: Record<MapMode, string>
    ties: string
    tooMany: string
    loading: string
    failed: string
    estimated: string
  }
> = {
  fi: {
    mode: 'Karttanäkymä',
    memberships: 'Jäsenyydet',
    names: { load: 'Kuormitus', bridge: 'Siltaorganisaatiot', comembership: 'Yhteisjäsenyydet' },
    notes: {
      load: 'Organisaation koko: sen verkostojen kokoukset vuodessa (verkostojen määrä, jos kokouksia ei ole kirjattu).',
      bridge: 'Organisaation koko: siltapisteet eli välillisyyskeskeisyys maakuntansa yhteistyöverkossa.',
      comembership: 'Organisaatiot yhdistetty, jos ne ovat samoissa verkostoissa; paksumpi viiva = useampi yhteinen verkosto.',
    },
    ties: '{orgs, plural, one {# organisaatio} other {# organisaatiota}}, {ties, plural, one {# yhteys} other {# yhteyttä}}.',
    tooMany: 'Yhteyksiä on liikaa näytettäväksi ({orgs, plural, one {# organisaatio} other {# organisaatiota}}); rajaa alue tai verkostotyyppi.',
    loading: 'Ladataan lukuja…',
    failed: 'Lukujen lataus epäonnistui; kartta näyttää jäsenyydet.',
    estimated: 'Osa siltapisteistä on arvioita (suuri maakunta).',
  },
  sv: {
    mode: 'Kartvy',
    memberships: 'Medlemskap',
    names: { load: 'Belastning', bridge: 'Broorganisationer', comembership: 'Gemensamma medlemskap' },
    notes: {
      load: 'Organisationens storlek: möten per år i dess nätverk (antalet nätverk där mötena inte är registrerade).',
      bridge: 'Organisationens storlek: brovärde, dvs. mellanliggande centralitet i landskapets samarbetsnät.',
      comembership: 'Organisationer förenas om de är med i samma nätverk; tjockare linje = fler gemensamma nätverk.',
    },
    ties: '{orgs, plural, one {# organisation} other {# organisationer}}, {ties, plural, one {# förbindelse} other {# förbindelser}}.',
    tooMany: 'För många förbindelser att visa ({orgs, plural, one {# organisation} other {# organisationer}}); avgränsa område eller nätverkstyp.',
    loading: 'Siffrorna laddas…',
    failed: 'Siffrorna kunde inte laddas; kartan visar medlemskapen.',
    estimated: 'En del brovärden är uppskattningar (stort landskap).',
  },
  en: {
    mode: 'Map mode',
    memberships: 'Memberships',
    names: { load: 'Load', bridge: 'Bridges', comembership: 'Co-membership' },
    notes: {
      load: "Organisation size: meetings a year in its networks (the number of networks where meetings are not recorded).",
      bridge: "Organisation size: bridge score, its betweenness centrality in its county's cooperation graph.",
      comembership: 'Organisations linked when they share networks; a thicker line = more networks shared.',
    },
    ties: '{orgs, plural, one {# organisation} other {# organisations}}, {ties, plural, one {# tie} other {# ties}}.',
    tooMany: 'Too many ties to draw ({orgs, plural, one {# organisation} other {# organisations}}); narrow the area or network kind.',
    loading: 'Loading the scores…',
    failed: 'The scores could not be loaded; the map shows the memberships.',
    estimated: 'Some bridge scores are estimates (a large county).',
  },
}

/** modeNote says what the map draws in a mode, and its state. */
export function modeNote(lang: Lang, mode: MapMode, s: { scores: Scores | null; failed: boolean; projection: Projection | null }): string {
  const m = modeMessages[lang]
  const parts = [m.notes[mode]]
  if (mode === 'comembership' && s.projection) {
    const p = s.projection
    parts.push(p.ties === null ? fmt(lang, m.tooMany, { orgs: p.organizations }) : fmt(lang, m.ties, { orgs: p.organizations, ties: p.ties }))
  } else if (mode !== 'comembership') {
    if (s.failed) parts.push(m.failed)
    else if (!s.scores) parts.push(m.loading)
    else if (mode === 'bridge' && s.scores.estimated) parts.push(m.estimated)
  }
  return parts.join(' ')
}

// The map's timeline.
export const timelineMessages: Record<Lang, { timeline: string; play: string; pause: string; today: string }> = {
  fi: { timeline: 'Aikajana', play: 'Toista vuodet', pause: 'Pysäytä', today: 'tänään' },
  sv: { timeline: 'Tidslinje', play: 'Spela upp åren', pause: 'Pausa', today: 'i dag' },
  en: { timeline: 'Timeline', play: 'Play the years', pause: 'Pause', today: 'today' },
}
