// Browser test of a private instance (serve --public-read=false): an
// anonymous visitor is told why there is nothing to see and signs in right
// there; the map then loads.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { seriousViolations, start, stop } from './support.mjs'

const password = 'browser test password'
let server, browser, base

before(async () => {
  ({ server, base, browser } = await start({ env: { VERKOSTO_ADMIN_EMAIL: 'admin@example.fi', VERKOSTO_ADMIN_PASSWORD: password }, args: ['--public-read=false'] }))
})

after(() => stop({ server, browser }))

test('a private instance shows the sign-in form and why, in the page language; signing in shows the map', async () => {
  for (const [lang, why] of [['fi', /Tämä Verkosto on yksityinen/], ['sv', /Den här Verkosto-tjänsten är privat/], ['en', /This Verkosto is private/]]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${base}/?lang=${lang}`)
    const box = page.getByTestId('private-instance')
    await box.waitFor()
    assert.match(await box.innerText(), why)
    assert.equal(await page.getByText(/Tietojen lataaminen epäonnistui|Loading the data failed/).count(), 0)
    assert.deepEqual(await seriousViolations(page), [])
    if (lang === 'en') {
      await box.getByTestId('login-email').fill('admin@example.fi')
      await box.getByTestId('login-password').fill(password)
      await box.getByTestId('login-submit').click()
      await page.getByTestId('account').waitFor()
      await page.locator('[data-testid=map][data-rendered=true]').waitFor()
      assert.match(await page.getByTestId('counts').innerText(), /\d+ entries/)
    }
    assert.deepEqual(errors, [])
    await context.close()
  }
})
