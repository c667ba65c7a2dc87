import { useEffect, useState } from 'react'
import { Button, Heading } from 'suomifi-ui-components'
import { client } from '../api'
import type { CoverageRule } from '../gql/graphql'
import type { Lang } from '../i18n/messages'
import { messages } from '../i18n/messages'
import { coverageMessages } from '../i18n/coverageMessages'
import type { CoverageKey } from '../i18n/coverageMessages'
import { AREA_COVERAGE, COUNTRY_QUERY, NATIONAL_COVERAGE } from './queries'
import { shareClass, tileLabels, tilePositions } from './tiles'
import { langIf, setTitle } from '../a11y'

interface Named {
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
}

interface Row {
  area: Named
  met: number
  atRisk: number
  missing: number
  total: number
}

type Go = (to: { coverageArea?: string | null; selected?: { kind: 'organizations' | 'networks'; id: string }; area?: string }) => void

const nameIn = (n: Named, lang: Lang) => (lang === 'sv' ? n.nameSv : lang === 'en' ? n.nameEn : null) || n.nameFi
const nameLang = (n: Named, lang: Lang) => langIf(lang, (lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) ? lang : 'fi')
const pct = (r: { met: number; total: number }) => (r.total ? Math.round((100 * r.met) / r.total) : 0)

function StatusText({ status, lang }: { status: string; lang: Lang }) {
  const t = coverageMessages[lang]
  const label = status === 'MET' ? t.met : status === 'AT_RISK' ? t.atRisk : t.missing
  // A shape and a word as well as a colour: never colour alone.
  const mark = status === 'MET' ? '✓' : status === 'AT_RISK' ? '!' : '✗'
  return (
    <span className={`status-badge ${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{mark}</span> {label}
    </span>
  )
}

// CoveragePage: the national tile map and table, or one area's report.
export default function CoveragePage({ lang, areaID, asOf, go }: { lang: Lang; areaID: string | null; asOf: string | null; go: Go }) {
  const [country, setCountry] = useState<string | null>(null)
  useEffect(() => {
    client
      .query(COUNTRY_QUERY, {})
      .toPromise()
      .then((res) => setCountry(res.data?.areas.edges?.[0]?.node?.id ?? null))
  }, [])
  if (!areaID || areaID === country) return <National lang={lang} country={country} asOf={asOf} go={go} />
  return <AreaReport lang={lang} areaID={areaID} asOf={asOf} go={go} />
}

function National({ lang, country, asOf, go }: { lang: Lang; country: string | null; asOf: string | null; go: Go }) {
  const t = (k: CoverageKey) => coverageMessages[lang][k]
  const [rows, setRows] = useState<Row[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [sort, setSort] = useState<{ key: 'area' | 'met' | 'atRisk' | 'missing' | 'share'; asc: boolean }>({ key: 'share', asc: true })
  useEffect(() => {
    if (!country) return
    client
      .query(NATIONAL_COVERAGE, { area: country, asOf })
      .toPromise()
      .then((res) => {
        if (res.error || !res.data) setFailed(true)
        else setRows(res.data.coverage.children as Row[])
      })
  }, [country, asOf])
  if (failed) return <p role="alert">{messages[lang].loadError}</p>
  if (!rows) return <p>{messages[lang].loading}</p>
  const value = (r: Row) => (sort.key === 'area' ? nameIn(r.area, lang) : sort.key === 'share' ? pct(r) : r[sort.key])
  const sorted = [...rows].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    const c = typeof x === 'string' ? x.localeCompare(String(y), lang) : x - Number(y)
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
      <div className="coverage-layout">
        <nav aria-label={t('tileMap')} className="tiles" data-testid="tiles">
          {/* In reading order, north to south and west to east, so that Tab follows the map. */}
          {[...rows]
            .sort((a, b) => {
              const [ca, ra] = tilePositions[a.area.nameFi] ?? [5, 8]
              const [cb, rb] = tilePositions[b.area.nameFi] ?? [5, 8]
              return ra - rb || ca - cb
            })
            .map((r) => {
            const [col, row] = tilePositions[r.area.nameFi] ?? [5, 8]
            return (
              <a
                key={r.area.id}
                href={`/coverage/${r.area.id}`}
                className={`tile ${shareClass(r.met, r.total)}`}
                style={{ gridColumn: col, gridRow: row }}
                onClick={(e) => {
                  e.preventDefault()
                  go({ coverageArea: r.area.id })
                }}
              >
                <span className="tile-name" lang={lang === 'fi' ? undefined : nameLang(r.area, lang)}>{lang === 'fi' ? (tileLabels[r.area.nameFi] ?? r.area.nameFi) : nameIn(r.area, lang)}</span>
                <span className="tile-figures">
                  {r.met} {t('of')} {r.total} · {pct(r)} %
                </span>
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
                    <span lang={nameLang(r.area, lang)}>{nameIn(r.area, lang)}</span>
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
    </div>
  )
}

interface Result {
  key: string
  rule: CoverageRule
  description: string
  descriptionSv: string
  descriptionEn: string
  guidance?: string | null
  status: string
  organizations: Named[]
  networks: Named[]
  suggestions: Named[]
}

interface Report {
  area: Named & { kind: string }
  met: number
  atRisk: number
  missing: number
  total: number
  expectations: Result[]
  children: { area: Named; met: number; total: number; expectations: { key: string; rule: CoverageRule; status: string; organizations: { id: string; nameFi: string }[] }[] }[]
}

function AreaReport({ lang, areaID, asOf, go }: { lang: Lang; areaID: string; asOf: string | null; go: Go }) {
  const t = (k: CoverageKey) => coverageMessages[lang][k]
  const [report, setReport] = useState<Report | null>(null)
  const [failed, setFailed] = useState<'error' | 'missing' | null>(null)
  useEffect(() => {
    setReport(null)
    setFailed(null)
    client
      .query(AREA_COVERAGE, { area: areaID, asOf })
      .toPromise()
      .then((res) => {
        if (res.data?.coverage) setReport(res.data.coverage as Report)
        else setFailed(res.error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? 'missing' : 'error')
      })
  }, [areaID, asOf])
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
        <span lang={nameLang(report.area, lang)}>{nameIn(report.area, lang)}</span>
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
                  {r.guidance && <div className="source">{t('guidance')}: {r.guidance}</div>}
                </th>
                <td>
                  <StatusText status={r.status} lang={lang} />
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
              {report.children.map((c) => {
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
