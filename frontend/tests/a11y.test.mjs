// WCAG 2.1 AA, criterion by criterion, on the real binary with demo data in
// Debian's Chromium (issue 18). axe runs on every page in all three languages
// and must find nothing at all, of any impact.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import AxeBuilder from '@axe-core/playwright'
import { graphql, launchBrowser, startServer } from './support.mjs'

const password = 'browser test password'
let server, browser, base, org

const api = (query, variables, cookie) => graphql(base, query, variables, cookie)

before(async () => {
  server = await startServer({ env: { VERKOSTO_ADMIN_EMAIL: 'admin@example.fi', VERKOSTO_ADMIN_PASSWORD: password }, args: ['--session-idle', '5m20s', '--accessibility-contact', 'saavutettavuus@verkosto.example'] })
  base = server.base
  const { cookie } = await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })
  const orgs = await api(`{organizations(first:1, where:{sector:NGO, hasMembershipsWith:[{status:ACTIVE}]}, orderBy:[{field:NAME_FI}]){edges{node{id nameFi}}}}`, {}, cookie)
  org = orgs.data.organizations.edges[0].node
  await api(`mutation($o:ID!,$p:String!){createAccount(input:{email:"editor@example.fi",password:$p,role:EDITOR,organizationID:$o}){id}}`, { o: org.id, p: password }, cookie)
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  server?.stop()
})

async function open(path, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'fi-FI' })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + path)
  return { page, context, errors }
}

async function signIn(page, email = 'editor@example.fi') {
  await page.getByTestId('sign-in').click()
  await page.getByTestId('login-email').fill(email)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
}

const allViolations = async (page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target).join(' ')}`)

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement
  return el ? `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 80)}` : ''
})

const announced = (page) => page.getByTestId('announcer').textContent()

// axe, any impact, every page, fi/sv/en.
const pages = [
  ['map', '/', 'counts'],
  ['organisations', '/organizations', 'table'],
  ['networks', '/networks', 'table'],
  ['memberships', '/memberships', 'table'],
  ['profile', '/networks/8589934593', 'details'],
  ['coverage', '/coverage', 'tiles'],
  ['sign-in', '/login', 'login-form'],
  ['statement', '/accessibility', 'statement'],
]
for (const lang of ['fi', 'sv', 'en'])
  for (const [name, path, ready] of pages)
    test(`axe: no violations on the ${name} page in ${lang}`, async () => {
      const { page, context } = await open(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`)
      await page.getByTestId(ready).first().waitFor()
      assert.deepEqual(await allViolations(page), [])
      await context.close()
    })

test('2.4.1 skip link, footer link to the accessibility statement, title per view', async () => {
  const { page, context } = await open('/')
  await page.getByTestId('counts').waitFor()
  await page.keyboard.press('Tab')
  assert.match(await focused(page), /Siirry sisältöön/)
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN')
  assert.match(await page.title(), /Verkostokartta – Verkosto/)
  await page.getByTestId('statement-link').click()
  await page.getByTestId('statement').waitFor()
  assert.match(await page.title(), /Saavutettavuusseloste/)
  // The operator's feedback contact (serve --accessibility-contact), the
  // criteria one by one, and the supervisory authority.
  assert.equal(await page.getByTestId('feedback').getByRole('link').getAttribute('href'), 'mailto:saavutettavuus@verkosto.example')
  assert.match(await page.getByTestId('criteria').innerText(), /2\.2\.1 Säädettävä ajoitus/)
  assert.ok((await page.getByTestId('criteria').locator('dt').count()) >= 14)
  assert.equal(await page.getByRole('link', { name: 'saavutettavuusvaatimukset.fi' }).getAttribute('href'), 'https://www.saavutettavuusvaatimukset.fi/')
  await page.goto(base + '/networks/8589934593')
  await page.getByTestId('details').waitFor()
  const name = (await page.getByTestId('details').locator('h2').innerText()).replace(/ \(.*\)$/, '')
  await page.waitForFunction((n) => document.title.startsWith(n), name)
  await context.close()
})

