import { useQuery } from 'urql'
import type { ReactNode } from 'react'
import { Button, Heading } from 'suomifi-ui-components'
import { COUNTIES_QUERY } from '../api'
import { COUNTRY_QUERY } from '../coverage/queries'
import { nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'
import type { Lang } from '../i18n/messages'
import { messages, sectorNames } from '../i18n/messages'
import { insightMessages } from '../i18n/insightMessages'
import type { InsightKey } from '../i18n/insightMessages'
import Select from '../Select'
import { INSIGHT_QUERY } from './queries'

type Go = (to: { insightArea?: string | null; selected?: { kind: 'organizations' | 'networks'; id: string } }) => void

// Bar: a small horizontal bar for a value out of max, beside its figure (the
// figure is the text; the bar only helps the eye).
function Bar({ value, max }: { value: number; max: number }) {
  const w = max > 0 ? Math.max(1, Math.round((100 * value) / max)) : 0
  return (
    <svg className="insight-bar" width="100" height="10" viewBox="0 0 100 10" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="10" fill="#eef1f5" />
      <rect x="0" y="0" width={w} height="10" fill="#2a6ebb" />
    </svg>
  )
}

// InsightPage: the insight into the country or one county: possible
// duplicate groups, the most loaded organisations, bridges, single points of
// failure and who is left out, each explained.
export default function InsightPage({ lang, areaID, asOf, go }: { lang: Lang; areaID: string | null; asOf: string | null; go: Go }) {
  const t = (k: InsightKey) => insightMessages[lang][k]
  const [{ data: countryData }] = useQuery({ query: COUNTRY_QUERY })
  const [{ data: countyData }] = useQuery({ query: COUNTIES_QUERY })
  const country = countryData?.areas.edges?.[0]?.node?.id ?? null
  const counties = countyData?.areas.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  const area = areaID ?? country
  const [res] = useQuery({ query: INSIGHT_QUERY, variables: { area: area ?? '', asOf }, pause: !area })
  const data = res.data?.insight ?? null
  const failed = !!res.error && !res.data

  const onMap = (kind: 'organizations' | 'networks', n: Named) => (
    <a
      href={`/${kind}/${n.id}?focus=1`}
      onClick={(e) => {
        e.preventDefault()
        go({ selected: { kind, id: n.id } })
      }}
    >
      {nameIn(n, lang)}
    </a>
  )
  const national = !areaID || areaID === country

  return (
    <main id="main" tabIndex={-1} className="page insight" data-testid="insight">
      <Heading variant="h2">
        {t('title')}: {data ? (national ? t('country') : nameIn(data.area, lang)) : ''}
      </Heading>
      <p>{t('intro')}</p>
      <div className="no-print actions insight-actions">
        <Select
          label={t('area')}
          value={national ? '' : (areaID ?? '')}
          options={[{ value: '', label: t('country') }, ...counties.map((c) => ({ value: c.id, label: nameIn(c, lang) }))]}
          onChange={(v) => go({ insightArea: v || null })}
          testId="insight-area"
        />
        <Button variant="secondary" onClick={() => window.print()}>
          {t('print')}
        </Button>
      </div>
      {failed ? (
        <p role="alert">{messages[lang].loadError}</p>
      ) : !data ? (
        <p>{messages[lang].loading}</p>
      ) : (
        <>
          <Section id="overlaps" title={t('overlaps')} help={t('overlapsHelp')} total={data.overlaps.totalCount} shown={data.overlaps.nodes.length} lang={lang}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{messages[lang].networks}</th>
                  <th scope="col">{t('similarity')}</th>
                  <th scope="col">{t('shared')}</th>
                  <th scope="col">{t('onlyIn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.overlaps.nodes.map((o) => (
                  <tr key={`${o.a.id}-${o.b.id}`}>
                    <td>
                      {onMap('networks', o.a)}
                      <br />
                      {onMap('networks', o.b)}
                    </td>
                    <td>
                      {Math.round(o.jaccard * 100)} % <Bar value={o.jaccard} max={1} />
                    </td>
                    <td>{o.shared.length}</td>
                    <td>{o.onlyInA.length + o.onlyInB.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="loads" title={t('loads')} help={t('loadsHelp')} total={data.loads.totalCount} shown={data.loads.nodes.length} lang={lang}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{messages[lang].organizations}</th>
                  <th scope="col">{t('meetings')}</th>
                  <th scope="col">{t('networks')}</th>
                  <th scope="col">{t('roles')}</th>
                </tr>
              </thead>
              <tbody>
                {data.loads.nodes.map((l) => (
                  <tr key={l.organization.id}>
                    <td>{onMap('organizations', l.organization)}</td>
                    <td>
                      {l.meetingsPerYear} <Bar value={l.meetingsPerYear} max={data.loads.nodes[0]?.meetingsPerYear ?? 0} />
                    </td>
                    <td>{l.networks}</td>
                    <td>
                      {l.coordinator} / {l.chair}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="bridges" title={t('bridges')} help={t('bridgesHelp')} total={data.bridges.totalCount} shown={data.bridges.nodes.length} lang={lang}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{messages[lang].organizations}</th>
                  <th scope="col">{t('score')}</th>
                  {national && <th scope="col">{t('county')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.bridges.nodes.map((b) => (
                  <tr key={`${b.organization.id}-${b.county.id}`}>
                    <td>{onMap('organizations', b.organization)}</td>
                    <td>
                      {(b.score * 100).toFixed(1)} % <Bar value={b.score} max={data.bridges.nodes[0]?.score ?? 0} />
                    </td>
                    {national && <td>{nameIn(b.county, lang)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="single-points" title={t('singlePoints')} help={t('singlePointsHelp')} total={data.singlePoints.totalCount} shown={data.singlePoints.nodes.length} lang={lang}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{messages[lang].organizations}</th>
                  <th scope="col">{t('cutOff')}</th>
                  {national && <th scope="col">{t('county')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.singlePoints.nodes.map((c) => (
                  <tr key={`${c.organization.id}-${c.county.id}`}>
                    <td>{onMap('organizations', c.organization)}</td>
                    <td>
                      {c.cutOff} <Bar value={c.cutOff} max={data.singlePoints.nodes[0]?.cutOff ?? 0} />
                    </td>
                    {national && <td>{nameIn(c.county, lang)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="left-out" title={t('leftOut')} help={t('leftOutHelp')} total={data.leftOut.totalCount} shown={data.leftOut.nodes.length} lang={lang}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{messages[lang].organizations}</th>
                  <th scope="col">{t('sector')}</th>
                  {national && <th scope="col">{t('county')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.leftOut.nodes.map((l) => (
                  <tr key={`${l.organization.id}-${l.county.id}`}>
                    <td>{onMap('organizations', l.organization)}</td>
                    <td>{sectorNames[lang][l.sector] ?? l.sector}</td>
                    {national && <td>{nameIn(l.county, lang)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </>
      )}
    </main>
  )
}

function Section({ id, title, help, total, shown, lang, children }: { id: string; title: string; help: string; total: number; shown: number; lang: Lang; children: ReactNode }) {
  const t = insightMessages[lang]
  return (
    <section aria-labelledby={`insight-${id}`} data-testid={`insight-${id}`}>
      <Heading variant="h3" id={`insight-${id}`}>
        {title}
      </Heading>
      <p className="help">{help}</p>
      {total === 0 ? <p>{t.none}</p> : children}
      {total > shown && <p>{t.more.replace('{n}', String(total)).replace('{shown}', String(shown))}</p>}
    </section>
  )
}
