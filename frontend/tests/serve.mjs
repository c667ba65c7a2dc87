// Starts the real binary with demo data on a fresh SQLite file, for tests
// that talk to it over HTTP.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export async function serve(name) {
  const bin = process.env.VERKOSTO_BIN ?? '../bin/verkosto'
  const port = 24000 + Math.floor(Math.random() * 8000)
  const base = `http://127.0.0.1:${port}`
  const dir = mkdtempSync(join(tmpdir(), `verkosto-${name}-`))
  const server = spawn(bin, ['serve', '--demo', '--addr', `127.0.0.1:${port}`, '--db', `sqlite:${join(dir, 'test.db')}`], { stdio: 'ignore' })
  let ready = false
  for (let i = 0; i < 100 && !ready; i++) {
    try {
      ready = (await fetch(`${base}/readyz`)).ok
    } catch {}
    if (!ready) await new Promise((r) => setTimeout(r, 100))
  }
  const stop = () => {
    server.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
  if (!ready) {
    stop()
    throw new Error(`${bin} did not become ready at ${base}`)
  }
  return { base, stop }
}
