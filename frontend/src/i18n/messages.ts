// UI strings in Finnish, Swedish and English. Every visible string lives here.
export type Lang = 'fi' | 'sv' | 'en'
export const languages: Lang[] = ['fi', 'sv', 'en']

const fi = {
  title: 'Verkosto',
  tagline: 'Kuka tekee yhteistyötä väkivaltaa ja rikollisuutta vastaan',
  language: 'Kieli',
  map: 'Verkostokartta',
  filters: 'Suodattimet',
  sector: 'Sektori',
  anySector: 'Kaikki sektorit',
  asOf: 'Tilanne päivänä',
  clearFilters: 'Tyhjennä suodattimet',
  loading: 'Ladataan…',
  loadError: 'Tietojen lataaminen epäonnistui.',
  retry: 'Yritä uudelleen',
  empty: 'Suodattimilla ei löytynyt mitään.',
  nodes: 'solmua',
  edges: 'jäsenyyttä',
  details: 'Tiedot',
  selectHint: 'Valitse kartalta organisaatio tai verkosto.',
  members: 'Jäsenet',
  memberships: 'Jäsenyydet',
  organization: 'Organisaatio',
  network: 'Verkosto',
  close: 'Sulje',
  notFound: 'Kohdetta ei löytynyt.',
  legend: 'Selite',
} as const

export type MessageKey = keyof typeof fi

const sv: Record<MessageKey, string> = {
  title: 'Verkosto',
  tagline: 'Vem samarbetar mot våld och brott',
  language: 'Språk',
  map: 'Nätverkskarta',
  filters: 'Filter',
  sector: 'Sektor',
  anySector: 'Alla sektorer',
  asOf: 'Läget den',
  clearFilters: 'Töm filtren',
  loading: 'Laddar…',
  loadError: 'Det gick inte att ladda uppgifterna.',
  retry: 'Försök igen',
  empty: 'Filtren gav inga träffar.',
  nodes: 'noder',
  edges: 'medlemskap',
  details: 'Uppgifter',
  selectHint: 'Välj en organisation eller ett nätverk på kartan.',
  members: 'Medlemmar',
  memberships: 'Medlemskap',
  organization: 'Organisation',
  network: 'Nätverk',
  close: 'Stäng',
  notFound: 'Objektet hittades inte.',
  legend: 'Teckenförklaring',
}

const en: Record<MessageKey, string> = {
  title: 'Verkosto',
  tagline: 'Who works together against violence and crime',
  language: 'Language',
  map: 'Network map',
  filters: 'Filters',
  sector: 'Sector',
  anySector: 'All sectors',
  asOf: 'As of',
  clearFilters: 'Clear filters',
  loading: 'Loading…',
  loadError: 'Loading the data failed.',
  retry: 'Try again',
  empty: 'Nothing matches these filters.',
  nodes: 'nodes',
  edges: 'memberships',
  details: 'Details',
  selectHint: 'Choose an organisation or a network on the map.',
  members: 'Members',
  memberships: 'Memberships',
  organization: 'Organisation',
  network: 'Network',
  close: 'Close',
  notFound: 'Not found.',
  legend: 'Legend',
}

export const messages: Record<Lang, Record<MessageKey, string>> = { fi, sv, en }

export const sectorNames: Record<Lang, Record<string, string>> = {
  fi: { MUNICIPALITY: 'Kunta', WELLBEING_COUNTY: 'Hyvinvointialue', POLICE: 'Poliisi', PROBATION: 'Rikosseuraamus', OTHER_STATE: 'Muu valtio', PARISH: 'Seurakunta', NGO: 'Järjestö', EDUCATION: 'Oppilaitos', BUSINESS: 'Yritys', OTHER: 'Muu' },
  sv: { MUNICIPALITY: 'Kommun', WELLBEING_COUNTY: 'Välfärdsområde', POLICE: 'Polis', PROBATION: 'Brottspåföljd', OTHER_STATE: 'Annan statlig', PARISH: 'Församling', NGO: 'Organisation', EDUCATION: 'Läroanstalt', BUSINESS: 'Företag', OTHER: 'Annan' },
  en: { MUNICIPALITY: 'Municipality', WELLBEING_COUNTY: 'Wellbeing county', POLICE: 'Police', PROBATION: 'Probation', OTHER_STATE: 'Other state', PARISH: 'Parish', NGO: 'NGO', EDUCATION: 'Education', BUSINESS: 'Business', OTHER: 'Other' },
}
