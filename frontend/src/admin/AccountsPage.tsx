import { useState } from 'react'
import { useMutation, useQuery } from 'urql'
import { Button, Heading, InlineAlert } from 'suomifi-ui-components'
import type { AccountsQuery } from '../gql/graphql'
import type { Lang } from '../i18n/messages'
import { adminMessages } from '../i18n/adminMessages'
import type { AdminKey } from '../i18n/adminMessages'
import { fmt, formatDateTime } from '../i18n/format'
import { Name } from '../i18n/names'
import type { Named } from '../i18n/names'
import { accountRoleName } from '../edit/AccountPages'
import AreaPicker from '../edit/AreaPicker'
import { problemOf } from '../edit/errors'
import type { ApiProblem } from '../edit/errors'
import { useSession } from '../edit/session'
import { announce, focusWhenReady } from '../a11y'
import { ACCOUNTS_QUERY, CREATE_ACCOUNT, CREATE_RESET_LINK, UPDATE_ACCOUNT } from './queries'

type Account = NonNullable<NonNullable<NonNullable<AccountsQuery['accounts']['edges']>[number]>['node']>
const ROLES = ['VIEWER', 'EDITOR', 'COORDINATOR', 'ADMIN'] as const
type Role = (typeof ROLES)[number]

// The account's shape in the form: its role and what goes with it.
interface Shape {
  role: Role
  organization: Named[]
  networks: Named[]
}

// problemMessage words the server's refusal in the page's language, by the
// field it names.
function problemMessage(lang: Lang, p: ApiProblem): string {
  const t = adminMessages[lang]
  if (p.fields.organizationID) return t.needsOrganization
  if (p.fields.email) return /exists/.test(p.fields.email) ? t.emailTaken : `${t.email}: ${p.fields.email}`
  if (p.fields.password) return t.weakPassword
  if (p.fields.role) return t.notYourself
  return t.failed
}

// input is the shape as the API takes it: only the role's own parts.
function input(s: Shape) {
  return {
    role: s.role,
    organizationID: s.role === 'EDITOR' ? (s.organization[0]?.id ?? null) : null,
    networkIDs: s.role === 'COORDINATOR' ? s.networks.map((n) => n.id) : [],
  }
}

// ShapeFields is the role with the organisation picker (an editor) or the
// networks picker (a coordinator).
function ShapeFields({ lang, id, shape, onChange }: { lang: Lang; id: string; shape: Shape; onChange: (s: Shape) => void }) {
  const t = adminMessages[lang]
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t.role}</label>
        <select id={`${id}-role`} value={shape.role} onChange={(e) => onChange({ ...shape, role: e.target.value as Role })} data-testid="account-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {accountRoleName(lang, r)}
            </option>
          ))}
        </select>
      </div>
      {shape.role === 'EDITOR' && (
        <AreaPicker id={`${id}-org`} source="organizations" label={t.organization} lang={lang} multiple={false} value={shape.organization}
          onChange={(organization) => onChange({ ...shape, organization })} testId="account-organization" />
      )}
      {shape.role === 'COORDINATOR' && (
        <AreaPicker id={`${id}-nets`} source="networks" label={t.networks} lang={lang} multiple value={shape.networks}
          onChange={(networks) => onChange({ ...shape, networks })} testId="account-networks" />
      )}
    </>
  )
}

