import { useEffect, useRef } from 'react'
import Graph from 'graphology'
import Sigma from 'sigma'
import type { MapData } from '../api'
import type { Lang } from '../i18n/messages'
import { edgeColor, nodeColor } from '../colors'

interface Props {
  data: MapData
  lang: Lang
  selected: string | null
  onSelect: (key: string, kind: 'Organization' | 'Network') => void
}

// MapView draws the server-laid-out graph with sigma (WebGL). Positions come
// from the server, so the map appears at once and never reshuffles.
export default function MapView({ data, lang, selected, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const sigmaRef = useRef<Sigma | null>(null)
  const selectRef = useRef(onSelect)
  selectRef.current = onSelect

  useEffect(() => {
    if (!container.current) return
    const graph = new Graph({ multi: true, type: 'undirected', allowSelfLoops: false })
    graph.import(data as unknown as Parameters<typeof graph.import>[0])
    graph.forEachNode((key, a) => {
      const label = lang === 'sv' ? a.labelSv || a.label : lang === 'en' ? a.labelEn || a.label : a.label
      graph.mergeNodeAttributes(key, { color: nodeColor(a), label })
    })
    graph.forEachEdge((key) => graph.setEdgeAttribute(key, 'color', edgeColor))
    const renderer = new Sigma(graph, container.current, {
      labelRenderedSizeThreshold: 8,
      renderEdgeLabels: false,
      zIndex: true,
    })
    renderer.on('clickNode', ({ node }) => selectRef.current(node, graph.getNodeAttribute(node, 'kind')))
    sigmaRef.current = renderer
    return () => {
      renderer.kill()
      sigmaRef.current = null
    }
  }, [data, lang])

  useEffect(() => {
    const renderer = sigmaRef.current
    if (!renderer) return
    const graph = renderer.getGraph()
    renderer.setSetting('nodeReducer', (node, attrs) =>
      selected && node === selected ? { ...attrs, highlighted: true, zIndex: 1 } : attrs,
    )
    if (selected && graph.hasNode(selected)) {
      // Display data is in the camera's (normalised) space only once sigma
      // has processed the graph; refresh makes sure it has.
      renderer.refresh()
      const pos = renderer.getNodeDisplayData(selected)
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 400 })
    }
  }, [selected, data])

  return <div ref={container} className="map-canvas" data-testid="map" />
}
