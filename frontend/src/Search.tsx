import { useMemo, useState } from 'react'
import { useQuery } from 'urql'
import { SEARCH_QUERY } from './api'
import { useCombobox, useDebounced } from './useCombobox'
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
// following the WAI-ARIA combobox pattern (useCombobox); how many were
// found is announced.
export default function Search({ lang, onPick }: { lang: Lang; onPick: (hit: Hit) => void }) {
  const [query, setQuery] = useState('')
  const q = useDebounced(query.trim(), 150)
  const [{ data }] = useQuery({ query: SEARCH_QUERY, variables: { q }, pause: !q })
  const typed = query.trim() !== ''
  const hits = useMemo(
    () =>
      typed && q && data
        ? data.search.flatMap((h) => (h.__typename === 'Organization' || h.__typename === 'Network' || h.__typename === 'Area' ? [h as Hit] : []))
        : null,
    [data, q, typed],
  )
  const box = useCombobox(hits, (h) => {
    onPick(h)
    setQuery('')
  })
  const nameOf = (h: Hit) => (lang === 'sv' ? h.nameSv : lang === 'en' ? h.nameEn : null) || h.nameFi
  const nameLang = (h: Hit) => ((lang === 'sv' && h.nameSv) || (lang === 'en' && h.nameEn) ? lang : 'fi')
  const typeOf = (h: Hit) =>
    h.__typename === 'Organization' ? messages[lang].organization : h.__typename === 'Network' ? messages[lang].network : (areaKinds[lang][h.kind ?? ''] ?? messages[lang].area)
  return (
    <div className="search" role="search">
      <label htmlFor={box.input.id}>{messages[lang].search}</label>
      <input
        {...box.input}
        type="text"
        value={query}
        placeholder={messages[lang].searchHint}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="search"
      />
      <p className="visually-hidden" aria-live="polite" data-testid="search-count">
        {hits !== null ? count(lang, 'results', hits.length) : ''}
      </p>
      <ul {...box.list} className="suggestions" aria-label={messages[lang].search} data-testid="suggestions">
        {(box.shown && hits ? hits : []).map((h, i) => (
          <li key={h.id} {...box.option(i)}>
            <span lang={langIf(lang, nameLang(h))}>{nameOf(h)}</span> <span className="role">{typeOf(h)}</span>
          </li>
        ))}
      </ul>
      {box.shown && hits?.length === 0 && <p className="no-results">{messages[lang].noResults}</p>}
    </div>
  )
}
