import { graphql } from '../gql'

export const ME_QUERY = graphql(`query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }`)
export const REFRESH_SESSION = graphql(`mutation RefreshSession { refreshSession { id sessionSecondsLeft } }`)

export const LOGIN = graphql(`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`)
export const LOGOUT = graphql(`mutation Logout { logout }`)

export const ORG_FOR_EDIT = graphql(`query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {
  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services
  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }`)

export const UPDATE_ORGANIZATION = graphql(`mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, version: $version, input: $input) { id version } }`)

export const CONFIRM_ORGANIZATION = graphql(`mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }`)
export const CONFIRM_NETWORK = graphql(`mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }`)

export const AREA_OPTIONS = graphql(`query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {
  edges { node { id nameFi nameSv nameEn kind } } } }`)

export const ORG_OPTIONS = graphql(`query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {
  edges { node { id nameFi nameSv nameEn } } } }`)

export const NETWORK_OPTIONS = graphql(`query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }`)

export const REQUEST_MEMBERSHIP = graphql(`mutation RequestMembership($input: RequestMembershipInput!, $key: String) {
  requestMembership(input: $input, idempotencyKey: $key) { id status } }`)
export const APPROVE_MEMBERSHIP = graphql(`mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }`)
export const DECLINE_MEMBERSHIP = graphql(`mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {
  declineMembership(id: $id, reason: $reason, version: $version) { id status } }`)
export const END_MEMBERSHIP = graphql(`mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {
  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }`)

export const PENDING_QUERY = graphql(`query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {
  edges { node { id version role representative createdAt requestedBy awaiting
    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }`)

export const HISTORY_QUERY = graphql(`query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {
  id at operation actorRole fields { field before after } } } } }`)

export const NETWORK_FOR_EDIT = graphql(`query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {
  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description
  areas { id nameFi nameSv nameEn } } } }`)

export const UPDATE_NETWORK = graphql(`mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {
  updateNetwork(id: $id, version: $version, input: $input) { id version } }`)
