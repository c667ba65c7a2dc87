import { useMutation, useQuery } from 'urql'
import { Button, Heading } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { historyMessages } from '../i18n/historyMessages'
import { formatDate } from '../i18n/format'
import type { HistoryKey } from '../i18n/historyMessages'
import { MARK_READ, NOTIFICATIONS_QUERY } from './queries'
import type { NotificationsQuery } from '../gql/graphql'

type Notification = NotificationsQuery['notifications'][number]

// Notifications lists the signed-in account's messages (the same ones that
// are e-mailed when the server has a mail server), newest first.
export default function Notifications({ lang }: { lang: Lang }) {
  const t = (k: HistoryKey) => historyMessages[lang][k]
  const [res, reload] = useQuery({ query: NOTIFICATIONS_QUERY, requestPolicy: 'network-only' })
  const [, markRead] = useMutation(MARK_READ)
  const rows: Notification[] | null = res.data?.notifications ?? (res.fetching ? null : [])
  return (
    <section data-testid="notifications" aria-labelledby="notifications-heading">
      <Heading variant="h3" id="notifications-heading">
        {t('notifications')}
      </Heading>
      {rows === null ? (
        <p>…</p>
      ) : rows.length === 0 ? (
        <p>{t('noNotifications')}</p>
      ) : (
        <ul className="notifications">
          {rows.map((n) => (
            <li key={n.id} data-testid="notification" className={n.read ? 'read' : 'unread'}>
              <strong>{n.read ? '' : `${t('unread')}: `}</strong>
              {n.link ? <a href={n.link}>{n.subject}</a> : n.subject} <time dateTime={n.createdAt}>{formatDate(lang, n.createdAt)}</time>
              <p>{n.body}</p>
              {!n.read && (
                <Button
                  variant="secondary"
                  onClick={async () => {
                    await markRead({ id: n.id })
                    reload({ requestPolicy: 'network-only' })
                  }}
                >
                  {t('markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
