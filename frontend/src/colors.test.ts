import { describe, expect, it } from 'vitest'
import { background, contrast, edgeColor, focusColor, leadEdgeColor, networkColor, sectorColors, sectorPatterns } from './colors'

// WCAG 1.4.11: what carries meaning on the map reaches 3:1 against the
// map's background and white (the panels). 1.4.1: each sector has its own pattern.
describe('map colours', () => {
  const named: [string, string][] = [
    ...Object.entries(sectorColors),
    ['network', networkColor],
    ['membership line', edgeColor],
    ['leader line', leadEdgeColor],
    ['focus outline', focusColor],
  ]
  for (const [name, colour] of named) {
    it(`${name} ${colour} reaches 3:1`, () => {
      expect(contrast(colour, background)).toBeGreaterThanOrEqual(3)
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3)
    })
  }
  it('the old amber outline did not', () => {
    expect(contrast('#f0a500', background)).toBeLessThan(3)
  })
  it('every sector has a pattern of its own', () => {
    const seen = new Set(Object.keys(sectorColors).map((s) => JSON.stringify(sectorPatterns[s])))
    expect(seen.size).toBe(Object.keys(sectorColors).length)
  })
})
