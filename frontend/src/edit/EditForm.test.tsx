// @vitest-environment jsdom
// The edit form in a DOM (jsdom, Testing Library): what a save sends for
// each kind of field, finer than a browser test can tell from outside.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Client, CombinedError, Provider } from 'urql'
import EditForm from './EditForm'
import type { FieldSpec, Loaded } from './EditForm'
import { areasValue } from './AreaPicker'

afterEach(cleanup)

// The area pickers query only when something is typed; these tests type
// nothing there, so this client never sends a request.
const client = new Client({ url: 'http://127.0.0.1:9/graphql', exchanges: [] })

const fields: FieldSpec[] = [
  { name: 'nameFi', label: 'Nimi suomeksi', rule: { required: true, max: 300 } },
  { name: 'website', label: 'Verkkosivu', rule: { max: 500, kind: 'url' }, kind: 'url' },
  { name: 'services', label: 'Palvelut', kind: 'choices', options: [{ value: 'SHELTER', label: 'turvakoti' }, { value: 'MEDIATION', label: 'sovittelu' }] },
  { name: 'homeArea', label: 'Kotipaikka', kind: 'area' },
  { name: 'operatingAreas', label: 'Toiminta-alue', kind: 'areas' },
]
const kotka = { id: '11', nameFi: 'Kotka', nameSv: null, nameEn: null }
const hamina = { id: '12', nameFi: 'Hamina', nameSv: 'Fredrikshamn', nameEn: null }
const pyhtaa = { id: '13', nameFi: 'Pyhtää', nameSv: 'Pyttis', nameEn: null }
const loaded = (): Loaded => ({
  version: 3,
  values: { nameFi: 'Yhdistys', website: '', services: 'SHELTER', homeArea: areasValue(kotka), operatingAreas: areasValue([hamina, pyhtaa]) },
})

function form(save: (input: Record<string, unknown>, version: number) => Promise<CombinedError | undefined>, load = async () => loaded()) {
  let done: boolean | null = null
  render(
    <Provider value={client}>
      <EditForm title="Muokkaa" testId="form" lang="fi" fields={fields} load={load} save={save} onDone={(saved) => (done = saved)} />
    </Provider>,
  )
  return { done: () => done }
}

describe('EditForm', () => {
  it('sends only what changed: the new list of services, the areas added and removed', async () => {
    const sent: { input: Record<string, unknown>; version: number }[] = []
    const f = form(async (input, version) => {
      sent.push({ input, version })
      return undefined
    })
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('turvakoti'))
    await user.click(screen.getByLabelText('sovittelu'))
    await user.click(screen.getByRole('button', { name: 'Poista: Hamina' }))
    await user.click(screen.getByRole('button', { name: 'Tallenna' }))
    await waitFor(() => expect(f.done()).toBe(true))
    expect(sent).toEqual([{ version: 3, input: { services: ['MEDIATION'], removeOperatingAreaIDs: ['12'] } }])
  })

  it('clears what was emptied', async () => {
    const sent: Record<string, unknown>[] = []
    form(async (input) => {
      sent.push(input)
      return undefined
    })
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('turvakoti'))
    await user.click(screen.getByRole('button', { name: 'Poista: Kotka' }))
    await user.click(screen.getByRole('button', { name: 'Tallenna' }))
    await waitFor(() => expect(sent).toEqual([{ clearServices: true, clearHomeArea: true }]))
  })

  it('sends nothing while a field is wrong, and says which', async () => {
    let calls = 0
    form(async () => {
      calls++
      return undefined
    })
    const user = userEvent.setup()
    await user.clear(await screen.findByLabelText(/Nimi suomeksi/))
    await user.type(screen.getByLabelText('Verkkosivu'), 'ei osoite')
    await user.click(screen.getByRole('button', { name: 'Tallenna' }))
    expect(await screen.findByText('Anna osoite muodossa https://esimerkki.fi.')).toBeTruthy()
    expect(screen.getByTestId('form-problem').textContent).toMatch(/Korjaa/)
    expect(calls).toBe(0)
  })

  it('on a conflict shows the current values and keeps what the user changed', async () => {
    let loads = 0
    const sent: { input: Record<string, unknown>; version: number }[] = []
    form(
      async (input, version) => {
        sent.push({ input, version })
        return sent.length === 1 ? new CombinedError({ graphQLErrors: [{ message: 'changed meanwhile', extensions: { code: 'CONFLICT' } }] }) : undefined
      },
      async () => {
        loads++
        // Someone else added an operating area meanwhile.
        const l = loaded()
        return loads === 1 ? l : { version: 4, values: { ...l.values, operatingAreas: areasValue([hamina, pyhtaa, kotka]) } }
      },
    )
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('sovittelu'))
    await user.click(screen.getByRole('button', { name: 'Tallenna' }))
    const conflict = await screen.findByTestId('conflict')
    expect(conflict.textContent).toMatch(/Toiminta-alue/)
    expect(conflict.textContent).toMatch(/Kotka, Hamina, Pyhtää/)
    await user.click(screen.getByRole('button', { name: 'Tallenna' }))
    await waitFor(() => expect(sent).toHaveLength(2))
    expect(sent[1]).toEqual({ version: 4, input: { services: ['SHELTER', 'MEDIATION'] } })
  })
})
