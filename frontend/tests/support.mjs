// What every browser test needs, written once: the real binary with demo
// data on a fresh SQLite file, Debian's Chromium with the flags this machine
// needs, and axe.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import AxeBuilder from '@axe-core/playwright'

const bin = process.env.VERKOSTO_BIN ?? '../bin/verkosto'

// startServer runs `verkosto serve --demo` on a free port (the server picks
// it: --addr 127.0.0.1:0) and resolves once /readyz answers. env adds to the
// environment (e.g. the first administrator), args to the command line.
export async function startServer({ env = {}, args = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-test-'))
  const server = spawn(bin, ['serve', '--demo', '--addr', '127.0.0.1:0', '--db', `sqlite:${join(dir, 'test.db')}`, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  })
  const base = await new Promise((resolve, reject) => {
    let log = ''
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${log}`)), 60000)
    server.stderr.on('data', (chunk) => {
      log += chunk
      const m = log.match(/msg=listening addr=(\S+)/)
      if (m) {
        clearTimeout(timer)
        resolve(`http://${m[1]}`)
      }
    })
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log}`)))
  })
  server.stderr.resume() // keep draining the log so the server never blocks on it
  for (let i = 0; i < 100 && !(await ready(base)); i++) await new Promise((r) => setTimeout(r, 100))
  return {
    base,
    stop() {
      server.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function ready(base) {
  try {
    return (await fetch(`${base}/readyz`)).ok
  } catch {
    return false
  }
}

// start runs the binary (startServer's options) and Chromium, for a test
// file's before(); stop, for its after(), ends what start began.
export async function start(options) {
  const server = await startServer(options)
  return { server, base: server.base, browser: await launchBrowser() }
}

export async function stop({ server, browser }) {
  await browser?.close()
  server?.stop()
}

// graphql sends a GraphQL request to the server at base as the account whose
// session cookie is given; it throws on errors and returns the data and the
// cookie the answer sets (after a login).
export async function graphql(base, query, variables = {}, cookie = '') {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ query, variables }),
  })
  const body = await res.json()
  if (body.errors) throw new Error(JSON.stringify(body.errors))
  return { data: body.data, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] }
}

// launchBrowser starts headless Chromium without the background traffic
// that a closed network refuses, as a Finnish user's browser: the server
// picks the page's language from Accept-Language when the URL names none.
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--lang=fi-FI'],
  })
  const newContext = browser.newContext.bind(browser)
  browser.newContext = (options = {}) => newContext({ locale: 'fi-FI', ...options })
  return browser
}

// seriousViolations lists axe's serious and critical findings on the page.
// include limits the check to part of the page (a CSS selector).
export async function seriousViolations(page, include) {
  const builder = new AxeBuilder({ page })
  const axe = await (include ? builder.include(include) : builder).analyze()
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
}
