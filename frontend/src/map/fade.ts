// Nodes fade in and out when the map's data changes (the timeline moving a
// year, a filter changing), instead of jumping: the nodes that leave stay
// for a moment, fading to the background, and the new ones fade in from it.
import type Graph from 'graphology'
import { background } from '../colors'

export const FADE_MS = 400

/** The previous map's nodes, as drawn (styled attributes), by key. */
export type Drawn = Map<string, Record<string, unknown>>

export function drawnNodes(graph: Graph): Drawn {
  const out: Drawn = new Map()
  graph.forEachNode((key, a) => {
    if (!a.leaving) out.set(key, { ...a, entering: false })
  })
  return out
}

/**
 * sharedShare is how many nodes graph shares with the previous map, as a
 * share of both together: a step of the timeline shares most, and keeps the
 * camera where the user put it (with or without the fade).
 */
export function sharedShare(graph: Graph, previous: Drawn): number {
  let shared = 0
  graph.forEachNode((key) => {
    if (previous.has(key)) shared++
  })
  return shared / Math.max(graph.order + previous.size - shared, 1)
}

/**
 * addTransition marks the graph's nodes that were not drawn before as
 * entering, and adds the previous nodes that are gone as leaving (with
 * their old look and place). It returns sharedShare.
 */
export function addTransition(graph: Graph, previous: Drawn): number {
  const shared = sharedShare(graph, previous)
  graph.forEachNode((key) => {
    if (!previous.has(key)) graph.setNodeAttribute(key, 'entering', true)
  })
  for (const [key, attrs] of previous) {
    if (!graph.hasNode(key)) graph.addNode(key, { ...attrs, leaving: true })
  }
  return shared
}

/** mix blends two #rrggbb colours: t = 0 gives a, 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const p = (c: string, i: number) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16)
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return t < 0.5 ? a : b
  return '#' + [0, 1, 2].map((i) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t).toString(16).padStart(2, '0')).join('')
}

/** fading is what a node looks like t (0…1) into the transition. */
export function fading(attrs: Record<string, unknown>, t: number): Record<string, unknown> {
  const from = attrs.leaving ? 0 : attrs.entering ? 1 : -1
  if (from < 0) return attrs
  // Leaving: from its colour to the background; entering: the other way.
  const k = attrs.leaving ? t : 1 - t
  if (attrs.leaving && t >= 1) return { ...attrs, hidden: true }
  const tone = (c: unknown) => (typeof c === 'string' ? mix(c, background, k) : c)
  return { ...attrs, color: tone(attrs.color), borderColor: tone(attrs.borderColor), accent: tone(attrs.accent), label: k > 0.5 ? '' : attrs.label, zIndex: 0 }
}

export const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
