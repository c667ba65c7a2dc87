import { describe, expect, it } from 'vitest'
import { businessIDValid, check } from './validate'

describe('client-side validation', () => {
  it('checks the Y-tunnus check digit like the server', () => {
    expect(businessIDValid('0245437-2')).toBe(true)
    expect(businessIDValid('0245437-3')).toBe(false)
    expect(businessIDValid('245437-2')).toBe(false)
  })
  it('explains in the chosen language', () => {
    expect(check('fi', '', { required: true })).toBe('Pakollinen tieto.')
    expect(check('sv', 'x'.repeat(301), { max: 300 })).toBe('Högst 300 tecken.')
    expect(check('en', 'not an email', { kind: 'email' })).toContain('email address')
    expect(check('en', 'javascript:alert(1)', { kind: 'url' })).toContain('https://')
    expect(check('fi', 'https://example.fi', { kind: 'url' })).toBeNull()
  })
})
