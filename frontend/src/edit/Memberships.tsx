import { useMemo, useState } from 'react'
import { useMutation, useQuery } from 'urql'
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components'
import { useCombobox, useDebounced } from '../useCombobox'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import type { EditKey } from '../i18n/editMessages'
import { roleName } from '../i18n/vocab'
import { frameMessages } from '../i18n/messages'
import { APPROVE_MEMBERSHIP, DECLINE_MEMBERSHIP, END_MEMBERSHIP, NETWORK_OPTIONS, REQUEST_MEMBERSHIP } from './operations'
import { problemOf } from './errors'
import type { ApiProblem } from './errors'
import { nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'

const ROLES = ['MEMBER', 'CHAIR', 'VICE_CHAIR', 'COORDINATOR', 'SECRETARY', 'EXPERT', 'OBSERVER'] as const

// problemText words a failed change by its code, in the page's language
// (the server's own messages are English).
function problemText(lang: Lang, p: ApiProblem): string {
  const t = editMessages[lang]
  if (p.reason === 'SESSION_EXPIRED') return `${frameMessages[lang].sessionEnded}. ${frameMessages[lang].sessionEndedText}`
  if (p.code === 'FORBIDDEN' || p.code === 'UNAUTHENTICATED') return t.forbidden
  if (p.code === 'CONFLICT') return t.conflictTitle
  if (p.code === 'BAD_USER_INPUT') return t.fixErrors
  return t.genericError
}

const today = () => new Date().toISOString().slice(0, 10)

// Decide approves or declines one pending request; a decline needs a reason.
// subject names the request ("organisation → network"): the buttons say
// what they act on, since a list shows several (WCAG 2.4.6).
export function Decide({ id, version, lang, subject, onDone }: { id: string; version: number; lang: Lang; subject: string; onDone: (done: string) => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [, approve] = useMutation(APPROVE_MEMBERSHIP)
  const [, decline] = useMutation(DECLINE_MEMBERSHIP)
  const run = async (op: 'approve' | 'decline') => {
    const res = op === 'approve' ? await approve({ id, version }) : await decline({ id, version, reason })
    const p = problemOf(res.error)
    if (p) setError(p.fields.reason ? `${t('declineReason')}: ${frameMessages[lang].required}` : problemText(lang, p))
    else onDone(`${op === 'approve' ? t('requestApproved') : t('requestDeclined')}: ${subject}.`)
  }
  return (
    <div className="decide">
      <Button variant="secondary" onClick={() => run('approve')} data-testid="approve" aria-label={`${t('approve')}: ${subject}`}>
        {t('approve')}
      </Button>{' '}
      {declining ? (
        <>
          <TextInput labelText={t('declineReason')} value={reason} onChange={(v) => setReason(String(v ?? ''))} data-testid="decline-reason" />
          <Button variant="secondary" onClick={() => run('decline')} data-testid="decline-confirm">
            {t('decline')}
          </Button>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setDeclining(true)} data-testid="decline" aria-label={`${t('decline')}: ${subject}`}>
          {t('decline')}
        </Button>
      )}
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
    </div>
  )
}

// End ends an active membership on a date (a coordinator ends it; an
// organisation's editor leaves).
// subject names what the button acts on (the other side of the membership),
// so that four "Leave the network" buttons say which network each leaves.
export function End({ id, version, lang, leave, subject, onDone }: { id: string; version: number; lang: Lang; leave: boolean; subject: string; onDone: (done: string) => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState(today())
  const [error, setError] = useState<string | null>(null)
  const [, end] = useMutation(END_MEMBERSHIP)
  if (!open)
    return (
      <Button variant="secondaryNoBorder" onClick={() => setOpen(true)} className="no-print" aria-label={`${leave ? t('leaveNetwork') : t('endMembership')}: ${subject}`}>
        {leave ? t('leaveNetwork') : t('endMembership')}
      </Button>
    )
  return (
    <div className="end no-print">
      <label>
        {t('endDate')} <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
      </label>{' '}
      <Button
        variant="secondary"
        onClick={async () => {
          const res = await end({ id, version, endDate: date })
          const p = problemOf(res.error)
          if (p) setError(p.fields.endDate ? `${t('endDate')}: ${editMessages[lang].fixErrors}` : problemText(lang, p))
          else onDone(`${t('membershipEnded')}: ${subject}.`)
        }}
        aria-label={`${leave ? t('leaveNetwork') : t('endMembership')}: ${subject}`}
      >
        {leave ? t('leaveNetwork') : t('endMembership')}
      </Button>
      {error && (
        <InlineAlert status="error" role="alert">
          {error}
        </InlineAlert>
      )}
    </div>
  )
}


// AskToJoin lets an organisation's editor ask to join a network: pick the
// network by name, the role and the representative's role title.
export function AskToJoin({ organizationID, lang, onDone }: { organizationID: string; lang: Lang; onDone: () => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [network, setNetwork] = useState<Named | null>(null)
  const [role, setRole] = useState<(typeof ROLES)[number]>('MEMBER')
  const [representative, setRepresentative] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  // One key per attempt: a double click or a retried request creates one request.
  const [key, setKey] = useState(() => crypto.randomUUID())
  const q = useDebounced(query.trim(), 150)
  const [{ data }] = useQuery({ query: NETWORK_OPTIONS, variables: { q }, pause: !q || !!network })
  const options = useMemo(
    () => (q && !network && query.trim() && data ? (data.networks.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []) : null),
    [data, q, network, query],
  )
  const box = useCombobox(options, (o) => setNetwork(o))
  const [, request] = useMutation(REQUEST_MEMBERSHIP)
  const name = (o: Named) => nameIn(o, lang)
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} className="no-print" data-testid="ask-to-join">
        {t('askToJoin')}
      </Button>
    )
  return (
    <form
      className="edit-form no-print"
      onSubmit={async (e) => {
        e.preventDefault()
        if (!network) return
        const res = await request({
          input: { organizationID, networkID: network.id, role, representative: representative.trim() || null },
          key,
        })
        const p = problemOf(res.error)
        if (p) setMessage({ ok: false, text: problemText(lang, p) })
        else {
          setMessage({ ok: true, text: t('requestSent') })
          setNetwork(null)
          setQuery('')
          setKey(crypto.randomUUID())
          onDone()
        }
      }}
    >
      {/* A combobox (WAI-ARIA), like search: arrows, Enter, Escape. */}
      <div className="field combobox">
        <label htmlFor={box.input.id}>{t('chooseNetwork')}</label>
        <input
          {...box.input}
          type="text"
          value={network ? name(network) : query}
          onChange={(e) => {
            setNetwork(null)
            setQuery(e.target.value)
          }}
          data-testid="join-network-search"
        />
        <ul {...box.list} className="suggestions" aria-label={t('chooseNetwork')} data-testid="join-network-options">
          {(box.shown && options ? options : []).map((o, i) => (
            <li key={o.id} {...box.option(i)}>
              {name(o)}
            </li>
          ))}
        </ul>
      </div>
      <label>
        {t('role')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as (typeof ROLES)[number])}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleName(lang, r)}
            </option>
          ))}
        </select>
      </label>
      <TextInput labelText={t('representative')} hintText={t('representativeHint')} value={representative} onChange={(v) => setRepresentative(String(v ?? ''))} fullWidth />
      <div className="actions">
        <Button type="submit" disabled={!network} data-testid="send-request">
          {t('sendRequest')}
        </Button>
        <Button variant="secondary" type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
      {message && (
        <InlineAlert status={message.ok ? 'neutral' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </InlineAlert>
      )}
    </form>
  )
}
