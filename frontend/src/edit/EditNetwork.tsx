import { useClient, useMutation } from 'urql'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { messages } from '../i18n/messages'
import { statusName } from '../i18n/vocab'
import { NETWORK_FOR_EDIT, UPDATE_NETWORK } from './operations'
import EditForm from './EditForm'
import type { FieldSpec } from './EditForm'
import { valuesOf } from './EditOrganization'

// EditNetwork lets a network's coordinators (and administrators) keep its
// entry current: names, description, website, meetings, dates and status.
export default function EditNetwork({ id, lang, onDone }: { id: string; lang: Lang; onDone: (saved: boolean) => void }) {
  const t = editMessages[lang]
  // The form reads the entry when it opens and again on a conflict (an
  // imperative read, through the Provider's client); it saves through a hook.
  const client = useClient()
  const [, update] = useMutation(UPDATE_NETWORK)
  const fields: FieldSpec[] = [
    { name: 'nameFi', label: t.nameFi, rule: { required: true, max: 300 } },
    { name: 'nameSv', label: t.nameSv, rule: { max: 300 } },
    { name: 'nameEn', label: t.nameEn, rule: { max: 300 } },
    { name: 'shortName', label: t.shortName, rule: { max: 60 } },
    { name: 'website', label: t.website, rule: { max: 500, kind: 'url' }, kind: 'url' },
    { name: 'meetingsPerYear', label: t.meetingsPerYear, kind: 'number' },
    { name: 'startedOn', label: t.startedOn, kind: 'date' },
    { name: 'endedOn', label: t.endedOn, kind: 'date' },
    { name: 'status', label: t.networkStatus, kind: 'select', options: ['ACTIVE', 'DORMANT', 'ENDED'].map((s) => ({ value: s, label: statusName(lang, s) })) },
    { name: 'description', label: t.description, rule: { max: 5000 }, kind: 'textarea' },
    { name: 'areas', label: messages[lang].areas, kind: 'areas' },
  ]
  return (
    <EditForm
      title={t.editNetwork}
      testId="edit-network"
      lang={lang}
      fields={fields}
      load={async () => {
        const res = await client.query(NETWORK_FOR_EDIT, { id }, { requestPolicy: 'network-only' }).toPromise()
        const node = res.data?.node
        if (!node || !('version' in node)) return null
        const values = valuesOf(node as Record<string, unknown>, fields)
        // Dates arrive as YYYY-MM-DD; the date inputs want exactly that.
        return { version: node.version, values }
      }}
      save={async (input, version) => (await update({ id, version, input })).error}
      onDone={onDone}
    />
  )
}