test('2.4.3 and 4.1.3: the search combobox opens a result with focus on its heading', async () => {
  const { page, context } = await open('/')
  await page.getByTestId('counts').waitFor()
  const search = page.getByTestId('search')
  await search.fill('marak')
  await page.getByTestId('suggestions').getByRole('option').first().waitFor()
  assert.match(await page.getByTestId('search-count').textContent(), /hakutulos/)
  assert.equal(await search.getAttribute('aria-expanded'), 'true')
  await search.press('ArrowDown')
  await search.press('ArrowDown')
  const active = await search.getAttribute('aria-activedescendant')
  const second = await page.evaluate((id) => document.getElementById(id).innerText, active)
  await search.press('Escape')
  assert.equal(await search.getAttribute('aria-expanded'), 'false')
  await search.press('ArrowDown')
  await search.press('ArrowDown')
  await search.press('Enter')
  await page.getByTestId('details').waitFor()
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2')
  assert.ok(second.startsWith(await page.evaluate(() => document.activeElement.textContent.replace(/ \(.*\)$/, '').trim())), 'focus on the opened entry')
  await context.close()
})

test('search labels a municipality as a municipality', async () => {
  const { page, context } = await open('/')
  await page.getByTestId('search').fill('Kotka')
  const option = page.getByTestId('suggestions').getByRole('option', { name: /^Kotka / })
  await option.first().waitFor()
  assert.match(await option.first().innerText(), /Kunta/)
  await context.close()
})

test('2.4.3 and 4.1.3: sorting keeps focus and is announced; paging moves focus and is announced', async () => {
  const { page, context } = await open('/organizations')
  await page.getByTestId('table').waitFor()
  const sortName = page.getByRole('button', { name: /Nimi/ })
  await sortName.click()
  assert.match(await focused(page), /Nimi/)
  await page.waitForFunction(() => /Järjestetty: Nimi, laskeva/.test(document.getElementById('announcer').textContent))
  await page.getByTestId('next').click()
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'table-total')
  await page.waitForFunction(() => /rivit 26–50/.test(document.getElementById('announcer').textContent))
  await context.close()
})

test('coverage tiles take focus north to south', async () => {
  const { page, context } = await open('/coverage')
  await page.getByTestId('tiles').waitFor()
  const order = await page.getByTestId('tiles').getByRole('link').allInnerTexts()
  assert.match(order[0], /Lappi/)
  assert.match(order[order.length - 1], /Helsinki/)
  await page.getByTestId('tiles').getByRole('link').first().click()
  await page.getByTestId('coverage-area').waitFor()
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2')
  assert.match(await page.title(), /Lapin hyvinvointialue/)
  await context.close()
})

test('1.1.1: the tables honour the map filters, and a memberships table exists', async () => {
  const { page, context } = await open('/?asOf=2018-06-01')
  await page.getByTestId('counts').waitFor()
  const mapCounts = await page.getByTestId('counts').innerText()
  const edges = Number(mapCounts.match(/(\d+) jäsenyy/)[1])
  await page.goto(base + '/memberships?asOf=2018-06-01')
  await page.getByTestId('table').waitFor()
  assert.equal(Number((await page.getByTestId('table-total').innerText()).match(/\d+/)[0]), edges)
  await page.goto(base + '/memberships')
  await page.getByTestId('table').waitFor()
  const now = Number((await page.getByTestId('table-total').innerText()).match(/\d+/)[0])
  assert.notEqual(now, edges, 'asOf changes the table')
  await page.goto(base + '/networks?kind=MARAK')
  await page.getByTestId('table').waitFor()
  const kinds = await page.getByTestId('table').locator('tbody td:nth-child(2)').allInnerTexts()
  assert.ok(kinds.length > 0 && kinds.every((k) => k === 'MARAK'), kinds.join())
  await context.close()
})

