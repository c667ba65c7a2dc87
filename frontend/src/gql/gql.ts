/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Accounts($after: Cursor) {\n  accounts(first: 50, after: $after, orderBy: {field: EMAIL}) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id email role disabled lastLoginAt\n      organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } } } }": typeof types.AccountsDocument,
    "mutation CreateAccount($input: CreateAccountInput!, $key: String) {\n  createAccount(input: $input, idempotencyKey: $key) { id } }": typeof types.CreateAccountDocument,
    "mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(accountID: $id) { path expiresAt } }": typeof types.CreatePasswordResetLinkDocument,
    "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": typeof types.ResetPasswordDocument,
    "mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n  updateAccount(id: $id, input: $input) { id role disabled organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }": typeof types.UpdateAccountDocument,
    "query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address\n      addressConfidential description lastConfirmedAt\n      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }\n      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        network { id nameFi nameSv nameEn kind } } } } }\n    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website\n      description lastConfirmedAt\n      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }\n      subgroups { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        organization { id nameFi nameSv nameEn sector } } } } }\n  }\n}": typeof types.NodeDocument,
    "query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }": typeof types.CountiesDocument,
    "query Search($q: String!) { search(query: $q, first: 8) { __typename\n  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }": typeof types.SearchDocument,
    "query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }": typeof types.CountryDocument,
    "query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  met atRisk missing total\n  children { area { id nameFi nameSv nameEn shortFi: shortName(language: fi) shortSv: shortName(language: sv) shortEn: shortName(language: en) }\n    met atRisk missing total expectations { key status description descriptionSv descriptionEn } } } }": typeof types.NationalCoverageDocument,
    "query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn }\n  met atRisk missing total\n  expectations { key rule description descriptionSv descriptionEn guidance guidanceSv guidanceEn status reasons { code count of since }\n    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }\n  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }": typeof types.AreaCoverageDocument,
    "query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }": typeof types.MeDocument,
    "mutation RefreshSession { refreshSession { id sessionSecondsLeft } }": typeof types.RefreshSessionDocument,
    "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {\n  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services\n  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }": typeof types.OrganizationForEditDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n  updateOrganization(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateOrganizationDocument,
    "mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }": typeof types.ConfirmOrganizationDocument,
    "mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }": typeof types.ConfirmNetworkDocument,
    "query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn kind } } } }": typeof types.AreaOptionsDocument,
    "query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn } } } }": typeof types.OrganizationOptionsDocument,
    "query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }": typeof types.NetworkOptionsDocument,
    "mutation RequestMembership($input: RequestMembershipInput!, $key: String) {\n  requestMembership(input: $input, idempotencyKey: $key) { id status } }": typeof types.RequestMembershipDocument,
    "mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }": typeof types.ApproveMembershipDocument,
    "mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {\n  declineMembership(id: $id, reason: $reason, version: $version) { id status } }": typeof types.DeclineMembershipDocument,
    "mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {\n  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }": typeof types.EndMembershipDocument,
    "query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {\n  edges { node { id version role representative createdAt requestedBy awaiting\n    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }": typeof types.PendingDocument,
    "query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {\n  id at operation actorRole fields { field before after } } } } }": typeof types.HistoryDocument,
    "query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {\n  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description\n  areas { id nameFi nameSv nameEn } } } }": typeof types.NetworkForEditDocument,
    "mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {\n  updateNetwork(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateNetworkDocument,
    "query Preferences { me { id language notificationsOff joinRequestDigest } }": typeof types.PreferencesDocument,
    "mutation UpdatePreferences($language: Language, $off: [NotificationKind!], $digest: Boolean) {\n  updatePreferences(language: $language, notificationsOff: $off, joinRequestDigest: $digest) { id language notificationsOff joinRequestDigest } }": typeof types.UpdatePreferencesDocument,
    "query Diff($from: Date!, $to: Date!, $area: ID, $after: String) {\n  diff(from: $from, to: $to, area: $area, first: 100, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { key kind on before after\n      organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }": typeof types.DiffDocument,
    "query Notifications { notifications(first: 50) { id kind subject body link createdAt read } }": typeof types.NotificationsDocument,
    "mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id read } }": typeof types.MarkNotificationReadDocument,
    "query Insight($area: ID!, $asOf: Date) { insight(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn } asOf\n  overlaps(first: 10) { totalCount nodes { jaccard a { id nameFi nameSv nameEn } b { id nameFi nameSv nameEn }\n    shared { id } onlyInA { id } onlyInB { id } } }\n  loads(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } networks meetingsPerYear coordinator chair } }\n  bridges(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } score } }\n  singlePoints(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } cutOff } }\n  leftOut(first: 30) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } sector } } } }": typeof types.InsightDocument,
    "query FirstMembershipStart {\n  memberships(first: 1, orderBy: {field: START_DATE, direction: ASC}, where: {startDateNotNil: true}) { edges { node { startDate } } } }": typeof types.FirstMembershipStartDocument,
};
const documents: Documents = {
    "query Accounts($after: Cursor) {\n  accounts(first: 50, after: $after, orderBy: {field: EMAIL}) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id email role disabled lastLoginAt\n      organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } } } }": types.AccountsDocument,
    "mutation CreateAccount($input: CreateAccountInput!, $key: String) {\n  createAccount(input: $input, idempotencyKey: $key) { id } }": types.CreateAccountDocument,
    "mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(accountID: $id) { path expiresAt } }": types.CreatePasswordResetLinkDocument,
    "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": types.ResetPasswordDocument,
    "mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n  updateAccount(id: $id, input: $input) { id role disabled organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }": types.UpdateAccountDocument,
    "query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address\n      addressConfidential description lastConfirmedAt\n      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }\n      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        network { id nameFi nameSv nameEn kind } } } } }\n    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website\n      description lastConfirmedAt\n      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }\n      subgroups { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        organization { id nameFi nameSv nameEn sector } } } } }\n  }\n}": types.NodeDocument,
    "query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }": types.CountiesDocument,
    "query Search($q: String!) { search(query: $q, first: 8) { __typename\n  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }": types.SearchDocument,
    "query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }": types.CountryDocument,
    "query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  met atRisk missing total\n  children { area { id nameFi nameSv nameEn shortFi: shortName(language: fi) shortSv: shortName(language: sv) shortEn: shortName(language: en) }\n    met atRisk missing total expectations { key status description descriptionSv descriptionEn } } } }": types.NationalCoverageDocument,
    "query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn }\n  met atRisk missing total\n  expectations { key rule description descriptionSv descriptionEn guidance guidanceSv guidanceEn status reasons { code count of since }\n    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }\n  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }": types.AreaCoverageDocument,
    "query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }": types.MeDocument,
    "mutation RefreshSession { refreshSession { id sessionSecondsLeft } }": types.RefreshSessionDocument,
    "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {\n  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services\n  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }": types.OrganizationForEditDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n  updateOrganization(id: $id, version: $version, input: $input) { id version } }": types.UpdateOrganizationDocument,
    "mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }": types.ConfirmOrganizationDocument,
    "mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }": types.ConfirmNetworkDocument,
    "query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn kind } } } }": types.AreaOptionsDocument,
    "query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn } } } }": types.OrganizationOptionsDocument,
    "query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }": types.NetworkOptionsDocument,
    "mutation RequestMembership($input: RequestMembershipInput!, $key: String) {\n  requestMembership(input: $input, idempotencyKey: $key) { id status } }": types.RequestMembershipDocument,
    "mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }": types.ApproveMembershipDocument,
    "mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {\n  declineMembership(id: $id, reason: $reason, version: $version) { id status } }": types.DeclineMembershipDocument,
    "mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {\n  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }": types.EndMembershipDocument,
    "query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {\n  edges { node { id version role representative createdAt requestedBy awaiting\n    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }": types.PendingDocument,
    "query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {\n  id at operation actorRole fields { field before after } } } } }": types.HistoryDocument,
    "query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {\n  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description\n  areas { id nameFi nameSv nameEn } } } }": types.NetworkForEditDocument,
    "mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {\n  updateNetwork(id: $id, version: $version, input: $input) { id version } }": types.UpdateNetworkDocument,
    "query Preferences { me { id language notificationsOff joinRequestDigest } }": types.PreferencesDocument,
    "mutation UpdatePreferences($language: Language, $off: [NotificationKind!], $digest: Boolean) {\n  updatePreferences(language: $language, notificationsOff: $off, joinRequestDigest: $digest) { id language notificationsOff joinRequestDigest } }": types.UpdatePreferencesDocument,
    "query Diff($from: Date!, $to: Date!, $area: ID, $after: String) {\n  diff(from: $from, to: $to, area: $area, first: 100, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { key kind on before after\n      organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }": types.DiffDocument,
    "query Notifications { notifications(first: 50) { id kind subject body link createdAt read } }": types.NotificationsDocument,
    "mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id read } }": types.MarkNotificationReadDocument,
    "query Insight($area: ID!, $asOf: Date) { insight(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn } asOf\n  overlaps(first: 10) { totalCount nodes { jaccard a { id nameFi nameSv nameEn } b { id nameFi nameSv nameEn }\n    shared { id } onlyInA { id } onlyInB { id } } }\n  loads(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } networks meetingsPerYear coordinator chair } }\n  bridges(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } score } }\n  singlePoints(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } cutOff } }\n  leftOut(first: 30) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } sector } } } }": types.InsightDocument,
    "query FirstMembershipStart {\n  memberships(first: 1, orderBy: {field: START_DATE, direction: ASC}, where: {startDateNotNil: true}) { edges { node { startDate } } } }": types.FirstMembershipStartDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Accounts($after: Cursor) {\n  accounts(first: 50, after: $after, orderBy: {field: EMAIL}) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id email role disabled lastLoginAt\n      organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } } } }"): (typeof documents)["query Accounts($after: Cursor) {\n  accounts(first: 50, after: $after, orderBy: {field: EMAIL}) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id email role disabled lastLoginAt\n      organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccount($input: CreateAccountInput!, $key: String) {\n  createAccount(input: $input, idempotencyKey: $key) { id } }"): (typeof documents)["mutation CreateAccount($input: CreateAccountInput!, $key: String) {\n  createAccount(input: $input, idempotencyKey: $key) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(accountID: $id) { path expiresAt } }"): (typeof documents)["mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(accountID: $id) { path expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"): (typeof documents)["mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n  updateAccount(id: $id, input: $input) { id role disabled organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }"): (typeof documents)["mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n  updateAccount(id: $id, input: $input) { id role disabled organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address\n      addressConfidential description lastConfirmedAt\n      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }\n      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        network { id nameFi nameSv nameEn kind } } } } }\n    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website\n      description lastConfirmedAt\n      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }\n      subgroups { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        organization { id nameFi nameSv nameEn sector } } } } }\n  }\n}"): (typeof documents)["query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address\n      addressConfidential description lastConfirmedAt\n      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }\n      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        network { id nameFi nameSv nameEn kind } } } } }\n    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website\n      description lastConfirmedAt\n      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }\n      subgroups { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        organization { id nameFi nameSv nameEn sector } } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }"): (typeof documents)["query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($q: String!) { search(query: $q, first: 8) { __typename\n  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }"): (typeof documents)["query Search($q: String!) { search(query: $q, first: 8) { __typename\n  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }"): (typeof documents)["query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  met atRisk missing total\n  children { area { id nameFi nameSv nameEn shortFi: shortName(language: fi) shortSv: shortName(language: sv) shortEn: shortName(language: en) }\n    met atRisk missing total expectations { key status description descriptionSv descriptionEn } } } }"): (typeof documents)["query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  met atRisk missing total\n  children { area { id nameFi nameSv nameEn shortFi: shortName(language: fi) shortSv: shortName(language: sv) shortEn: shortName(language: en) }\n    met atRisk missing total expectations { key status description descriptionSv descriptionEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn }\n  met atRisk missing total\n  expectations { key rule description descriptionSv descriptionEn guidance guidanceSv guidanceEn status reasons { code count of since }\n    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }\n  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }"): (typeof documents)["query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn }\n  met atRisk missing total\n  expectations { key rule description descriptionSv descriptionEn guidance guidanceSv guidanceEn status reasons { code count of since }\n    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }\n  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }"): (typeof documents)["query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession { refreshSession { id sessionSecondsLeft } }"): (typeof documents)["mutation RefreshSession { refreshSession { id sessionSecondsLeft } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }"): (typeof documents)["mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): (typeof documents)["mutation Logout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {\n  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services\n  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }"): (typeof documents)["query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {\n  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services\n  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n  updateOrganization(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n  updateOrganization(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }"): (typeof documents)["mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }"): (typeof documents)["mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn kind } } } }"): (typeof documents)["query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn } } } }"): (typeof documents)["query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {\n  edges { node { id nameFi nameSv nameEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }"): (typeof documents)["query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestMembership($input: RequestMembershipInput!, $key: String) {\n  requestMembership(input: $input, idempotencyKey: $key) { id status } }"): (typeof documents)["mutation RequestMembership($input: RequestMembershipInput!, $key: String) {\n  requestMembership(input: $input, idempotencyKey: $key) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }"): (typeof documents)["mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {\n  declineMembership(id: $id, reason: $reason, version: $version) { id status } }"): (typeof documents)["mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {\n  declineMembership(id: $id, reason: $reason, version: $version) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {\n  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }"): (typeof documents)["mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {\n  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {\n  edges { node { id version role representative createdAt requestedBy awaiting\n    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }"): (typeof documents)["query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {\n  edges { node { id version role representative createdAt requestedBy awaiting\n    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {\n  id at operation actorRole fields { field before after } } } } }"): (typeof documents)["query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {\n  id at operation actorRole fields { field before after } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {\n  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description\n  areas { id nameFi nameSv nameEn } } } }"): (typeof documents)["query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {\n  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description\n  areas { id nameFi nameSv nameEn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {\n  updateNetwork(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {\n  updateNetwork(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Preferences { me { id language notificationsOff joinRequestDigest } }"): (typeof documents)["query Preferences { me { id language notificationsOff joinRequestDigest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePreferences($language: Language, $off: [NotificationKind!], $digest: Boolean) {\n  updatePreferences(language: $language, notificationsOff: $off, joinRequestDigest: $digest) { id language notificationsOff joinRequestDigest } }"): (typeof documents)["mutation UpdatePreferences($language: Language, $off: [NotificationKind!], $digest: Boolean) {\n  updatePreferences(language: $language, notificationsOff: $off, joinRequestDigest: $digest) { id language notificationsOff joinRequestDigest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Diff($from: Date!, $to: Date!, $area: ID, $after: String) {\n  diff(from: $from, to: $to, area: $area, first: 100, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { key kind on before after\n      organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }"): (typeof documents)["query Diff($from: Date!, $to: Date!, $area: ID, $after: String) {\n  diff(from: $from, to: $to, area: $area, first: 100, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { key kind on before after\n      organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications { notifications(first: 50) { id kind subject body link createdAt read } }"): (typeof documents)["query Notifications { notifications(first: 50) { id kind subject body link createdAt read } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id read } }"): (typeof documents)["mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id read } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Insight($area: ID!, $asOf: Date) { insight(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn } asOf\n  overlaps(first: 10) { totalCount nodes { jaccard a { id nameFi nameSv nameEn } b { id nameFi nameSv nameEn }\n    shared { id } onlyInA { id } onlyInB { id } } }\n  loads(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } networks meetingsPerYear coordinator chair } }\n  bridges(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } score } }\n  singlePoints(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } cutOff } }\n  leftOut(first: 30) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } sector } } } }"): (typeof documents)["query Insight($area: ID!, $asOf: Date) { insight(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn } asOf\n  overlaps(first: 10) { totalCount nodes { jaccard a { id nameFi nameSv nameEn } b { id nameFi nameSv nameEn }\n    shared { id } onlyInA { id } onlyInB { id } } }\n  loads(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } networks meetingsPerYear coordinator chair } }\n  bridges(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } score } }\n  singlePoints(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } cutOff } }\n  leftOut(first: 30) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } sector } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstMembershipStart {\n  memberships(first: 1, orderBy: {field: START_DATE, direction: ASC}, where: {startDateNotNil: true}) { edges { node { startDate } } } }"): (typeof documents)["query FirstMembershipStart {\n  memberships(first: 1, orderBy: {field: START_DATE, direction: ASC}, where: {startDateNotNil: true}) { edges { node { startDate } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;