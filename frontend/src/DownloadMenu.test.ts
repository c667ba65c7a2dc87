import { describe, expect, it } from 'vitest'
import { exportQuery } from './DownloadMenu'
import { parseView } from './urlState'

describe('exportQuery', () => {
  it('carries the map filters and nothing else', () => {
    const v = parseView('/networks/12', '?sector=POLICE,NGO&kind=MARAK&theme=YOUTH&level=MUNICIPAL&status=ACTIVE&area=7&asOf=2024-01-31&lang=sv&focus=1')
    expect(exportQuery(v)).toBe('?sector=NGO%2CPOLICE&kind=MARAK&theme=YOUTH&level=MUNICIPAL&status=ACTIVE&area=7&asOf=2024-01-31')
  })
  it('is empty without filters', () => {
    expect(exportQuery(parseView('/', ''))).toBe('')
  })
})
