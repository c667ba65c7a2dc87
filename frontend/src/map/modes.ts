// The map's modes (issue 14): the memberships as drawn (organisations and
// networks), organisations sized by their load or bridge score (insight's
// numbers, from /insight/scores.json), or the co-membership projection:
// organisations only, linked by the networks they share.
import type Graph from 'graphology'

export const MAP_MODES = ['load', 'bridge', 'comembership'] as const
export type MapMode = (typeof MAP_MODES)[number]

/** One organisation's insight numbers (internal/insight.Score). */
export interface Score {
  networks: number
  meetingsPerYear: number
  bridge: number
}

export interface Scores {
  area: number
  asOf: string
  estimated: boolean
  orgs: Record<string, Score>
}

/** fetchScores gets every organisation's load and bridge score in an area (null: the country) on a day. */
export async function fetchScores(area: string | null, asOf: string | null, signal?: AbortSignal): Promise<Scores> {
  const params = new URLSearchParams()
  if (area) params.set('area', area)
  if (asOf) params.set('asOf', asOf)
  const q = params.toString()
  const res = await fetch('/insight/scores.json' + (q ? `?${q}` : ''), { credentials: 'same-origin', signal })
  if (!res.ok) throw new Error(`scores: ${res.status}`)
  return (await res.json()) as Scores
}

// Node sizes in a sized mode: the smallest organisation stays visible, the
// largest about as big as a large network; by square root, so that area
// (what the eye compares) follows the value.
const minSize = 2
const maxSize = 16

/** scoreOf is the number a sized mode draws: meetings a year (networks when none are recorded), or the bridge score. */
export function scoreOf(mode: 'load' | 'bridge', s: Score | undefined): number {
  if (!s) return 0
  return mode === 'bridge' ? s.bridge : s.meetingsPerYear || s.networks
}

/** sizeNodes sizes the organisations by their score; networks keep their size. */
export function sizeNodes(graph: Graph, mode: 'load' | 'bridge', scores: Scores): void {
  let top = 0
  graph.forEachNode((key, a) => {
    if (a.kind !== 'Network') top = Math.max(top, scoreOf(mode, scores.orgs[key]))
  })
  graph.forEachNode((key, a) => {
    if (a.kind === 'Network') return
    const v = scoreOf(mode, scores.orgs[key])
    graph.setNodeAttribute(key, 'size', top > 0 ? minSize + (maxSize - minSize) * Math.sqrt(v / top) : minSize)
  })
}

/**
 * The most ties a browser draws: a national projection at scale L has
 * millions of pairs, more than a map can show or a planner read. Beyond it
 * the map asks for a narrower filter.
 */
export const MAX_TIES = 150_000

// Ties in slate grey: 5.4:1 against the white map (WCAG 1.4.11 asks 3:1).
const tieColor = '#5f6b7a'

export interface Projection {
  /** organisations, ties between them; null when there were more than MAX_TIES ties */
  ties: number | null
  organizations: number
}

/**
 * project replaces the memberships in graph with the co-membership
 * projection: networks go, and two organisations that share n networks get
 * one edge of weight n, drawn thicker the more they share. Node positions
 * stay where the server laid them out.
 */
export function project(graph: Graph): Projection {
  const weights = new Map<string, number>()
  let organizations = 0
  let tooMany = false
  graph.forEachNode((key, a) => {
    if (a.kind !== 'Network') {
      organizations++
      return
    }
    if (tooMany) return
    const members = [...new Set(graph.neighbors(key))].sort()
    for (let i = 0; i < members.length && !tooMany; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const pair = members[i] + '\u0000' + members[j]
        weights.set(pair, (weights.get(pair) ?? 0) + 1)
      }
      tooMany = weights.size > MAX_TIES
    }
  })
  graph.clearEdges()
  graph.filterNodes((_, a) => a.kind === 'Network').forEach((key) => graph.dropNode(key))
  if (tooMany) return { ties: null, organizations }
  for (const [pair, weight] of weights) {
    const [a, b] = pair.split('\u0000')
    // One shared network is a 1-pixel line, like an ordinary membership.
    const style = weight > 1 ? { size: Math.min(1 + Math.log2(weight) * 1.5, 6) } : { size: 1, type: 'line' }
    graph.addEdge(a, b, { weight, color: tieColor, ...style })
  }
  return { ties: weights.size, organizations }
}
