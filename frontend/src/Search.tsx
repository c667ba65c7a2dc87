import { useEffect, useId, useRef, useState } from 'react'
import { client, SEARCH_QUERY } from './api'
import { messages } from './i18n/messages'
import type { Lang } from './i18n/messages'
import { count } from './i18n/format'
import { langIf } from './a11y'

export interface Hit {
  __typename: 'Organization' | 'Network' | 'Area'
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
  kind?: string
}

const areaKinds: Record<Lang, Record<string, string>> = {
  fi: { COUNTRY: 'Maa', WELLBEING_COUNTY: 'Hyvinvointialue', REGION: 'Maakunta', MUNICIPALITY: 'Kunta' },
  sv: { COUNTRY: 'Land', WELLBEING_COUNTY: 'Välfärdsområde', REGION: 'Landskap', MUNICIPALITY: 'Kommun' },
  en: { COUNTRY: 'Country', WELLBEING_COUNTY: 'Wellbeing services county', REGION: 'Region', MUNICIPALITY: 'Municipality' },
}

// Search suggests organisations, networks and areas as the user types,
// following the WAI-ARIA combobox pattern: arrow keys move through the
// suggestions, Enter opens the highlighted one (or the first), Escape
// closes the list; how many were found is announced.
export default function Search({ lang, onPick }: { lang: Lang; onPick: (hit: Hit) => void }) {
  const id = useId()
  const listId = `${id}-list`
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[] | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const input = useRef<HTMLInputElement>(null)
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
        .then((res) => {
          if (!live) return
          setHits((res.data?.search ?? []).flatMap((h) => (h.__typename === 'Organization' || h.__typename === 'Network' || h.__typename === 'Area' ? [h as Hit] : [])))
          setOpen(true)
          setActive(-1)
        })
    }, 150)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query])
  const nameOf = (h: Hit) => (lang === 'sv' ? h.nameSv : lang === 'en' ? h.nameEn : null) || h.nameFi
  const nameLang = (h: Hit) => ((lang === 'sv' && h.nameSv) || (lang === 'en' && h.nameEn) ? lang : 'fi')
  const typeOf = (h: Hit) =>
    h.__typename === 'Organization' ? messages[lang].organization : h.__typename === 'Network' ? messages[lang].network : (areaKinds[lang][h.kind ?? ''] ?? messages[lang].area)
  const pick = (h: Hit) => {
    onPick(h)
    setQuery('')
    setOpen(false)
    setActive(-1)
  }
  const shown = open && hits !== null
  return (
    <div className="search" role="search">
      <label htmlFor={id}>{messages[lang].search}</label>
      <input
        id={id}
        ref={input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        placeholder={messages[lang].searchHint}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const n = hits?.length ?? 0
          if (e.key === 'ArrowDown' && n > 0) {
            setOpen(true)
            setActive((a) => (a + 1) % n)
          } else if (e.key === 'ArrowUp' && n > 0) {
            setOpen(true)
            setActive((a) => (a <= 0 ? n - 1 : a - 1))
          } else if (e.key === 'Enter' && shown && n > 0) {
            pick(hits[active >= 0 ? active : 0])
          } else if (e.key === 'Escape' && shown) {
            setOpen(false)
            setActive(-1)
          } else return
          e.preventDefault()
        }}
        data-testid="search"
        autoComplete="off"
      />
      <p className="visually-hidden" aria-live="polite" data-testid="search-count">
        {hits !== null && query.trim() ? count(lang, 'results', hits.length) : ''}
      </p>
      <ul className="suggestions" id={listId} role="listbox" aria-label={messages[lang].search} data-testid="suggestions" hidden={!shown || hits.length === 0}>
        {(shown ? hits : []).map((h, i) => (
          <li
            key={h.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(h)}
          >
            <span lang={langIf(lang, nameLang(h))}>{nameOf(h)}</span> <span className="role">{typeOf(h)}</span>
          </li>
        ))}
      </ul>
      {shown && hits.length === 0 && <p className="no-results">{messages[lang].noResults}</p>}
    </div>
  )
}
