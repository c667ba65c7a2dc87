import { graphql } from '../gql'

export const INSIGHT_QUERY = graphql(`query Insight($area: ID!, $asOf: Date) { insight(area: $area, asOf: $asOf) {
  area { id kind nameFi nameSv nameEn } asOf
  overlaps(first: 10) { totalCount nodes { jaccard a { id nameFi nameSv nameEn } b { id nameFi nameSv nameEn }
    shared { id } onlyInA { id } onlyInB { id } } }
  loads(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } networks meetingsPerYear coordinator chair } }
  bridges(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } score } }
  singlePoints(first: 15) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } cutOff } }
  leftOut(first: 30) { totalCount nodes { organization { id nameFi nameSv nameEn } county { id nameFi nameSv nameEn } sector } } } }`)
