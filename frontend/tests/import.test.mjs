// Browser test of the Import page: a coordinator previews a small CSV (as
// Finnish Excel saves it), answers a choice, imports it, and the members
// are on the network's profile. The real binary with demo data.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { graphql, seriousViolations, start, stop } from './support.mjs'

const password = 'browser test password'
let server, browser, base, net

const api = (query, variables, cookie) => graphql(base, query, variables, cookie)

before(async () => {
  ({ server, base, browser } = await start({ env: { VERKOSTO_ADMIN_EMAIL: 'admin@example.fi', VERKOSTO_ADMIN_PASSWORD: password } }))
  const { cookie } = await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })
  net = (await api(`mutation{createNetwork(input:{nameFi:"Tuontitestin työryhmä",kind:WORKING_GROUP,level:MUNICIPAL}){id nameFi}}`, {}, cookie)).data.createNetwork
  await api(`mutation($o:String!,$s:Sector!){createOrganization(input:{nameFi:$o,sector:$s}){id}}`, { o: 'Tuontitestin yhdistys', s: 'NGO' }, cookie)
  await api(`mutation($n:ID!,$p:String!){createAccount(input:{email:"coordinator@example.fi",password:$p,role:COORDINATOR,networkIDs:[$n]}){id}}`, { n: net.id, p: password }, cookie)
})

after(() => stop({ server, browser }))

const csv =
  '\uFEFFOrganisaatio;Sektori;Rooli;Edustajan nimike;Yhteyshenkilö\r\n' +
  'Tuontitestin yhdistys;Järjestö;Sihteeri;"toiminnanjohtaja";Matti Meikäläinen\r\n' +
  'Nuorisoseura Tuulispää;Järjestö;Jäsen;nuorisotyön ohjaaja;\r\n' +
  'Tuontitestin yhdistyss;Järjestö;Jäsen;;\r\n'

test('a coordinator imports a small CSV through the Import page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/login')
  await page.getByLabel('Sähköposti').fill('coordinator@example.fi')
  await page.getByLabel('Salasana').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  await page.getByTestId('import-link').click()
  await page.getByTestId('import').waitFor()

  await page.getByLabel('Tiedosto (.xlsx, .csv tai csv.zip, enintään 5 Mt)').setInputFiles({ name: 'jasenet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByTestId('import-network').selectOption(net.id)
  await page.getByTestId('import-preview').click()
  await page.getByTestId('import-totals').waitFor()
  const totals = await page.getByTestId('import-totals').innerText()
  assert.match(totals, /3 riviä/)
  assert.match(totals, /Lisätään 2/)
  assert.match(totals, /Valitse 1/)
  // The person column is shown as not imported.
  assert.match(await page.getByTestId('import-preview-table').innerText(), /Yhteyshenkilö\s*— henkilötieto: ei tuoda/)
  assert.equal(await page.getByTestId('import-apply').isDisabled(), true)
  assert.deepEqual(await seriousViolations(page, '[data-testid=import]'), [])

  // Row 4 is a near match of an existing name: skip it.
  await page.getByTestId('import-choice-4').selectOption('skip')
  await page.getByTestId('import-totals').getByText('Ohitetaan 1').waitFor()
  await page.getByTestId('import-apply').click()
  await page.getByText('Tuonti valmis: 2 lisätty, 0 päivitetty, 0 ennallaan.').waitFor()
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'import-result')

  await page.goto(`${base}/networks/${net.id}`)
  const members = await page.getByTestId('details').innerText()
  assert.match(members, /Tuontitestin yhdistys/)
  assert.match(members, /Nuorisoseura Tuulispää/)
  assert.doesNotMatch(members, /Meikäläinen/)
  assert.deepEqual(errors, [])
  await context.close()
})

// The preview's reasons come from the server as codes with parameters and
// are said in the page's language.
test('the reasons of a preview are in the page\'s language', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/login')
  await page.getByLabel('Sähköposti').fill('coordinator@example.fi')
  await page.getByLabel('Salasana').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  const bad = '\uFEFFOrganisaatio;Sektori;Rooli;Edustajan nimike\r\nAvaruusyhdistys;Avaruus;Jäsen;\r\nTuontitestin yhdistys;Järjestö;Jäsen;Pekka Korhonen\r\n'
  const cases = [
    { lang: 'fi', sector: 'Tuntematon sektori "Avaruus"', name: 'Näyttää henkilön nimeltä' },
    { lang: 'sv', sector: 'Okänd sektor "Avaruus"', name: 'Ser ut som en persons namn' },
    { lang: 'en', sector: 'Unknown sector "Avaruus"', name: "Looks like a person's name" },
  ]
  for (const c of cases) {
    await page.goto(`${base}/import?lang=${c.lang}`)
    await page.getByTestId('import').waitFor()
    await page.getByTestId('import-file').setInputFiles({ name: 'virheet.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await page.getByTestId('import-network').selectOption(net.id)
    await page.getByTestId('import-preview').click()
    await page.getByTestId('import-row-2').waitFor()
    const row2 = await page.getByTestId('import-row-2').innerText()
    const row3 = await page.getByTestId('import-row-3').innerText()
    assert.ok(row2.includes(c.sector), `${c.lang}: ${row2}`)
    assert.ok(row3.includes(c.name), `${c.lang}: ${row3}`)
    if (c.lang !== 'en') {
      assert.doesNotMatch(row2 + row3, /unknown sector|person's name/i)
    }
  }
  assert.deepEqual(errors, [])
  await context.close()
})
