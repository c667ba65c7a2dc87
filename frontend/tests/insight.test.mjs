// Browser test of the Insight page (Kymenlaakso's overlapping groups,
// heaviest organisations and bridges, explained), and a cross-check of the
// API's bridge scores against graphology-metrics' betweenness centrality on
// the same county graph rebuilt from the public API.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import Graph from 'graphology'
import betweenness from 'graphology-metrics/centrality/betweenness.js'
import { launchBrowser, seriousViolations, startServer } from './support.mjs'

let server, browser, base

before(async () => {
  server = await startServer()
  base = server.base
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  server?.stop()
})

async function gql(query, variables = {}) {
  const res = await fetch(base + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  const body = await res.json()
  assert.equal(body.errors, undefined, JSON.stringify(body.errors))
  return body.data
}

async function kymenlaakso() {
  const d = await gql(`{areas(where:{kind:WELLBEING_COUNTY,nameFi:"Kymenlaakson hyvinvointialue"}){edges{node{id}}}}`)
  return d.areas.edges[0].node.id
}

test('the insight page: Kymenlaakso overlapping groups, heaviest organisations and bridges, explained', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/')
  await page.getByRole('link', { name: 'Näkymät' }).click()
  await page.getByTestId('insight-loads').waitFor()
  assert.match(page.url(), /\/insight$/)
  assert.deepEqual(await seriousViolations(page), [])

  await page.goto(`${base}/insight/${await kymenlaakso()}`)
  const overlaps = page.getByTestId('insight-overlaps')
  await overlaps.locator('tbody tr').first().waitFor()
  const firstPair = await overlaps.locator('tbody tr').first().innerText()
  assert.match(firstPair, /Kotkan monialainen ehkäisevän päihdetyön työryhmä/)
  assert.match(firstPair, /Kotkan nuoret -työryhmä/)
  assert.match(firstPair, /80 %/)
  assert.match(await overlaps.innerText(), /Jaccard/, 'the measure is explained')
  assert.match(await page.getByTestId('insight-loads').locator('tbody tr').first().innerText(), /Kotkan kaupunki/)
  assert.match(await page.getByTestId('insight-bridges').locator('tbody tr').first().innerText(), /Kotkan kaupunki/)
  assert.ok((await page.getByTestId('insight-left-out').locator('tbody tr').count()) > 0)
  assert.deepEqual(await seriousViolations(page), [])

  // In Swedish and English too.
  await page.goto(page.url() + '?lang=en')
  await page.getByTestId('insight-bridges').locator('tbody tr').first().waitFor()
  assert.match(await page.getByTestId('insight-bridges').innerText(), /betweenness centrality/)

  // A row links to the map, focused on it.
  await page.getByTestId('insight-loads').getByRole('link', { name: 'City of Kotka' }).or(page.getByTestId('insight-loads').locator('tbody a').first()).first().click()
  await page.waitForURL(/\/organizations\/\d+\?.*focus=1/)
  assert.deepEqual(errors, [])
  await context.close()
})

test("the API's bridge scores agree with graphology-metrics on the same graph", async () => {
  const county = await kymenlaakso()
  const today = new Date().toISOString().slice(0, 10)
  // The county's networks (with an area in the county or one of its
  // municipalities) that exist today, and their memberships running today.
  const d = await gql(`query($c:ID!){networks(first:60,where:{area:$c}){edges{node{id status startedOn endedOn areas{id parent{id}}
    memberships(first:60){edges{node{status startDate endDate organization{id}}}}}}}}`, { c: county })
  const runs = (status, start, end, endedStatus) =>
    (start == null || start <= today) && (end == null ? status !== endedStatus : end >= today)
  assert.ok(d.networks.edges.length < 60 && d.networks.edges.every((e) => e.node.memberships.edges.length < 60), 'one page holds them all')
  const g = new Graph({ type: 'undirected', multi: false })
  for (const { node: n } of d.networks.edges) {
    const inCounty = n.areas.some((a) => a.id === county || a.parent?.id === county)
    if (!inCounty || !runs(n.status, n.startedOn, n.endedOn, 'ENDED')) continue
    g.mergeNode('n' + n.id)
    for (const { node: m } of n.memberships.edges) {
      if (!['ACTIVE', 'ENDED'].includes(m.status) || !runs(m.status, m.startDate, m.endDate, 'ENDED')) continue
      g.mergeEdge('o' + m.organization.id, 'n' + n.id)
    }
  }
  const scores = betweenness(g, { normalized: true })
  const api = await gql(`query($c:ID!){insight(area:$c){bridges(first:100){totalCount nodes{organization{id} score}}}}`, { c: county })
  const ours = Object.fromEntries(api.insight.bridges.nodes.map((b) => [b.organization.id, b.score]))
  assert.ok(api.insight.bridges.totalCount > 3 && api.insight.bridges.totalCount <= 100)
  let compared = 0
  g.forEachNode((key) => {
    if (!key.startsWith('o')) return
    const theirs = scores[key]
    const mine = ours[key.slice(1)] ?? 0
    assert.ok(Math.abs(theirs - mine) < 1e-9, `${key}: graphology ${theirs}, API ${mine}`)
    compared++
  })
  assert.ok(compared > 10, `${compared} organisations compared`)
})

test('map modes: sized by load or bridge score from insight, and the co-membership projection of the export', async () => {
  const county = await kymenlaakso()
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))

  // Bridges: the scores come from /insight/scores.json for the map's area.
  const scores = page.waitForResponse((r) => r.url().includes('/insight/scores.json') && r.url().includes(`area=${county}`))
  await page.goto(`${base}/?area=${county}&mode=bridge&lang=en`)
  const answer = await (await scores).json()
  assert.ok(Object.values(answer.orgs).filter((s) => s.bridge > 0).length > 3, 'the county has bridges')
  await page.locator('[data-testid=map][data-rendered=true]').waitFor()
  await page.getByTestId('map-mode').filter({ hasText: 'betweenness centrality' }).waitFor()
  assert.equal(await page.getByTestId('mode').inputValue(), 'bridge')
  assert.deepEqual(await seriousViolations(page), [])

  // Load, chosen from the select, in Finnish; the URL keeps it.
  await page.goto(`${base}/?area=${county}&lang=fi`)
  await page.getByLabel('Karttanäkymä', { exact: true }).selectOption({ label: 'Kuormitus' })
  await page.waitForURL(/mode=load/)
  await page.getByTestId('map-mode').filter({ hasText: 'kokoukset vuodessa' }).waitFor()

  // Co-membership: as many ties as the export's projection of the same filter.
  const gexf = await (await fetch(`${base}/export/comembership.gexf?area=${county}`)).text()
  const ties = (gexf.match(/<edge /g) ?? []).length
  const orgs = (gexf.match(/<node /g) ?? []).length
  assert.ok(ties > 20, `${ties} ties`)
  await page.goto(`${base}/?area=${county}&mode=comembership&lang=en`)
  await page.locator('[data-testid=map][data-rendered=true]').waitFor()
  await page.getByTestId('map-mode').filter({ hasText: `${orgs} organisations, ${ties} ties.` }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  assert.deepEqual(errors, [])
  await context.close()
})
