import { useState } from 'react'
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components'
import { useMutation } from 'urql'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import type { EditKey } from '../i18n/editMessages'
import { frameMessages } from '../i18n/messages'
import { LOGIN } from './operations'
import { problemOf } from './errors'
import { useSession } from './session'
import type { Me } from './session'

// LoginPage signs in with email and password. The answer to a wrong
// password is the server's, deliberately the same as for an unknown email.
export function LoginPage({ lang, onDone }: { lang: Lang; onDone: (me: Me | null) => void }) {
  return (
    <div className="page narrow">
      <LoginForm lang={lang} onDone={onDone} />
    </div>
  )
}

// firstAdmin says, on an instance without any account (the server marks
// the page), how its operator makes the first administrator.
const firstAdmin: Record<Lang, { title: string; text: string; or: string }> = {
  fi: { title: 'Tilejä ei ole vielä', text: 'Kukaan ei voi vielä kirjautua. Palvelimen ylläpitäjä luo ensimmäisen ylläpitäjän komennolla', or: 'tai käynnistää palvelimen kerran ympäristömuuttujilla VERKOSTO_ADMIN_EMAIL ja VERKOSTO_ADMIN_PASSWORD.' },
  sv: { title: 'Det finns inga konton ännu', text: 'Ingen kan logga in ännu. Serverns administratör skapar den första administratören med kommandot', or: 'eller startar servern en gång med miljövariablerna VERKOSTO_ADMIN_EMAIL och VERKOSTO_ADMIN_PASSWORD.' },
  en: { title: 'No accounts yet', text: 'Nobody can sign in yet. The server’s operator creates the first administrator with the command', or: 'or starts the server once with the environment variables VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD.' },
}

function FirstAdmin({ lang }: { lang: Lang }) {
  if (document.querySelector('meta[name="verkosto-setup"]')?.getAttribute('content') !== 'first-admin') return null
  const m = firstAdmin[lang]
  return (
    <InlineAlert status="neutral" labelText={m.title} data-testid="first-admin">
      <p>
        {m.text} <code lang="en">verkosto account add --email EMAIL --role ADMIN --db URL &lt; password-file</code> {m.or}
      </p>
    </InlineAlert>
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
  const [, login] = useMutation(LOGIN)
  return (
    <form
      data-testid={compact ? 'relogin-form' : 'login-form'}
      onSubmit={async (e) => {
        e.preventDefault()
        const res = await login({ email, password })
        const p = problemOf(res.error)
        if (p) {
          setError(p.reason === 'THROTTLED' ? f.throttled : p.code === 'UNAUTHENTICATED' ? f.wrongCredentials : t('genericError'))
          return
        }
        onDone(await refresh())
      }}
    >
      {!compact && <Heading variant="h2">{t('signIn')}</Heading>}
      {!compact && <FirstAdmin lang={lang} />}
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
