// GraphiQL on a closed network: the page at /graphql loads, shows its
// editor and runs a query with every other host unreachable.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { start, stop } from './support.mjs'

let server, browser

before(async () => ({ server, browser } = await start()))

after(() => stop({ server, browser }))

test('GraphiQL loads and runs a query with no other host reachable', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const origin = new URL(server.base).origin
  const elsewhere = []
  // Everything not from this server fails, as it would without internet.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    elsewhere.push(url)
    return route.abort('internetdisconnected')
  })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  await page.goto(`${server.base}/graphql`)

  const editor = page.locator('.graphiql-query-editor .monaco-editor')
  await editor.waitFor({ timeout: 20000 })
  // The editor is live: type a query of our own, run it, read the answer.
  await editor.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.type('{ areas(first: 1, where: {kind: COUNTRY}) { edges { node { nameFi } } } }')
  await page.locator('.graphiql-execute-button').click()
  const response = page.locator('.graphiql-response')
  await response.getByText('Suomi').first().waitFor({ timeout: 20000 })

  assert.deepEqual(elsewhere, [], 'requests to other hosts')
  assert.deepEqual(problems, [], 'errors in the page')
  await context.close()
})
