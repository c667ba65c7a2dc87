import { describe, expect, it } from 'vitest'
import { fit, labelLayer, MAX_LABEL_PX, overlaps } from './labels'
import type { Box } from './labels'

// Six pixels a character: the text's width in a canvas of 400 × 300 pixels.
function canvas() {
  const texts: { text: string; x: number; y: number }[] = []
  const ctx = {
    font: '',
    fillStyle: '',
    canvas: { clientWidth: 400, clientHeight: 300, width: 800, height: 600 },
    measureText: (s: string) => ({ width: Array.from(s).length * 6 }),
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
  }
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts }
}
const settings = { labelSize: 12, labelFont: 'sans-serif', labelWeight: 'normal', labelColor: { color: '#000' } } as never

describe('map labels', () => {
  it('cuts a long name with an ellipsis to the width allowed', () => {
    const width = (s: string) => Array.from(s).length * 6
    expect(fit('Poliisi', MAX_LABEL_PX, width)).toBe('Poliisi')
    const cut = fit('Pirkanmaan hyvinvointialueen lähisuhdeväkivallan ehkäisyn koordinaatioryhmä', MAX_LABEL_PX, width)
    expect(cut.endsWith('…')).toBe(true)
    expect(width(cut)).toBeLessThanOrEqual(MAX_LABEL_PX)
    expect(width(cut)).toBeGreaterThan(MAX_LABEL_PX - 12)
  })

  it('draws no label over another, and none off the canvas', () => {
    const { ctx, texts } = canvas()
    const layer = labelLayer()
    const node = (label: string, x: number, y: number) => layer.draw(ctx, { label, x, y, size: 4, color: '#000' }, settings)
    node('Kotkan poliisi', 100, 100)
    node('Kotkan kaupunki', 105, 104) // would cover the first: skipped
    node('Haminan seurakunta', 100, 140) // room below: drawn
    node('Oikealla reunalla', 395, 200) // no room to the right: drawn to the left
    node('Ylhäällä', 50, 2) // would run off the top: skipped
    expect(texts.map((t) => t.text)).toEqual(['Kotkan poliisi', 'Haminan seurakunta', 'Oikealla reunalla'])
    const right = texts[2]
    expect(right.x + Array.from(right.text).length * 6).toBeLessThanOrEqual(400)
    expect(layer.drawn()).toBe(3)
    // The next frame starts empty.
    layer.reset()
    node('Kotkan kaupunki', 105, 104)
    expect(texts.at(-1)?.text).toBe('Kotkan kaupunki')
  })

  it('tells boxes that touch from boxes that overlap', () => {
    const a: Box = { x: 0, y: 0, w: 10, h: 10 }
    expect(overlaps(a, { x: 10, y: 0, w: 5, h: 5 })).toBe(false)
    expect(overlaps(a, { x: 9, y: 9, w: 5, h: 5 })).toBe(true)
  })
})
