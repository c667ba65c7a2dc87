// Client-side checks mirror the server's (ent/schema/validate), so most
// mistakes are explained inline in the user's language before a round trip;
// the server still checks everything.
import type { Lang } from '../i18n/messages'

const texts = {
  fi: { required: 'Pakollinen tieto.', tooLong: 'Enintään {n} merkkiä.', email: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.', url: 'Anna osoite muodossa https://esimerkki.fi.', businessID: 'Tarkista Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).', server: 'Virheellinen arvo' },
  sv: { required: 'Obligatorisk uppgift.', tooLong: 'Högst {n} tecken.', email: 'Ange e-postadressen i formen namn@exempel.fi.', url: 'Ange adressen i formen https://exempel.fi.', businessID: 'Kontrollera FO-numret (formen 1234567-8, kontrollsiffran stämmer inte).', server: 'Ogiltigt värde' },
  en: { required: 'Required.', tooLong: 'At most {n} characters.', email: 'Give an email address like name@example.fi.', url: 'Give an address like https://example.fi.', businessID: 'Check the business ID (form 1234567-8; the check digit does not match).', server: 'Invalid value' },
}

// serverFieldMessage words the server's complaint about a field in the
// page's language (the server's own detail is English, so it is not shown).
export function serverFieldMessage(lang: Lang, detail: string): string {
  if (/too long/.test(detail)) return texts[lang].tooLong.replace('{n}', '…')
  if (/required|empty/.test(detail)) return texts[lang].required
  return `${texts[lang].server}.`
}

export function businessIDValid(s: string): boolean {
  if (!/^\d{7}-\d$/.test(s)) return false
  const weights = [7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0)
  const r = sum % 11
  if (r === 1) return false
  return (r === 0 ? 0 : 11 - r) === Number(s[8])
}

export interface FieldRule {
  required?: boolean
  max?: number
  kind?: 'email' | 'url' | 'businessID'
}

export function check(lang: Lang, value: string, rule: FieldRule): string | null {
  const t = texts[lang]
  const v = value.trim()
  if (!v) return rule.required ? t.required : null
  if (rule.max && [...v].length > rule.max) return t.tooLong.replace('{n}', String(rule.max))
  if (rule.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return t.email
  if (rule.kind === 'url' && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(v)) return t.url
  if (rule.kind === 'businessID' && !businessIDValid(v)) return t.businessID
  return null
}
