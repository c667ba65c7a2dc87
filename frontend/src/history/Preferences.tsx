import { useEffect, useId, useState } from 'react'
import { useMutation, useQuery } from 'urql'
import { Button, Heading } from 'suomifi-ui-components'
import { graphql } from '../gql'
import type { Lang } from '../i18n/messages'
import { announce } from '../a11y'
import { preferencesMessages } from './preferencesMessages'

const PREFERENCES_QUERY = graphql(`query Preferences { me { id language notificationsOff joinRequestDigest } }`)
const UPDATE_PREFERENCES = graphql(`mutation UpdatePreferences($language: Language, $off: [NotificationKind!], $digest: Boolean) {
  updatePreferences(language: $language, notificationsOff: $off, joinRequestDigest: $digest) { id language notificationsOff joinRequestDigest } }`)

const KINDS = ['JOIN_REQUEST', 'INVITATION', 'STALE_ENTRY', 'STALE_DIGEST'] as const
type Kind = (typeof KINDS)[number]
const LANGS: [Lang, string][] = [
  ['fi', 'Suomi'],
  ['sv', 'Svenska'],
  ['en', 'English'],
]

// Preferences: the signed-in account's own message settings: the language
// of its messages, each kind on or off, and join requests at once or in a
// daily digest (updatePreferences).
export default function Preferences({ lang }: { lang: Lang }) {
  const t = preferencesMessages[lang]
  const id = useId()
  const [{ data }] = useQuery({ query: PREFERENCES_QUERY })
  const [{ fetching }, update] = useMutation(UPDATE_PREFERENCES)
  const [language, setLanguage] = useState<string>('fi')
  const [off, setOff] = useState<string[]>([])
  const [digest, setDigest] = useState(false)
  const [status, setStatus] = useState('')
  const me = data?.me
  useEffect(() => {
    if (!me) return
    setLanguage(me.language)
    setOff(me.notificationsOff)
    setDigest(me.joinRequestDigest)
  }, [me])
  if (!me) return null
  return (
    <form
      className="preferences"
      data-testid="preferences"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault()
        const res = await update({ language: language as Lang, off: off as Kind[], digest })
        const text = res.error ? t.failed : t.saved
        setStatus(text)
        announce(text)
      }}
    >
      <Heading variant="h3" id={`${id}-title`}>
        {t.title}
      </Heading>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t.language}</label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)} data-testid="preferences-language">
          {LANGS.map(([l, name]) => (
            <option key={l} value={l} lang={l}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t.kinds}</legend>
        {KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={!off.includes(k)}
              onChange={(e) => setOff(e.target.checked ? off.filter((x) => x !== k) : [...off, k])}
              data-testid={`preferences-${k}`}
            />{' '}
            {t.kind[k]}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={off.includes('JOIN_REQUEST')}>
        <legend>{t.joinRequests}</legend>
        <label className="check">
          <input type="radio" name={`${id}-digest`} checked={!digest} onChange={() => setDigest(false)} data-testid="preferences-at-once" /> {t.atOnce}
        </label>
        <label className="check">
          <input type="radio" name={`${id}-digest`} checked={digest} onChange={() => setDigest(true)} data-testid="preferences-daily" /> {t.daily}
        </label>
      </fieldset>
      <Button type="submit" disabled={fetching} data-testid="preferences-save">
        {t.save}
      </Button>
      <p role="status" data-testid="preferences-status">
        {status}
      </p>
    </form>
  )
}
