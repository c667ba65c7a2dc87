import { useState } from 'react'
import { Button, Heading } from 'suomifi-ui-components'
import { useQuery } from 'urql'
import type { AreaCoverageQuery, CoverageRule, NationalCoverageQuery } from '../gql/graphql'
import type { Lang } from '../i18n/messages'
import { messages } from '../i18n/messages'
import { coverageMessages, reasonMessages } from '../i18n/coverageMessages'
import type { CoverageKey } from '../i18n/coverageMessages'
import { AREA_COVERAGE, COUNTRY_QUERY, NATIONAL_COVERAGE } from './queries'
import { tilePositions } from './tiles'
import { langIf, setTitle } from '../a11y'
import { Name, nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'
import { compareNames, fmt, formatDate } from '../i18n/format'

// The generated types of the queries (src/gql), not copies of them.
type Row = NationalCoverageQuery['coverage']['children'][number]
type Report = NonNullable<AreaCoverageQuery['coverage']>
type Result = Report['expectations'][number]

type Go = (to: { coverageArea?: string | null; selected?: { kind: 'organizations' | 'networks'; id: string }; area?: string }) => void

const pct = (r: { met: number; total: number }) => (r.total ? Math.round((100 * r.met) / r.total) : 0)

// The three statuses, in order, each with its CSS class (colour and
// pattern), symbol and word: a shape and a word as well as a colour, never
// colour alone.
const STATUSES = [
  ['MET', 'met', '✓', 'met'],
  ['AT_RISK', 'at-risk', '!', 'atRisk'],
  ['MISSING', 'missing', '✗', 'missing'],
] as const

function statusOf(status: string, lang: Lang) {
  const [, cls, mark, key] = STATUSES.find(([s]) => s === status) ?? STATUSES[2]
  return { cls, mark, word: coverageMessages[lang][key] }
}

// northToSouth orders the county-level areas as the tiles lie, north to
// south and west to east: reading order, so that Tab follows the map.
function northToSouth<T extends { area: Named }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    const [ca, ra] = tilePositions[a.area.nameFi] ?? [5, 8]
    const [cb, rb] = tilePositions[b.area.nameFi] ?? [5, 8]
    return ra - rb || ca - cb
  })
}