for (const [w, h, label] of [
  [320, 640, '320 CSS px'],
  [640, 400, '200 % zoom of 1280×800'],
])
  test(`1.4.10 reflow at ${label}: no page scrolls sideways; sign-in and language reachable; filters in a drawer`, async () => {
    const { page, context } = await open('/', { width: w, height: h })
    for (const [, path, ready] of pages) {
      for (const lang of ['fi', 'sv', 'en']) {
        await page.goto(`${base}${path}?lang=${lang}`)
        await page.getByTestId(ready).first().waitFor({ state: 'attached' })
        await page.waitForTimeout(100)
        const wide = await page.evaluate(() => document.documentElement.scrollWidth)
        assert.ok(wide <= w, `${path} ${lang} is ${wide} px wide at ${w}`)
      }
    }
    await page.goto(base + '/')
    await page.getByTestId('counts').waitFor({ state: 'attached' })
    for (const id of ['sign-in', 'lang']) {
      const box = await page.getByTestId(id).boundingBox()
      assert.ok(box && box.x >= 0 && box.x + box.width <= w, `${id} on screen: ${JSON.stringify(box)}`)
    }
    assert.equal(await page.getByTestId('search').isVisible(), false, 'filters folded')
    await page.getByTestId('filters-toggle').click()
    await page.getByTestId('search').fill('marak')
    await page.getByTestId('suggestions').getByRole('option').first().click()
    await page.getByTestId('details').waitFor()
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid=details] h2').getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    await context.close()
  })

test('1.4.1 and 1.4.11: the legend shows each sector with its own pattern; the map help is visible', async () => {
  const { page, context } = await open('/')
  await page.getByTestId('counts').waitFor()
  assert.ok(await page.getByTestId('map-help').isVisible())
  assert.match(await page.getByTestId('map-help').innerText(), /Enter/)
  await page.locator('.legend summary').click()
  const patterns = await page.locator('.legend li svg').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('circle').length + ':' + [...s.querySelectorAll('circle')].map((c) => c.getAttribute('r')).join(',')))
  assert.ok(new Set(patterns.slice(1, 11)).size >= 8, `sector swatches differ in shape, not only colour: ${patterns}`)
  await page.reload()
  await page.getByTestId('counts').waitFor()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor)
  assert.equal(outline, 'rgb(26, 26, 26)')
  await context.close()
})

