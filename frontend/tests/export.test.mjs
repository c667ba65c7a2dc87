// Browser test of the Download menu, and the graph exports read back by
// independent parsers (graphology-gexf, graphology-graphml): their node and
// edge counts are the API's networkMap counts for the same filter.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { Graph, MultiGraph } from 'graphology'
import gexf from 'graphology-gexf'
import graphml from 'graphology-graphml'
import { seriousViolations, start, stop } from './support.mjs'

let server, browser, base

before(async () => ({ server, base, browser } = await start()))

after(() => stop({ server, browser }))

async function mapCounts(filter) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'query($f: MapFilter) { networkMap(filter: $f) { nodeCount edgeCount } }', variables: { f: filter } }),
  })
  const { data } = await res.json()
  return { nodes: data.networkMap.nodeCount, edges: data.networkMap.edgeCount }
}

test('the Download menu carries the filters; Gephi’s GEXF has the map’s counts', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/?sector=POLICE,NGO&lang=en')
  await page.getByTestId('counts').waitFor()
  const menu = page.getByTestId('download')
  await menu.getByText('Download the data').click()
  assert.deepEqual(await seriousViolations(page), [])
  const link = menu.getByRole('link', { name: 'Gephi, with timeline (GEXF)' })
  assert.equal(await link.getAttribute('href'), '/export/network.gexf?sector=NGO%2CPOLICE')
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  assert.equal(download.suggestedFilename(), 'verkosto-network.gexf')
  const graph = gexf.parse(MultiGraph, readFileSync(await download.path(), 'utf8'))
  const want = await mapCounts({ sector: ['POLICE', 'NGO'] })
  assert.ok(want.edges > 0, 'the filter shows something')
  assert.deepEqual({ nodes: graph.order, edges: graph.size }, want)
  // The on-screen counts are the API's too.
  assert.equal(await page.getByTestId('counts').innerText(), `${want.nodes} entries, ${want.edges} memberships`)
  assert.deepEqual(errors, [])
  await context.close()
})

test('GEXF and GraphML read by graphology’s parsers have the map’s counts', async () => {
  for (const [query, filter] of [
    ['', {}],
    ['kind=COORDINATION_GROUP,WORKING_GROUP', { networkKind: ['COORDINATION_GROUP', 'WORKING_GROUP'] }],
    ['status=ACTIVE,ENDED&asOf=2024-06-01', { status: ['ACTIVE', 'ENDED'], asOf: '2024-06-01' }],
  ]) {
    const want = await mapCounts(filter)
    const g1 = gexf.parse(MultiGraph, await (await fetch(`${base}/export/network.gexf?${query}`)).text())
    assert.deepEqual({ nodes: g1.order, edges: g1.size }, want, `GEXF ?${query}`)
    const g2 = graphml.parse(MultiGraph, await (await fetch(`${base}/export/network.graphml?${query}`)).text())
    assert.deepEqual({ nodes: g2.order, edges: g2.size }, want, `GraphML ?${query}`)
    // Attributes survive: every node has its label and kind.
    g2.forEachNode((key, attrs) => {
      assert.ok(attrs.label && attrs.kind, `GraphML node ${key}: ${JSON.stringify(attrs)}`)
    })
  }
})

test('the co-membership export is the projection of the GEXF export, read by graphology', async () => {
  for (const query of ['', 'kind=COORDINATION_GROUP,WORKING_GROUP', 'status=ACTIVE,ENDED&asOf=2024-06-01']) {
    const bipartite = gexf.parse(MultiGraph, await (await fetch(`${base}/export/network.gexf?${query}`)).text())
    const want = new Map()
    let orgs = 0
    bipartite.forEachNode((key, attrs) => {
      if (attrs.kind === 'Organization') {
        orgs++
        return
      }
      const members = [...new Set(bipartite.neighbors(key))].sort((a, b) => Number(a) - Number(b))
      members.forEach((a, i) => members.slice(i + 1).forEach((b) => want.set(`${a}-${b}`, (want.get(`${a}-${b}`) ?? 0) + 1)))
    })
    const projection = gexf.parse(Graph, await (await fetch(`${base}/export/comembership.gexf?${query}`)).text())
    assert.equal(projection.type, 'undirected', `?${query}`)
    assert.equal(projection.order, orgs, `organisations ?${query}`)
    const got = new Map()
    projection.forEachEdge((edge, attrs, source, target) => {
      const [a, b] = [source, target].sort((x, y) => Number(x) - Number(y))
      got.set(`${a}-${b}`, attrs.weight)
    })
    assert.ok(query !== '' || want.size > 20, 'the demo has ties to compare')
    assert.deepEqual(got, want, `ties ?${query}`)
  }
})
