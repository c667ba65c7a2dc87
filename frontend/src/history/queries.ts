import { graphql } from '../gql'

export const DIFF_QUERY = graphql(`query Diff($from: Date!, $to: Date!, $area: ID, $after: String) {
  diff(from: $from, to: $to, area: $area, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { key kind on before after
      organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }`)

export const NOTIFICATIONS_QUERY = graphql(`query Notifications { notifications(first: 50) { id kind subject body link createdAt read } }`)

export const MARK_READ = graphql(`mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id read } }`)
