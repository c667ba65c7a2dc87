// GraphQL over HTTP: the spec authors' own audit suite (graphql-http's
// serverAudits) against the real binary. Every audit, MUST, SHOULD and MAY
// alike, must pass: a warning is a client somewhere that misreads us.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { serverAudits } from 'graphql-http'
import { startServer } from './support.mjs'

let server

before(async () => {
  server = await startServer()
})

after(() => server?.stop())

test('the graphql-http audit finds nothing', async () => {
  const failed = []
  let ran = 0
  for (const audit of serverAudits({ url: `${server.base}/graphql`, fetchFn: fetch })) {
    const result = await audit.fn()
    ran++
    if (result.status !== 'ok') failed.push(`${audit.id} ${result.status}: ${audit.name}: ${result.reason}`)
  }
  if (failed.length) console.log(failed.join('\n'))
  assert.ok(ran > 30, `only ${ran} audits ran`)
  assert.deepEqual(failed, [])
})
