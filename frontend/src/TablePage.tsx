import { useEffect, useState } from 'react'
import { Button } from 'suomifi-ui-components'
import { client } from './api'
import { graphql } from './gql'
import type { NetworkOrderField, OrganizationOrderField } from './gql/graphql'
import { kindNames, messages, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import type { ViewState } from './urlState'

const PAGE = 25

type Kind = 'organizations' | 'networks'

interface Row {
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
  sector?: string
  kind?: string
  status?: string
  memberships: { totalCount: number }
  lastConfirmedAt?: string | null
}

const QUERIES = {
  organizations: graphql(`query Orgs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [OrganizationOrder!], $where: OrganizationWhereInput) {
    list: organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id nameFi nameSv nameEn sector lastConfirmedAt memberships { totalCount } } } } }`),
  networks: graphql(`query Nets($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [NetworkOrder!], $where: NetworkWhereInput) {
    list: networks(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id nameFi nameSv nameEn kind status lastConfirmedAt memberships { totalCount } } } } }`),
}

// TablePage lists organisations or networks with the map's filters, sorted
// and paged on the server: everything the map shows, without the canvas.
export default function TablePage({ kind, view, onOpen }: { kind: Kind; view: ViewState; onOpen: (id: string) => void }) {
  const lang: Lang = view.lang
  const t = (k: MessageKey) => messages[lang][k]
  const [order, setOrder] = useState<{ field: OrganizationOrderField & NetworkOrderField | 'SECTOR' | 'KIND'; direction: 'ASC' | 'DESC' }>({ field: 'NAME_FI', direction: 'ASC' })
  const [page, setPage] = useState<{ after?: string; before?: string }>({})
  const [state, setState] = useState<{ status: 'loading' | 'error' } | { status: 'ready'; rows: Row[]; total: number; info: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string } }>({ status: 'loading' })

  const where: Record<string, unknown> = {}
  if (kind === 'organizations' && view.sector.length) where.sectorIn = view.sector
  if (kind === 'networks' && view.kind.length) where.kindIn = view.kind
  if (kind === 'networks' && view.theme.length === 1) where.hasTheme = view.theme[0]
  if (kind === 'networks' && view.theme.length > 1) where.or = view.theme.map((t) => ({ hasTheme: t }))
  if (kind === 'networks' && view.level.length) where.levelIn = view.level
  if (view.area) where.area = view.area
  const whereKey = JSON.stringify(where)

  useEffect(() => setPage({}), [whereKey, order.field, order.direction, kind])

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    const vars = page.before ? { last: PAGE, before: page.before } : { first: PAGE, after: page.after }
    // Each table sorts by the fields its type offers (SECTOR only for
    // organisations, KIND only for networks); the column buttons match.
    const request =
      kind === 'organizations'
        ? client.query(QUERIES.organizations, { ...vars, order: [{ ...order, field: order.field as OrganizationOrderField }], where }, { requestPolicy: 'network-only' }).toPromise()
        : client.query(QUERIES.networks, { ...vars, order: [{ ...order, field: order.field as NetworkOrderField }], where }, { requestPolicy: 'network-only' }).toPromise()
    request.then((res) => {
      if (!live) return
      const list = res.data?.list
      if (!list) setState({ status: 'error' })
      else
        setState({
          status: 'ready',
          rows: (list.edges ?? []).flatMap((e) => (e?.node ? [e.node as Row] : [])),
          total: list.totalCount,
          info: { ...list.pageInfo, startCursor: list.pageInfo.startCursor ?? '', endCursor: list.pageInfo.endCursor ?? '' },
        })
    })
    return () => {
      live = false
    }
  }, [whereKey, order.field, order.direction, page.after, page.before, kind])

  const sortButton = (field: typeof order.field, label: string) => {
    const active = order.field === field
    const ariaSort = active ? (order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'
    return (
      <th scope="col" aria-sort={ariaSort}>
        <button type="button" className="link" onClick={() => setOrder({ field, direction: active && order.direction === 'ASC' ? 'DESC' : 'ASC' })}>
          {label} {active ? (order.direction === 'ASC' ? '▲' : '▼') : ''}
        </button>
      </th>
    )
  }
  const nameOf = (r: Row) => (lang === 'sv' ? r.nameSv : lang === 'en' ? r.nameEn : null) || r.nameFi

  return (
    <section className="table-page" aria-label={kind === 'organizations' ? t('organizations') : t('networks')}>
      {state.status === 'loading' && <p className="status">{t('loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('loadError')}</p>}
      {state.status === 'ready' && (
        <>
          <p className="counts" data-testid="table-total">
            {state.total} {kind === 'organizations' ? t('organizations').toLowerCase() : t('networks').toLowerCase()}
          </p>
          {state.rows.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <table className="list" data-testid="table">
              <caption className="visually-hidden">{kind === 'organizations' ? t('organizations') : t('networks')}</caption>
              <thead>
                <tr>
                  {sortButton('NAME_FI', t('name'))}
                  {kind === 'organizations' ? sortButton('SECTOR', t('sector')) : sortButton('KIND', t('networkKind'))}
                  {sortButton('MEMBERSHIPS_COUNT', t('memberships'))}
                  {sortButton('LAST_CONFIRMED_AT', t('lastConfirmed'))}
                </tr>
              </thead>
              <tbody>
                {state.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <a
                        href={`/${kind}/${r.id}`}
                        onClick={(e) => {
                          e.preventDefault()
                          onOpen(r.id)
                        }}
                      >
                        {nameOf(r)}
                      </a>
                    </th>
                    <td>{kind === 'organizations' ? sectorNames[lang][r.sector ?? ''] : kindNames[lang][r.kind ?? '']}</td>
                    <td>{r.memberships.totalCount}</td>
                    <td>{r.lastConfirmedAt ? new Date(r.lastConfirmedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : lang) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label={t('pages')}>
            <Button variant="secondary" disabled={!state.info.hasPreviousPage} onClick={() => setPage({ before: state.info.startCursor })}>
              {t('previous')}
            </Button>
            <Button variant="secondary" disabled={!state.info.hasNextPage} onClick={() => setPage({ after: state.info.endCursor })} data-testid="next">
              {t('next')}
            </Button>
          </nav>
        </>
      )}
    </section>
  )
}
