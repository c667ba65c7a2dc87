import { useEffect, useState } from 'react'
import { Button, Heading, InlineAlert, TextInput, Textarea } from 'suomifi-ui-components'
import { client } from '../api'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import type { EditKey } from '../i18n/editMessages'
import { ORG_FOR_EDIT, UPDATE_ORGANIZATION } from './operations'
import { problemOf } from './errors'
import { check, serverFieldMessage } from './validate'
import type { FieldRule } from './validate'
import { useSession } from './session'

type Values = Record<Field, string> & { addressConfidential: boolean }
type Field = 'nameFi' | 'nameSv' | 'nameEn' | 'shortName' | 'email' | 'phone' | 'website' | 'address' | 'description' | 'businessID'

const rules: Record<Field, FieldRule> = {
  nameFi: { required: true, max: 300 },
  nameSv: { max: 300 },
  nameEn: { max: 300 },
  shortName: { max: 60 },
  email: { max: 254, kind: 'email' },
  phone: { max: 40 },
  website: { max: 500, kind: 'url' },
  address: { max: 300 },
  description: { max: 5000 },
  businessID: { kind: 'businessID' },
}

// Editors change their own organisation; sector, business ID and parent
// are for administrators (the server refuses them from editors anyway).
const editorFields: Field[] = ['nameFi', 'nameSv', 'nameEn', 'shortName', 'email', 'phone', 'website', 'address', 'description']

interface Loaded {
  version: number
  values: Values
}

function valuesOf(o: Record<string, unknown>): Values {
  const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '')
  return {
    nameFi: s('nameFi'), nameSv: s('nameSv'), nameEn: s('nameEn'), shortName: s('shortName'), email: s('email'), phone: s('phone'),
    website: s('website'), address: s('address'), description: s('description'), businessID: s('businessID'),
    addressConfidential: o.addressConfidential === true,
  }
}

// EditOrganization is the "edit my organisation" form: inline validation in
// the user's language, and on a conflict (someone saved in between) the
// current values next to the user's own, so nothing typed is lost.
export default function EditOrganization({ id, lang, onDone }: { id: string; lang: Lang; onDone: (saved: boolean) => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const { me } = useSession()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [values, setValues] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  // On a conflict: what others changed since the form was opened, with its value now.
  const [conflict, setConflict] = useState<{ field: Field; now: string }[] | null>(null)
  const [busy, setBusy] = useState(false)
  const fields: Field[] = me?.role === 'ADMIN' ? [...editorFields, 'businessID'] : editorFields

  const load = async (): Promise<Loaded | null> => {
    const res = await client.query(ORG_FOR_EDIT, { id }, { requestPolicy: 'network-only' }).toPromise()
    const node = res.data?.node
    if (!node || !('version' in node)) return null
    return { version: node.version, values: valuesOf(node as Record<string, unknown>) }
  }
  useEffect(() => {
    load().then((l) => {
      setLoaded(l)
      if (l) setValues(l.values)
    })
  }, [id])

  if (!loaded || !values) return <p>…</p>

  const save = async () => {
    const found: Partial<Record<Field, string>> = {}
    for (const f of fields) {
      const msg = check(lang, values[f], rules[f])
      if (msg) found[f] = msg
    }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setProblem(t('fixErrors'))
      return
    }
    // Only what changed is sent: an empty optional field is cleared.
    const input: Record<string, unknown> = {}
    for (const f of fields) {
      if (values[f] === loaded.values[f]) continue
      const v = values[f].trim()
      if (v === '' && f !== 'nameFi') input[`clear${f[0].toUpperCase()}${f.slice(1)}`] = true
      else input[f] = v
    }
    if (values.addressConfidential !== loaded.values.addressConfidential) input.addressConfidential = values.addressConfidential
    setBusy(true)
    const res = await client.mutation(UPDATE_ORGANIZATION, { id, version: loaded.version, input }).toPromise()
    setBusy(false)
    const p = problemOf(res.error)
    if (!p) {
      onDone(true)
      return
    }
    if (p.code === 'CONFLICT') {
      const current = await load()
      if (current) {
        // Keep what the user changed; take everyone else's changes for the rest.
        const merged = { ...current.values }
        for (const f of fields) if (values[f] !== loaded.values[f]) merged[f] = values[f]
        if (values.addressConfidential !== loaded.values.addressConfidential) merged.addressConfidential = values.addressConfidential
        setConflict(fields.filter((f) => current.values[f] !== loaded.values[f]).map((f) => ({ field: f, now: current.values[f] })))
        setValues(merged)
        setLoaded(current) // saving again applies the user's changes over the current version
      }
      setProblem(null)
      return
    }
    if (Object.keys(p.fields).length > 0) {
      setErrors(Object.fromEntries(Object.entries(p.fields).map(([f, m]) => [f, serverFieldMessage(lang, m)])))
      setProblem(t('fixErrors'))
      return
    }
    setProblem(p.code === 'FORBIDDEN' || p.code === 'UNAUTHENTICATED' ? t('forbidden') : t('genericError'))
  }

  const set = (f: Field) => (v: string | number | undefined) => setValues({ ...values, [f]: String(v ?? '') })
  return (
    <form
      className="edit-form"
      data-testid="edit-organization"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <Heading variant="h3">{t('editOrganization')}</Heading>
      {conflict && (
        <InlineAlert status="warning" labelText={t('conflictTitle')} data-testid="conflict">
          <p>{t('conflictText')}</p>
          {conflict.length > 0 && <p>{t('currentValues')}:</p>}
          <dl className="facts">
            {conflict.map(({ field, now }) => (
              <div key={field}>
                <dt>{t(field)}</dt>
                <dd>{now || '–'}</dd>
              </div>
            ))}
          </dl>
        </InlineAlert>
      )}
      {problem && (
        <InlineAlert status="error" role="alert">
          {problem}
        </InlineAlert>
      )}
      {fields.map((f) =>
        f === 'description' ? (
          <Textarea
            key={f}
            labelText={t(f)}
            value={values[f]}
            onChange={(e) => set(f)(e.target.value)}
            status={errors[f] ? 'error' : 'default'}
            statusText={errors[f]}
            fullWidth
          />
        ) : (
          <TextInput
            key={f}
            labelText={t(f)}
            value={values[f]}
            onChange={set(f)}
            status={errors[f] ? 'error' : 'default'}
            statusText={errors[f]}
            type={f === 'email' ? 'email' : f === 'website' ? 'url' : f === 'phone' ? 'tel' : 'text'}
            optionalText={rules[f].required ? undefined : ''}
            data-testid={`field-${f}`}
            fullWidth
          />
        ),
      )}
      <label className="checkbox">
        <input type="checkbox" checked={values.addressConfidential} onChange={(e) => setValues({ ...values, addressConfidential: e.target.checked })} />{' '}
        {t('addressConfidential')}
      </label>
      <div className="actions">
        <Button type="submit" disabled={busy} data-testid="save">
          {t('save')}
        </Button>
        <Button variant="secondary" type="button" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  )
}
