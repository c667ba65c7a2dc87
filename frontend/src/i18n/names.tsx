// An entry's name in the page's language, for every page that shows one.
import { langIf } from '../a11y'
import type { Lang } from './messages'

export interface Named {
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
}

export function nameIn(n: Named, lang: Lang): string {
  return (lang === 'sv' ? n.nameSv : lang === 'en' ? n.nameEn : null) || n.nameFi
}

// nameLang is the language of the name nameIn gives: Finnish when the entry
// has no name in the page's language.
export function nameLang(n: Named, lang: Lang): Lang {
  return (lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) ? lang : 'fi'
}

// Name is an entry's name in the page's language, marked as Finnish when
// only the Finnish one exists (WCAG 3.1.2).
export function Name({ n, lang }: { n: Named; lang: Lang }) {
  return <span lang={langIf(lang, nameLang(n, lang))}>{nameIn(n, lang)}</span>
}
