import { useEffect, useRef, useState } from 'react'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { importMessages, reasonMessages } from '../i18n/importMessages'
import type { ImportKey } from '../i18n/importMessages'
import { useSession } from '../edit/session'

// The preview as /import/preview and /import/apply answer it (internal/importer.Preview).
// A reason (internal/importer/reason.go): said in the page's language by
// its code, the server's English message being the fallback.
interface Reason { code: string; params?: Record<string, string>; message: string }
interface Column { sheet?: string; index: number; cell: string; header: string; field?: string; person: boolean; mapped: boolean; note?: Reason }
interface Candidate { id: number; name: string; businessId?: string; area?: string; why: Reason }
interface Row {
  sheet?: string
  row: number
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'CHOICE' | 'ERROR' | 'SKIP'
  organization: string
  newOrganization: boolean
  network: string
  changes: { entity: string; field: string; before: string; after: string }[]
  candidates: Candidate[]
  errors: ({ cell: string; column: string } & Reason)[]
  notes: Reason[]
  invitation: boolean
  choice?: string
}
interface Preview {
  file: string
  format: string
  sheet: string
  sheets: string[]
  columns: Column[]
  fields: string[]
  totals: { rows: number; create: number; update: number; unchanged: number; choice: number; error: number; skip: number }
  rows: Row[]
  ready: boolean
  applied: boolean
}
interface Answer { preview?: Preview; errors?: { message: string }[] }

const fieldLabels: Record<Lang, Record<string, string>> = {
  fi: {
    organization: 'Organisaatio', businessId: 'Y-tunnus', sector: 'Sektori', network: 'Verkosto', role: 'Rooli', representative: 'Edustajan nimike', startDate: 'Alkaen', endDate: 'Päättyen', municipality: 'Kunta', status: 'Tila', source: 'Lähde', ignore: 'Ei tuoda',
    id: 'ID', organizationId: 'Organisaation ID', networkId: 'Verkoston ID', nameFi: 'Nimi', nameSv: 'Nimi ruotsiksi', nameEn: 'Nimi englanniksi', shortName: 'Lyhenne', services: 'Palvelut', homeArea: 'Kotialue', operatingAreas: 'Toiminta-alueet', email: 'Organisaation sähköposti', phone: 'Vaihde', website: 'Verkkosivu', address: 'Osoite', addressConfidential: 'Osoite salainen', description: 'Kuvaus', parentId: 'Emo', parent: 'Emo', kind: 'Verkoston tyyppi', level: 'Taso', networkStatus: 'Verkoston tila', themes: 'Teemat', areas: 'Alueet', coordinator: 'Koordinoiva organisaatio', coordinatorId: 'Koordinoivan organisaation ID', startedOn: 'Alkaen', endedOn: 'Päättyen', meetingsPerYear: 'Kokouksia vuodessa',
  },
  sv: {
    organization: 'Organisation', businessId: 'FO-nummer', sector: 'Sektor', network: 'Nätverk', role: 'Roll', representative: 'Representantens titel', startDate: 'Från', endDate: 'Till', municipality: 'Kommun', status: 'Status', source: 'Källa', ignore: 'Importeras inte',
    id: 'ID', organizationId: 'Organisationens ID', networkId: 'Nätverkets ID', nameFi: 'Namn', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska', shortName: 'Förkortning', services: 'Tjänster', homeArea: 'Hemområde', operatingAreas: 'Verksamhetsområden', email: 'Organisationens e-post', phone: 'Växel', website: 'Webbplats', address: 'Adress', addressConfidential: 'Hemlig adress', description: 'Beskrivning', parentId: 'Moder', parent: 'Moder', kind: 'Nätverkstyp', level: 'Nivå', networkStatus: 'Nätverkets status', themes: 'Teman', areas: 'Områden', coordinator: 'Samordnande organisation', coordinatorId: 'Samordnande organisationens ID', startedOn: 'Från', endedOn: 'Till', meetingsPerYear: 'Möten per år',
  },
  en: {
    organization: 'Organisation', businessId: 'Business ID', sector: 'Sector', network: 'Network', role: 'Role', representative: "Representative's title", startDate: 'Start', endDate: 'End', municipality: 'Municipality', status: 'Status', source: 'Source', ignore: 'Not imported',
    id: 'ID', organizationId: "Organisation's ID", networkId: "Network's ID", nameFi: 'Name', nameSv: 'Name in Swedish', nameEn: 'Name in English', shortName: 'Short name', services: 'Services', homeArea: 'Home area', operatingAreas: 'Operating areas', email: "Organisation's e-mail", phone: 'Switchboard', website: 'Website', address: 'Address', addressConfidential: 'Confidential address', description: 'Description', parentId: 'Parent', parent: 'Parent', kind: 'Network kind', level: 'Level', networkStatus: 'Network status', themes: 'Themes', areas: 'Areas', coordinator: 'Coordinating organisation', coordinatorId: "Coordinating organisation's ID", startedOn: 'Start', endedOn: 'End', meetingsPerYear: 'Meetings a year',
  },
}

