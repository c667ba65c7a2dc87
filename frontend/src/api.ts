import { Client, cacheExchange, fetchExchange } from 'urql'
import { graphql } from './gql'

// Same origin as the page: cookies and CSRF protection come for free.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  // Queries go as GET when they fit in a URL, so the browser can revalidate
  // them with ETags (a 304 instead of a megabyte map); mutations stay POST.
  preferGetMethod: 'within-url-limit',
})

export interface MapNodeAttributes {
  label: string
  labelSv?: string
  labelEn?: string
  kind: 'Organization' | 'Network'
  sector?: string
  networkKind?: string
  x: number
  y: number
  size: number
}

export interface MapData {
  options?: Record<string, unknown>
  nodes: { key: string; attributes: MapNodeAttributes }[]
  edges: { key: string; source: string; target: string; attributes: { role: string; status: string } }[]
}

/**
 * fetchMap gets the map's data (the networkMap field's) from /map.json: the
 * server sends the bytes it keeps gzipped, without GraphQL's copies, and the
 * browser revalidates them with the ETag. query is exportQuery's.
 */
export async function fetchMap(query: string): Promise<MapData> {
  const ahead = prefetched.get(query)
  if (ahead) {
    prefetched.delete(query)
    return ahead
  }
  return loadMap(query)
}

async function loadMap(query: string): Promise<MapData> {
  const res = await fetch('/map.json' + query, { credentials: 'same-origin' })
  if (res.status === 401) throw new SignInNeeded()
  if (!res.ok) throw new Error(`map: ${res.status}`)
  return (await res.json()) as MapData
}

/** SignInNeeded: the instance is private and nobody is signed in. */
export class SignInNeeded extends Error {}

// Maps fetched ahead (the timeline's next years), each used once.
const prefetched = new Map<string, Promise<MapData>>()

/** prefetchMap starts fetching a map that is likely to be asked for next. */
export function prefetchMap(query: string) {
  if (prefetched.has(query)) return
  if (prefetched.size >= 3) prefetched.delete(prefetched.keys().next().value as string)
  const p = loadMap(query)
  p.catch(() => prefetched.delete(query))
  prefetched.set(query, p)
}

export const NODE_QUERY = graphql(`query Node($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address
      addressConfidential description lastConfirmedAt
      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }
      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }
      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative
        requestedBy awaiting
        network { id nameFi nameSv nameEn kind } } } } }
    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website
      description lastConfirmedAt
      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }
      subgroups { id nameFi nameSv nameEn }
      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative
        requestedBy awaiting
        organization { id nameFi nameSv nameEn sector } } } } }
  }
}`)

export const COUNTIES_QUERY = graphql(`query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }`)

export const SEARCH_QUERY = graphql(`query Search($q: String!) { search(query: $q, first: 8) { __typename
  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }`)
