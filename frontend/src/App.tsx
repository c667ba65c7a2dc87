import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { Route, Switch, useLocation, useSearch } from 'wouter'
import { useQuery } from 'urql'
import { COUNTIES_QUERY, fetchMap, prefetchMap, SignInNeeded } from './api'
import Search from './Search'
import Select from './Select'
import MultiFilter from './MultiFilter'
import DownloadMenu, { exportQuery } from './DownloadMenu'
import { nameIn } from './i18n/names'
import { Button, Heading } from 'suomifi-ui-components'
import SessionWatch from './edit/SessionWatch'
import { announce, focusWhenReady, setTitle } from './a11y'
import { count } from './i18n/format'
import type { MapData } from './api'
import { frameMessages, kindNames, messages, languages, pageNames, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import { formatView, LEVELS, NETWORK_KINDS, parseView, ROUTES, SECTORS, STATUSES, THEMES } from './urlState'
import { levelName, statusName, themeName } from './i18n/vocab'
import type { ViewState } from './urlState'
import { leadEdgeColor } from './colors'
import { NetworkSwatch, SectorSwatch } from './Swatch'
import { AccountMenu } from './edit/AccountPages'
import { useSession } from './edit/session'
import { editMessages } from './i18n/editMessages'
import { modeMessages } from './i18n/mapMessages'
import { MAP_MODES } from './map/modes'
import Timeline from './map/Timeline'
import type { MapMode } from './map/modes'

// The map's code is its own chunk (it is most of the JavaScript), fetched at
// once in parallel with the map data rather than after it.
const mapChunk = import('./map/MapView')
const MapView = lazy(() => mapChunk)
// The other pages load when first opened: the first page shows sooner.
const Details = lazy(() => import('./Details'))
const TablePage = lazy(() => import('./TablePage'))
const Statement = lazy(() => import('./Statement'))
const ImportPage = lazy(() => import('./import/ImportPage'))
const ChangesPage = lazy(() => import('./history/ChangesPage'))
const CoveragePage = lazy(() => import('./coverage/CoveragePage'))
const InsightPage = lazy(() => import('./insight/InsightPage'))
const LoginPage = lazy(() => import('./edit/LoginForm').then((m) => ({ default: m.LoginPage })))
const LoginForm = lazy(() => import('./edit/LoginForm').then((m) => ({ default: m.LoginForm })))
const AccountsPage = lazy(() => import('./admin/AccountsPage'))
const ResetPasswordPage = lazy(() => import('./admin/ResetPasswordPage'))
const InboxPage = lazy(() => import('./edit/InboxPage').then((m) => ({ default: m.InboxPage })))

// refreshing: the next map is on its way; the current one stays drawn
// meanwhile, so that the new one fades in from it (map/fade.ts).
type MapState = { status: 'loading' } | { status: 'error'; signIn?: boolean } | { status: 'ready'; data: MapData; nodes: number; edges: number; refreshing?: boolean }

// useView is the view in the URL (wouter's location and search), and a way
// to go to another: every view can be reloaded, shared and gone back to.
function useView(): [ViewState, (next: ViewState) => void] {
  const [path, navigate] = useLocation()
  const search = useSearch()
  const view = useMemo(() => parseView(path, search), [path, search])
  const update = useCallback(
    (next: ViewState) => {
      // Without ?lang= the URL means the page's language (Finnish leaves it
      // out): make the page's language the chosen one first.
      document.documentElement.lang = next.lang
      navigate(formatView(next))
    },
    [navigate],
  )
  return [view, update]
}

export default function App() {
  const [view, setView] = useView()
  const { me } = useSession()
  const t = (k: MessageKey) => messages[view.lang][k]
  const [map, setMap] = useState<MapState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  const f = frameMessages[view.lang]
  useEffect(() => {
    document.documentElement.lang = view.lang
    // The server serves the next page in this language too (<html lang>).
    document.cookie = `verkosto_lang=${view.lang}; path=/; max-age=31536000; SameSite=Lax`
  }, [view.lang])
  const [filtersOpen, setFiltersOpen] = useState(false)

  // Each view its own title; profiles and coverage areas name their entry (set where it loads).
  useEffect(() => {
    if (view.selected) return
    const c = pageNames[view.lang]
    const m = messages[view.lang]
    const fr = frameMessages[view.lang]
    const names: Record<ViewState['page'], string> = {
      map: m.map, organizations: m.organizations, networks: m.networks, memberships: fr.membershipsTable,
      login: editMessages[view.lang].signIn, inbox: editMessages[view.lang].inbox, import: c.import,
      coverage: c.coverageTitle, accessibility: fr.statement,
      insight: c.insight, changes: c.whatChanged, accounts: c.accounts, 'reset-password': c.resetPassword,
    }
    if (view.page === 'coverage' && view.coverageArea) return
    setTitle(view.unknownPath ? m.pageNotFound : names[view.page])
  }, [view.page, view.lang, view.selected, view.coverageArea, view.unknownPath])

  // The map follows its filters only (the query string they make).
  const mapQuery = exportQuery(view)
  useEffect(() => {
    let live = true
    setMap((m) => (m.status === 'ready' ? { ...m, refreshing: true } : { status: 'loading' }))
    fetchMap(mapQuery)
      .then((data) => {
        if (live) setMap({ status: 'ready', data, nodes: data.nodes.length, edges: data.edges.length })
      })
      .catch((e) => {
        if (live) setMap({ status: 'error', signIn: e instanceof SignInNeeded })
      })
    return () => {
      live = false
    }
  }, [mapQuery, attempt])

  const [{ data: countyData }] = useQuery({ query: COUNTIES_QUERY })
  const counties = useMemo(() => countyData?.areas.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [], [countyData])
  const filtered = [view.sector, view.kind, view.theme, view.level, view.status].some((l) => l.length > 0) || view.area !== null || view.asOf !== null
  const clear = () => setView({ ...view, sector: [], kind: [], theme: [], level: [], status: [], area: null, asOf: null })

  // Opening an entry moves focus to its heading in the panel (which also
  // scrolls it into view on a narrow screen, where the panel is below).
  // From the map's own keys focus stays on the map (the control that acted),
  // so that N and P go on walking from the opened entry.
  const select = (key: string, kind: 'Organization' | 'Network', moveFocus = true) => {
    setView({ ...view, selected: { kind: kind === 'Network' ? 'networks' : 'organizations', id: key } })
    if (moveFocus) focusWhenReady(`[data-testid=details][data-id="${key}"] h2`)
  }
  // openEntry opens an organisation or a network from another page (the
  // header's own links, landing after sign-in): its profile beside the map.
  const openEntry = (id: string, kind: 'organizations' | 'networks') => {
    setView({ ...view, page: 'map', unknownPath: false, full: false, selected: { kind, id } })
    focusWhenReady(`[data-testid=details][data-id="${id}"] h2`)
  }
  // Going to another page moves focus to its heading (or the main content).
  const go = (next: ViewState, focus = 'main h2, main h1, main') => {
    setView(next)
    focusWhenReady(focus)
  }

  const profilePage: ReactNode = view.selected && (
    <main id="main" tabIndex={-1} className="page profile-page" data-testid="profile-page">
      <Details
        id={view.selected.id}
        lang={view.lang}
        full
        onClose={() => {
          setView({ ...view, full: false })
          focusWhenReady(`[data-testid=details][data-id="${view.selected?.id}"] h2`)
        }}
        onSelect={select}
      />
      <DownloadMenu view={view} />
    </main>
  )
  const mapLayout: ReactNode = (
    <main id="main" tabIndex={-1} className="layout">
      <Heading variant="h2" className="visually-hidden">
        {view.page === 'organizations' ? t('organizations') : view.page === 'networks' ? t('networks') : view.page === 'memberships' ? f.membershipsTable : t('map')}
      </Heading>
      {/* On a narrow screen the filters fold into a drawer behind this button. */}
      <button type="button" className="drawer-toggle" aria-expanded={filtersOpen} aria-controls="filters" onClick={() => setFiltersOpen(!filtersOpen)} data-testid="filters-toggle">
        {filtersOpen ? f.hideFilters : f.menuFilters}
      </button>
      <section id="filters" className={`filters${filtersOpen ? ' open' : ''}`} aria-label={t('filters')}>
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
            ...counties.map((c) => ({ value: c.id, label: nameIn(c, view.lang) })),
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
        <Select
          label={modeMessages[view.lang].mode}
          anyLabel={modeMessages[view.lang].memberships}
          value={view.mode ?? ''}
          options={MAP_MODES.map((x) => ({ value: x, label: modeMessages[view.lang].names[x] }))}
          onChange={(v) => setView({ ...view, mode: (v || null) as MapMode | null })}
          testId="mode"
        />
        <label>
          {t('asOf')}{' '}
          <input type="date" value={view.asOf ?? ''} onChange={(e) => setView({ ...view, asOf: e.target.value || null })} data-testid="as-of" />
        </label>
        <Timeline lang={view.lang} asOf={view.asOf} onChange={(asOf) => setView({ ...view, asOf })} prefetch={(asOf) => prefetchMap(exportQuery({ ...view, asOf }))} />
        {filtered && (
          <Button variant="secondary" onClick={clear}>
            {t('clearFilters')}
          </Button>
        )}
        {map.status === 'ready' && !map.refreshing && (
          <p className="counts" aria-live="polite" data-testid="counts">
            {count(view.lang, 'nodes', map.nodes)}, {count(view.lang, 'memberships', map.edges)}
          </p>
        )}
        <DownloadMenu view={view} />
      </section>
      {view.page === 'organizations' || view.page === 'networks' || view.page === 'memberships' ? (
        <Suspense fallback={<p className="status">{t('loading')}</p>}>
          <TablePage
            kind={view.page}
            view={view}
            map={map.status === 'ready' ? (map.refreshing ? 'loading' : map.data) : map.status}
            onOpen={(id, kind) => select(id, kind)}
          />
        </Suspense>
      ) : (
      <section className="map" aria-label={t('map')}>
        {map.status === 'loading' && <p className="status">{t('loading')}</p>}
        {map.status === 'error' && map.signIn && (
          // A private instance: say so, and offer to sign in right here.
          <div className="status page narrow" data-testid="private-instance">
            <p>{f.privateInstance}</p>
            <Suspense fallback={null}>
              <LoginForm
                lang={view.lang}
                onDone={() => {
                  setAttempt((a) => a + 1)
                  announce(f.signedIn)
                }}
              />
            </Suspense>
          </div>
        )}
        {map.status === 'error' && !map.signIn && (
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
            <MapView data={map.data} lang={view.lang} selected={view.selected?.id ?? null} focus={view.focus} onSelect={(key, kind) => select(key, kind, false)}
              mode={view.mode} area={view.area} asOf={view.asOf} />
          </Suspense>
        )}
        <p className="map-help" id="map-help" data-testid="map-help">
          {f.mapHelp}
        </p>
        <Legend lang={view.lang} />
      </section>
      )}
      <aside className="panel" aria-label={t('details')}>
        {view.selected ? (
          <Suspense fallback={<p className="status">{t('loading')}</p>}>
            <Details
              id={view.selected.id}
              lang={view.lang}
              onClose={() => {
                setView({ ...view, selected: null })
                focusWhenReady('[data-testid=select-hint]')
              }}
              onSelect={select}
              onFullPage={() => go({ ...view, full: true })}
            />
          </Suspense>
        ) : (
          <p data-testid="select-hint" tabIndex={-1}>{t('selectHint')}</p>
        )}
      </aside>
    </main>
  )

  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault()
          focusWhenReady('main')
        }}
      >
        {f.skip}
      </a>
      <div id="announcer" className="visually-hidden" aria-live="polite" data-testid="announcer" />
      <SessionWatch lang={view.lang} />
      <header className="top">
        <div>
          <Heading variant="h1">{t('title')}</Heading>
          <p className="tagline">{t('tagline')}</p>
          <nav aria-label={t('views')} className="views">
            {(['map', 'organizations', 'networks', 'memberships', 'coverage', 'insight', 'changes'] as const).map((p) => (
              <a
                key={p}
                href={p === 'map' ? '/' : `/${p}`}
                aria-current={view.page === p && !view.selected ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault()
                  go({ ...view, page: p, selected: null, coverageArea: null, unknownPath: false })
                }}
              >
                {p === 'map' ? t('map') : p === 'coverage' ? pageNames[view.lang].coverage : p === 'memberships' ? f.membershipsTable : p === 'insight' ? pageNames[view.lang].insight : p === 'changes' ? pageNames[view.lang].whatChanged : t(p)}
              </a>
            ))}
          </nav>
        </div>
        <div className="lang">
          <AccountMenu
            lang={view.lang}
            onOpen={openEntry}
            onNavigate={(page, why) => {
              go({ ...view, page, selected: null, unknownPath: false })
              if (why === 'out') announce(f.signedOut)
            }}
          />
          {/* Each language named in itself, marked with its own lang. */}
          <nav aria-label={t('language')} className="languages" data-testid="lang">
            {languages.map((l) => (
              <a
                key={l}
                href={formatView({ ...view, lang: l })}
                lang={l}
                hrefLang={l}
                aria-current={view.lang === l ? 'true' : undefined}
                onClick={(e) => {
                  e.preventDefault()
                  setView({ ...view, lang: l })
                }}
              >
                {l === 'fi' ? 'Suomi' : l === 'sv' ? 'Svenska' : 'English'}
              </a>
            ))}
          </nav>
        </div>
      </header>
      {/* One route per page (wouter), from the one table of paths in urlState.ts. */}
      <Suspense fallback={<p className="status">{t('loading')}</p>}>
      <Switch>
        <Route path={ROUTES.login}>
          <main id="main" tabIndex={-1}>
            <LoginPage
              lang={view.lang}
              onDone={(me) => {
                // An editor's work is her organisation, a coordinator's her network (when one).
                const mine =
                  me?.role === 'EDITOR' && me.organization
                    ? ({ kind: 'organizations', id: me.organization.id } as const)
                    : me?.role === 'COORDINATOR' && me.networks?.length === 1
                      ? ({ kind: 'networks', id: me.networks[0].id } as const)
                      : null
                if (mine) openEntry(mine.id, mine.kind)
                else go({ ...view, page: 'map' })
                announce(f.signedIn)
              }}
            />
          </main>
        </Route>
        <Route path={ROUTES.accessibility}>
          <main id="main" tabIndex={-1}>
            <Statement lang={view.lang} />
          </main>
        </Route>
        <Route path={ROUTES.import}>
          <ImportPage lang={view.lang} />
        </Route>
        <Route path={ROUTES.changes}>
          <ChangesPage lang={view.lang} counties={counties} onOpen={(target, asOf) => setView({ ...view, page: 'map', selected: target, asOf })} />
        </Route>
        <Route path={ROUTES.inbox}>
          <main id="main" tabIndex={-1}>
            <InboxPage lang={view.lang} onOpen={(id, kind) => select(id, kind === 'networks' ? 'Network' : 'Organization')} />
          </main>
        </Route>
        <Route path={ROUTES['reset-password']}>
          <ResetPasswordPage lang={view.lang} onSignIn={() => go({ ...view, page: 'login', selected: null })} />
        </Route>
        <Route path={ROUTES.accounts}>
          <AccountsPage lang={view.lang} />
        </Route>
        <Route path={ROUTES.coverage}>
          <main id="main" tabIndex={-1}>
          <CoveragePage
            lang={view.lang}
            areaID={view.coverageArea}
            asOf={view.asOf}
            go={(to) =>
              go(
                {
                ...view,
                ...(to.selected ? { page: 'map', selected: to.selected, focus: to.selected.kind === 'networks' ? 1 : view.focus } : {}),
                ...(to.area ? { page: 'map', area: to.area, selected: null } : {}),
                ...('coverageArea' in to ? { coverageArea: to.coverageArea ?? null } : {}),
                },
                // The new content's heading, not the old page's still on screen.
                to.selected
                  ? `[data-testid=details][data-id="${to.selected.id}"] h2`
                  : to.coverageArea
                    ? '[data-testid=coverage-area] h2'
                    : to.area
                      ? 'main h2'
                      : '[data-testid=coverage] h2',
              )
            }
          />
          </main>
        </Route>
        <Route path={ROUTES.insight}>
          <InsightPage
            lang={view.lang}
            areaID={view.coverageArea}
            asOf={view.asOf}
            go={(to) =>
              setView({
                ...view,
                ...(to.selected ? { page: 'map', selected: to.selected, focus: 1 } : {}),
                ...('insightArea' in to ? { coverageArea: to.insightArea ?? null } : {}),
              })
            }
          />
        </Route>
        <Route path={ROUTES.profile}>{view.full ? profilePage : mapLayout}</Route>
        <Route path={ROUTES.table}>{mapLayout}</Route>
        <Route path={ROUTES.map}>{mapLayout}</Route>
        <Route>
          <main id="main" tabIndex={-1} className="not-found">
            <Heading variant="h2">{t('pageNotFound')}</Heading>
            <p>
              <a
                href="/"
                onClick={(e) => {
                  e.preventDefault()
                  go({ ...view, unknownPath: false, page: 'map', selected: null })
                }}
              >
                {t('backToMap')}
              </a>
            </p>
          </main>
        </Route>
      </Switch>
      </Suspense>
      <footer className="site-footer" aria-label={f.footer}>
        <a
          href={formatView({ ...view, page: 'accessibility', selected: null, full: false })}
          data-testid="statement-link"
          onClick={(e) => {
            e.preventDefault()
            go({ ...view, page: 'accessibility', selected: null, full: false, unknownPath: false })
          }}
        >
          {f.statement}
        </a>
      </footer>
    </>
  )
}

function Legend({ lang }: { lang: Lang }) {
  return (
    <details className="legend">
      <summary>{messages[lang].legend}</summary>
      <ul>
        <li>
          <NetworkSwatch /> {messages[lang].network}
        </li>
        {SECTORS.map((s) => (
          <li key={s}>
            <SectorSwatch sector={s} /> {sectorNames[lang][s]}
          </li>
        ))}
        <li>
          <span className="line" style={{ background: leadEdgeColor }} /> {messages[lang].leadRole}
        </li>
      </ul>
    </details>
  )
}
