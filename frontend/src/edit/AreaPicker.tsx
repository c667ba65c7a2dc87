import { useMemo, useState } from 'react'
import { useQuery } from 'urql'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { Name, nameIn } from '../i18n/names'
import type { Named } from '../i18n/names'
import { useCombobox, useDebounced } from '../useCombobox'
import { AREA_OPTIONS, NETWORK_OPTIONS, ORG_OPTIONS } from './operations'

// Options finds what a picker offers for the text typed (the same array
// until the answer changes: the combobox keeps its highlight meanwhile).
type Options = (q: string) => Named[] | null

function useAreas(q: string): Named[] | null {
  const [{ data }] = useQuery({ query: AREA_OPTIONS, variables: { q }, pause: !q })
  return useMemo(() => (data ? (data.areas.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []) : null), [data])
}
function useOrganizations(q: string): Named[] | null {
  const [{ data }] = useQuery({ query: ORG_OPTIONS, variables: { q }, pause: !q })
  return useMemo(() => (data ? (data.organizations.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []) : null), [data])
}
function useNetworks(q: string): Named[] | null {
  const [{ data }] = useQuery({ query: NETWORK_OPTIONS, variables: { q }, pause: !q })
  return useMemo(() => (data ? (data.networks.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []) : null), [data])
}
const sources: Record<'areas' | 'organizations' | 'networks', Options> = { areas: useAreas, organizations: useOrganizations, networks: useNetworks }

// AreaPicker chooses one area (multiple: several) by name, or an
// organisation or networks (source): the WAI-ARIA combobox of search and of
// asking to join, then the chosen ones as a list with a remove button each.
// The edit form keeps the choice as areasValue's text.
export default function AreaPicker({
  id,
  label,
  lang,
  multiple,
  value,
  onChange,
  testId,
  source = 'areas',
}: {
  id: string
  label: string
  lang: Lang
  multiple: boolean
  value: Named[]
  onChange: (areas: Named[]) => void
  testId: string
  source?: 'areas' | 'organizations' | 'networks'
}) {
  const t = editMessages[lang]
  const [query, setQuery] = useState('')
  const q = useDebounced(query.trim(), 150)
  // One hook per picker, fixed by its source for the picker's whole life.
  const found = sources[source](q)
  const options = useMemo(() => (q && query.trim() && found ? found.filter((a) => !value.some((v) => v.id === a.id)) : null), [found, q, query, value])
  const box = useCombobox(options, (a) => {
    const area = { id: a.id, nameFi: a.nameFi, nameSv: a.nameSv, nameEn: a.nameEn }
    onChange(multiple ? [...value, area] : [area])
    setQuery('')
  })
  return (
    <div className="field combobox area-picker" data-testid={testId}>
      <label htmlFor={box.input.id}>
        {label} ({t.areaSearch})
      </label>
      <input {...box.input} type="text" value={query} onChange={(e) => setQuery(e.target.value)} data-testid={`${testId}-search`} />
      <ul {...box.list} className="suggestions" aria-label={label}>
        {(box.shown && options ? options : []).map((o, i) => (
          <li key={o.id} {...box.option(i)}>
            {nameIn(o, lang)}
          </li>
        ))}
      </ul>
      {value.length === 0 ? (
        <p className="hint" id={`${id}-chosen`}>
          {t.noAreas}
        </p>
      ) : (
        <ul className="chosen" id={`${id}-chosen`} aria-label={label}>
          {value.map((a) => (
            <li key={a.id}>
              <Name n={a} lang={lang} />{' '}
              <button type="button" className="link" onClick={() => onChange(value.filter((v) => v.id !== a.id))} aria-label={`${t.removeArea}: ${nameIn(a, lang)}`}>
                {t.removeArea}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

// areasValue is the form's text for a choice of areas (the form compares
// values as text): their IDs and names in ID order, as JSON.
export function areasValue(areas: Named[] | Named | null | undefined): string {
  const list = (Array.isArray(areas) ? areas : areas ? [areas] : []).map((a) => ({ id: a.id, nameFi: a.nameFi, nameSv: a.nameSv ?? null, nameEn: a.nameEn ?? null }))
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return JSON.stringify(list)
}

export function parseAreas(value: string): Named[] {
  try {
    const v: unknown = JSON.parse(value || '[]')
    return Array.isArray(v) ? (v as Named[]) : []
  } catch {
    return []
  }
}
