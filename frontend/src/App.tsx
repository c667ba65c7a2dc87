import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { client, COUNTIES_QUERY, MAP_QUERY, NODE_QUERY } from './api'
import Search from './Search'
import type { MapData } from './api'
import { kindNames, messages, languages, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import { formatView, NETWORK_KINDS, parseView, SECTORS } from './urlState'
import type { ViewState } from './urlState'
import { networkColor, sectorColors } from './colors'

const MapView = lazy(() => import('./map/MapView'))

type MapState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: MapData; nodes: number; edges: number }

function useView(): [ViewState, (next: ViewState) => void] {
  const [view, setView] = useState(() => parseView(location.pathname, location.search))
  useEffect(() => {
    const onPop = () => setView(parseView(location.pathname, location.search))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const update = useCallback((next: ViewState) => {
    history.pushState(null, '', formatView(next))
    setView(next)
  }, [])
  return [view, update]
}

export default function App() {
  const [view, setView] = useView()
  const t = (k: MessageKey) => messages[view.lang][k]
  const [map, setMap] = useState<MapState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    document.documentElement.lang = view.lang
  }, [view.lang])

  useEffect(() => {
    let live = true
    setMap({ status: 'loading' })
    const filter: Record<string, unknown> = {}
    if (view.sector.length) filter.sector = view.sector
    if (view.kind.length) filter.networkKind = view.kind
    if (view.area) filter.area = view.area
    if (view.asOf) filter.asOf = view.asOf
    client
      .query(MAP_QUERY, { filter }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((res) => {
        if (!live) return
        const m = res.data?.networkMap
        if (res.error || !m) setMap({ status: 'error' })
        else setMap({ status: 'ready', data: m.data, nodes: m.nodeCount, edges: m.edgeCount })
      })
    return () => {
      live = false
    }
  }, [view.sector.join(','), view.kind.join(','), view.area, view.asOf, attempt])

  const [counties, setCounties] = useState<Named[]>([])
  useEffect(() => {
    client
      .query(COUNTIES_QUERY, {})
      .toPromise()
      .then((res) => setCounties(res.data?.areas.edges.map((e: { node: Named }) => e.node) ?? []))
  }, [])
  const filtered = view.sector.length > 0 || view.kind.length > 0 || view.area !== null || view.asOf !== null
  const clear = () => setView({ ...view, sector: [], kind: [], area: null, asOf: null })

  const select = (key: string, kind: 'Organization' | 'Network') =>
    setView({ ...view, selected: { kind: kind === 'Network' ? 'networks' : 'organizations', id: key } })

  return (
    <>
      <header className="top">
        <div>
          <h1>{t('title')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <label className="lang">
          {t('language')}{' '}
          <select value={view.lang} onChange={(e) => setView({ ...view, lang: e.target.value as Lang })} data-testid="lang">
            {languages.map((l) => (
              <option key={l} value={l}>
                {l === 'fi' ? 'Suomi' : l === 'sv' ? 'Svenska' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="layout">
        <section className="filters" aria-label={t('filters')}>
          <Search
            lang={view.lang}
            onPick={(hit) =>
              hit.__typename === 'Area'
                ? setView({ ...view, area: hit.id })
                : select(hit.id, hit.__typename as 'Organization' | 'Network')
            }
          />
          <label>
            {t('sector')}{' '}
            <select
              value={view.sector[0] ?? ''}
              onChange={(e) => setView({ ...view, sector: e.target.value ? [e.target.value] : [] })}
              data-testid="sector"
            >
              <option value="">{t('anySector')}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {sectorNames[view.lang][s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('networkKind')}{' '}
            <select value={view.kind[0] ?? ''} onChange={(e) => setView({ ...view, kind: e.target.value ? [e.target.value] : [] })} data-testid="kind">
              <option value="">{t('anyKind')}</option>
              {NETWORK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindNames[view.lang][k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('area')}{' '}
            <select value={view.area ?? ''} onChange={(e) => setView({ ...view, area: e.target.value || null })} data-testid="area">
              <option value="">{t('anyArea')}</option>
              {view.area && !counties.some((c) => c.id === view.area) && <option value={view.area}>{view.area}</option>}
              {counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {name(c, view.lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('asOf')}{' '}
            <input type="date" value={view.asOf ?? ''} onChange={(e) => setView({ ...view, asOf: e.target.value || null })} />
          </label>
          {filtered && (
            <button type="button" onClick={clear}>
              {t('clearFilters')}
            </button>
          )}
          {map.status === 'ready' && (
            <p className="counts" aria-live="polite" data-testid="counts">
              {map.nodes} {t('nodes')}, {map.edges} {t('edges')}
            </p>
          )}
        </section>
        <section className="map" aria-label={t('map')}>
          {map.status === 'loading' && <p className="status">{t('loading')}</p>}
          {map.status === 'error' && (
            <div className="status" role="alert">
              <p>{t('loadError')}</p>
              <button type="button" onClick={() => setAttempt((a) => a + 1)}>
                {t('retry')}
              </button>
            </div>
          )}
          {map.status === 'ready' && map.nodes === 0 && (
            <div className="status">
              <p>{t('empty')}</p>
              <button type="button" onClick={clear}>
                {t('clearFilters')}
              </button>
            </div>
          )}
          {map.status === 'ready' && map.nodes > 0 && (
            <Suspense fallback={<p className="status">{t('loading')}</p>}>
              <MapView data={map.data} lang={view.lang} selected={view.selected?.id ?? null} onSelect={select} />
            </Suspense>
          )}
          <Legend lang={view.lang} />
        </section>
        <aside className="panel" aria-label={t('details')}>
          {view.selected ? (
            <Details id={view.selected.id} lang={view.lang} onClose={() => setView({ ...view, selected: null })} onSelect={select} />
          ) : (
            <p>{t('selectHint')}</p>
          )}
        </aside>
      </main>
    </>
  )
}

function Legend({ lang }: { lang: Lang }) {
  return (
    <details className="legend">
      <summary>{messages[lang].legend}</summary>
      <ul>
        <li>
          <span className="swatch network" style={{ background: networkColor }} /> {messages[lang].network}
        </li>
        {SECTORS.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: sectorColors[s] }} /> {sectorNames[lang][s]}
          </li>
        ))}
      </ul>
    </details>
  )
}

interface Named {
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
}

function name(n: Named, lang: Lang): string {
  return (lang === 'sv' ? n.nameSv : lang === 'en' ? n.nameEn : null) || n.nameFi
}

interface MembershipRow {
  id: string
  role: string
  status: string
  representative?: string | null
  network?: Named
  organization?: Named & { sector: string }
}

function Details({ id, lang, onClose, onSelect }: { id: string; lang: Lang; onClose: () => void; onSelect: (key: string, kind: 'Organization' | 'Network') => void }) {
  const t = (k: MessageKey) => messages[lang][k]
  const [state, setState] = useState<{ status: 'loading' | 'error' | 'missing' } | { status: 'ready'; node: Record<string, unknown> & Named & { __typename: string } }>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    client
      .query(NODE_QUERY, { id })
      .toPromise()
      .then((res) => {
        if (!live) return
        if (res.error && !res.data?.node) setState({ status: res.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? 'missing' : 'error' })
        else if (!res.data?.node) setState({ status: 'missing' })
        else setState({ status: 'ready', node: res.data.node })
      })
    return () => {
      live = false
    }
  }, [id])
  if (state.status === 'loading') return <p>{t('loading')}</p>
  if (state.status === 'error') return <p role="alert">{t('loadError')}</p>
  if (state.status === 'missing')
    return (
      <div>
        <p role="alert">{t('notFound')}</p>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    )
  if (state.status !== 'ready') return null
  const node = state.node
  const rows = ((node.memberships as { edges: { node: MembershipRow }[] })?.edges ?? []).map((e) => e.node)
  const isNetwork = node.__typename === 'Network'
  return (
    <article data-testid="details">
      <p className="kind">{isNetwork ? t('network') : t('organization')}</p>
      <h2>{name(node, lang)}</h2>
      {!isNetwork && <p>{sectorNames[lang][node.sector as string]}</p>}
      <h3>{isNetwork ? t('members') : t('memberships')}</h3>
      <ul className="members">
        {rows.map((m) => {
          const other = isNetwork ? m.organization : m.network
          if (!other) return null
          return (
            <li key={m.id}>
              <button type="button" className="link" onClick={() => onSelect(other.id, isNetwork ? 'Organization' : 'Network')}>
                {name(other, lang)}
              </button>{' '}
              <span className="role">
                {m.role.toLowerCase().replace('_', ' ')}
                {m.status !== 'ACTIVE' ? ` (${m.status.toLowerCase()})` : ''}
              </span>
              {m.representative ? <span className="rep"> · {m.representative}</span> : null}
            </li>
          )
        })}
      </ul>
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </article>
  )
}
