import { useEffect, useId, useState } from 'react'
import { client, SEARCH_QUERY } from './api'
import { messages } from './i18n/messages'
import type { Lang } from './i18n/messages'

export interface Hit {
  __typename: 'Organization' | 'Network' | 'Area'
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
}

// Search suggests organisations, networks and areas as the user types; the
// suggestions are plain buttons, so keyboard and screen-reader users can pick
// one like anyone else.
export default function Search({ lang, onPick }: { lang: Lang; onPick: (hit: Hit) => void }) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[] | null>(null)
  useEffect(() => {
    const q = query.trim()
    if (!q) {
      setHits(null)
      return
    }
    let live = true
    const timer = setTimeout(() => {
      client
        .query(SEARCH_QUERY, { q })
        .toPromise()
        .then((res) =>
          live && setHits((res.data?.search ?? []).flatMap((h) => (h.__typename === 'Organization' || h.__typename === 'Network' || h.__typename === 'Area' ? [h] : []))),
        )
    }, 150)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query])
  const label = (h: Hit) => (lang === 'sv' ? h.nameSv : lang === 'en' ? h.nameEn : null) || h.nameFi
  return (
    <div className="search" role="search">
      <label htmlFor={id}>{messages[lang].search}</label>
      <input id={id} type="search" value={query} placeholder={messages[lang].searchHint} onChange={(e) => setQuery(e.target.value)} data-testid="search" autoComplete="off" />
      {hits && (
        <ul className="suggestions" aria-live="polite" data-testid="suggestions">
          {hits.length === 0 && <li>{messages[lang].noResults}</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onPick(h)
                  setQuery('')
                }}
              >
                {label(h)}
              </button>{' '}
              <span className="role">{h.__typename === 'Organization' ? messages[lang].organization : h.__typename === 'Network' ? messages[lang].network : messages[lang].area}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
