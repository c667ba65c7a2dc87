import Graph from 'graphology'
import { describe, expect, it } from 'vitest'
import { neighbourhood } from './neighbourhood'

describe('focus mode neighbourhood', () => {
  // org1 — netA — org2 — netB — org3, and a stray org4
  const g = new Graph({ multi: true, type: 'undirected' })
  for (const n of ['org1', 'org2', 'org3', 'org4', 'netA', 'netB']) g.addNode(n)
  g.addEdge('org1', 'netA')
  g.addEdge('org2', 'netA')
  g.addEdge('org2', 'netA') // left and re-joined: a parallel edge
  g.addEdge('org2', 'netB')
  g.addEdge('org3', 'netB')

  it('one step: the node and its direct neighbours', () => {
    expect([...neighbourhood(g, 'netA', 1)].sort()).toEqual(['netA', 'org1', 'org2'])
  })
  it('two steps reach the networks of its members', () => {
    expect([...neighbourhood(g, 'netA', 2)].sort()).toEqual(['netA', 'netB', 'org1', 'org2'])
  })
  it('never reaches what is not connected', () => {
    expect(neighbourhood(g, 'org1', 10).has('org4')).toBe(false)
  })
})
