import { useEffect, useRef } from 'react'
import { useQuery } from 'urql'
import { Heading } from 'suomifi-ui-components'
import type { PendingQuery } from '../gql/graphql'
import { nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import type { EditKey } from '../i18n/editMessages'
import { roleName } from '../i18n/vocab'
import { PENDING_QUERY } from './operations'
import { useSession } from './session'
import { Decide } from './Memberships'
import Notifications from '../history/Notifications'
import Preferences from '../history/Preferences'
import { announce, focusWhenReady } from '../a11y'

type Pending = NonNullable<NonNullable<NonNullable<PendingQuery['memberships']['edges']>[number]>['node']>

// InboxPage lists the pending memberships of the account's networks or
// organisation (the server shows no others): those awaiting its answer with
// approve and decline, the others with whose answer they await.
export function InboxPage({ lang, onOpen }: { lang: Lang; onOpen: (id: string, kind: 'organizations' | 'networks') => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const { me } = useSession()
  // Asked again for whoever signs in, and after each answer.
  const [res, reload] = useQuery({ query: PENDING_QUERY, requestPolicy: 'network-only' })
  const viewer = useRef(me?.id)
  useEffect(() => {
    if (viewer.current === me?.id) return
    viewer.current = me?.id
    reload({ requestPolicy: 'network-only' })
  }, [me?.id, reload])
  const rows: Pending[] | null = res.data ? (res.data.memberships.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []) : null
  const name = (o: Named) => nameIn(o, lang)
  const coordinates = (r: Pending) => me?.role === 'COORDINATOR' && (me.networks ?? []).some((n) => n.id === r.network.id)
  const edits = (r: Pending) => me?.role === 'EDITOR' && me.organization?.id === r.organization.id
  const mine = (rows ?? []).filter((r) => me?.role === 'ADMIN' || coordinates(r) || edits(r))
  const mayAnswer = (r: Pending) =>
    me?.role === 'ADMIN' || (r.awaiting === 'NETWORK' && coordinates(r)) || (r.awaiting === 'ORGANIZATION' && edits(r))
  return (
    <div className="page" data-testid="inbox">
      <Heading variant="h2">{t('inbox')}</Heading>
      {rows === null ? (
        <p>…</p>
      ) : mine.length === 0 ? (
        <p>{t('inboxEmpty')}</p>
      ) : (
        <ul className="inbox">
          {mine.map((r) => (
            <li key={r.id}>
              <button type="button" className="link" onClick={() => onOpen(r.organization.id, 'organizations')}>
                {name(r.organization)}
              </button>{' '}
              →{' '}
              <button type="button" className="link" onClick={() => onOpen(r.network.id, 'networks')}>
                {name(r.network)}
              </button>{' '}
              <span className="role">
                {roleName(lang, r.role)}
                {r.representative ? ` · ${r.representative}` : ''}
                {r.requestedBy === 'NETWORK' ? ` · ${t('invitation')}` : ''}
              </span>
              {mayAnswer(r) ? (
                <Decide
                  id={r.id}
                  version={r.version}
                  lang={lang}
                  subject={`${name(r.organization)} → ${name(r.network)}`}
                  onDone={(done) => {
                    // The answered request leaves the list, and its buttons
                    // with it: say what happened and keep focus in the inbox.
                    reload({ requestPolicy: 'network-only' })
                    announce(done)
                    focusWhenReady('[data-testid=inbox] h2')
                  }}
                />
              ) : (
                <div className="rep" data-testid="awaiting">
                  {r.awaiting === 'ORGANIZATION' ? t('awaitingOrganization') : t('awaitingNetwork')}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Notifications lang={lang} />
      <Preferences lang={lang} />
    </div>
  )
}
