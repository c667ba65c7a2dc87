import { describe, expect, it } from 'vitest'
import { compareNames, count, formatDate } from './format'

describe('counts and dates', () => {
  it('Finnish numerals take the partitive, one takes the nominative', () => {
    expect(count('fi', 'organizations', 52)).toBe('52 organisaatiota')
    expect(count('fi', 'organizations', 1)).toBe('1 organisaatio')
    expect(count('fi', 'memberships', 3)).toBe('3 jäsenyyttä')
  })
  it('English and Swedish singulars', () => {
    expect(count('en', 'memberships', 1)).toBe('1 membership')
    expect(count('en', 'memberships', 2)).toBe('2 memberships')
    expect(count('sv', 'organizations', 1)).toBe('1 organisation')
  })
  it('dates: sv-FI like Finnish, English unambiguous', () => {
    expect(formatDate('sv', '2024-06-01')).toBe('1.6.2024')
    expect(formatDate('fi', '2024-06-01')).toBe('1.6.2024')
    expect(formatDate('en', '2024-06-01')).toBe('1 June 2024')
  })
})

describe('compareNames', () => {
  it('sorts as the language does', () => {
    expect(['Övermark', 'Åbo', 'Vasa', 'Ahvenanmaa'].sort(compareNames('sv'))).toEqual(['Ahvenanmaa', 'Vasa', 'Åbo', 'Övermark'])
    expect(['Äänekoski', 'Oulu', 'Ähtäri', 'Akaa'].sort(compareNames('fi'))).toEqual(['Akaa', 'Oulu', 'Ähtäri', 'Äänekoski'])
  })
})
