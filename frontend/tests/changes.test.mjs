// Browser test of the "What changed" page and the notifications list: the
// real binary with demo data, changes and a join request made through the API.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { graphql, launchBrowser, seriousViolations, startServer } from './support.mjs'

const password = 'browser test password'
let server, browser, base, net

const api = (query, variables, cookie) => graphql(base, query, variables, cookie)

before(async () => {
  server = await startServer({ env: { VERKOSTO_ADMIN_EMAIL: 'admin@example.fi', VERKOSTO_ADMIN_PASSWORD: password } })
  base = server.base
  const { cookie } = await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })
  net = (await api(`mutation{createNetwork(input:{nameFi:"Muutostestin verkosto",kind:FORUM,level:MUNICIPAL}){id}}`, {}, cookie)).data.createNetwork
  const org = (await api(`mutation{createOrganization(input:{nameFi:"Muutostestin yhdistys",sector:NGO}){id}}`, {}, cookie)).data.createOrganization
  await api(`mutation($n:ID!,$p:String!){createAccount(input:{email:"coordinator@example.fi",password:$p,role:COORDINATOR,networkIDs:[$n]}){id}}`, { n: net.id, p: password }, cookie)
  await api(`mutation($o:ID!,$p:String!){createAccount(input:{email:"editor@example.fi",password:$p,role:EDITOR,organizationID:$o}){id}}`, { o: org.id, p: password }, cookie)
  const editor = (await api(`mutation($p:String!){login(email:"editor@example.fi",password:$p){id}}`, { p: password })).cookie
  await api(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`, { o: org.id, n: net.id }, editor)
  browser = await launchBrowser()
})

// coordinatorPage is a page signed in as the network's coordinator, through the sign-in form.
async function coordinatorPage() {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto(base + '/login')
  await page.getByLabel('Sähköposti').fill('coordinator@example.fi')
  await page.getByLabel('Salasana').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  return page
}

after(async () => {
  await browser?.close()
  server?.stop()
})

test('what changed: the last twelve months by network and organisation, linking to the map as of a day', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/changes')
  await page.getByTestId('changes-page').waitFor()
  assert.equal(await page.getByRole('link', { name: 'Muutokset' }).getAttribute('aria-current'), 'page')
  const today = new Date().toISOString().slice(0, 10)
  assert.equal(await page.getByTestId('changes-to').inputValue(), today)
  const group = page.getByTestId('changes-network').filter({ hasText: 'Muutostestin verkosto' })
  await group.waitFor()
  assert.match(await group.innerText(), /verkosto lisättiin/)
  // An anonymous reader does not see the pending request.
  assert.doesNotMatch(await page.getByTestId('changes-page').innerText(), /pyysi liittyä/)
  assert.match(await page.getByTestId('changes-organization').filter({ hasText: 'Muutostestin yhdistys' }).innerText(), /organisaatio lisättiin/)
  assert.deepEqual(await seriousViolations(page), [])
  await group.getByRole('link', { name: `Kartta ${today}` }).first().click()
  assert.match(page.url(), new RegExp(`/networks/${net.id}\\?asOf=${today}`))
  assert.deepEqual(errors, [])
})

test('notifications: the coordinator reads the join request and marks it read', async () => {
  const page = await coordinatorPage()
  await page.goto(base + '/inbox')
  const note = page.getByTestId('notification').first()
  await note.waitFor()
  assert.match(await note.innerText(), /Muutostestin yhdistys pyytää liittyä verkostoon Muutostestin verkosto/)
  assert.match(await note.innerText(), /Lukematon/)
  assert.deepEqual(await seriousViolations(page, '[data-testid=notifications]'), [])
  await note.getByRole('button', { name: 'Merkitse luetuksi' }).click()
  await page.waitForFunction(() => !document.querySelector('[data-testid=notification]')?.textContent?.includes('Lukematon'))
})

test('message settings: the coordinator chooses Swedish, a daily digest of join requests, and no monthly digest', async () => {
  const page = await coordinatorPage()
  const context = page.context()
  await page.goto(base + '/inbox')
  const form = page.getByTestId('preferences')
  await form.waitFor()
  assert.equal(await form.getByLabel('Viestien kieli').inputValue(), 'fi')
  await form.getByLabel('Viestien kieli').selectOption('sv')
  await form.getByLabel('kerran päivässä koosteena (klo 7)').check()
  await form.getByLabel('verkostoissani on vahvistamattomia tietoja (kerran kuukaudessa)').uncheck()
  await form.getByTestId('preferences-save').click()
  await page.getByTestId('preferences-status').getByText('Asetukset tallennettu.').waitFor()
  await page.waitForFunction(() => document.getElementById('announcer').textContent === 'Asetukset tallennettu.')
  assert.deepEqual(await seriousViolations(page, '[data-testid=preferences]'), [])
  // Kept: as the API says, and as the form shows after a reload.
  const cookie = (await context.cookies()).find((c) => c.name === 'verkosto_session')
  const me = (await api('{me{language notificationsOff joinRequestDigest}}', {}, `verkosto_session=${cookie.value}`)).data.me
  assert.deepEqual(me, { language: 'sv', notificationsOff: ['STALE_DIGEST'], joinRequestDigest: true })
  await page.reload()
  await page.getByTestId('preferences').waitFor()
  assert.equal(await page.getByTestId('preferences-daily').isChecked(), true)
  assert.equal(await page.getByTestId('preferences-STALE_DIGEST').isChecked(), false)
  await context.close()
})
