// Browser tests of signing in and editing: the real binary with demo data,
// accounts made through the API, driven through Debian's Chromium.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { graphql, seriousViolations, start, stop } from './support.mjs'

const password = 'browser test password'
let server, browser, base
let org, net

// api runs a GraphQL request as the account whose cookie is given.
const api = (query, variables, cookie) => graphql(base, query, variables, cookie)

before(async () => {
  ({ server, base, browser } = await start({ env: { VERKOSTO_ADMIN_EMAIL: 'admin@example.fi', VERKOSTO_ADMIN_PASSWORD: password } }))
  const { cookie } = await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })
  const orgs = await api(`{organizations(first:1, where:{sector:NGO, hasMembershipsWith:[{status:ACTIVE}]}, orderBy:[{field:NAME_FI}]){edges{node{id nameFi}}}}`, {}, cookie)
  org = orgs.data.organizations.edges[0].node
  const created = await api(`mutation{createNetwork(input:{nameFi:"Selaintestin työryhmä",kind:WORKING_GROUP,level:MUNICIPAL}){id nameFi}}`, {}, cookie)
  net = created.data.createNetwork
  await api(`mutation($o:ID!,$p:String!){createAccount(input:{email:"editor@example.fi",password:$p,role:EDITOR,organizationID:$o}){id}}`, { o: org.id, p: password }, cookie)
  await api(`mutation($n:ID!,$p:String!){createAccount(input:{email:"coordinator@example.fi",password:$p,role:COORDINATOR,networkIDs:[$n]}){id}}`, { n: net.id, p: password }, cookie)
})

after(() => stop({ server, browser }))

// signedIn opens a fresh browser context (its own cookies) signed in as email.
async function signedIn(email) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(base + '/')
  await page.getByTestId('sign-in').click()
  await page.getByLabel('Sähköposti').fill(email)
  await page.getByLabel('Salasana').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  return { page, errors }
}

test('signing in and out; a wrong password is refused', async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(base + '/login')
  await page.getByLabel('Sähköposti').fill('editor@example.fi')
  await page.getByLabel('Salasana').fill('wrong password')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('login-error').waitFor()
  assert.match(await page.getByTestId('login-error').innerText(), /Väärä sähköpostiosoite tai salasana/)
  // Accounts exist here: no word of making the first administrator.
  assert.equal(await page.getByTestId('first-admin').count(), 0)
  assert.deepEqual(await seriousViolations(page), [])
  // The session cookie is HttpOnly: scripts cannot read it.
  await page.getByLabel('Salasana').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('account').waitFor()
  assert.match(await page.getByTestId('account').innerText(), /editor@example\.fi/)
  assert.equal(await page.evaluate(() => document.cookie.includes('verkosto_session')), false)
  await page.getByTestId('sign-out').click()
  await page.getByTestId('sign-in').waitFor()
  await context.close()
})

test('an editor edits its organisation: inline validation, then saved', async () => {
  const { page, errors } = await signedIn('editor@example.fi')
  await page.goto(`${base}/organizations/${org.id}`)
  await page.getByTestId('edit').click()
  await page.getByTestId('edit-organization').waitFor()
  await page.getByLabel('Verkkosivu').fill('ei osoite')
  await page.getByTestId('save').click()
  await page.getByText('Anna osoite muodossa https://esimerkki.fi.').waitFor()
  assert.deepEqual(await seriousViolations(page, '[data-testid=edit-organization]'), [])
  await page.getByLabel('Verkkosivu').fill('https://example.fi/yhdistys')
  await page.getByLabel('Kuvaus').fill('Päivitetty selaintestissä.')
  await page.getByTestId('save').click()
  await page.getByTestId('notice').waitFor()
  assert.match(await page.getByTestId('details').innerText(), /Päivitetty selaintestissä/)
  // The change is in the entry's history.
  await page.getByTestId('history').getByText('website').waitFor()
  // …and the entry can be confirmed as still accurate.
  await page.getByTestId('confirm').click()
  await page.getByTestId('notice').getByText('Vahvistettu ajantasaiseksi.').waitFor()
  assert.deepEqual(errors, [])
})

