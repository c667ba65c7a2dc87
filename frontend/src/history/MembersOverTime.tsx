import { useId } from 'react'
import type { Lang } from '../i18n/messages'
import { sectorNames } from '../i18n/messages'
import { fmt } from '../i18n/format'
import { sectorColors, edgeColor } from '../colors'
import { overTime } from './overTime'
import type { Dated } from './overTime'

const text: Record<Lang, { members: string; memberships: string; year: string; total: string; table: string; undated: string; all: string }> = {
  fi: {
    members: 'Jäsenet vuosittain',
    memberships: 'Jäsenyydet vuosittain',
    year: 'Vuosi',
    total: 'Yhteensä',
    table: 'Luvut taulukkona',
    undated: '{n, plural, one {# jäsenyys ilman alkupäivää on laskettu vain tälle vuodelle.} other {# jäsenyyttä ilman alkupäivää on laskettu vain tälle vuodelle.}}',
    all: 'Jäsenyydet',
  },
  sv: {
    members: 'Medlemmar per år',
    memberships: 'Medlemskap per år',
    year: 'År',
    total: 'Totalt',
    table: 'Siffrorna som tabell',
    undated: '{n, plural, one {# medlemskap utan startdatum räknas bara för i år.} other {# medlemskap utan startdatum räknas bara för i år.}}',
    all: 'Medlemskap',
  },
  en: {
    members: 'Members by year',
    memberships: 'Memberships by year',
    year: 'Year',
    total: 'Total',
    table: 'The figures as a table',
    undated: '{n, plural, one {# membership without a start date is counted for this year only.} other {# memberships without a start date are counted for this year only.}}',
    all: 'Memberships',
  },
}

// MembersOverTime: a small stacked bar chart of a network's members by
// sector (or an organisation's memberships) at the end of each year, with
// the same figures as a table for screen readers and print.
export default function MembersOverTime({ lang, memberships, bySector, today = new Date() }: { lang: Lang; memberships: Dated[]; bySector: boolean; today?: Date }) {
  const t = text[lang]
  const id = useId()
  const data = overTime(memberships, today, Object.keys(sectorColors))
  if (data.series.length === 0) return null
  const totals = data.years.map((_, i) => data.series.reduce((n, [, c]) => n + c[i], 0))
  const top = Math.max(1, ...totals)
  const bar = 14
  const gap = 4
  const height = 80
  const pad = 14 // room for the first year's label
  const width = pad + data.years.length * (bar + gap)
  const n = data.years.length
  // Years labelled: the last, the first (when not crowding it), and every fifth between.
  const labelled = (y: number, i: number) => (i === 0 && n >= 4) || i === n - 1 || (y % 5 === 0 && i >= 2 && i <= n - 3)
  const name = (g: string) => (bySector ? (sectorNames[lang] as Record<string, string>)[g] ?? g : t.all)
  const colour = (g: string) => (bySector ? sectorColors[g] ?? edgeColor : edgeColor)
  return (
    <figure className="over-time" data-testid="members-over-time" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{bySector ? t.members : t.memberships}</figcaption>
      {/* The picture repeats the table below: hidden from screen readers. */}
      <svg width={width + 30} height={height + 16} aria-hidden="true" focusable="false">
        {data.years.map((y, i) => {
          let at = height
          return (
            <g key={y}>
              {data.series.map(([g, counts]) => {
                const h = (counts[i] / top) * height
                at -= h
                return h > 0 ? <rect key={g} x={pad + i * (bar + gap)} y={at} width={bar} height={h} fill={colour(g)} stroke="#ffffff" strokeWidth={0.5} /> : null
              })}
              {labelled(y, i) && (
                <text x={pad + i * (bar + gap) + bar / 2} y={height + 12} fontSize={9} textAnchor="middle" fill="#1f2a33">
                  {y}
                </text>
              )}
            </g>
          )
        })}
        <text x={width + 2} y={9} fontSize={9} fill="#1f2a33">
          {top}
        </text>
      </svg>
      {bySector && (
        <ul className="over-time-legend" aria-hidden="true">
          {data.series.map(([g]) => (
            <li key={g}>
              <span className="swatch" style={{ background: colour(g) }} /> {name(g)}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t.table}</summary>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.year}</th>
                {data.series.map(([g]) => (
                  <th scope="col" key={g}>
                    {name(g)}
                  </th>
                ))}
                {data.series.length > 1 && <th scope="col">{t.total}</th>}
              </tr>
            </thead>
            <tbody>
              {data.years.map((y, i) => (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  {data.series.map(([g, counts]) => (
                    <td key={g}>{counts[i]}</td>
                  ))}
                  {data.series.length > 1 && <td>{totals[i]}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {data.undated > 0 && <p className="hint">{fmt(lang, t.undated, { n: data.undated })}</p>}
    </figure>
  )
}
