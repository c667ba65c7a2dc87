// GraphiQL, built from npm into the binary: the API's explorer works on a
// closed network and under a CSP that allows only this origin.
import 'graphiql/setup-workers/vite'
import 'graphiql/style.css'
import { GraphiQL } from 'graphiql'
import type { ComponentProps } from 'react'
import { createRoot } from 'react-dom/client'

// Same origin, with the session cookie: signed-in users explore what they may see.
const fetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  })
  return res.json()
}

const defaultQuery = `# Verkosto's API. The schema documents every type and field (Docs, on the left).
{
  networks(first: 5, where: {kind: MARAK}) {
    totalCount
    edges { node { nameFi memberships { edges { node { role organization { nameFi } } } } } }
  }
}
`

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />)