test('3.1.1 and 3.1.2: <html lang> from the server; other-language content marked', async () => {
  const html = await (await fetch(`${base}/?lang=sv`)).text()
  assert.match(html, /<html lang="sv">/)
  const en = await (await fetch(`${base}/`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).text()
  assert.match(en, /<html lang="en">/)
  const { page, context } = await open('/?lang=sv')
  await page.getByTestId('counts').waitFor()
  assert.equal(await page.getByTestId('lang').getByRole('link', { name: 'Suomi' }).getAttribute('lang'), 'fi')
  assert.equal(await page.getByTestId('lang').getByRole('link', { name: 'English' }).getAttribute('lang'), 'en')
  await page.goto(base + '/networks/8589934593?lang=en')
  await page.getByTestId('details').waitFor()
  const finnishOnly = await page.getByTestId('details').locator('[lang=fi]').count()
  assert.ok(finnishOnly > 0, 'Finnish-only names and descriptions carry lang="fi"')
  // Choosing a language is remembered for the next page the server sends.
  await page.getByTestId('lang').getByRole('link', { name: 'Svenska' }).click()
  const cookies = await context.cookies()
  assert.ok(cookies.some((c) => c.name === 'verkosto_lang' && c.value === 'sv'))
  await context.close()
})

test('language quality: partitive counts, words for roles and history, messages in the page language', async () => {
  const { page, context } = await open('/organizations')
  await page.getByTestId('table').waitFor()
  assert.match(await page.getByTestId('table-total').innerText(), /^\d+ organisaatiota$/)
  await page.goto(base + '/login?lang=sv')
  await page.getByTestId('login-email').fill('editor@example.fi')
  await page.getByTestId('login-password').fill('wrong password')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('login-error').waitFor()
  assert.match(await page.getByTestId('login-error').innerText(), /Fel e-postadress eller lösenord/)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  assert.match(await page.getByTestId('account').innerText(), /redaktör/)
  await page.goto(`${base}/organizations/${org.id}?lang=fi`)
  await page.getByTestId('details').waitFor()
  assert.doesNotMatch(await page.getByTestId('details').innerText(), /\b(UPDATE|CREATE|EDITOR|ADMIN|COORDINATOR)\b/)
  const leave = page.getByRole('button', { name: /^Eroa verkostosta: / })
  assert.ok((await leave.count()) > 0, 'leave buttons name their network')
  const labels = await leave.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')))
  assert.equal(new Set(labels).size, labels.length, `each names its own network: ${labels}`)
  await context.close()
})

test('2.4.3, 3.3.2 and 2.2.1: editing moves focus, marks required fields; an ended session keeps the form', async () => {
  const { page, context, errors } = await open('/')
  await signIn(page)
  assert.match(await announced(page), /kirjautunut sisään/)
  await page.goto(`${base}/organizations/${org.id}`)
  await page.getByTestId('edit').click()
  await page.waitForFunction(() => document.activeElement?.tagName === 'H3')
  assert.match(await page.getByTestId('edit-organization').innerText(), /Nimi suomeksi \(pakollinen\)/)
  await page.getByLabel(/Lyhenne/).fill('KEEP')
  // The session ends under the user (here: signed out from elsewhere with the same cookie).
  const cookie = (await context.cookies()).find((c) => c.name === 'verkosto_session')
  await api('mutation{logout}', {}, `verkosto_session=${cookie.value}`)
  await page.getByTestId('save').click()
  await page.getByTestId('session-expired').waitFor()
  assert.match(await page.getByTestId('form-problem').innerText(), /Istuntosi on päättynyt/)
  await page.getByTestId('session-expired').getByTestId('login-email').fill('editor@example.fi')
  await page.getByTestId('session-expired').getByTestId('login-password').fill(password)
  await page.getByTestId('session-expired').getByTestId('login-submit').click()
  await page.getByTestId('session-expired').waitFor({ state: 'detached' })
  assert.equal(await page.getByLabel(/Lyhenne/).inputValue(), 'KEEP', 'the unsaved input is kept')
  await page.getByTestId('save').click()
  await page.getByTestId('notice').waitFor()
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2')
  assert.match(await announced(page), /Tallennettu/)
  assert.deepEqual(errors, [])
  await context.close()
})

test('2.2.1: a warning before the session ends, and it can be extended; axe finds nothing on it in fi, sv and en', async () => {
  // The server's idle time is 5 min 20 s: the warning (5 min before) comes
  // after about 20 s, in each language at once.
  const said = { fi: [/Istuntosi päättyy/, /Istuntoa jatkettu/], sv: [/Din session/, /förläng/i], en: [/Your session/, /extended/i] }
  await Promise.all(
    Object.entries(said).map(async ([lang, [warns, extended]]) => {
      const { page, context } = await open(`/?lang=${lang}`)
      await signIn(page)
      const warning = page.getByTestId('session-warning')
      await warning.waitFor({ timeout: 40000 })
      assert.match(await warning.innerText(), warns, lang)
      assert.deepEqual(await allViolations(page), [], lang)
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'extend-session')
      await page.keyboard.press('Enter')
      await warning.waitFor({ state: 'detached' })
      await page.waitForFunction((re) => new RegExp(re, 'i').test(document.getElementById('announcer').textContent), extended.source)
      await context.close()
    }),
  )
})

