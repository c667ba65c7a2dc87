import { graphql } from '../gql'

export const ACCOUNTS_QUERY = graphql(`query Accounts($after: Cursor) {
  accounts(first: 50, after: $after, orderBy: {field: EMAIL}) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id email role disabled lastLoginAt
      organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } } } }`)

export const CREATE_ACCOUNT = graphql(`mutation CreateAccount($input: CreateAccountInput!, $key: String) {
  createAccount(input: $input, idempotencyKey: $key) { id } }`)

export const CREATE_RESET_LINK = graphql(`mutation CreatePasswordResetLink($id: ID!) {
  createPasswordResetLink(accountID: $id) { path expiresAt } }`)

export const RESET_PASSWORD = graphql(`mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`)

export const UPDATE_ACCOUNT = graphql(`mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, input: $input) { id role disabled organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }`)