function StatusText({ status, lang }: { status: string; lang: Lang }) {
  const { mark, word: label } = statusOf(status, lang)
  return (
    <span className={`status-badge ${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  )
}

// shortIn is a county's short name in the UI language (served with the
// reference data), or its full name.
const shortIn = (a: Row['area'], lang: Lang) => (lang === 'sv' ? a.shortSv : lang === 'en' ? a.shortEn : a.shortFi) || nameIn(a, lang)

// StatusBar: met, at risk and missing as a stacked bar, each part with its
// own pattern (never colour alone), and the counts as text with a symbol.
function StatusBar({ met, atRisk, missing, lang }: { met: number; atRisk: number; missing: number; lang: Lang }) {
  const total = met + atRisk + missing
  const counts = [met, atRisk, missing]
  const parts = STATUSES.map(([status], i) => {
    const { cls, mark, word } = statusOf(status, lang)
    return [cls, counts[i], mark, word] as const
  })
  return (
    <>
      <span className="tile-bar" aria-hidden="true">
        {parts.map(([cls, n]) => (n > 0 ? <span key={cls} className={`seg ${cls}`} style={{ flexGrow: n }} /> : null))}
        {total === 0 && <span className="seg none" style={{ flexGrow: 1 }} />}
      </span>
      <span className="tile-figures" data-testid="tile-figures">
        {parts.map(([cls, n, mark, word], i) => (
          <span key={cls} className={`fig ${cls}`}>
            {i > 0 ? ' ' : ''}
            <span aria-hidden="true">{mark}</span>
            {n}
            <span className="visually-hidden"> {word}</span>
          </span>
        ))}
      </span>
    </>
  )
}

// StatusLegend explains the bar's parts, patterns and symbols.
function StatusLegend({ lang }: { lang: Lang }) {
  return (
    <ul className="status-legend" data-testid="status-legend">
      {STATUSES.map(([status]) => statusOf(status, lang)).map(({ cls, mark, word }) => (
        <li key={cls}>
          <span className={`seg ${cls}`} aria-hidden="true" /> <span aria-hidden="true">{mark}</span> {word}
        </li>
      ))}
    </ul>
  )
}

// CoveragePage: the national tile map and table, or one area's report.
export default function CoveragePage({ lang, areaID, asOf, go }: { lang: Lang; areaID: string | null; asOf: string | null; go: Go }) {
  const [{ data }] = useQuery({ query: COUNTRY_QUERY })
  const country = data?.areas.edges?.[0]?.node?.id ?? null
  if (!areaID || areaID === country) return <National lang={lang} country={country} asOf={asOf} go={go} />
  return <AreaReport lang={lang} areaID={areaID} asOf={asOf} go={go} />
}

function National({ lang, country, asOf, go }: { lang: Lang; country: string | null; asOf: string | null; go: Go }) {
  const t = (k: CoverageKey) => coverageMessages[lang][k]
  const [res] = useQuery({ query: NATIONAL_COVERAGE, variables: { area: country ?? '', asOf }, pause: !country })
  const rows: Row[] | null = res.data?.coverage.children ?? null
  const failed = !!res.error && !res.data
  const [sort, setSort] = useState<{ key: 'area' | 'met' | 'atRisk' | 'missing' | 'share'; asc: boolean }>({ key: 'share', asc: true })
  if (failed) return <p role="alert">{messages[lang].loadError}</p>
  if (!rows) return <p>{messages[lang].loading}</p>
  const value = (r: Row) => (sort.key === 'area' ? nameIn(r.area, lang) : sort.key === 'share' ? pct(r) : r[sort.key])
  const sorted = [...rows].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    const c = typeof x === 'string' ? compareNames(lang)(x, String(y)) : x - Number(y)
    return sort.asc ? c : -c
  })
  const header = (key: typeof sort.key, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="link" onClick={() => setSort({ key, asc: sort.key === key ? !sort.asc : true })}>
        {label}
      </button>
    </th>
  )
  return (
    <div className="page coverage" data-testid="coverage">
      <Heading variant="h2">{t('coverageTitle')}</Heading>
      <p>{t('coverageIntro')}</p>
      <StatusLegend lang={lang} />
      <div className="coverage-layout">
        <nav aria-label={t('tileMap')} className="tiles" data-testid="tiles">
          {/* In reading order, north to south and west to east, so that Tab follows the map. */}
          {northToSouth(rows).map((r) => {
            const [col, row] = tilePositions[r.area.nameFi] ?? [5, 8]
            return (
              <a
                key={r.area.id}
                href={`/coverage/${r.area.id}`}
                className="tile"
                style={{ gridColumn: col, gridRow: row }}
                onClick={(e) => {
                  e.preventDefault()
                  go({ coverageArea: r.area.id })
                }}
              >
                <span className="tile-name">{shortIn(r.area, lang)}</span>
                <StatusBar met={r.met} atRisk={r.atRisk} missing={r.missing} lang={lang} />
              </a>
            )
          })}
        </nav>
        <table className="data" data-testid="coverage-table">
          <caption>{t('coverage')}</caption>
          <thead>
            <tr>
              {header('area', t('area'))}
              {header('met', t('met'))}
              {header('atRisk', t('atRisk'))}
              {header('missing', t('missing'))}
              {header('share', t('share'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.area.id}>
                <th scope="row">
                  <a
                    href={`/coverage/${r.area.id}`}
                    onClick={(e) => {
                      e.preventDefault()
                      go({ coverageArea: r.area.id })
                    }}
                  >
                    <Name n={r.area} lang={lang} />
                  </a>
                </th>
                <td>{r.met}</td>
                <td>{r.atRisk}</td>
                <td>{r.missing}</td>
                <td>{pct(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Matrix lang={lang} rows={rows} country={country} asOf={asOf} />
    </div>
  )
}

// Matrix: every expectation (a row) in every county-level area (a column,
// north to south like the tiles), a symbol and a word in each cell, sortable
// by the expectation or by how many areas lack it, with the same table as
// CSV. Printed with the page.
function Matrix({ lang, rows, country, asOf }: { lang: Lang; rows: Row[]; country: string | null; asOf: string | null }) {
  const t = (k: CoverageKey) => coverageMessages[lang][k]
  const [byMissing, setByMissing] = useState<boolean | null>(null)
  const areas = northToSouth(rows)
  const expectations = rows[0]?.expectations ?? []
  const missingIn = (key: string) => rows.filter((r) => r.expectations.find((x) => x.key === key)?.status === 'MISSING').length
  const ordered = byMissing === null ? expectations : [...expectations].sort((a, b) => (byMissing ? missingIn(b.key) - missingIn(a.key) : missingIn(a.key) - missingIn(b.key)))
  const describe = (x: Row['expectations'][number]) => (lang === 'sv' ? x.descriptionSv : lang === 'en' ? x.descriptionEn : null) || x.description
  const csv = `/export/coverage.csv?layout=matrix&area=${country ?? ''}${asOf ? `&asOf=${asOf}` : ''}`
  return (
    <section className="matrix" aria-labelledby="matrix-title" data-testid="coverage-matrix">
      <Heading variant="h3" id="matrix-title">
        {t('matrixTitle')}
      </Heading>
      <p>
        {t('matrixIntro')}{' '}
        <a href={csv} download data-testid="matrix-csv">
          {t('matrixCsv')}
        </a>
      </p>
      <div className="table-wrap">
        <table className="data matrix-table">
          <thead>
            <tr>
              <th scope="col" aria-sort={byMissing === null ? 'ascending' : 'none'}>
                <button type="button" className="link" onClick={() => setByMissing(null)}>
                  {t('expectation')}
                </button>
              </th>
              <th scope="col" aria-sort={byMissing === null ? 'none' : byMissing ? 'descending' : 'ascending'}>
                <button type="button" className="link" onClick={() => setByMissing(byMissing === null ? true : !byMissing)}>
                  {t('missingIn')}
                </button>
              </th>
              {areas.map((r) => (
                <th scope="col" key={r.area.id} className="area-col">
                  <span>{shortIn(r.area, lang)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((x) => (
              <tr key={x.key} data-key={x.key}>
                <th scope="row">{describe(x)}</th>
                <td>{missingIn(x.key)}</td>
                {areas.map((r) => {
                  const status = r.expectations.find((e) => e.key === x.key)?.status ?? 'MISSING'
                  return (
                    <td key={r.area.id} className={`cell ${status.toLowerCase()}`}>
                      <StatusMark status={status} lang={lang} />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

// Guidance: where an expectation comes from, in the page's language when
// the template has it, else in the language it has (marked as such).
function Guidance({ r, lang, label }: { r: Result; lang: Lang; label: string }) {
  const own = lang === 'sv' ? r.guidanceSv : lang === 'en' ? r.guidanceEn : r.guidance
  const text = own || r.guidanceEn || r.guidance
  const textLang = own ? lang : r.guidanceEn ? 'en' : 'fi'
  return (
    <div className="source" data-testid="guidance">
      {label}: <span lang={langIf(lang, textLang)}>{text}</span>
    </div>
  )
}

// StatusMark: a status as its symbol, with the word for screen readers.
function StatusMark({ status, lang }: { status: string; lang: Lang }) {
  const { cls, mark, word } = statusOf(status, lang)
  return (
    <span className={`fig ${cls}`} title={word}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{word}</span>
    </span>
  )
}



function AreaReport({ lang, areaID, asOf, go }: { lang: Lang; areaID: string; asOf: string | null; go: Go }) {
  const t = (k: CoverageKey) => coverageMessages[lang][k]
  const [res] = useQuery({ query: AREA_COVERAGE, variables: { area: areaID, asOf } })
  const report: Report | null = res.data?.coverage ?? null
  const failed: 'error' | 'missing' | null =
    report || res.fetching || (!res.data && !res.error) ? null : res.error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? 'missing' : 'error'

  const back = (
    <a
      href="/coverage"
      className="no-print"
      onClick={(e) => {
        e.preventDefault()
        go({ coverageArea: null })
      }}
    >
      ← {t('backToCountry')}
    </a>
  )
  if (failed)
    return (
      <div className="page">
        <p role="alert">{failed === 'missing' ? messages[lang].notFound : messages[lang].loadError}</p>
        {back}
      </div>
    )
  if (!report) return <p>{messages[lang].loading}</p>
  setTitle(nameIn(report.area, lang), t('coverage'))
  const description = (r: Result) => (lang === 'sv' ? r.descriptionSv : lang === 'en' ? r.descriptionEn : r.description)
  const orgLink = (o: Named) => (
    <a
      key={o.id}
      href={`/organizations/${o.id}`}
      onClick={(e) => {
        e.preventDefault()
        go({ selected: { kind: 'organizations', id: o.id } })
      }}
    >
      {nameIn(o, lang)}
    </a>
  )
  const netLink = (n: Named) => (
    <a
      key={n.id}
      href={`/networks/${n.id}?focus=1`}
      onClick={(e) => {
        e.preventDefault()
        go({ selected: { kind: 'networks', id: n.id } })
      }}
    >
      {nameIn(n, lang)}
    </a>
  )
  const list = (items: React.ReactNode[]) => (items.length ? items.reduce<React.ReactNode[]>((acc, x, i) => (i ? [...acc, ', ', x] : [x]), []) : '–')
  const stale = report.expectations.find((r) => r.rule === 'CONFIRMED')
  return (
    <div className="page coverage" data-testid="coverage-area">
      {back}
      <Heading variant="h2">
        <Name n={report.area} lang={lang} />
      </Heading>
      <p data-testid="coverage-summary">
        <StatusText status="MET" lang={lang} /> {report.met} · <StatusText status="AT_RISK" lang={lang} /> {report.atRisk} ·{' '}
        <StatusText status="MISSING" lang={lang} /> {report.missing} ({report.total})
      </p>
      <p className="no-print actions">
        <a href={`/export/coverage.csv?area=${report.area.id}${asOf ? `&asOf=${asOf}` : ''}`} download data-testid="csv">
          {t('downloadCsv')}
        </a>{' '}
        <Button variant="secondary" onClick={() => window.print()}>
          {t('print')}
        </Button>{' '}
        <a
          href={`/?area=${report.area.id}`}
          onClick={(e) => {
            e.preventDefault()
            go({ area: report.area.id })
          }}
        >
          {t('showOnMap')}
        </a>
      </p>
      {report.total === 0 ? (
        <p>{t('noTemplate')}</p>
      ) : (
        <div className="table-wrap">
        <table className="data expectations" data-testid="expectations">
          <thead>
            <tr>
              <th scope="col">{t('expectation')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('metBy')}</th>
              <th scope="col">{t('suggestions')}</th>
            </tr>
          </thead>
          <tbody>
            {report.expectations.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">
                  {description(r)}
                  {r.guidance && <Guidance r={r} lang={lang} label={t('guidance')} />}
                </th>
                <td>
                  <StatusText status={r.status} lang={lang} />
                  {r.reasons.length > 0 && (
                    <ul className="reasons" data-testid="reasons">
                      {r.reasons.map((x) => (
                        <li key={x.code}>{fmt(lang, reasonMessages[lang][x.code] ?? x.code, { count: x.count, of: x.of, since: formatDate(lang, x.since) })}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {r.rule === 'CONFIRMED' ? '' : list([...r.networks.map(netLink), ...r.organizations.map(orgLink)])}
                  {r.status !== 'MET' && r.networks.length === 0 && (
                    <div className="no-print">
                      <a
                        href={`/?area=${report.area.id}`}
                        onClick={(e) => {
                          e.preventDefault()
                          go({ area: report.area.id })
                        }}
                      >
                        {t('showOnMap')}
                      </a>
                    </div>
                  )}
                </td>
                <td>{r.status === 'MET' ? '' : list(r.suggestions.map(orgLink))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {stale && stale.status !== 'MET' && (stale.organizations.length > 0 || stale.networks.length > 0) && (
        <section>
          <Heading variant="h3">{t('staleEntries')}</Heading>
          <p>{list([...stale.networks.map(netLink), ...stale.organizations.map(orgLink)])}</p>
        </section>
      )}
      {report.children.length > 0 && (
        <section>
          <Heading variant="h3">{t('municipalities')}</Heading>
          <table className="data" data-testid="municipalities">
            <thead>
              <tr>
                <th scope="col">{t('area')}</th>
                <th scope="col">{t('represented')}</th>
                <th scope="col">{t('contact')}</th>
              </tr>
            </thead>
            <tbody>
              {[...report.children].sort((a, b) => compareNames(lang)(nameIn(a.area, lang), nameIn(b.area, lang))).map((c) => {
                const by = (rule: CoverageRule) => c.expectations.find((x) => x.rule === rule)
                const rep = by('IN_COUNTY_GROUP')
                const contact = by('MUNICIPAL_CONTACT')
                return (
                  <tr key={c.area.id}>
                    <th scope="row">
                      <a
                        href={`/coverage/${c.area.id}`}
                        onClick={(e) => {
                          e.preventDefault()
                          go({ coverageArea: c.area.id })
                        }}
                      >
                        {nameIn(c.area, lang)}
                      </a>
                    </th>
                    <td>{rep && <StatusText status={rep.status} lang={lang} />}</td>
                    <td>{contact && <StatusText status={contact.status} lang={lang} />}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