// Every field an editor may change is in the form: services as checkboxes,
// the home area and the operating areas picked by name (a combobox: type,
// arrow down, Enter), an area removed with its own button.
test('an editor sets services, home area and operating areas with pickers', async () => {
  const { page, errors } = await signedIn('editor@example.fi')
  await page.goto(`${base}/organizations/${org.id}`)
  await page.getByTestId('edit').click()
  const form = page.getByTestId('edit-organization')
  await form.waitFor()
  await form.getByTestId('field-services').getByLabel('turvakoti', { exact: true }).check()
  await form.getByTestId('field-services').getByLabel('sovittelu', { exact: true }).check()
  const home = form.getByTestId('field-homeArea-search')
  await home.fill('Kotka')
  await form.getByTestId('field-homeArea').getByRole('option', { name: 'Kotka', exact: true }).waitFor()
  await home.press('ArrowDown')
  await home.press('Enter')
  const operating = form.getByTestId('field-operatingAreas-search')
  for (const name of ['Hamina', 'Pyhtää', 'Kouvola']) {
    await operating.fill(name)
    await form.getByTestId('field-operatingAreas').getByRole('option', { name, exact: true }).click()
  }
  await form.getByRole('button', { name: 'Poista: Kouvola' }).click()
  assert.deepEqual(await seriousViolations(page, '[data-testid=edit-organization]'), [])
  await page.getByTestId('save').click()
  await page.getByTestId('notice').waitFor()
  // The profile's facts: what follows each term.
  const fact = (term) => page.getByTestId('details').locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText()
  assert.match(await fact('Palvelut'), /turvakoti/)
  assert.match(await fact('Palvelut'), /sovittelu/)
  assert.equal(await fact('Kotipaikka'), 'Kotka')
  assert.match(await fact('Toiminta-alue'), /Hamina/)
  assert.match(await fact('Toiminta-alue'), /Pyhtää/)
  assert.doesNotMatch(await fact('Toiminta-alue'), /Kouvola/)
  // Opened again, the form shows what was saved; unchecking takes services away.
  await page.getByTestId('edit').click()
  await form.waitFor()
  assert.ok(await form.getByTestId('field-services').getByLabel('turvakoti', { exact: true }).isChecked())
  await form.getByTestId('field-services').getByLabel('turvakoti', { exact: true }).uncheck()
  await form.getByTestId('field-services').getByLabel('sovittelu', { exact: true }).uncheck()
  await form.getByRole('button', { name: 'Poista: Hamina' }).click()
  await page.getByTestId('save').click()
  await page.getByTestId('notice').waitFor()
  assert.doesNotMatch(await fact('Palvelut'), /turvakoti|sovittelu/)
  assert.doesNotMatch(await fact('Toiminta-alue'), /Hamina/)
  assert.match(await fact('Toiminta-alue'), /Pyhtää/)
  assert.deepEqual(errors, [])
})

