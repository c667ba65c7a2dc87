// ICU message formatting (plurals, Finnish partitive after numerals) and
// dates, through FormatJS's intl-messageformat: no string concatenation
// of numbers and nouns anywhere in the UI.
import { IntlMessageFormat } from 'intl-messageformat'
import type { Lang } from './messages'

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }
const cache = new Map<string, IntlMessageFormat>()

// fmt formats an ICU message ("{n, plural, one {# organisaatio} other {# organisaatiota}}").
export function fmt(lang: Lang, pattern: string, values: Record<string, string | number> = {}): string {
  const key = lang + '\u0000' + pattern
  let m = cache.get(key)
  if (!m) {
    m = new IntlMessageFormat(pattern, locales[lang])
    cache.set(key, m)
  }
  return String(m.format(values))
}

// compareNames sorts names as readers of the language expect (å, ä and ö
// after z in Swedish and Finnish; Swedish names on a Swedish page).
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return new Intl.Collator(locales[lang], { sensitivity: 'base', numeric: true }).compare
}

// formatDate: 1.6.2024 in Finnish and Swedish (sv-FI), "1 June 2024" in
// English, where a numeric date would be read differently in the UK and US.
export function formatDate(lang: Lang, d: string | Date | null | undefined): string {
  if (!d) return ''
  const date = typeof d === 'string' ? new Date(d) : d
  if (Number.isNaN(date.getTime())) return ''
  return lang === 'en'
    ? date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
    : date.toLocaleDateString(locales[lang], { day: 'numeric', month: 'numeric', year: 'numeric' })
}

export function formatDateTime(lang: Lang, d: string): string {
  const date = new Date(d)
  const time = date.toLocaleTimeString(locales[lang], { hour: '2-digit', minute: '2-digit' })
  return `${formatDate(lang, date)} ${time}`
}

// Counts in each language, with the right plural (and the Finnish partitive).
export const counts = {
  organizations: {
    fi: '{n, plural, one {# organisaatio} other {# organisaatiota}}',
    sv: '{n, plural, one {# organisation} other {# organisationer}}',
    en: '{n, plural, one {# organisation} other {# organisations}}',
  },
  networks: {
    fi: '{n, plural, one {# verkosto} other {# verkostoa}}',
    sv: '{n, plural, one {# nätverk} other {# nätverk}}',
    en: '{n, plural, one {# network} other {# networks}}',
  },
  memberships: {
    fi: '{n, plural, one {# jäsenyys} other {# jäsenyyttä}}',
    sv: '{n, plural, one {# medlemskap} other {# medlemskap}}',
    en: '{n, plural, one {# membership} other {# memberships}}',
  },
  nodes: {
    fi: '{n, plural, one {# kohde} other {# kohdetta}}',
    sv: '{n, plural, one {# objekt} other {# objekt}}',
    en: '{n, plural, one {# entry} other {# entries}}',
  },
  results: {
    fi: '{n, plural, =0 {Ei hakutuloksia} one {# hakutulos} other {# hakutulosta}}',
    sv: '{n, plural, =0 {Inga träffar} one {# träff} other {# träffar}}',
    en: '{n, plural, =0 {No results} one {# result} other {# results}}',
  },
} as const

export function count(lang: Lang, what: keyof typeof counts, n: number): string {
  return fmt(lang, counts[what][lang], { n })
}