// AccountsPage is the administrators' list of accounts: each one's role and
// what it covers, whether it may sign in and when it last did; a form to
// change one (role, organisation or networks, disabled) and one to create
// an account.
export default function AccountsPage({ lang }: { lang: Lang }) {
  const t = (k: AdminKey) => adminMessages[lang][k]
  const { me } = useSession()
  const [after, setAfter] = useState<string[]>([])
  if (me?.role !== 'ADMIN')
    return (
      <main id="main" tabIndex={-1} className="page">
        <Heading variant="h2">{t('accounts')}</Heading>
        <p role="alert">{t('adminsOnly')}</p>
      </main>
    )
  return (
    <main id="main" tabIndex={-1} className="page accounts" data-testid="accounts">
      <Heading variant="h2">{t('accounts')}</Heading>
      <p>{t('accountsHelp')}</p>
      <CreateAccount lang={lang} />
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('scope')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('lastLogin')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('edit')}</span>
            </th>
          </tr>
        </thead>
        {/* One page of fifty per tbody: "show more" adds the next. */}
        {[null, ...after].map((cursor) => (
          <AccountRows key={cursor ?? ''} lang={lang} after={cursor} onMore={(c) => setAfter((a) => (a.includes(c) ? a : [...a, c]))} last={cursor === (after.at(-1) ?? null)} />
        ))}
      </table>
    </main>
  )
}

function AccountRows({ lang, after, last, onMore }: { lang: Lang; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const t = (k: AdminKey) => adminMessages[lang][k]
  const [res] = useQuery({ query: ACCOUNTS_QUERY, variables: { after } })
  const [editing, setEditing] = useState<string | null>(null)
  const page = res.data?.accounts
  if (!page) return null
  const rows = page.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []
  return (
    <tbody>
      {rows.map((a) =>
        editing === a.id ? (
          <tr key={a.id}>
            <td colSpan={6}>
              <EditAccount lang={lang} account={a} onDone={() => setEditing(null)} />
            </td>
          </tr>
        ) : (
          <tr key={a.id} data-testid="account-row">
            <td>{a.email}</td>
            <td>{accountRoleName(lang, a.role)}</td>
            <td>
              {a.organization ? <Name n={a.organization} lang={lang} /> : null}
              {a.networks?.map((n, i) => (
                <span key={n.id}>
                  {i > 0 && ', '}
                  <Name n={n} lang={lang} />
                </span>
              ))}
            </td>
            <td>{a.disabled ? t('disabled') : t('active')}</td>
            <td>{a.lastLoginAt ? formatDateTime(lang, a.lastLoginAt) : t('never')}</td>
            <td>
              <button type="button" className="link" onClick={() => setEditing(a.id)} aria-label={`${t('edit')}: ${a.email}`}>
                {t('edit')}
              </button>{' '}
              <ResetLink lang={lang} account={a} />
            </td>
          </tr>
        ),
      )}
      {last && (
        <tr>
          <td colSpan={6}>
            {fmt(lang, t('shown'), { shown: rows.length, total: page.totalCount })}{' '}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <Button variant="secondary" onClick={() => onMore(page.pageInfo.endCursor!)}>
                {t('showMore')}
              </Button>
            )}
          </td>
        </tr>
      )}
    </tbody>
  )
}

// ResetLink makes a one-time password link for the account and shows it,
// whole and selectable, for the administrator to pass on.
function ResetLink({ lang, account }: { lang: Lang; account: Account }) {
  const t = (k: AdminKey) => adminMessages[lang][k]
  const [link, setLink] = useState<{ url: string; expires: string } | null>(null)
  const [failed, setFailed] = useState(false)
  const [, create] = useMutation(CREATE_RESET_LINK)
  if (link)
    return (
      <div className="reset-link" data-testid="reset-link">
        <label htmlFor={`reset-${account.id}`}>{fmt(lang, t('resetLinkMade'), { expires: link.expires })}</label>
        <input id={`reset-${account.id}`} type="text" readOnly value={link.url} onFocus={(e) => e.target.select()} />
      </div>
    )
  return (
    <>
      <button
        type="button"
        className="link"
        aria-label={`${t('resetLink')}: ${account.email}`}
        onClick={async () => {
          const res = await create({ id: account.id })
          const made = res.data?.createPasswordResetLink
          if (!made) return setFailed(true)
          setLink({ url: location.origin + made.path, expires: formatDateTime(lang, made.expiresAt) })
          focusWhenReady(`#reset-${account.id}`)
        }}
      >
        {t('resetLink')}
      </button>
      {failed && <span role="alert">{t('failed')}</span>}
    </>
  )
}