test('an editor asks to join a network and its coordinator approves', async () => {
  const editor = await signedIn('editor@example.fi')
  await editor.page.goto(`${base}/organizations/${org.id}`)
  await editor.page.getByTestId('ask-to-join').click()
  // The network picker is a combobox (WAI-ARIA): typed, arrowed and
  // chosen with Enter, no mouse.
  const picker = editor.page.getByRole('combobox', { name: 'Verkosto (hae nimellä)' })
  await picker.fill(net.nameFi)
  await editor.page.getByRole('option', { name: net.nameFi }).waitFor()
  await picker.press('ArrowDown')
  const active = await picker.getAttribute('aria-activedescendant')
  assert.equal(await editor.page.locator(`[id="${active}"]`).innerText(), net.nameFi)
  assert.equal(await editor.page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true')
  await picker.press('Enter')
  assert.equal(await picker.inputValue(), net.nameFi)
  assert.equal(await picker.getAttribute('aria-expanded'), 'false')
  await editor.page.getByLabel('Edustajan tehtävänimike').fill('toiminnanjohtaja')
  await editor.page.getByTestId('send-request').click()
  await editor.page.getByText('Pyyntö lähetetty verkoston koordinaattorille.').waitFor()

  const coord = await signedIn('coordinator@example.fi')
  await coord.page.getByRole('link', { name: 'Liittymispyynnöt' }).click()
  // The request is listed (its notification names the organisation too).
  await coord.page.getByTestId('inbox').getByRole('button', { name: org.nameFi, exact: true }).waitFor()
  await coord.page.getByTestId('approve').click()
  await coord.page.getByText('Ei käsittelemättömiä liittymispyyntöjä.').waitFor()
  await coord.page.goto(`${base}/networks/${net.id}`)
  const members = await coord.page.getByTestId('details').innerText()
  assert.match(members, new RegExp(org.nameFi))
  assert.doesNotMatch(members, /Odottaa|Väntar|Pending/)
  assert.deepEqual([...editor.errors, ...coord.errors], [])
})

test('a coordinator invites an organisation and its editor accepts', async () => {
  const { cookie } = await api(`mutation($p:String!){login(email:"coordinator@example.fi",password:$p){id}}`, { p: password })
  const made = await api(`mutation{createNetwork(input:{nameFi:"Kutsuva selaintestiryhmä",kind:WORKING_GROUP,level:MUNICIPAL}){id nameFi}}`, {}, cookie)
  const inviting = made.data.createNetwork
  await api(`mutation($o:ID!,$n:ID!){requestMembership(input:{organizationID:$o,networkID:$n}){id}}`, { o: org.id, n: inviting.id }, cookie)

  // The coordinator cannot approve her own invitation: it waits for the organisation.
  const coord = await signedIn('coordinator@example.fi')
  await coord.page.goto(`${base}/networks/${inviting.id}`)
  await coord.page.getByTestId('awaiting').getByText('Odottaa organisaation vastausta').waitFor()
  assert.equal(await coord.page.getByTestId('approve').count(), 0)

  const editor = await signedIn('editor@example.fi')
  await editor.page.getByRole('link', { name: 'Liittymispyynnöt' }).click()
  await editor.page.getByTestId('inbox').getByRole('button', { name: inviting.nameFi, exact: true }).waitFor()
  await editor.page.getByTestId('approve').click()
  await editor.page.getByText('Ei käsittelemättömiä liittymispyyntöjä.').waitFor()
  await editor.page.goto(`${base}/organizations/${org.id}`)
  const memberships = await editor.page.getByTestId('details').innerText()
  assert.match(memberships, new RegExp(inviting.nameFi))
  assert.doesNotMatch(memberships, /Odottaa organisaation|· kutsu/)
  assert.deepEqual([...editor.errors, ...coord.errors], [])
})

test('two editors at once: the second sees a conflict with the current values', async () => {
  const a = await signedIn('admin@example.fi')
  const b = await signedIn('admin@example.fi')
  for (const { page } of [a, b]) {
    await page.goto(`${base}/organizations/${org.id}`)
    await page.getByTestId('edit').click()
    await page.getByTestId('edit-organization').waitFor()
  }
  await a.page.getByLabel('Kuvaus').fill('Ensimmäisen muokkaajan kuvaus.')
  await a.page.getByTestId('save').click()
  await a.page.getByTestId('notice').waitFor()

  await b.page.getByLabel('Puhelin (yleinen numero)').fill('+358 9 123 4567')
  await b.page.getByTestId('save').click()
  await b.page.getByTestId('conflict').waitFor()
  assert.match(await b.page.getByTestId('conflict').innerText(), /Ensimmäisen muokkaajan kuvaus/)
  // WCAG 4.1.3 and 2.4.3: the conflict is an alert (a live region) and takes focus.
  await b.page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert' && !!document.activeElement.querySelector('[data-testid=conflict]'))
  // Saving again keeps both: the first editor's description and this phone number.
  await b.page.getByTestId('save').click()
  await b.page.getByTestId('notice').waitFor()
  const text = await b.page.getByTestId('details').innerText()
  assert.match(text, /Ensimmäisen muokkaajan kuvaus/)
  assert.match(text, /\+358 9 123 4567/)
})

test('a coordinator edits its network; a date error from the server shows at the field', async () => {
  const { page, errors } = await signedIn('coordinator@example.fi')
  await page.goto(`${base}/networks/${net.id}`)
  await page.getByTestId('edit').click()
  await page.getByTestId('edit-network').waitFor()
  await page.getByLabel('Kokouksia vuodessa').fill('6')
  await page.getByLabel('Aloitettu').fill('2024-03-01')
  await page.getByLabel('Päättynyt').fill('2023-12-31')
  await page.getByTestId('save').click()
  await page.locator('.field-error').waitFor()
  assert.match(await page.locator('.field-error').innerText(), /Virheellinen arvo/) // the server's English detail is not shown on a Finnish page
  await page.getByLabel('Päättynyt').fill('')
  await page.getByTestId('save').click()
  await page.getByTestId('notice').waitFor()
  assert.match(await page.getByTestId('details').innerText(), /6/)
  assert.deepEqual(errors, [])
})

test('after sign-in an editor lands on her organisation and a coordinator on her network; the header has them', async () => {
  const editor = await signedIn('editor@example.fi')
  await editor.page.waitForURL(new RegExp(`/organizations/${org.id}$`))
  await editor.page.waitForFunction((name) => document.activeElement?.tagName === 'H2' && document.activeElement.textContent.startsWith(name), org.nameFi)
  assert.match(await editor.page.getByTestId('account').innerText(), /\(muokkaaja\)/)
  // From elsewhere, "Oma organisaatio" opens it again.
  await editor.page.getByRole('link', { name: 'Verkostokartta' }).click()
  await editor.page.getByTestId('my-organization').click()
  await editor.page.waitForURL(new RegExp(`/organizations/${org.id}$`))
  assert.deepEqual(await seriousViolations(editor.page), [])
  assert.deepEqual(editor.errors, [])

  // A coordinator of one network lands on it; of several, on the map.
  const cookie = (await api(`mutation($p:String!){login(email:"coordinator@example.fi",password:$p){id}}`, { p: password })).cookie
  const networks = (await api('{me{networks{id}}}', {}, cookie)).data.me.networks
  const coord = await signedIn('coordinator@example.fi')
  if (networks.length === 1) await coord.page.waitForURL(new RegExp(`/networks/${net.id}$`))
  else await coord.page.waitForURL((u) => u.pathname === '/')
  assert.match(await coord.page.getByTestId('account').innerText(), /\(koordinaattori\)/)
  await coord.page.getByTestId('my-networks').locator('summary').click()
  await coord.page.getByTestId('my-networks').getByRole('link', { name: net.nameFi }).waitFor()
  assert.deepEqual(coord.errors, [])
})

// The administrators' accounts page: create a coordinator of a network,
// make it an editor (the organisation is asked for), disable it; the
// disabled account cannot sign in. Others are told the page is not theirs.
test('an administrator creates, changes and disables an account on the accounts page', async () => {
  const { page, errors } = await signedIn('admin@example.fi')
  await page.getByTestId('accounts-link').click()
  await page.getByTestId('accounts').waitFor()
  assert.equal(await page.title(), 'Käyttäjätilit – Verkosto')
  await page.getByTestId('create-account').click()
  const create = page.getByTestId('create-account-form')
  await create.getByLabel('Sähköposti').fill('uusi.koordinaattori@example.fi')
  await create.getByLabel(/Salasana/).fill(password)
  await create.getByLabel('Rooli').selectOption({ label: 'koordinaattori' })
  const nets = create.getByTestId('account-networks-search')
  await nets.fill(net.nameFi.slice(0, 12))
  await create.getByTestId('account-networks').getByRole('option', { name: net.nameFi }).click()
  await create.getByTestId('create-account-save').click()
  const row = page.getByTestId('account-row').filter({ hasText: 'uusi.koordinaattori@example.fi' })
  await row.waitFor()
  assert.match(await row.innerText(), /koordinaattori/)
  assert.match(await row.innerText(), new RegExp(net.nameFi))
  assert.deepEqual(await seriousViolations(page, '[data-testid=accounts]'), [])

  // An editor needs an organisation: the server says so, in Finnish.
  await row.getByRole('button', { name: 'Muokkaa: uusi.koordinaattori@example.fi' }).click()
  const form = page.getByTestId('edit-account')
  await form.getByLabel('Rooli').selectOption({ label: 'muokkaaja' })
  await form.getByTestId('account-save').click()
  await form.getByRole('alert').getByText('Valitse organisaatio, jota muokkaaja muokkaa.').waitFor()
  await form.getByTestId('account-organization-search').fill(org.nameFi.slice(0, 10))
  await form.getByTestId('account-organization').getByRole('option', { name: org.nameFi }).click()
  await form.getByTestId('account-disabled').check()
  await form.getByTestId('account-save').click()
  await row.getByText('poistettu käytöstä').waitFor()
  assert.match(await row.innerText(), /muokkaaja/)
  assert.match(await row.innerText(), new RegExp(org.nameFi))
  assert.deepEqual(errors, [])

  // The disabled account cannot sign in.
  await assert.rejects(api(`mutation($p:String!){login(email:"uusi.koordinaattori@example.fi",password:$p){id}}`, { p: password }), /UNAUTHENTICATED/)

  // An editor is told the page is for administrators.
  const editor = await signedIn('editor@example.fi')
  await editor.page.goto(base + '/accounts')
  await editor.page.getByText('Tilejä hallitsevat ylläpitäjät.').waitFor()
  assert.equal(await editor.page.getByTestId('accounts').count(), 0)
})

// A forgotten password: the administrator makes a one-time link on the
// accounts page, its owner opens it, sets a new password and signs in; the
// link does not work a second time.
test('a password reset link sets a new password once', async () => {
  const { cookie } = await api(`mutation($p:String!){login(email:"admin@example.fi",password:$p){id}}`, { p: password })
  await api(`mutation($p:String!){createAccount(input:{email:"unohtui@example.fi",password:$p,role:VIEWER}){id}}`, { p: password }, cookie)
  const { page } = await signedIn('admin@example.fi')
  await page.goto(base + '/accounts')
  const row = page.getByTestId('account-row').filter({ hasText: 'unohtui@example.fi' })
  await row.getByRole('button', { name: 'Salasanan vaihtolinkki: unohtui@example.fi' }).click()
  const link = await row.getByTestId('reset-link').getByRole('textbox').inputValue()
  assert.match(link, /\/reset-password#token=[\w-]{40,}$/)

  const context = await browser.newContext()
  const owner = await context.newPage()
  await owner.goto(link)
  await owner.getByTestId('reset-password').waitFor()
  assert.deepEqual(await seriousViolations(owner), [])
  await owner.getByLabel('Uusi salasana (vähintään 12 merkkiä)').fill('uusi pitkä salasana')
  await owner.getByLabel('Uusi salasana uudelleen').fill('uusi pitkä salasana')
  await owner.getByTestId('reset-submit').click()
  await owner.getByTestId('reset-done').waitFor()
  await owner.getByTestId('reset-done').getByRole('button', { name: 'Kirjaudu sisään' }).click()
  await owner.getByLabel('Sähköposti').fill('unohtui@example.fi')
  await owner.getByLabel('Salasana').fill('uusi pitkä salasana')
  await owner.getByTestId('login-submit').click()
  await owner.getByTestId('account').waitFor()

  // Used once: opened again, it says so.
  const again = await context.newPage()
  await again.goto(link)
  await again.getByLabel('Uusi salasana (vähintään 12 merkkiä)').fill('kolmas pitkä salasana')
  await again.getByLabel('Uusi salasana uudelleen').fill('kolmas pitkä salasana')
  await again.getByTestId('reset-submit').click()
  await again.getByText('Linkki on vanhentunut tai jo käytetty. Pyydä ylläpitäjältä uusi.').waitFor()
  await context.close()
})