test('2.4.6: approve and decline say which request they answer; the import page has a title in the page language', async () => {
  const admin = (await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })).cookie
  const editor = (await api(`mutation($p:String!){login(email:"editor@example.fi",password:$p){id}}`, { p: password })).cookie
  const names = ['Ensimmäinen pyyntöryhmä', 'Toinen pyyntöryhmä']
  for (const nameFi of names) {
    const n = (await api(`mutation($n:String!){createNetwork(input:{nameFi:$n,kind:WORKING_GROUP,level:MUNICIPAL}){id}}`, { n: nameFi }, admin)).data.createNetwork
    await api(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`, { o: org.id, n: n.id }, editor)
  }
  const { page, context } = await open('/')
  await signIn(page, 'admin@example.fi')
  await page.goto(base + '/inbox')
  await page.getByTestId('inbox').waitFor()
  // The requests load after the page: wait for the last one made.
  await page.getByRole('button', { name: `Hyväksy: ${org.nameFi} → ${names[1]}`, exact: true }).waitFor()
  for (const n of names) {
    for (const verb of ['Hyväksy', 'Hylkää']) {
      // The accessible name starts with the visible label (2.5.3) and names the request.
      assert.equal(await page.getByRole('button', { name: `${verb}: ${org.nameFi} → ${n}`, exact: true }).count(), 1, `${verb} ${n}`)
    }
  }
  await page.goto(base + '/import?lang=sv')
  await page.getByTestId('import').waitFor()
  assert.match(await page.title(), /^Importera/)
  await context.close()
})

test('language quality: the demo source line is in the page language and says it once', async () => {
  const d = await api(`{networks(first:1,where:{nameFi:"Kotkan monialainen ehkäisevän päihdetyön työryhmä"}){edges{node{id}}}}`)
  const id = d.data.networks.edges[0].node.id
  const want = {
    fi: ['Lähde: havainnollistava esimerkki, ei lähdeasiakirjasta', 'Lähde: Kotkan kaupunki: Ehkäisevä väkivalta- ja kriminaalityö'],
    sv: ['Källa: illustrativt exempel, inte ur ett källdokument', 'Källa: Kotkan kaupunki: Ehkäisevä väkivalta- ja kriminaalityö'],
    en: ['Source: an illustrative example, not from a source document', 'Source: Kotkan kaupunki: Ehkäisevä väkivalta- ja kriminaalityö'],
  }
  for (const [lang, [illustrative, cited]] of Object.entries(want)) {
    const { page, context } = await open(`/networks/${id}?lang=${lang}`)
    await page.getByTestId('details').waitFor()
    const lines = await page.getByTestId('source').allInnerTexts()
    assert.ok(lines.includes(illustrative), `${lang}: ${JSON.stringify(lines)}`)
    assert.ok(lines.includes(cited), `${lang}: ${JSON.stringify(lines)}`)
    assert.ok(lines.every((l) => !/demo data|\(.*esimerk|\(illustr/i.test(l)), `${lang}: ${JSON.stringify(lines)}`)
    // The cited document's title is Finnish, and marked so on other pages.
    if (lang !== 'fi') assert.equal(await page.getByTestId('source').filter({ hasText: 'Kotkan kaupunki' }).first().locator('[lang=fi]').count(), 1)
    await context.close()
  }
})

// axe, any impact, in fi/sv/en, on the states a signed-in user reaches:
// forms with an error and with a conflict, an ended session, the inbox and
// its notifications, a county's coverage, insight, what changed, and an
// import previewed.
test('axe: no violations on the signed-in page states in fi, sv and en', async () => {
  const admin = (await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })).cookie
  const county = (await api(`{areas(where:{kind:WELLBEING_COUNTY,nameFi:"Kymenlaakson hyvinvointialue"}){edges{node{id}}}}`)).data.areas.edges[0].node.id
  const net = (await api(`mutation{createNetwork(input:{nameFi:"Saavutettavuustestin ryhmä",kind:WORKING_GROUP,level:MUNICIPAL}){id}}`, {}, admin)).data.createNetwork
  const editor = (await api(`mutation($p:String!){login(email:"editor@example.fi",password:$p){id}}`, { p: password })).cookie
  await api(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`, { o: org.id, n: net.id }, editor)
  const csv = '\uFEFFOrganisaatio;Sektori;Verkosto;Rooli\r\nSaavutettavuustestin yhdistys;Järjestö;Saavutettavuustestin ryhmä;Jäsen\r\n'
  for (const lang of ['fi', 'sv', 'en']) {
    const { page, context, errors } = await open(`/login?lang=${lang}`)
    const found = []
    const check = async (state) => {
      for (const v of await allViolations(page)) found.push(`${state}: ${v}`)
    }
    await page.getByTestId('login-email').fill('admin@example.fi')
    await page.getByTestId('login-password').fill(password)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('account').waitFor()

    // The organisation's form, then with an error at a field.
    await page.goto(`${base}/organizations/${org.id}?lang=${lang}`)
    await page.getByTestId('edit').click()
    await page.getByTestId('edit-organization').waitFor()
    await check('organisation form')
    await page.getByTestId('field-email').fill('ei osoite')
    await page.getByTestId('save').click()
    await page.getByTestId('edit-organization').locator('[aria-invalid=true]').first().waitFor()
    await check('organisation form with an error')
    // Someone else saves first: the conflict panel.
    await page.getByTestId('field-email').fill('')
    const o = (await api(`query($id:ID!){node(id:$id){...on Organization{version}}}`, { id: org.id }, admin)).data.node
    await api(`mutation($id:ID!,$v:Int!,$d:String!){updateOrganization(id:$id,version:$v,input:{description:$d}){id}}`, { id: org.id, v: o.version, d: `Toisen muokkaajan kuvaus ${lang}` }, admin)
    await page.getByTestId('save').click()
    await page.getByTestId('conflict').waitFor()
    await check('organisation form with a conflict')

    // The network's form; the session ends under it.
    await page.goto(`${base}/networks/${net.id}?lang=${lang}`)
    await page.getByTestId('edit').click()
    await page.getByTestId('edit-network').waitFor()
    await check('network form')
    const cookie = (await context.cookies()).find((c) => c.name === 'verkosto_session')
    await api('mutation{logout}', {}, `verkosto_session=${cookie.value}`)
    await page.getByTestId('save').click()
    await page.getByTestId('session-expired').waitFor()
    await check('session expired')
    await page.getByTestId('session-expired').getByTestId('login-email').fill('admin@example.fi')
    await page.getByTestId('session-expired').getByTestId('login-password').fill(password)
    await page.getByTestId('session-expired').getByTestId('login-submit').click()
    await page.getByTestId('session-expired').waitFor({ state: 'detached' })

    // The inbox (the pending request) and the notifications below it.
    await page.goto(`${base}/inbox?lang=${lang}`)
    await page.getByTestId('inbox').getByTestId('approve').first().waitFor()
    await page.waitForFunction(() => !document.querySelector('[data-testid=notifications]')?.textContent?.includes('…'))
    await check('inbox and notifications')

    await page.goto(`${base}/coverage/${county}?lang=${lang}`)
    await page.getByTestId('expectations').waitFor()
    await check('county coverage')

    await page.goto(`${base}/insight/${county}?lang=${lang}`)
    await page.getByTestId('insight-bridges').locator('tbody tr').first().waitFor()
    await check('county insight')

    await page.goto(`${base}/changes?lang=${lang}`)
    await page.getByTestId('change-line').first().waitFor()
    await check('what changed')

    await page.goto(`${base}/import?lang=${lang}`)
    await page.getByTestId('import').locator('input[type=file]').setInputFiles({ name: 'jasenet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    // (An administrator names the network in the file.)
    await page.getByTestId('import-preview').click()
    await page.getByTestId('import-totals').waitFor()
    await check('import preview')

    assert.deepEqual(found, [], lang)
    assert.deepEqual(errors, [], lang)
    await context.close()
  }
})

test('2.4.3 and 4.1.3: approve and decline in the inbox, end in a profile, Close and sign out: focus lands on the new content and the result is said', async () => {
  const admin = (await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })).cookie
  const editor = (await api(`mutation($p:String!){login(email:"editor@example.fi",password:$p){id}}`, { p: password })).cookie
  const nets = []
  for (const nameFi of ['Kohdistustestin ryhmä A', 'Kohdistustestin ryhmä B']) {
    const n = (await api(`mutation($n:String!){createNetwork(input:{nameFi:$n,kind:WORKING_GROUP,level:MUNICIPAL}){id nameFi}}`, { n: nameFi }, admin)).data.createNetwork
    await api(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`, { o: org.id, n: n.id }, editor)
    nets.push(n)
  }
  const { page, context, errors } = await open('/login')
  await page.getByTestId('login-email').fill('admin@example.fi')
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  await page.goto(base + '/inbox')
  const approve = page.getByRole('button', { name: `Hyväksy: ${org.nameFi} → ${nets[0].nameFi}`, exact: true })
  await approve.click()
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=inbox] h2'))
  await page.waitForFunction((t) => document.getElementById('announcer').textContent === t, `Pyyntö hyväksytty: ${org.nameFi} → ${nets[0].nameFi}.`)
  await page.getByRole('button', { name: `Hylkää: ${org.nameFi} → ${nets[1].nameFi}`, exact: true }).click()
  await page.getByTestId('decline-reason').fill('Ei tällä kertaa')
  await page.getByTestId('decline-confirm').click()
  await page.waitForFunction((t) => document.getElementById('announcer').textContent === t, `Pyyntö hylätty: ${org.nameFi} → ${nets[1].nameFi}.`)
  assert.equal(await page.evaluate(() => document.activeElement?.matches('[data-testid=inbox] h2')), true)

  // End the approved membership from the network's profile.
  await page.goto(`${base}/networks/${nets[0].id}`)
  await page.getByTestId('details').waitFor()
  await page.getByRole('button', { name: `Päätä jäsenyys: ${org.nameFi}`, exact: true }).click()
  await page.getByRole('button', { name: `Päätä jäsenyys: ${org.nameFi}`, exact: true }).click()
  await page.waitForFunction((t) => document.getElementById('announcer').textContent === t, `Jäsenyys päätetty: ${org.nameFi}.`)
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=details] h2'))

  // Close the profile: focus on the hint that took its place.
  await page.getByRole('button', { name: /Sulje/ }).first().click()
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'select-hint')

  // Sign out: said, and focus on the page's content.
  await page.getByTestId('sign-out').click()
  await page.getByTestId('sign-in').waitFor()
  await page.waitForFunction(() => /kirjautunut ulos/.test(document.getElementById('announcer').textContent))
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY')
  assert.deepEqual(errors, [])
  await context.close()
})

test('1.4.10 reflow at 320 CSS px, signed in: the edit form, inbox, insight, what changed and import do not scroll sideways', async () => {
  const { page, context } = await open('/login', { width: 320, height: 640 })
  await page.getByTestId('login-email').fill('admin@example.fi')
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor({ state: 'attached' })
  const county = (await api(`{areas(where:{kind:WELLBEING_COUNTY,nameFi:"Kymenlaakson hyvinvointialue"}){edges{node{id}}}}`)).data.areas.edges[0].node.id
  for (const lang of ['fi', 'sv', 'en']) {
    for (const [path, ready] of [['/inbox', 'inbox'], [`/insight/${county}`, 'insight'], ['/changes', 'changes-page'], ['/import', 'import'], [`/coverage/${county}`, 'expectations']]) {
      await page.goto(`${base}${path}?lang=${lang}`)
      await page.getByTestId(ready).first().waitFor({ state: 'attached' })
      await page.waitForTimeout(200)
      const wide = await page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok(wide <= 320, `${path} ${lang} is ${wide} px wide`)
    }
    await page.goto(`${base}/organizations/${org.id}?lang=${lang}`)
    await page.getByTestId('edit').click()
    await page.getByTestId('edit-organization').waitFor()
    const wide = await page.evaluate(() => document.documentElement.scrollWidth)
    assert.ok(wide <= 320, `the edit form in ${lang} is ${wide} px wide`)
  }
  await context.close()
})
