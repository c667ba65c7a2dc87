import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { Button } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { frameMessages } from '../i18n/messages'
import { fmt } from '../i18n/format'
import { announce } from '../a11y'
import { useSession } from './session'

// The form loads when a session ends, not with every page.
const LoginForm = lazy(() => import('./LoginForm').then((m) => ({ default: m.LoginForm })))

// How long before the session ends the user is warned (WCAG 2.2.1: time to
// act, and a simple way to get more).
const WARN_BEFORE_MS = 5 * 60 * 1000

// SessionWatch warns before the session ends and offers to continue it;
// once it has ended it says so and offers to sign in right here, over the
// page, so that an unsaved form keeps what was typed in it.
export default function SessionWatch({ lang }: { lang: Lang }) {
  const f = frameMessages[lang]
  const { me, endsAt, expired, extend, refresh } = useSession()
  const [now, setNow] = useState(() => Date.now())
  const extendButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!endsAt) return
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [endsAt])
  const left = endsAt ? endsAt - now : Infinity
  const warn = !!me && !expired && left <= WARN_BEFORE_MS && left > 0
  const ended = left <= 0
  useEffect(() => {
    if (me && endsAt && ended) refresh() // the server tells whether it really ended
    // Once when the time runs out, not on every tick of the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me, endsAt, ended])
  useEffect(() => {
    if (warn) extendButton.current?.focus()
  }, [warn])
  if (warn)
    return (
      <div role="alertdialog" aria-labelledby="session-warning-title" aria-describedby="session-warning-text" className="session-banner" data-testid="session-warning">
        <p id="session-warning-title" className="session-title">
          {fmt(lang, f.sessionWarning, { minutes: Math.max(1, Math.ceil(left / 60000)) })}
        </p>
        <p id="session-warning-text">{f.sessionWarningText}</p>
        <Button
          ref={extendButton}
          data-testid="extend-session"
          onClick={async () => {
            if (await extend()) announce(f.extended)
          }}
        >
          {f.extend}
        </Button>
      </div>
    )
  if (expired && !me)
    return (
      <div role="alertdialog" aria-labelledby="session-ended-title" aria-describedby="session-ended-text" className="session-banner" data-testid="session-expired">
        <p id="session-ended-title" className="session-title">
          {f.sessionEnded}
        </p>
        <p id="session-ended-text">{f.sessionEndedText}</p>
        <Suspense fallback={null}>
          <LoginForm lang={lang} compact onDone={() => announce(frameMessages[lang].signedIn)} />
        </Suspense>
      </div>
    )
  return null
}