function EditAccount({ lang, account, onDone }: { lang: Lang; account: Account; onDone: () => void }) {
  const t = (k: AdminKey) => adminMessages[lang][k]
  const [shape, setShape] = useState<Shape>({
    role: account.role as Role,
    organization: account.organization ? [account.organization] : [],
    networks: account.networks ?? [],
  })
  const [disabled, setDisabled] = useState(account.disabled)
  const [problem, setProblem] = useState<string | null>(null)
  const [, update] = useMutation(UPDATE_ACCOUNT)
  const formId = `account-${account.id}`
  return (
    <form
      className="edit-form"
      data-testid="edit-account"
      aria-labelledby={`${formId}-title`}
      onSubmit={async (e) => {
        e.preventDefault()
        const res = await update({ id: account.id, input: { ...input(shape), disabled } })
        const p = problemOf(res.error)
        if (p) {
          setProblem(problemMessage(lang, p))
          focusWhenReady(`[data-testid=edit-account] [role=alert]`)
          return
        }
        announce(`${t('saved')}: ${account.email}`)
        onDone()
      }}
    >
      <Heading variant="h3" id={`${formId}-title`}>
        {t('editAccount')}: {account.email}
      </Heading>
      {problem && (
        <InlineAlert status="error" role="alert" tabIndex={-1}>
          {problem}
        </InlineAlert>
      )}
      <ShapeFields lang={lang} id={formId} shape={shape} onChange={setShape} />
      <label className="checkbox">
        <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} data-testid="account-disabled" /> {t('disable')}
      </label>
      <div className="actions">
        <Button type="submit" data-testid="account-save">
          {t('save')}
        </Button>
        <Button variant="secondary" type="button" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  )
}

function CreateAccount({ lang }: { lang: Lang }) {
  const t = (k: AdminKey) => adminMessages[lang][k]
  const [open, setOpen] = useState(false)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [shape, setShape] = useState<Shape>({ role: 'VIEWER', organization: [], networks: [] })
  const [problem, setProblem] = useState<string | null>(null)
  // One key per attempt: a double click creates one account.
  const [key, setKey] = useState(() => crypto.randomUUID())
  const [, create] = useMutation(CREATE_ACCOUNT)
  if (!open)
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)} data-testid="create-account">
          {t('createAccount')}
        </Button>
      </p>
    )
  const s = input(shape)
  return (
    <form
      className="edit-form"
      data-testid="create-account-form"
      aria-labelledby="create-account-title"
      onSubmit={async (e) => {
        e.preventDefault()
        const res = await create({
          input: { email, password, role: s.role, organizationID: s.organizationID, networkIDs: s.networkIDs.length ? s.networkIDs : null },
          key,
        })
        const p = problemOf(res.error)
        if (p) {
          setProblem(problemMessage(lang, p))
          setKey(crypto.randomUUID())
          return
        }
        announce(`${t('created')}: ${email}`)
        setOpen(false)
        setEmail('')
        setPassword('')
        setShape({ role: 'VIEWER', organization: [], networks: [] })
        setProblem(null)
        setKey(crypto.randomUUID())
      }}
    >
      <Heading variant="h3" id="create-account-title">
        {t('createAccount')}
      </Heading>
      {problem && (
        <InlineAlert status="error" role="alert">
          {problem}
        </InlineAlert>
      )}
      <div className="field">
        <label htmlFor="new-account-email">{t('email')}</label>
        <input id="new-account-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="new-account-password">{t('password')}</label>
        <input id="new-account-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={12} />
      </div>
      <ShapeFields lang={lang} id="new-account" shape={shape} onChange={setShape} />
      <div className="actions">
        <Button type="submit" data-testid="create-account-save">
          {t('save')}
        </Button>
        <Button variant="secondary" type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  )
}
