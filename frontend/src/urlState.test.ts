import { describe, expect, it } from 'vitest'
import { formatView, parseView } from './urlState'

describe('URL state', () => {
  it('round-trips filters, selection and language', () => {
    const v = parseView('/networks/8589934593', '?sector=POLICE,NGO&kind=MARAK&area=12&asOf=2024-01-01&lang=sv')
    expect(v).toEqual({ sector: ['NGO', 'POLICE'], kind: ['MARAK'], area: '12', asOf: '2024-01-01', selected: { kind: 'networks', id: '8589934593' }, page: 'map', focus: 0, lang: 'sv', theme: [], level: [], status: [], unknownPath: false, coverageArea: null, full: false, mode: null })
    expect(parseView(...split(formatView(v)))).toEqual(v)
  })

  it('drops what it does not understand', () => {
    const v = parseView('/organizations/abc', '?sector=EVIL,POLICE&kind=X&area=1;drop&asOf=1.1.2024&lang=de')
    expect(v).toEqual({ sector: ['POLICE'], kind: [], area: null, asOf: null, selected: null, page: 'map', focus: 0, lang: 'fi', theme: [], level: [], status: [], unknownPath: true, coverageArea: null, full: false, mode: null })
  })

  it('gives the plain map a plain URL', () => {
    expect(formatView(parseView('/', ''))).toBe('/')
    expect(parseView('/no/such/page', '').unknownPath).toBe(true)
    expect(formatView(parseView('/', '?theme=YOUTH&level=NATIONAL&status=ENDED'))).toBe('/?theme=YOUTH&level=NATIONAL&status=ENDED')
    expect(parseView('/networks/5', '?focus=2').focus).toBe(2)
    expect(parseView('/networks', '?kind=MARAK').page).toBe('networks')
    expect(formatView({ ...parseView('/networks', '?kind=MARAK') })).toBe('/networks?kind=MARAK')
    expect(parseView('/coverage/12', '?lang=sv')).toMatchObject({ page: 'coverage', coverageArea: '12', lang: 'sv' })
    expect(formatView(parseView('/coverage/12', ''))).toBe('/coverage/12')
    expect(formatView(parseView('/coverage', ''))).toBe('/coverage')
    expect(formatView(parseView('/networks/5', '?full=1'))).toBe('/networks/5?full=1')
    expect(parseView('/', '?full=1').full).toBe(false)
    expect(parseView('/changes', '?lang=en')).toMatchObject({ page: 'changes', lang: 'en', unknownPath: false })
    expect(formatView(parseView('/changes', ''))).toBe('/changes')
  })
})

function split(url: string): [string, string] {
  const i = url.indexOf('?')
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)]
}
