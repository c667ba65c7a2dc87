// Browser test of the Coverage page: tile map and table, the drill-down into
// a county, the CSV download and a gap's link to the map.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { seriousViolations, start, stop } from './support.mjs'

let server, browser, base

before(async () => ({ server, base, browser } = await start()))

after(() => stop({ server, browser }))

test('the coverage page: 22 tiles with figures, a sortable table, a county drill-down, CSV', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/')
  await page.getByRole('link', { name: 'Kattavuus' }).click()
  await page.getByTestId('tiles').waitFor()
  const tiles = page.getByTestId('tiles').getByRole('link')
  assert.equal(await tiles.count(), 22)
  // Figures as text, not colour alone: met, at risk and missing.
  assert.match(await tiles.filter({ hasText: 'Pohjois-Savo' }).getByTestId('tile-figures').innerText(), /✓0\s+Toteutuu\s+!0\s+Riskissä\s+✗16\s+Puuttuu/)
  assert.deepEqual(await seriousViolations(page), [])

  // Sorting by the missing count puts a county with everything missing first when descending.
  const missingHeader = page.getByTestId('coverage-table').getByRole('button', { name: 'Puuttuu' })
  await missingHeader.click()
  await missingHeader.click()
  assert.equal(await page.getByTestId('coverage-table').locator('th[aria-sort=descending]').count(), 1)
  const first = await page.getByTestId('coverage-table').locator('tbody tr').first().innerText()
  assert.match(first, /16/)

  // Drill down into Pohjois-Savo: no MARAK team there in the documents.
  await tiles.filter({ hasText: 'Pohjois-Savo' }).click()
  await page.getByTestId('coverage-area').waitFor()
  assert.match(page.url(), /\/coverage\/\d+$/)
  const marak = page.getByTestId('expectations').locator('tr[data-key=marak]')
  assert.match(await marak.innerText(), /Puuttuu/)
  assert.ok((await page.getByTestId('municipalities').locator('tbody tr').count()) > 10, 'its municipalities are listed')
  assert.deepEqual(await seriousViolations(page), [])

  // The gap list downloads as CSV with a BOM.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()])
  const csv = readFileSync(await download.path(), 'utf8')
  assert.ok(csv.startsWith('\uFEFFarea_code,area,expectation'), csv.slice(0, 40))
  assert.match(csv, /Pohjois-Savon hyvinvointialue,marak,/)

  // A suggestion links to the organisation on the map.
  const police = page.getByTestId('expectations').locator('tr[data-key=member-police] td').nth(2).getByRole('link').first()
  const name = await police.innerText()
  await police.click()
  await page.getByTestId('details').waitFor()
  assert.match(await page.getByTestId('details').innerText(), new RegExp(name))
  // Back returns to the county report, and a gap with no network links to the area's map.
  await page.goBack()
  await page.getByTestId('coverage-area').waitFor()
  await page.getByTestId('expectations').locator('tr[data-key=marak]').getByRole('link', { name: 'Näytä kartalla' }).click()
  await page.getByTestId('counts').waitFor()
  assert.match(page.url(), /\?area=\d+/)
  assert.deepEqual(errors, [])
  await context.close()
})

test('tiles: met, at risk and missing in a stacked bar with a legend, short names that fit in fi, sv and en', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  const figures = async (name) => {
    const text = await page.getByTestId('tiles').getByRole('link').filter({ hasText: name }).getByTestId('tile-figures').innerText()
    return text.match(/\d+/g).map(Number)
  }
  for (const [lang, lappi, pirkanmaa] of [['fi', 'Lappi', 'Pirkanmaa'], ['sv', 'Lappland', 'Birkaland'], ['en', 'Lapland', 'Pirkanmaa']]) {
    await page.goto(`${base}/coverage?lang=${lang}`)
    await page.getByTestId('tiles').waitFor()
    assert.equal(await page.getByTestId('tiles').getByRole('link').count(), 22)
    assert.ok(await page.getByTestId('status-legend').isVisible(), 'legend shown')
    // Nothing runs over its tile.
    const over = await page.getByTestId('tiles').getByRole('link').evaluateAll((ts) =>
      ts.filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1).map((t) => t.innerText.split('\n')[0]))
    assert.deepEqual(over, [], `${lang}: tiles overflowing`)
    // Lapland has nothing; Pirkanmaa has groups, some of them at risk.
    const [lm, lr, lx] = await figures(lappi)
    const [pm, pr] = await figures(pirkanmaa)
    assert.equal(lm + lr, 0, `${lappi}: ${lm} met, ${lr} at risk, ${lx} missing`)
    assert.ok(pm + pr > 0, `${pirkanmaa}: ${pm} met, ${pr} at risk`)
    assert.deepEqual(await seriousViolations(page), [])
  }
  await context.close()
})

