import { useEffect, useState } from 'react'
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components'
import { client } from '../api'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { importMessages } from '../i18n/importMessages'
import { frameMessages } from '../i18n/messages'
import type { EditKey } from '../i18n/editMessages'
import { roleName } from '../i18n/vocab'
import { LOGIN, LOGOUT, PENDING_QUERY } from './operations'
import { problemOf } from './errors'
import { useSession } from './session'
import type { Me } from './session'
import { Decide } from './Memberships'
import Notifications from '../history/Notifications'
import Preferences from '../history/Preferences'
import { announce, focusWhenReady } from '../a11y'

// LoginPage signs in with email and password. The answer to a wrong
// password is the server's, deliberately the same as for an unknown email.
export function LoginPage({ lang, onDone }: { lang: Lang; onDone: (me: Me | null) => void }) {
  return (
    <div className="page narrow">
      <LoginForm lang={lang} onDone={onDone} />
    </div>
  )
}

// LoginForm is the sign-in form: on its own page, or over the page when a
// session has ended (compact), so that the page keeps its unsaved input.
// Errors are worded here by the server's reason, in the page's language.
export function LoginForm({ lang, onDone, compact = false }: { lang: Lang; onDone: (me: Me | null) => void; compact?: boolean }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const f = frameMessages[lang]
  const { refresh } = useSession()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      data-testid={compact ? 'relogin-form' : 'login-form'}
      onSubmit={async (e) => {
        e.preventDefault()
        const res = await client.mutation(LOGIN, { email, password }).toPromise()
        const p = problemOf(res.error)
        if (p) {
          setError(p.reason === 'THROTTLED' ? f.throttled : p.code === 'UNAUTHENTICATED' ? f.wrongCredentials : t('genericError'))
          return
        }
        onDone(await refresh())
      }}
    >
      {!compact && <Heading variant="h2">{t('signIn')}</Heading>}
      {error && (
        <InlineAlert status="error" labelText={t('signInFailed')} role="alert" data-testid="login-error">
          {error}
        </InlineAlert>
      )}
      <TextInput labelText={t('email')} type="email" autoComplete="username" value={email} onChange={(v) => setEmail(String(v ?? ''))} data-testid="login-email" fullWidth />
      <TextInput labelText={t('password')} type="password" autoComplete="current-password" value={password} onChange={(v) => setPassword(String(v ?? ''))} data-testid="login-password" fullWidth />
      <Button type="submit" data-testid="login-submit">
        {t('signIn')}
      </Button>
    </form>
  )
}

const accountRoles: Record<Lang, Record<string, string>> = {
  fi: { ADMIN: 'ylläpitäjä', COORDINATOR: 'koordinaattori', EDITOR: 'muokkaaja', VIEWER: 'lukija' },
  sv: { ADMIN: 'administratör', COORDINATOR: 'samordnare', EDITOR: 'redaktör', VIEWER: 'läsare' },
  en: { ADMIN: 'administrator', COORDINATOR: 'coordinator', EDITOR: 'editor', VIEWER: 'reader' },
}

// accountRoleName is an account's role in words.
export function accountRoleName(lang: Lang, role: string): string {
  return accountRoles[lang][role] ?? role
}

// AccountMenu is the header's sign-in link, or who is signed in, the inbox
// for those who answer requests and invitations, and signing out.
export function AccountMenu({ lang, onNavigate, onOpen }: { lang: Lang; onNavigate: (page: 'login' | 'inbox' | 'import' | 'map', why?: 'out') => void; onOpen: (id: string, kind: 'organizations' | 'networks') => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const { me, signedOut } = useSession()
  if (!me)
    return (
      <a
        href="/login"
        data-testid="sign-in"
        onClick={(e) => {
          e.preventDefault()
          onNavigate('login')
        }}
      >
        {t('signIn')}
      </a>
    )
  return (
    <div className="account" data-testid="account">
      <span>
        {t('signedInAs')}: {me.email} ({accountRoleName(lang, me.role)})
      </span>{' '}
      {me.role === 'EDITOR' && me.organization && (
        <a
          href={`/organizations/${me.organization.id}`}
          data-testid="my-organization"
          onClick={(e) => {
            e.preventDefault()
            onOpen(me.organization!.id, 'organizations')
          }}
        >
          {t('myOrganization')}
        </a>
      )}{' '}
      {me.role === 'COORDINATOR' && (me.networks ?? []).length > 0 && (
        <details className="my-networks" data-testid="my-networks">
          <summary>{t('myNetworks')}</summary>
          <ul>
            {(me.networks ?? []).map((n) => (
              <li key={n.id}>
                <a
                  href={`/networks/${n.id}`}
                  lang={(lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) ? undefined : lang === 'fi' ? undefined : 'fi'}
                  onClick={(e) => {
                    e.preventDefault()
                    ;(e.currentTarget.closest('details') as HTMLDetailsElement).open = false
                    onOpen(n.id, 'networks')
                  }}
                >
                  {(lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) || n.nameFi}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}{' '}
      {(me.role === 'COORDINATOR' || me.role === 'EDITOR' || me.role === 'ADMIN') && (
        <a
          href="/inbox"
          onClick={(e) => {
            e.preventDefault()
            onNavigate('inbox')
          }}
        >
          {t('inbox')}
        </a>
      )}{' '}
      {(me.role === 'COORDINATOR' || me.role === 'ADMIN') && (
        <a
          href="/import"
          data-testid="import-link"
          onClick={(e) => {
            e.preventDefault()
            onNavigate('import')
          }}
        >
          {importMessages[lang].import}
        </a>
      )}{' '}
      <Button
        variant="secondaryNoBorder"
        data-testid="sign-out"
        onClick={async () => {
          await client.mutation(LOGOUT, {}).toPromise()
          await signedOut()
          onNavigate('map', 'out')
        }}
      >
        {t('signOut')}
      </Button>
    </div>
  )
}

interface Pending {
  id: string
  version: number
  role: string
  representative?: string | null
  requestedBy: 'ORGANIZATION' | 'NETWORK'
  awaiting?: 'ORGANIZATION' | 'NETWORK' | null
  organization: { id: string; nameFi: string; nameSv?: string | null; nameEn?: string | null }
  network: { id: string; nameFi: string; nameSv?: string | null; nameEn?: string | null }
}

// InboxPage lists the pending memberships of the account's networks or
// organisation (the server shows no others): those awaiting its answer with
// approve and decline, the others with whose answer they await.
export function InboxPage({ lang, onOpen }: { lang: Lang; onOpen: (id: string, kind: 'organizations' | 'networks') => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const { me } = useSession()
  const [rows, setRows] = useState<Pending[] | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    client
      .query(PENDING_QUERY, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((res) => setRows(res.data?.memberships.edges?.flatMap((e) => (e?.node ? [e.node as Pending] : [])) ?? []))
  }, [tick, me?.id])
  const name = (o: Pending['network']) => (lang === 'sv' ? o.nameSv : lang === 'en' ? o.nameEn : null) || o.nameFi
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
                    setTick((x) => x + 1)
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
