import { useEffect, useRef } from 'react'
import { useQuery } from 'urql'
import { Heading } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { HISTORY_QUERY } from './operations'
import { formatDateTime } from '../i18n/format'
import { accountRoleName } from './AccountPages'

const operations: Record<Lang, Record<string, string>> = {
  fi: { CREATE: 'Lisätty', UPDATE: 'Muutettu', DELETE: 'Poistettu' },
  sv: { CREATE: 'Tillagd', UPDATE: 'Ändrad', DELETE: 'Borttagen' },
  en: { CREATE: 'Added', UPDATE: 'Changed', DELETE: 'Removed' },
}


// Values arrive as JSON text; show them as plain text.
function plain(json?: string | null): string {
  if (!json || json === 'null') return '–'
  try {
    const v: unknown = JSON.parse(json)
    return Array.isArray(v) ? v.join(', ') : String(v)
  } catch {
    return json
  }
}

// History lists an entry's audited changes (for signed-in accounts).
export default function History({ id, lang, version }: { id: string; lang: Lang; version: number }) {
  const t = editMessages[lang]
  const [res, reload] = useQuery({ query: HISTORY_QUERY, variables: { id }, requestPolicy: 'network-only' })
  // A new version of the entry has a new line in its history.
  const shown = useRef(version)
  useEffect(() => {
    if (version === shown.current) return
    shown.current = version
    reload({ requestPolicy: 'network-only' })
  }, [version, reload])
  const entries = res.data?.changes.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? null
  if (!entries) return null
  const when = (d: string) => formatDateTime(lang, d)
  return (
    <section className="history" data-testid="history">
      <Heading variant="h3">{t.history}</Heading>
      {entries.length === 0 ? (
        <p>{t.noHistory}</p>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.id}>
              <span className="role">
                {when(e.at)} · {operations[lang][e.operation] ?? e.operation} · {t.by} {accountRoleName(lang, e.actorRole)}
              </span>
              <ul>
                {e.fields.map((f) => (
                  <li key={f.field}>
                    {f.field}: {plain(f.before)} → {plain(f.after)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
