import { useEffect, useRef, useState } from 'react'
import { Button, Heading } from 'suomifi-ui-components'
import { useMutation, useQuery } from 'urql'
import { NODE_QUERY } from './api'
import { kindNames, messages, sectorNames } from './i18n/messages'
import type { Lang, MessageKey } from './i18n/messages'
import { levelName, roleName, serviceName, statusName, themeName } from './i18n/vocab'
import { SECTORS } from './urlState'
import { editMessages } from './i18n/editMessages'
import { useSession } from './edit/session'
import EditOrganization from './edit/EditOrganization'
import EditNetwork from './edit/EditNetwork'
import History from './edit/History'
import { AskToJoin, Decide, End } from './edit/Memberships'
import { CONFIRM_NETWORK, CONFIRM_ORGANIZATION } from './edit/operations'
import { announce, focusWhenReady, langIf, setTitle } from './a11y'
import { formatDate } from './i18n/format'
import MembersOverTime from './history/MembersOverTime'
import { Name, nameIn, nameLang } from './i18n/names'
import type { Named } from './i18n/names'

interface Membership {
  id: string
  version: number
  role: string
  status: string
  representative?: string | null
  startDate?: string | null
  endDate?: string | null
  source?: string | null
  illustrative: boolean
  requestedBy: 'ORGANIZATION' | 'NETWORK'
  // Whose answer a pending membership waits for (null once decided).
  awaiting?: 'ORGANIZATION' | 'NETWORK' | null
  network?: Named & { kind: string }
  organization?: Named & { sector: string }
}

type Node = Named & {
  __typename: 'Organization' | 'Network'
  version: number
  shortName?: string | null
  description?: string | null
  lastConfirmedAt?: string | null
  website?: string | null
  memberships: { edges?: ({ node?: Membership | null } | null)[] | null }
  // organisation
  sector?: string
  services?: string[] | null
  email?: string | null
  phone?: string | null
  address?: string | null
  addressConfidential?: boolean
  homeArea?: Named | null
  operatingAreas?: Named[] | null
  units?: Named[] | null
  // network
  kind?: string
  themes?: string[] | null
  level?: string
  status?: string
  meetingsPerYear?: number | null
  startedOn?: string | null
  endedOn?: string | null
  areas?: Named[] | null
  coordinator?: Named | null
  subgroups?: Named[] | null
  parent?: Named | null
}

type Select = (key: string, kind: 'Organization' | 'Network') => void