// ImportPage brings a roster in: choose the file and the network, read the
// preview (totals, every row's action, errors by cell), map columns and
// answer the rows that need a choice, then apply. The file goes to the
// import endpoints as a form, never into a GraphQL request.
export default function ImportPage({ lang }: { lang: Lang }) {
  const t = (k: ImportKey, vars: Record<string, string | number> = {}) =>
    importMessages[lang][k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''))
  const { me } = useSession()
  const [file, setFile] = useState<File | null>(null)
  const [network, setNetwork] = useState('')
  const [sheet, setSheet] = useState('')
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Preview | null>(null)
  const result = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if ((done || error) && result.current) result.current.focus()
  }, [done, error])

  if (!me || (me.role !== 'COORDINATOR' && me.role !== 'ADMIN'))
    return (
      <main id="main" tabIndex={-1} className="page narrow" data-testid="import">
        <Heading variant="h2">{t('import')}</Heading>
        <p>{t('signInFirst')}</p>
      </main>
    )

  const send = async (path: 'preview' | 'apply', over: { sheet?: string; mapping?: Record<string, string>; choices?: Record<string, string> } = {}) => {
    if (!file) return
    const form = new FormData()
    form.append('file', file, file.name)
    if (network) form.append('network', network)
    const s = over.sheet ?? sheet
    if (s) form.append('sheet', s)
    form.append('mapping', JSON.stringify(over.mapping ?? mapping))
    form.append('choices', JSON.stringify(over.choices ?? choices))
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const res = await fetch(`/import/${path}`, { method: 'POST', body: form, credentials: 'same-origin' })
      const body = (await res.json()) as Answer
      if (body.preview) setPreview(body.preview)
      if (body.errors?.length) {
        setError(body.errors[0].message)
        if (path === 'preview' && !body.preview) setPreview(null)
      } else if (path === 'apply' && body.preview) {
        setDone(body.preview)
      }
    } catch {
      setError(t('failed'))
    } finally {
      setBusy(false)
    }
  }

  const networks = me.role === 'COORDINATOR' ? (me.networks ?? []) : []
  const name = (n: { nameFi: string; nameSv?: string | null; nameEn?: string | null }) =>
    (lang === 'sv' ? n.nameSv : lang === 'en' ? n.nameEn : null) || n.nameFi
  const fieldName = (f: string) => fieldLabels[lang][f] ?? f
  const say = (r: Reason) => {
    const text = reasonMessages[lang][r.code]
    if (!text) return r.message
    return text.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = r.params?.[k]
      if (v === undefined) return m
      return k === 'field' ? fieldName(v) : v
    })
  }
  const tot = preview?.totals

  return (
    <main id="main" tabIndex={-1} className="page import-page" data-testid="import">
      <Heading variant="h2">{t('import')}</Heading>
      <p>{t('intro')}</p>
      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault()
          setMapping({})
          setChoices({})
          setSheet('')
          send('preview', { sheet: '', mapping: {}, choices: {} })
        }}
      >
        <label>
          {t('file')}
          <input
            type="file"
            accept=".xlsx,.csv,.zip,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t('network')}
          <select value={network} onChange={(e) => setNetwork(e.target.value)} data-testid="import-network">
            <option value="">{t('fromFile')}</option>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {name(n)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={!file || busy} data-testid="import-preview">
          {t('preview')}
        </Button>
      </form>

      <div ref={result} tabIndex={-1} role="status" aria-live="polite" className="import-result" data-testid="import-result">
        {error && (
          <InlineAlert status="error" labelText={t('failed')}>
            {error} {preview && !preview.applied ? t('nothingWritten') : ''}
          </InlineAlert>
        )}
        {done && <InlineAlert status="neutral">{t('applied', { create: done.totals.create, update: done.totals.update, unchanged: done.totals.unchanged })}</InlineAlert>}
      </div>

      {preview && tot && (
        <section aria-labelledby="import-preview-heading" data-testid="import-preview-table">
          <Heading variant="h3" id="import-preview-heading">
            {preview.file}
          </Heading>
          <p data-testid="import-totals">
            {t('totals')}: {tot.rows} {t('rows')} · {t('CREATE')} {tot.create} · {t('UPDATE')} {tot.update} · {t('UNCHANGED')} {tot.unchanged} ·{' '}
            {t('CHOICE')} {tot.choice} · {t('ERROR')} {tot.error} · {t('SKIP')} {tot.skip}
          </p>
          {preview.sheets.length > 1 && (
            <label>
              {t('sheet')}
              <select
                value={preview.sheet}
                onChange={(e) => {
                  setSheet(e.target.value)
                  setMapping({})
                  send('preview', { sheet: e.target.value, mapping: {} })
                }}
              >
                {preview.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <fieldset className="import-columns">
            <legend>{t('columns')}</legend>
            {preview.columns.map((c) => (
              <label key={`${c.sheet ?? ''}-${c.index}`}>
                {c.sheet ? `${c.sheet}: ` : ''}
                {c.header || c.cell}
                {c.person ? (
                  <span className="note"> — {t('personColumn')}</span>
                ) : c.sheet ? (
                  // A whole roster's columns are the export's own: read as they are.
                  <span className="note"> — {c.field ? fieldName(c.field) : c.note ? say(c.note) : ''}</span>
                ) : (
                  <select
                    value={mapping[c.header] ?? c.field ?? 'ignore'}
                    onChange={(e) => {
                      const next = { ...mapping, [c.header]: e.target.value }
                      setMapping(next)
                      send('preview', { mapping: next })
                    }}
                  >
                    {preview.fields.map((f) => (
                      <option key={f} value={f}>
                        {fieldName(f)}
                      </option>
                    ))}
                  </select>
                )}
              </label>
            ))}
          </fieldset>
          <table className="import-rows">
            <thead>
              <tr>
                <th scope="col">{t('row')}</th>
                <th scope="col">{t('action')}</th>
                <th scope="col">{t('organization')}</th>
                <th scope="col">{t('network')}</th>
                <th scope="col">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr
                  key={`${r.sheet ?? ''}-${r.row}`}
                  className={`action-${r.action.toLowerCase()}`}
                  data-testid={r.sheet ? `import-row-${r.sheet}-${r.row}` : `import-row-${r.row}`}
                >
                  <th scope="row">
                    {r.sheet ? `${r.sheet} ` : ''}
                    {r.row}
                  </th>
                  <td>{t(r.action)}</td>
                  <td>
                    {r.organization}
                    {r.newOrganization ? ` (${t('newOrganization')})` : ''}
                  </td>
                  <td>{r.network}</td>
                  <td>
                    <ul>
                      {r.changes.map((c, i) => (
                        <li key={`c${i}`}>
                          {fieldName(c.field)}: {c.before ? `${c.before} → ${c.after}` : c.after}
                        </li>
                      ))}
                      {r.errors.map((e, i) => (
                        <li key={`e${i}`} className="error">
                          {e.cell} ({e.column}): {say(e)}
                        </li>
                      ))}
                      {r.invitation && <li>{t('invitation')}</li>}
                      {r.notes.map((n, i) => (
                        <li key={`n${i}`}>{say(n)}</li>
                      ))}
                    </ul>
                    {(r.action === 'CHOICE' || (r.choice && r.action !== 'ERROR')) && (
                      <label>
                        {t('chooseFor', { row: r.row })}
                        <select
                          data-testid={`import-choice-${r.row}`}
                          value={choices[String(r.row)] ?? ''}
                          onChange={(e) => {
                            const next = { ...choices, [String(r.row)]: e.target.value }
                            if (!e.target.value) delete next[String(r.row)]
                            setChoices(next)
                            send('preview', { choices: next })
                          }}
                        >
                          <option value="">{t('chooseHint')}</option>
                          {r.candidates.map((c) => (
                            <option key={c.id} value={String(c.id)}>
                              {[c.name, c.businessId, c.area, say(c.why)].filter(Boolean).join(' · ')}
                            </option>
                          ))}
                          <option value="new">{t('createNew')}</option>
                          <option value="skip">{t('skip')}</option>
                        </select>
                      </label>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!preview.ready && <p>{t('notReady')}</p>}
          <Button disabled={!preview.ready || busy || preview.applied} onClick={() => send('apply')} data-testid="import-apply">
            {t('apply')}
          </Button>
        </section>
      )}
    </main>
  )
}