test('the national matrix: each expectation in each county, sortable, with its CSV', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`${base}/coverage?lang=en`)
  const matrix = page.getByTestId('coverage-matrix')
  await matrix.waitFor()
  const headers = await matrix.locator('thead th').allInnerTexts()
  assert.equal(headers.length, 2 + 22)
  assert.equal(headers[2], 'Lapland', 'north first, like the tiles')
  assert.equal(await matrix.locator('tbody tr').count(), 16)
  const col = headers.indexOf('North Savo')
  const marak = matrix.locator('tbody tr[data-key=marak] > *').nth(col)
  assert.equal((await marak.innerText()).replace(/\s+/g, ' ').trim(), '✗ Missing')
  // Sorted by how many areas lack it, most first.
  await matrix.getByRole('button', { name: 'Missing, areas' }).click()
  const counts = (await matrix.locator('tbody tr > td:nth-child(2)').allInnerTexts()).map(Number)
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a))
  assert.equal(await matrix.locator('th[aria-sort=descending]').count(), 1)
  const [download] = await Promise.all([page.waitForEvent('download'), matrix.getByTestId('matrix-csv').click()])
  const csv = readFileSync(await download.path(), 'utf8')
  assert.match(csv, /^\uFEFFexpectation,description,02 Varsinais-Suomi,.*,19 Lappi,/)
  assert.deepEqual(await seriousViolations(page), [])
  await context.close()
})

test('every AT_RISK and MISSING says why, in the page language', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{areas(where:{kind:WELLBEING_COUNTY,nameFiIn:["Pohjois-Savon hyvinvointialue","Pirkanmaan hyvinvointialue"]}){edges{node{id nameFi}}}}' }) })
  const ids = Object.fromEntries((await res.json()).data.areas.edges.map((e) => [e.node.nameFi, e.node.id]))
  for (const [lang, none, guidance] of [['fi', 'Aineistossa ei ole yhtään.', /MARAK-malli, jota THL/], ['sv', 'Inget i uppgifterna.', /MARAK-modellen, som THL/], ['en', 'None in the data.', /MARAK model, coordinated nationally by THL/]]) {
    await page.goto(`${base}/coverage/${ids['Pohjois-Savon hyvinvointialue']}?lang=${lang}`)
    const marak = page.getByTestId('expectations').locator('tr[data-key=marak]')
    await marak.waitFor()
    assert.equal(await marak.getByTestId('reasons').innerText(), none)
    // The guidance behind it, in the page's language too.
    assert.match(await marak.getByTestId('guidance').innerText(), guidance)
    assert.equal(await marak.getByTestId('guidance').locator('[lang]').count(), 0)
    await page.goto(`${base}/coverage/${ids['Pirkanmaan hyvinvointialue']}?lang=${lang}`)
    const rows = page.getByTestId('expectations').locator('tbody tr')
    await rows.first().waitFor()
    for (const row of await rows.all()) {
      const status = await row.locator('[data-status]').getAttribute('data-status')
      const reasons = status === 'MET' ? '' : await row.getByTestId('reasons').innerText()
      assert.ok(status === 'MET' || (reasons.length > 5 && !/[{}]|[A-Z]{2,}_[A-Z]/.test(reasons)), `${lang} ${await row.getAttribute('data-key')} ${status}: ${reasons}`)
    }
    assert.deepEqual(await seriousViolations(page), [])
  }
  await context.close()
})
