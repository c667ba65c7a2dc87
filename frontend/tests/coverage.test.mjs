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
  // Figures as text, not colour alone.
  assert.match(await tiles.filter({ hasText: 'Pohjois-Savo' }).innerText(), /0 \/ 16/)
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
