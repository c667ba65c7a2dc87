import { useEffect, useMemo, useRef, useState } from 'react'
import { Button } from 'suomifi-ui-components'
import type { MapData, MapNodeAttributes } from './api'
import { frameMessages, kindNames, messages, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import { roleName, statusName } from './i18n/vocab'
import { count, fmt } from './i18n/format'
import { announce, langIf } from './a11y'
import type { ViewState } from './urlState'

const PAGE = 25

type Kind = 'organizations' | 'networks' | 'memberships'

interface Row {
  key: string
  cells: (string | number)[]
  /** the language of each text cell (names may be in Finnish only) */
  langs: (Lang | undefined)[]
  open: { id: string; kind: 'Organization' | 'Network' }[]
}

// TablePage is the text alternative of the map (WCAG 1.1.1): the very
// entries and memberships the map draws with the same filters (as-of date,
// membership status, network kind, sector, theme, level, area), because
// they come from the same answer of the server; sorted and paged here.
export default function TablePage({
  kind,
  view,
  map,
  onOpen,
}: {
  kind: Kind
  view: ViewState
  map: MapData | 'loading' | 'error'
  onOpen: (id: string, kind: 'Organization' | 'Network') => void
}) {
  const lang: Lang = view.lang
  const t = (k: MessageKey) => messages[lang][k]
  const f = frameMessages[lang]
  const [sort, setSort] = useState<{ column: number; asc: boolean }>({ column: 0, asc: true })
  const [page, setPage] = useState(0)
  const total = useRef<HTMLParagraphElement>(null)
  useEffect(() => setPage(0), [map, kind, sort.column, sort.asc])

  const { headers, rows } = useMemo(() => tableOf(kind, map, lang), [kind, map, lang])
  const sorted = useMemo(() => {
    const c = sort.column
    return [...rows].sort((a, b) => {
      const x = a.cells[c]
      const y = b.cells[c]
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang)
      return sort.asc ? d : -d
    })
  }, [rows, sort.column, sort.asc, lang])

  if (map === 'loading') return <p className="status table-page">{t('loading')}</p>
  if (map === 'error') return <p role="alert" className="table-page">{t('loadError')}</p>

  const caption = kind === 'organizations' ? t('organizations') : kind === 'networks' ? t('networks') : f.membershipsTable
  const from = page * PAGE
  const shown = sorted.slice(from, from + PAGE)
  const goPage = (p: number) => {
    setPage(p)
    // The buttons may become disabled: focus goes to the table's summary, and the rows shown are announced.
    total.current?.focus()
    announce(fmt(lang, f.page, { from: p * PAGE + 1, to: Math.min(sorted.length, (p + 1) * PAGE), total: sorted.length }))
  }
  const header = (label: string, column: number) => {
    const active = sort.column === column
    return (
      <th scope="col" key={label} aria-sort={active ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="link"
          onClick={() => {
            const asc = active ? !sort.asc : true
            setSort({ column, asc })
            // Focus stays on this button; the new order is announced.
            announce(fmt(lang, f.sortedBy, { column: label, dir: asc ? 'asc' : 'desc' }))
          }}
        >
          {label} <span aria-hidden="true">{active ? (sort.asc ? '▲' : '▼') : ''}</span>
        </button>
      </th>
    )
  }
  return (
    <section className="table-page" aria-label={caption}>
      <p className="counts" data-testid="table-total" ref={total} tabIndex={-1}>
        {count(lang, kind, sorted.length)}
      </p>
      {sorted.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>{headers.map((h, i) => header(h, i))}</tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((c, i) =>
                    i < r.open.length ? (
                      <th scope="row" key={i} lang={r.langs[i]}>
                        <a
                          href={`/${r.open[i].kind === 'Network' ? 'networks' : 'organizations'}/${r.open[i].id}`}
                          onClick={(e) => {
                            e.preventDefault()
                            onOpen(r.open[i].id, r.open[i].kind)
                          }}
                        >
                          {c}
                        </a>
                      </th>
                    ) : (
                      <td key={i}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t('pages')}>
        <Button variant="secondary" disabled={page === 0} onClick={() => goPage(page - 1)}>
          {t('previous')}
        </Button>
        <Button variant="secondary" disabled={from + PAGE >= sorted.length} onClick={() => goPage(page + 1)} data-testid="next">
          {t('next')}
        </Button>
      </nav>
    </section>
  )
}

function tableOf(kind: Kind, map: MapData | 'loading' | 'error', lang: Lang): { headers: string[]; rows: Row[] } {
  const t = messages[lang]
  if (typeof map === 'string') return { headers: [], rows: [] }
  const byKey = new Map(map.nodes.map((n) => [n.key, n.attributes]))
  const label = (a: MapNodeAttributes) => (lang === 'sv' ? a.labelSv : lang === 'en' ? a.labelEn : null) || a.label
  const labelLang = (a: MapNodeAttributes) => langIf(lang, (lang === 'sv' && a.labelSv) || (lang === 'en' && a.labelEn) ? lang : 'fi') as Lang | undefined
  if (kind === 'memberships') {
    const rows: Row[] = []
    for (const e of map.edges) {
      const [a, b] = [byKey.get(e.source), byKey.get(e.target)]
      if (!a || !b) continue
      const [org, orgKey, net, netKey] = a.kind === 'Organization' ? [a, e.source, b, e.target] : [b, e.target, a, e.source]
      rows.push({
        key: e.key,
        cells: [label(org), label(net), roleName(lang, e.attributes.role), statusName(lang, e.attributes.status)],
        langs: [labelLang(org), labelLang(net)],
        open: [
          { id: orgKey, kind: 'Organization' },
          { id: netKey, kind: 'Network' },
        ],
      })
    }
    return { headers: [t.organization, t.network, frameRole(lang), t.status], rows }
  }
  const degree = new Map<string, number>()
  for (const e of map.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1)
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1)
  }
  const want = kind === 'organizations' ? 'Organization' : 'Network'
  const rows = map.nodes
    .filter((n) => n.attributes.kind === want)
    .map((n) => ({
      key: n.key,
      cells: [label(n.attributes), kind === 'organizations' ? (sectorNames[lang][n.attributes.sector ?? ''] ?? '') : (kindNames[lang][n.attributes.networkKind ?? ''] ?? ''), degree.get(n.key) ?? 0],
      langs: [labelLang(n.attributes)],
      open: [{ id: n.key, kind: want as 'Organization' | 'Network' }],
    }))
  return { headers: [t.name, kind === 'organizations' ? t.sector : t.networkKind, t.memberships], rows }
}

const frameRole = (lang: Lang) => ({ fi: 'Rooli', sv: 'Roll', en: 'Role' })[lang]
