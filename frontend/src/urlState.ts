// The view lives in the URL, so reload and back/forward restore it and every
// view can be shared: /organizations/:id or /networks/:id selects a node,
// ?sector=POLICE,NGO&kind=MARAK&area=12&asOf=2024-01-01&lang=sv sets filters
// and language.
import type { Lang } from './i18n/messages'
import { languages } from './i18n/messages'
import { MAP_MODES } from './map/modes'
import type { MapMode } from './map/modes'

export const SECTORS = ['MUNICIPALITY', 'WELLBEING_COUNTY', 'POLICE', 'PROBATION', 'OTHER_STATE', 'PARISH', 'NGO', 'EDUCATION', 'BUSINESS', 'OTHER'] as const

export const NETWORK_KINDS = ['COORDINATION_GROUP', 'WORKING_GROUP', 'STEERING_GROUP', 'MARAK', 'ANKKURI', 'SERVICE_NETWORK', 'PROJECT', 'FORUM', 'OTHER'] as const

export const THEMES = ['VIOLENCE_PREVENTION', 'DOMESTIC_VIOLENCE', 'CRIME_PREVENTION', 'YOUTH', 'RELEASED_PRISONERS', 'TRAFFIC_SAFETY', 'SUBSTANCE_ABUSE', 'FAMILY_SUPPORT', 'MENTAL_HEALTH'] as const
export const LEVELS = ['MUNICIPAL', 'SUBREGIONAL', 'WELLBEING_COUNTY', 'MULTI_COUNTY', 'NATIONAL'] as const
export const STATUSES = ['ACTIVE', 'PENDING', 'ENDED'] as const

export interface ViewState {
  theme: string[]
  level: string[]
  status: string[]
  /** true when the path matches no view: the app shows a not-found page */
  unknownPath: boolean
  sector: string[]
  kind: string[]
  area: string | null
  asOf: string | null
  selected: { kind: 'organizations' | 'networks'; id: string } | null
  /** map, or the accessible table of organisations or networks */
  page: 'map' | 'organizations' | 'networks' | 'memberships' | 'login' | 'inbox' | 'import' | 'coverage' | 'insight' | 'changes' | 'accessibility' | 'accounts' | 'reset-password'
  /** the selected profile as a full page instead of the side panel (printing a roster) */
  full: boolean
  /** on the coverage and insight pages: the area drilled into (null: the whole country) */
  coverageArea: string | null
  /** focus mode: 0 off, or how many steps from the selection to show */
  focus: number
  /** the map's mode (./map/modes); null: the memberships as they are */
  mode: MapMode | null
  lang: Lang
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/

// ROUTES is the app's one table of paths: parseView reads the view from
// them and App's <Switch> (wouter) picks the page by them. Named groups
// are the route's parameters.
export const ROUTES = {
  profile: /^\/(?<kind>organizations|networks)\/(?<id>\d{1,20})\/?$/,
  table: /^\/(?<page>organizations|networks|memberships)\/?$/,
  login: /^\/login\/?$/,
  inbox: /^\/inbox\/?$/,
  import: /^\/import\/?$/,
  changes: /^\/changes\/?$/,
  accessibility: /^\/accessibility\/?$/,
  accounts: /^\/accounts\/?$/,
  'reset-password': /^\/reset-password\/?$/,
  coverage: /^\/coverage(?:\/(?<area>\d{1,20}))?\/?$/,
  insight: /^\/insight(?:\/(?<area>\d{1,20}))?\/?$/,
  map: /^\/?$/,
} as const

type Route = keyof typeof ROUTES

function route(pathname: string): { name: Route; params: Record<string, string | undefined> } | null {
  for (const name of Object.keys(ROUTES) as Route[]) {
    const m = ROUTES[name].exec(pathname)
    if (m) return { name, params: m.groups ?? {} }
  }
  return null
}

export function parseView(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search)
  const sector = (params.get('sector') ?? '')
    .split(',')
    .filter((s): s is (typeof SECTORS)[number] => (SECTORS as readonly string[]).includes(s))
  const kind = (params.get('kind') ?? '')
    .split(',')
    .filter((k): k is (typeof NETWORK_KINDS)[number] => (NETWORK_KINDS as readonly string[]).includes(k))
  const areaRaw = params.get('area')
  const area = areaRaw && /^\d{1,20}$/.test(areaRaw) ? areaRaw : null
  const pick = (name: string, allowed: readonly string[]) =>
    [...new Set((params.get(name) ?? '').split(',').filter((x) => allowed.includes(x)))].sort()
  const asOfRaw = params.get('asOf')
  const asOf = asOfRaw && datePattern.test(asOfRaw) ? asOfRaw : null
  const r = route(pathname)
  const selected = r?.name === 'profile' ? { kind: r.params.kind as 'organizations' | 'networks', id: r.params.id! } : null
  const page: ViewState['page'] =
    r === null || r.name === 'profile' || r.name === 'map' ? 'map' : r.name === 'table' ? (r.params.page as 'organizations' | 'networks' | 'memberships') : r.name
  const langRaw = params.get('lang')
  // Without ?lang= the page's own language counts: the server chose it from
  // the language last chosen (a cookie) or the browser's preference.
  const pageLang = typeof document === 'undefined' ? 'fi' : document.documentElement.lang
  const lang = languages.includes(langRaw as Lang) ? (langRaw as Lang) : languages.includes(pageLang as Lang) ? (pageLang as Lang) : 'fi'
  const unknownPath = r === null
  return { theme: pick('theme', THEMES), level: pick('level', LEVELS), status: pick('status', STATUSES), unknownPath, coverageArea: r?.params.area ?? null, full: !!selected && params.get('full') === '1', sector: [...new Set(sector)].sort(), kind: [...new Set(kind)].sort(), area, asOf, selected, page, focus: ['1', '2'].includes(params.get('focus') ?? '') ? Number(params.get('focus')) : 0, mode: (MAP_MODES as readonly string[]).includes(params.get('mode') ?? '') ? (params.get('mode') as MapMode) : null, lang }
}

export function formatView(v: ViewState): string {
  const params = new URLSearchParams()
  if (v.sector.length) params.set('sector', [...v.sector].sort().join(','))
  if (v.kind.length) params.set('kind', [...v.kind].sort().join(','))
  if (v.theme.length) params.set('theme', v.theme.join(','))
  if (v.level.length) params.set('level', v.level.join(','))
  if (v.status.length) params.set('status', v.status.join(','))
  if (v.area) params.set('area', v.area)
  if (v.asOf) params.set('asOf', v.asOf)
  if (v.focus) params.set('focus', String(v.focus))
  if (v.mode) params.set('mode', v.mode)
  if (v.lang !== 'fi') params.set('lang', v.lang)
  if (v.full && v.selected) params.set('full', '1')
  const path = v.selected
    ? `/${v.selected.kind}/${v.selected.id}`
    : (v.page === 'coverage' || v.page === 'insight') && v.coverageArea
      ? `/${v.page}/${v.coverageArea}`
      : v.page !== 'map'
        ? `/${v.page}`
        : '/'
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