// Details is the profile of one organisation or network: the side panel on
// the map, and a printable roster.
export default function Details({
  id,
  lang,
  onClose,
  onSelect,
  onFullPage,
  full = false,
}: {
  id: string
  lang: Lang
  onClose: () => void
  onSelect: Select
  onFullPage?: () => void
  full?: boolean
}) {
  const t = (k: MessageKey) => messages[lang][k]
  const e = editMessages[lang]
  const session = useSession()
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  // Bumped after every change made here, to reload the profile from the server.
  // The notice waits for the reloaded profile, so it never sits next to stale data.
  const [tick, setTick] = useState(0)
  const pendingNotice = useRef<string | null>(null)
  // After a change the result is announced and focus returns to the profile's heading.
  const reload = (notice?: string) => {
    pendingNotice.current = notice ?? null
    setTick((x) => x + 1)
    if (notice) announce(notice)
    focusWhenReady(`[data-testid=details][data-id="${id}"] h2`)
  }
  // The profile through urql: a reload after a change asks the server again
  // and keeps the profile on screen until the new one arrives.
  const [res, refetch] = useQuery({ query: NODE_QUERY, variables: { id } })
  const [, confirmNetwork] = useMutation(CONFIRM_NETWORK)
  const [, confirmOrganization] = useMutation(CONFIRM_ORGANIZATION)
  useEffect(() => {
    if (tick > 0) refetch({ requestPolicy: 'network-only' })
  }, [tick, refetch])
  const found = res.data?.node
  const state: { status: 'loading' | 'error' | 'missing' } | { status: 'ready'; node: Node } =
    found && (found.__typename === 'Organization' || found.__typename === 'Network')
      ? { status: 'ready', node: found }
      : res.fetching || (!res.data && !res.error)
        ? { status: 'loading' }
        : res.error && !res.data?.node
          ? { status: res.error.graphQLErrors.some((g) => g.extensions?.code === 'NOT_FOUND') ? 'missing' : 'error' }
          : { status: 'missing' }
  // The notice of a change waits for the reloaded profile, never next to stale data.
  useEffect(() => {
    if (!res.fetching && !res.stale && res.data && pendingNotice.current) {
      setNotice(pendingNotice.current)
      pendingNotice.current = null
    }
  }, [res.fetching, res.stale, res.data])
  useEffect(() => {
    setEditing(false)
    setNotice(null)
  }, [id])
  const title = state.status === 'ready' ? nameIn(state.node, lang) : null
  useEffect(() => {
    if (title) setTitle(title)
  }, [title])
  if (state.status === 'loading') return <p>{t('loading')}</p>
  if (state.status === 'error') return <p role="alert">{t('loadError')}</p>
  if (state.status === 'missing')
    return (
      <div>
        <p role="alert">{t('notFound')}</p>
        <Button variant="secondary" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
    )
  if (state.status !== 'ready') return null
  const node = state.node
  const isNetwork = node.__typename === 'Network'
  const mayEdit = isNetwork ? session.canCoordinate(node.id) : session.canEditOrganization(node.id)
  // A pending membership is answered by the side it awaits (this page's
  // side when that is the editor's), or by an administrator.
  const mayAnswer = (m: Membership) => mayEdit && (session.me?.role === 'ADMIN' || m.awaiting === (isNetwork ? 'NETWORK' : 'ORGANIZATION'))
  const confirm = async () => {
    const res = isNetwork ? await confirmNetwork({ id: node.id }) : await confirmOrganization({ id: node.id })
    if (res.error) setNotice(e.genericError)
    else reload(e.confirmed)
  }
  if (editing) {
    const done = (saved: boolean) => {
      setEditing(false)
      setNotice(null)
      if (saved) reload(e.saved)
      else focusWhenReady('[data-testid=edit]')
    }
    return isNetwork ? <EditNetwork id={node.id} lang={lang} onDone={done} /> : <EditOrganization id={node.id} lang={lang} onDone={done} />
  }
  const rows = (node.memberships.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))
  const date = (d?: string | null) => formatDate(lang, d)
  const link = (n: Named, kind: 'Organization' | 'Network') => (
    <button type="button" className="link" onClick={() => onSelect(n.id, kind)} lang={langIf(lang, nameLang(n, lang))}>
      {nameIn(n, lang)}
    </button>
  )
  const names = (ns: Named[]) => ns.map((a, i) => <span key={a.id}>{i > 0 ? ', ' : ''}<Name n={a} lang={lang} /></span>)
  const facts: [MessageKey, React.ReactNode][] = isNetwork
    ? [
        ['networkKind', kindNames[lang][node.kind ?? '']],
        ['themes', (node.themes ?? []).map((x) => themeName(lang, x)).join(', ')],
        ['level', levelName(lang, node.level)],
        ['status', statusName(lang, node.status)],
        ['areas', (node.areas ?? []).length ? names(node.areas ?? []) : null],
        ['coordinator', node.coordinator ? link(node.coordinator, 'Organization') : null],
        ['parentNetwork', node.parent ? link(node.parent, 'Network') : null],
        ['meetings', node.meetingsPerYear ?? null],
        ['started', date(node.startedOn)],
        ['ended', date(node.endedOn)],
      ]
    : [
        ['sector', sectorNames[lang][node.sector ?? '']],
        ['services', (node.services ?? []).map((x) => serviceName(lang, x)).join(', ')],
        ['homeArea', node.homeArea ? <Name n={node.homeArea} lang={lang} /> : null],
        ['operatingAreas', (node.operatingAreas ?? []).length ? names(node.operatingAreas ?? []) : null],
        ['parentOrg', node.parent ? link(node.parent, 'Organization') : null],
        ['contact', [node.email, node.phone, node.addressConfidential ? t('addressHidden') : node.address].filter(Boolean).join(' · ')],
      ]
  facts.push(['website', node.website ? <a href={node.website} rel="noopener noreferrer">{node.website}</a> : null])
  facts.push(['lastConfirmed', node.lastConfirmedAt ? date(node.lastConfirmedAt) : t('notConfirmed')])

  // Members grouped by sector, in the order of the sector list.
  const groups = isNetwork
    ? SECTORS.map((s) => [s, rows.filter((m) => m.organization?.sector === s)] as const).filter(([, ms]) => ms.length > 0)
    : [['', rows] as const]

  return (
    <article data-testid="details" data-id={node.id} className="details">
      <p className="kind">{isNetwork ? t('network') : t('organization')}</p>
      <Heading variant="h2" tabIndex={-1}>
        <Name n={node} lang={lang} />
        {node.shortName ? ` (${node.shortName})` : ''}
      </Heading>
      {/* Descriptions are written in Finnish. */}
      {node.description && <p lang={langIf(lang, 'fi')}>{node.description}</p>}
      {notice && (
        <p role="status" className="notice" data-testid="notice">
          {notice}
        </p>
      )}
      {mayEdit && (
        <div className="actions no-print">
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="edit" aria-label={`${e.edit}: ${nameIn(node, lang)}`}>
            {e.edit}
          </Button>
          <Button variant="secondary" onClick={confirm} data-testid="confirm">
            {e.stillAccurate}
          </Button>
        </div>
      )}
      <dl className="facts">
        {facts
          .filter(([, v]) => v !== null && v !== '' && v !== undefined)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {!isNetwork && (node.units ?? []).length > 0 && (
        <>
          <Heading variant="h3">{t('units')}</Heading>
          <ul>{(node.units ?? []).map((u) => <li key={u.id}>{link(u, 'Organization')}</li>)}</ul>
        </>
      )}
      {isNetwork && (node.subgroups ?? []).length > 0 && (
        <>
          <Heading variant="h3">{t('subgroups')}</Heading>
          <ul>{(node.subgroups ?? []).map((u) => <li key={u.id}>{link(u, 'Network')}</li>)}</ul>
        </>
      )}
      <Heading variant="h3">{isNetwork ? t('members') : t('memberships')}</Heading>
      <MembersOverTime
        lang={lang}
        bySector={isNetwork}
        memberships={rows.map((m) => ({ status: m.status, startDate: m.startDate, endDate: m.endDate, group: isNetwork ? (m.organization?.sector ?? '') : '' }))}
      />
      {groups.map(([sector, ms]) => (
        <section key={sector} className="member-group">
          {sector && <h4>{sectorNames[lang][sector]}</h4>}
          <ul className="members">
            {ms.map((m) => {
              const other = isNetwork ? m.organization : m.network
              if (!other) return null
              return (
                <li key={m.id}>
                  {link(other, isNetwork ? 'Organization' : 'Network')}{' '}
                  <span className="role">
                    {roleName(lang, m.role)}
                    {m.status !== 'ACTIVE' ? ` (${statusName(lang, m.status)})` : ''}
                  </span>
                  {m.representative ? <span className="rep"> · <span lang={langIf(lang, 'fi')}>{m.representative}</span></span> : null}
                  {(m.startDate || m.endDate) && (
                    <span className="rep">
                      {' '}
                      · {date(m.startDate)}–{date(m.endDate)}
                    </span>
                  )}
                  {m.status === 'PENDING' && m.requestedBy === 'NETWORK' && <span className="rep"> · {e.invitation}</span>}
                  {m.status === 'PENDING' && mayAnswer(m) && <Decide id={m.id} version={m.version} lang={lang} subject={nameIn(other, lang)} onDone={reload} />}
                  {m.status === 'PENDING' && mayEdit && !mayAnswer(m) && (
                    <div className="rep" data-testid="awaiting">
                      {m.awaiting === 'ORGANIZATION' ? e.awaitingOrganization : e.awaitingNetwork}
                    </div>
                  )}
                  {m.status === 'ACTIVE' && mayEdit && <End id={m.id} version={m.version} lang={lang} leave={!isNetwork} subject={nameIn(other, lang)} onDone={reload} />}
                  {m.illustrative ? (
                    // The demo's made-up memberships cite no document: say so
                    // in the page's language instead of the placeholder source.
                    <div className="source" data-testid="source">
                      {t('source')}: {t('illustrative')}
                    </div>
                  ) : (
                    m.source && (
                      <div className="source" data-testid="source">
                        {t('source')}: <span lang={langIf(lang, 'fi')}>{m.source}</span>
                      </div>
                    )
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      {!isNetwork && mayEdit && <AskToJoin organizationID={node.id} lang={lang} onDone={() => reload()} />}
      {!full && onFullPage && (
        <p className="no-print">
          <a
            href={`/${isNetwork ? 'networks' : 'organizations'}/${node.id}?full=1`}
            onClick={(ev) => {
              ev.preventDefault()
              onFullPage()
            }}
            data-testid="full-page"
          >
            {t('openFullPage')}
          </a>
        </p>
      )}
      {session.me && <History id={node.id} lang={lang} version={node.version + tick} />}
      <Button variant="secondary" onClick={onClose} className="no-print">
        {full ? t('backToMap') : t('close')}
      </Button>
    </article>
  )
}
