import { useEffect, useState } from 'react'
import { Button, Heading } from 'suomifi-ui-components'
import { useClient } from 'urql'
import type { Lang } from '../i18n/messages'
import { historyMessages } from '../i18n/historyMessages'
import type { HistoryKey } from '../i18n/historyMessages'
import { DIFF_QUERY } from './queries'
import type { DiffQuery } from '../gql/graphql'
import { nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'

type Event = NonNullable<NonNullable<DiffQuery['diff']['edges'][number]>['node']>
type Target = { kind: 'organizations' | 'networks'; id: string }

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

// lastYear is the default period: the twelve months up to today.
export function lastYear(today = new Date()): { from: string; to: string } {
  const from = new Date(today)
  from.setUTCFullYear(from.getUTCFullYear() - 1)
  return { from: isoDay(from), to: isoDay(today) }
}

// ChangesPage shows what changed between two days, grouped by network and
// by organisation; each line links to the map as of either day.
export default function ChangesPage({
  lang,
  counties,
  onOpen,
}: {
  lang: Lang
  counties: Named[]
  onOpen: (target: Target, asOf: string) => void
}) {
  const t = (k: HistoryKey) => historyMessages[lang][k]
  const [period, setPeriod] = useState(lastYear)
  const [area, setArea] = useState('')
  const [events, setEvents] = useState<Event[] | null>(null)
  const [total, setTotal] = useState(0)
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const name = (o: Named) => nameIn(o, lang)

  // "Show more" adds the next page to those shown: pages are read one by one
  // through the Provider's client and gathered here.
  const client = useClient()
  const load = async (after: string | null) => {
    const res = await client
      .query(DIFF_QUERY, { from: period.from, to: period.to, area: area || null, after }, { requestPolicy: 'network-only' })
      .toPromise()
    if (res.error || !res.data) {
      setError(res.error?.graphQLErrors[0]?.message ?? res.error?.message ?? '')
      return
    }
    setError(null)
    const page = res.data.diff.edges.flatMap((e) => (e?.node ? [e.node] : []))
    setEvents((prev) => (after && prev ? [...prev, ...page] : page))
    setTotal(res.data.diff.totalCount)
    setNext(res.data.diff.pageInfo.hasNextPage ? (res.data.diff.pageInfo.endCursor ?? null) : null)
  }
  useEffect(() => {
    if (period.from && period.to) load(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period.from, period.to, area])

  const byNetwork = new Map<string, { network: Named; events: Event[] }>()
  const byOrganization = new Map<string, { organization: Named; events: Event[] }>()
  for (const e of events ?? []) {
    if (e.network) {
      const g = byNetwork.get(e.network.id) ?? { network: e.network, events: [] }
      g.events.push(e)
      byNetwork.set(e.network.id, g)
    } else if (e.organization) {
      const g = byOrganization.get(e.organization.id) ?? { organization: e.organization, events: [] }
      g.events.push(e)
      byOrganization.set(e.organization.id, g)
    }
  }
  const value = (s: string | null | undefined) => {
    if (!s) return ''
    try {
      const v = JSON.parse(s)
      return typeof v === 'string' ? v : s
    } catch {
      return s
    }
  }
  const mapLinks = (target: Target) =>
    [period.from, period.to].map((day) => (
      <a
        key={day}
        href={`/${target.kind}/${target.id}?asOf=${day}${lang === 'fi' ? '' : `&lang=${lang}`}`}
        onClick={(ev) => {
          ev.preventDefault()
          onOpen(target, day)
        }}
      >
        {t('mapOn')} {day}
      </a>
    ))
  const line = (e: Event, subject: 'organization' | 'network') => {
    const other = subject === 'network' ? e.organization : null
    const target: Target = other ? { kind: 'organizations', id: other.id } : e.network ? { kind: 'networks', id: e.network.id } : { kind: 'organizations', id: e.organization!.id }
    const change = e.before || e.after ? `: ${value(e.before)}${e.before ? ' → ' : ''}${value(e.after)}` : ''
    return (
      <li key={e.key} data-testid="change-line">
        <time dateTime={e.on}>{e.on}</time> {other ? `${name(other)} – ` : ''}
        {t(e.kind as HistoryKey)}
        {change} <span className="map-links">{mapLinks(target).reduce<React.ReactNode[]>((acc, a, i) => (i ? [...acc, ' · ', a] : [a]), [])}</span>
      </li>
    )
  }

  return (
    <main id="main" tabIndex={-1} className="page" data-testid="changes-page">
      <Heading variant="h2">{t('whatChanged')}</Heading>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('from')}{' '}
          <input type="date" value={period.from} max={period.to} onChange={(e) => setPeriod({ ...period, from: e.target.value })} data-testid="changes-from" />
        </label>{' '}
        <label>
          {t('to')}{' '}
          <input type="date" value={period.to} min={period.from} onChange={(e) => setPeriod({ ...period, to: e.target.value })} data-testid="changes-to" />
        </label>{' '}
        <label>
          {t('area')}{' '}
          <select value={area} onChange={(e) => setArea(e.target.value)} data-testid="changes-area">
            <option value="">{t('wholeCountry')}</option>
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error !== null && <p role="alert">{error}</p>}
      {events === null ? (
        <p>…</p>
      ) : events.length === 0 ? (
        <p>{t('nothingChanged')}</p>
      ) : (
        <>
          <p aria-live="polite">
            {total} {t('changesCount')}
          </p>
          {byNetwork.size > 0 && (
            <section>
              <Heading variant="h3">{t('byNetwork')}</Heading>
              {[...byNetwork.values()].map((g) => (
                <section key={g.network.id} data-testid="changes-network">
                  <Heading variant="h4">{name(g.network)}</Heading>
                  <ul>{g.events.map((e) => line(e, 'network'))}</ul>
                </section>
              ))}
            </section>
          )}
          {byOrganization.size > 0 && (
            <section>
              <Heading variant="h3">{t('byOrganization')}</Heading>
              {[...byOrganization.values()].map((g) => (
                <section key={g.organization.id} data-testid="changes-organization">
                  <Heading variant="h4">{name(g.organization)}</Heading>
                  <ul>{g.events.map((e) => line(e, 'organization'))}</ul>
                </section>
              ))}
            </section>
          )}
          {next && (
            <Button variant="secondary" onClick={() => load(next)} data-testid="changes-more">
              {t('more')}
            </Button>
          )}
        </>
      )}
    </main>
  )
}
