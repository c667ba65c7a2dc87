import { describe, expect, it } from 'vitest'
import Graph from 'graphology'
import { MAX_TIES, project, scoreOf, sizeNodes } from './modes'
import type { Scores } from './modes'

// Organisations 1–4, networks n1 and n2: 1, 2 and 3 in n1; 1 and 2 in n2
// (1 twice, as member and coordinator); 4 in none.
function bipartite(): Graph {
  const g = new Graph({ multi: true, type: 'undirected' })
  for (const o of ['1', '2', '3', '4']) g.addNode(o, { kind: 'Organization', x: Number(o), y: 0, size: 5 })
  for (const n of ['n1', 'n2']) g.addNode(n, { kind: 'Network', x: 0, y: 1, size: 8 })
  for (const [o, n] of [['1', 'n1'], ['2', 'n1'], ['3', 'n1'], ['1', 'n2'], ['1', 'n2'], ['2', 'n2']]) g.addEdge(o, n, { role: 'MEMBER' })
  return g
}

describe('project', () => {
  it('links organisations by the networks they share, once per network', () => {
    const g = bipartite()
    expect(project(g)).toEqual({ ties: 3, organizations: 4 })
    expect(g.order).toBe(4)
    const ties = Object.fromEntries(g.mapEdges((_, a, s, t) => [[s, t].sort().join('-'), a.weight]))
    expect(ties).toEqual({ '1-2': 2, '1-3': 1, '2-3': 1 })
    expect(g.getNodeAttribute('1', 'x')).toBe(1) // positions stay
    expect(g.degree('4')).toBe(0)
  })
  it('gives up past MAX_TIES rather than freeze the browser', () => {
    const g = new Graph({ multi: true, type: 'undirected' })
    g.addNode('n', { kind: 'Network' })
    const members = Math.ceil(Math.sqrt(2 * MAX_TIES)) + 2
    for (let i = 0; i < members; i++) {
      g.addNode('o' + i, { kind: 'Organization' })
      g.addEdge('o' + i, 'n')
    }
    expect(project(g)).toEqual({ ties: null, organizations: members })
    expect(g.size).toBe(0)
  })
})

describe('sizeNodes', () => {
  const scores: Scores = {
    area: 1,
    asOf: '2026-01-01',
    estimated: false,
    orgs: { '1': { networks: 2, meetingsPerYear: 16, bridge: 0.5 }, '2': { networks: 3, meetingsPerYear: 0, bridge: 0 }, '3': { networks: 1, meetingsPerYear: 4, bridge: 0.125 } },
  }
  it('sizes organisations by the square root of their load; networks keep theirs', () => {
    const g = bipartite()
    sizeNodes(g, 'load', scores)
    expect(g.getNodeAttribute('1', 'size')).toBe(16)
    expect(g.getNodeAttribute('3', 'size')).toBe(2 + 14 * Math.sqrt(4 / 16))
    expect(g.getNodeAttribute('2', 'size')).toBe(2 + 14 * Math.sqrt(3 / 16)) // no meetings recorded: its networks
    expect(g.getNodeAttribute('4', 'size')).toBe(2)
    expect(g.getNodeAttribute('n1', 'size')).toBe(8)
  })
  it('or by bridge score', () => {
    const g = bipartite()
    sizeNodes(g, 'bridge', scores)
    expect(g.getNodeAttribute('1', 'size')).toBe(16)
    expect(g.getNodeAttribute('3', 'size')).toBe(2 + 14 * 0.5)
    expect(scoreOf('bridge', undefined)).toBe(0)
  })
})
