import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { client, COUNTIES_QUERY, fetchMap } from './api'
import Search from './Search'
import Select from './Select'
import MultiFilter from './MultiFilter'
import TablePage from './TablePage'
import DownloadMenu, { exportQuery } from './DownloadMenu'
import Details, { nameIn } from './Details'
import { Button, Heading } from 'suomifi-ui-components'
import type { MapData } from './api'
import { kindNames, messages, languages, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import { formatView, LEVELS, NETWORK_KINDS, parseView, SECTORS, STATUSES, THEMES } from './urlState'
import { levelName, statusName, themeName } from './i18n/vocab'
import type { ViewState } from './urlState'
import { leadEdgeColor, networkColor, sectorColors } from './colors'
import { AccountMenu, InboxPage, LoginPage } from './edit/AccountPages'
import { useSession } from './edit/session'
import CoveragePage from './coverage/CoveragePage'
import ImportPage from './import/ImportPage'
import { coverageMessages } from './i18n/coverageMessages'

// The map's code is its own chunk (it is most of the JavaScript), fetched at
// once in parallel with the map data rather than after it.
const mapChunk = import('./map/MapView')
const MapView = lazy(() => mapChunk)

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
  const { me } = useSession()
  const t = (k: MessageKey) => messages[view.lang][k]
  const [map, setMap] = useState<MapState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    document.documentElement.lang = view.lang
  }, [view.lang])

  useEffect(() => {
    let live = true
    setMap({ status: 'loading' })
    fetchMap(exportQuery(view))
      .then((data) => {
        if (live) setMap({ status: 'ready', data, nodes: data.nodes.length, edges: data.edges.length })
      })
      .catch(() => {
        if (live) setMap({ status: 'error' })
      })
    return () => {
      live = false
    }
  }, [view.sector.join(','), view.kind.join(','), view.theme.join(','), view.level.join(','), view.status.join(','), view.area, view.asOf, attempt])

  const [counties, setCounties] = useState<Named[]>([])
  useEffect(() => {
    client
      .query(COUNTIES_QUERY, {})
      .toPromise()
      .then((res) => setCounties(res.data?.areas.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []))
  }, [])
  const filtered = [view.sector, view.kind, view.theme, view.level, view.status].some((l) => l.length > 0) || view.area !== null || view.asOf !== null
  const clear = () => setView({ ...view, sector: [], kind: [], theme: [], level: [], status: [], area: null, asOf: null })

  const select = (key: string, kind: 'Organization' | 'Network') =>
    setView({ ...view, selected: { kind: kind === 'Network' ? 'networks' : 'organizations', id: key } })

  return (
    <>
      <header className="top">
        <div>
          <Heading variant="h1">{t('title')}</Heading>
          <p className="tagline">{t('tagline')}</p>
          <nav aria-label={t('views')} className="views">
            {(['map', 'organizations', 'networks', 'coverage'] as const).map((p) => (
              <a
                key={p}
                href={p === 'map' ? '/' : `/${p}`}
                aria-current={view.page === p && !view.selected ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault()
                  setView({ ...view, page: p, selected: null, coverageArea: null })
                }}
              >
                {p === 'map' ? t('map') : p === 'coverage' ? coverageMessages[view.lang].coverage : t(p)}
              </a>
            ))}
          </nav>
        </div>
        <div className="lang">
          <AccountMenu lang={view.lang} onNavigate={(page) => setView({ ...view, page, selected: null, unknownPath: false })} />
          <Select
            label={t('language')}
            value={view.lang}
            options={languages.map((l) => ({ value: l, label: l === 'fi' ? 'Suomi' : l === 'sv' ? 'Svenska' : 'English' }))}
            onChange={(v) => setView({ ...view, lang: v as Lang })}
            testId="lang"
          />
        </div>
      </header>
      {view.page === 'login' ? (
        <LoginPage lang={view.lang} onDone={() => setView({ ...view, page: 'map' })} />
      ) : view.page === 'import' ? (
        <ImportPage lang={view.lang} />
      ) : view.page === 'inbox' ? (
        <InboxPage lang={view.lang} onOpen={(id, kind) => setView({ ...view, page: 'map', selected: { kind, id } })} />
      ) : view.full && view.selected ? (
        <main className="page profile-page" data-testid="profile-page">
          <Details
            id={view.selected.id}
            lang={view.lang}
            full
            onClose={() => setView({ ...view, full: false })}
            onSelect={(key, kind) => setView({ ...view, selected: { kind: kind === 'Network' ? 'networks' : 'organizations', id: key } })}
          />
          <DownloadMenu view={view} />
        </main>
      ) : view.page === 'coverage' && !view.selected ? (
        <CoveragePage
          lang={view.lang}
          areaID={view.coverageArea}
          asOf={view.asOf}
          go={(to) =>
            setView({
              ...view,
              ...(to.selected ? { page: 'map', selected: to.selected, focus: to.selected.kind === 'networks' ? 1 : view.focus } : {}),
              ...(to.area ? { page: 'map', area: to.area, selected: null } : {}),
              ...('coverageArea' in to ? { coverageArea: to.coverageArea ?? null } : {}),
            })
          }
        />
      ) : view.unknownPath ? (
        <main className="not-found">
          <Heading variant="h2">{t('pageNotFound')}</Heading>
          <p>
            <a
              href="/"
              onClick={(e) => {
                e.preventDefault()
                setView({ ...view, unknownPath: false, page: 'map', selected: null })
              }}
            >
              {t('backToMap')}
            </a>
          </p>
        </main>
      ) : (
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
          <MultiFilter
            label={t('sector')}
            anyLabel={t('anySector')}
            values={view.sector}
            options={SECTORS.map((x) => ({ value: x, label: sectorNames[view.lang][x] }))}
            onChange={(v) => setView({ ...view, sector: v })}
            testId="sector"
          />
          <MultiFilter
            label={t('networkKind')}
            anyLabel={t('anyKind')}
            values={view.kind}
            options={NETWORK_KINDS.map((k) => ({ value: k, label: kindNames[view.lang][k] }))}
            onChange={(v) => setView({ ...view, kind: v })}
            testId="kind"
          />
          <MultiFilter
            label={t('themes')}
            anyLabel={t('anyTheme')}
            values={view.theme}
            options={THEMES.map((x) => ({ value: x, label: themeName(view.lang, x) }))}
            onChange={(v) => setView({ ...view, theme: v })}
            testId="theme"
          />
          <MultiFilter
            label={t('level')}
            anyLabel={t('anyLevel')}
            values={view.level}
            options={LEVELS.map((x) => ({ value: x, label: levelName(view.lang, x) }))}
            onChange={(v) => setView({ ...view, level: v })}
            testId="level"
          />
          <Select
            label={t('membershipStatus')}
            anyLabel={t('currentMembers')}
            value={view.status[0] ?? ''}
            // Pending requests are on the map for administrators only (others see theirs in profiles and the inbox).
            options={STATUSES.filter((x) => x !== 'PENDING' || me?.role === 'ADMIN').map((x) => ({ value: x, label: statusName(view.lang, x) }))}
            onChange={(v) => setView({ ...view, status: v ? [v] : [] })}
            testId="status"
          />
          <Select
            label={t('area')}
            anyLabel={t('anyArea')}
            value={view.area ?? ''}
            options={[
              ...(view.area && !counties.some((c) => c.id === view.area) ? [{ value: view.area, label: view.area }] : []),
              ...counties.map((c) => ({ value: c.id, label: name(c, view.lang) })),
            ]}
            onChange={(v) => setView({ ...view, area: v || null })}
            testId="area"
          />
          <Select
            label={t('focus')}
            value={String(view.focus)}
            options={[
              { value: '0', label: t('focusOff') },
              { value: '1', label: t('focusOne') },
              { value: '2', label: t('focusTwo') },
            ]}
            onChange={(v) => setView({ ...view, focus: Number(v) })}
            testId="focus"
          />
          <label>
            {t('asOf')}{' '}
            <input type="date" value={view.asOf ?? ''} onChange={(e) => setView({ ...view, asOf: e.target.value || null })} />
          </label>
          {filtered && (
            <Button variant="secondary" onClick={clear}>
              {t('clearFilters')}
            </Button>
          )}
          {map.status === 'ready' && (
            <p className="counts" aria-live="polite" data-testid="counts">
              {map.nodes} {t('nodes')}, {map.edges} {t('edges')}
            </p>
          )}
          <DownloadMenu view={view} />
        </section>
        {view.page === 'organizations' || view.page === 'networks' ? (
          <TablePage kind={view.page} view={view} onOpen={(id) => setView({ ...view, selected: { kind: view.page as 'organizations' | 'networks', id }, page: 'map' })} />
        ) : (
        <section className="map" aria-label={t('map')}>
          {map.status === 'loading' && <p className="status">{t('loading')}</p>}
          {map.status === 'error' && (
            <div className="status" role="alert">
              <p>{t('loadError')}</p>
              <Button onClick={() => setAttempt((a) => a + 1)}>{t('retry')}</Button>
            </div>
          )}
          {map.status === 'ready' && map.nodes === 0 && (
            <div className="status">
              <p>{t('empty')}</p>
              <Button onClick={clear}>{t('clearFilters')}</Button>
            </div>
          )}
          {map.status === 'ready' && map.nodes > 0 && (
            <Suspense fallback={<p className="status">{t('loading')}</p>}>
              <MapView data={map.data} lang={view.lang} selected={view.selected?.id ?? null} focus={view.focus} onSelect={select} />
            </Suspense>
          )}
          <Legend lang={view.lang} />
        </section>
        )}
        <aside className="panel" aria-label={t('details')}>
          {view.selected ? (
            <Details
              id={view.selected.id}
              lang={view.lang}
              onClose={() => setView({ ...view, selected: null })}
              onSelect={select}
              onFullPage={() => setView({ ...view, full: true })}
            />
          ) : (
            <p>{t('selectHint')}</p>
          )}
        </aside>
      </main>
      )}
    </>
  )
}

function Legend({ lang }: { lang: Lang }) {
  return (
    <details className="legend">
      <summary>{messages[lang].legend}</summary>
      <ul>
        <li>
          <span className="swatch network" style={{ borderColor: networkColor }} /> {messages[lang].network}
        </li>
        {SECTORS.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: sectorColors[s] }} /> {sectorNames[lang][s]}
          </li>
        ))}
        <li>
          <span className="line" style={{ background: leadEdgeColor }} /> {messages[lang].leadRole}
        </li>
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
  return nameIn(n, lang)
}
