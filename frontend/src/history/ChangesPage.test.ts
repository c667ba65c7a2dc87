import { describe, expect, it } from 'vitest'
import { lastYear } from './ChangesPage'

describe('the What changed page', () => {
  it('defaults to the last twelve months', () => {
    expect(lastYear(new Date('2026-03-15T10:00:00Z'))).toEqual({ from: '2025-03-15', to: '2026-03-15' })
  })
})
