// The Download menu: every export format with the current filters, as
// plain links to /export/… (the server streams the file; the browser's own
// download takes over).
import type { ViewState } from './urlState'
import { exportMessages } from './i18n/exportMessages'

// The file each format is served as; the server's export.Formats.
export const EXPORT_FILES: [format: string, file: string][] = [
  ['xlsx', 'roster.xlsx'],
  ['csv', 'csv.zip'],
  ['gexf', 'network.gexf'],
  ['graphml', 'network.graphml'],
  ['json', 'graph.json'],
  ['popolo', 'popolo.json'],
  ['hsds', 'hsds.json'],
  ['comembership-gexf', 'comembership.gexf'],
  ['comembership-csv', 'comembership.csv'],
]

/** exportQuery is the map's filters as the export endpoints read them. */
export function exportQuery(v: Pick<ViewState, 'sector' | 'kind' | 'theme' | 'level' | 'status' | 'area' | 'asOf'>): string {
  const params = new URLSearchParams()
  if (v.sector.length) params.set('sector', v.sector.join(','))
  if (v.kind.length) params.set('kind', v.kind.join(','))
  if (v.theme.length) params.set('theme', v.theme.join(','))
  if (v.level.length) params.set('level', v.level.join(','))
  if (v.status.length) params.set('status', v.status.join(','))
  if (v.area) params.set('area', v.area)
  if (v.asOf) params.set('asOf', v.asOf)
  const q = params.toString()
  return q ? `?${q}` : ''
}

export default function DownloadMenu({ view }: { view: ViewState }) {
  const m = exportMessages[view.lang]
  const query = exportQuery(view)
  return (
    <details className="download" data-testid="download">
      <summary>{m.download}</summary>
      <p className="hint">{m.hint}</p>
      <ul>
        {EXPORT_FILES.map(([format, file]) => (
          <li key={format}>
            <a href={`/export/${file}${query}`} download data-format={format}>
              {m.formats[format]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
