// Map labels that never overlap one another and never run off the canvas.
// Sigma picks which nodes may have a label (labelDensity, the grid) and
// asks for them biggest node first; this draws each one only where it
// covers no label drawn before it in the same frame, to the right of its
// node or, when the canvas ends there, to its left. A long name is cut with
// an ellipsis; hovering the node (or reaching it with the keyboard) shows
// the whole name, and the panel has it too.
import type { NodeLabelDrawingFunction } from 'sigma/rendering'

// MAX_LABEL_PX is the longest label drawn, in CSS pixels.
export const MAX_LABEL_PX = 160

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

// fit returns label, or its longest beginning that fits max with an
// ellipsis after it.
export function fit(label: string, max: number, width: (s: string) => number): string {
  if (width(label) <= max) return label
  const chars = Array.from(label) // not splitting a character in two
  let lo = 0
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (width(chars.slice(0, mid).join('').trimEnd() + '…') <= max) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('').trimEnd() + '…'
}

// labelLayer draws one frame's labels; reset starts the next frame.
export function labelLayer(): { draw: NodeLabelDrawingFunction; reset: () => void; drawn: () => number } {
  let placed: Box[] = []
  const draw: NodeLabelDrawingFunction = (ctx, data, settings) => {
    if (!data.label) return
    const size = settings.labelSize
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`
    const text = fit(data.label, MAX_LABEL_PX, (s) => ctx.measureText(s).width)
    const w = ctx.measureText(text).width
    // The canvas's size in CSS pixels, which sigma draws in.
    const width = ctx.canvas.clientWidth || ctx.canvas.width
    const height = ctx.canvas.clientHeight || ctx.canvas.height
    let x = data.x + data.size + 3
    if (x + w > width - 2) x = data.x - data.size - 3 - w
    if (x < 2) return
    // From the text's ascent to its descent around the baseline (y + size/3).
    const box = { x: x - 2, y: data.y - size * 0.55, w: w + 4, h: size * 1.15 }
    if (box.y < 0 || box.y + box.h > height) return
    if (placed.some((b) => overlaps(b, box))) return
    placed.push(box)
    const c = settings.labelColor
    const own = c.attribute ? (data as Record<string, unknown>)[c.attribute] : undefined
    ctx.fillStyle = typeof own === 'string' ? own : (c.color ?? '#000')
    ctx.fillText(text, x, data.y + size / 3)
  }
  return {
    draw,
    reset: () => {
      placed = []
    },
    drawn: () => placed.length,
  }
}
