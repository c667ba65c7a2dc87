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
