import { useState } from 'react'
import { useMutation } from 'urql'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { adminMessages } from '../i18n/adminMessages'
import { problemOf } from '../edit/errors'
import { focusWhenReady } from '../a11y'
import { RESET_PASSWORD } from './queries'

// ResetPasswordPage is where a reset link opens (/reset-password#token=…):
// the new password twice, then the way to sign in. The token is read from
// the fragment, which the browser never sends to the server.
export default function ResetPasswordPage({ lang, onSignIn }: { lang: Lang; onSignIn: () => void }) {
  const t = adminMessages[lang]
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? ''
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [problem, setProblem] = useState<string | null>(token ? null : t.badLink)
  const [done, setDone] = useState(false)
  const [, reset] = useMutation(RESET_PASSWORD)
  const fail = (text: string) => {
    setProblem(text)
    focusWhenReady('[data-testid=reset-problem]')
  }
  return (
    <main id="main" tabIndex={-1} className="page narrow" data-testid="reset-password">
      <Heading variant="h2">{t.resetTitle}</Heading>
      {done ? (
        <div role="status" data-testid="reset-done">
          <p>{t.resetDone}</p>
          <Button onClick={onSignIn}>{t.signIn}</Button>
        </div>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault()
            if (password !== repeat) return fail(t.mismatch)
            const res = await reset({ token, password })
            const p = problemOf(res.error)
            if (p) return fail(p.fields.password ? t.weakPassword : p.fields.token ? t.badLink : t.failed)
            setDone(true)
            focusWhenReady('[data-testid=reset-done] p')
          }}
        >
          <p>{t.resetHelp}</p>
          {problem && (
            <div data-testid="reset-problem" tabIndex={-1}>
              <InlineAlert status="error" role="alert">
                {problem}
              </InlineAlert>
            </div>
          )}
          <div className="field">
            <label htmlFor="reset-new">{t.newPassword}</label>
            <input id="reset-new" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} />
          </div>
          <div className="field">
            <label htmlFor="reset-repeat">{t.repeatPassword}</label>
            <input id="reset-repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required minLength={12} />
          </div>
          <Button type="submit" data-testid="reset-submit" disabled={!token}>
            {t.save}
          </Button>
        </form>
      )}
    </main>
  )
}
