import { Button } from 'suomifi-ui-components'
import { useMutation } from 'urql'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { pageNames } from '../i18n/messages'
import type { EditKey } from '../i18n/editMessages'
import { LOGOUT } from './operations'
import { useSession } from './session'

const accountRoles: Record<Lang, Record<string, string>> = {
  fi: { ADMIN: 'ylläpitäjä', COORDINATOR: 'koordinaattori', EDITOR: 'muokkaaja', VIEWER: 'lukija' },
  sv: { ADMIN: 'administratör', COORDINATOR: 'samordnare', EDITOR: 'redaktör', VIEWER: 'läsare' },
  en: { ADMIN: 'administrator', COORDINATOR: 'coordinator', EDITOR: 'editor', VIEWER: 'reader' },
}

// accountRoleName is an account's role in words.
export function accountRoleName(lang: Lang, role: string): string {
  return accountRoles[lang][role] ?? role
}

// AccountMenu is the header's sign-in link, or who is signed in, the inbox
// for those who answer requests and invitations, and signing out.
export function AccountMenu({ lang, onNavigate, onOpen }: { lang: Lang; onNavigate: (page: 'login' | 'inbox' | 'import' | 'accounts' | 'map', why?: 'out') => void; onOpen: (id: string, kind: 'organizations' | 'networks') => void }) {
  const t = (k: EditKey) => editMessages[lang][k]
  const { me, signedOut } = useSession()
  const [, logout] = useMutation(LOGOUT)
  if (!me)
    return (
      <a
        href="/login"
        data-testid="sign-in"
        onClick={(e) => {
          e.preventDefault()
          onNavigate('login')
        }}
      >
        {t('signIn')}
      </a>
    )
  return (
    <div className="account" data-testid="account">
      <span>
        {t('signedInAs')}: {me.email} ({accountRoleName(lang, me.role)})
      </span>{' '}
      {me.role === 'EDITOR' && me.organization && (
        <a
          href={`/organizations/${me.organization.id}`}
          data-testid="my-organization"
          onClick={(e) => {
            e.preventDefault()
            onOpen(me.organization!.id, 'organizations')
          }}
        >
          {t('myOrganization')}
        </a>
      )}{' '}
      {me.role === 'COORDINATOR' && (me.networks ?? []).length > 0 && (
        <details className="my-networks" data-testid="my-networks">
          <summary>{t('myNetworks')}</summary>
          <ul>
            {(me.networks ?? []).map((n) => (
              <li key={n.id}>
                <a
                  href={`/networks/${n.id}`}
                  lang={(lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) ? undefined : lang === 'fi' ? undefined : 'fi'}
                  onClick={(e) => {
                    e.preventDefault()
                    ;(e.currentTarget.closest('details') as HTMLDetailsElement).open = false
                    onOpen(n.id, 'networks')
                  }}
                >
                  {(lang === 'sv' && n.nameSv) || (lang === 'en' && n.nameEn) || n.nameFi}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}{' '}
      {(me.role === 'COORDINATOR' || me.role === 'EDITOR' || me.role === 'ADMIN') && (
        <a
          href="/inbox"
          onClick={(e) => {
            e.preventDefault()
            onNavigate('inbox')
          }}
        >
          {t('inbox')}
        </a>
      )}{' '}
      {(me.role === 'COORDINATOR' || me.role === 'ADMIN') && (
        <a
          href="/import"
          data-testid="import-link"
          onClick={(e) => {
            e.preventDefault()
            onNavigate('import')
          }}
        >
          {pageNames[lang].import}
        </a>
      )}{' '}
      {me.role === 'ADMIN' && (
        <a
          href="/accounts"
          data-testid="accounts-link"
          onClick={(e) => {
            e.preventDefault()
            onNavigate('accounts')
          }}
        >
          {pageNames[lang].accounts}
        </a>
      )}{' '}
      <Button
        variant="secondaryNoBorder"
        data-testid="sign-out"
        onClick={async () => {
          await logout({})
          await signedOut()
          onNavigate('map', 'out')
        }}
      >
        {t('signOut')}
      </Button>
    </div>
  )
}
