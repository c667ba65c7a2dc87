import { useClient, useMutation } from 'urql'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { ORG_FOR_EDIT, UPDATE_ORGANIZATION } from './operations'
import { useSession } from './session'
import EditForm from './EditForm'
import type { FieldSpec, Values } from './EditForm'
import { areasValue } from './AreaPicker'
import { messages } from '../i18n/messages'
import type { Named } from '../i18n/names'
import { serviceName, SERVICES } from '../i18n/vocab'

// EditOrganization is "edit my organisation". Editors change their own
// organisation; the business ID is for administrators (the server refuses
// it, and sector and parent, from editors anyway).
export default function EditOrganization({ id, lang, onDone }: { id: string; lang: Lang; onDone: (saved: boolean) => void }) {
  const t = editMessages[lang]
  const m = messages[lang]
  // The form reads the entry when it opens and again on a conflict (an
  // imperative read, through the Provider's client); it saves through a hook.
  const client = useClient()
  const [, update] = useMutation(UPDATE_ORGANIZATION)
  const { me } = useSession()
  const fields: FieldSpec[] = [
    { name: 'nameFi', label: t.nameFi, rule: { required: true, max: 300 } },
    { name: 'nameSv', label: t.nameSv, rule: { max: 300 } },
    { name: 'nameEn', label: t.nameEn, rule: { max: 300 } },
    { name: 'shortName', label: t.shortName, rule: { max: 60 } },
    { name: 'email', label: t.email, rule: { max: 254, kind: 'email' }, kind: 'email' },
    { name: 'phone', label: t.phone, rule: { max: 40 }, kind: 'tel' },
    { name: 'website', label: t.website, rule: { max: 500, kind: 'url' }, kind: 'url' },
    { name: 'address', label: t.address, rule: { max: 300 } },
    { name: 'addressConfidential', label: t.addressConfidential, kind: 'checkbox' },
    { name: 'description', label: t.description, rule: { max: 5000 }, kind: 'textarea' },
    { name: 'services', label: m.services, kind: 'choices', options: SERVICES.map((s) => ({ value: s, label: serviceName(lang, s) })) },
    { name: 'homeArea', label: m.homeArea, kind: 'area' },
    { name: 'operatingAreas', label: m.operatingAreas, kind: 'areas' },
    ...(me?.role === 'ADMIN' ? [{ name: 'businessID', label: t.businessID, rule: { kind: 'businessID' as const } }] : []),
  ]
  return (
    <EditForm
      title={t.editOrganization}
      testId="edit-organization"
      lang={lang}
      fields={fields}
      load={async () => {
        const res = await client.query(ORG_FOR_EDIT, { id }, { requestPolicy: 'network-only' }).toPromise()
        const node = res.data?.node
        if (!node || !('version' in node)) return null
        return { version: node.version, values: valuesOf(node as Record<string, unknown>, fields) }
      }}
      save={async (input, version) => (await update({ id, version, input })).error}
      onDone={onDone}
    />
  )
}

// valuesOf reads the form's values from an entry: strings as text (null as
// empty), booleans as they are, numbers as text.
export function valuesOf(o: Record<string, unknown>, fields: FieldSpec[]): Values {
  const out: Values = {}
  for (const f of fields) {
    const v = o[f.name]
    out[f.name] =
      f.kind === 'checkbox'
        ? v === true
        : f.kind === 'area' || f.kind === 'areas'
          ? areasValue(v as Named[] | Named | null)
          : f.kind === 'choices'
            ? (f.options ?? []).map((o) => o.value).filter((x) => Array.isArray(v) && v.includes(x)).join(',')
            : v === null || v === undefined ? '' : String(v)
  }
  return out
}
