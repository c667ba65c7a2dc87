import { useEffect, useRef } from 'react'
import Graph from 'graphology'
import Sigma from 'sigma'
import { createNodeBorderProgram } from '@sigma/node-border'
import type { MapData } from '../api'
import type { Lang } from '../i18n/messages'
import { edgeStyle, nodeColor } from '../colors'
import { neighbourhood } from './neighbourhood'

interface Props {
  data: MapData
  lang: Lang
  selected: string | null
  /** 0: show everything; 1 or 2: only the selected node and its neighbours that many steps out */
  focus: number
  onSelect: (key: string, kind: 'Organization' | 'Network') => void
}

const dimmed = '#e3e6ea'

// Networks are drawn as rings and organisations as filled discs, so the two
// kinds differ by shape as well as by colour.
const RingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.4 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
})

// MapView draws the server-laid-out graph with sigma (WebGL). Positions come
// from the server, so the map appears at once and never reshuffles. Hovering
// a node highlights it and its neighbours; focus mode hides everything
// further than one or two steps from the selection.
export default function MapView({ data, lang, selected, focus, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const sigmaRef = useRef<Sigma | null>(null)
  const hovered = useRef<Set<string> | null>(null)
  const shown = useRef<Set<string> | null>(null)
  const selectRef = useRef(onSelect)
  selectRef.current = onSelect

  useEffect(() => {
    if (!container.current) return
    const graph = new Graph({ multi: true, type: 'undirected', allowSelfLoops: false })
    graph.import(data as unknown as Parameters<typeof graph.import>[0])
    graph.forEachNode((key, a) => {
      const label = lang === 'sv' ? a.labelSv || a.label : lang === 'en' ? a.labelEn || a.label : a.label
      if (a.kind === 'Network') graph.mergeNodeAttributes(key, { type: 'ring', color: '#ffffff', borderColor: nodeColor(a), label })
      else graph.mergeNodeAttributes(key, { color: nodeColor(a), label })
    })
    graph.forEachEdge((key, a) => graph.mergeEdgeAttributes(key, edgeStyle(a.role)))
    const renderer = new Sigma(graph, container.current, {
      // Only nodes drawn large enough get a label: no label soup at national scale.
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.5,
      zIndex: true,
      nodeProgramClasses: { ring: RingProgram },
      nodeReducer: (node, attrs) => {
        if (shown.current && !shown.current.has(node)) return { ...attrs, hidden: true }
        if (hovered.current && !hovered.current.has(node)) return { ...attrs, color: attrs.type === 'ring' ? '#ffffff' : dimmed, borderColor: dimmed, label: '' }
        if (hovered.current) return { ...attrs, highlighted: true, zIndex: 1 }
        return attrs
      },
      edgeReducer: (edge, attrs) => {
        const [s, t] = graph.extremities(edge)
        if (shown.current && (!shown.current.has(s) || !shown.current.has(t))) return { ...attrs, hidden: true }
        if (hovered.current && !(hovered.current.has(s) && hovered.current.has(t))) return { ...attrs, hidden: true }
        return attrs
      },
    })
    // Tests and the browser benchmark wait for this mark: the first frame is drawn.
    renderer.once('afterRender', () => container.current?.setAttribute('data-rendered', 'true'))
    renderer.on('clickNode', ({ node }) => selectRef.current(node, graph.getNodeAttribute(node, 'kind')))
    renderer.on('enterNode', ({ node }) => {
      hovered.current = neighbourhood(graph, node, 1)
      renderer.refresh({ skipIndexation: true })
    })
    renderer.on('leaveNode', () => {
      hovered.current = null
      renderer.refresh({ skipIndexation: true })
    })
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
    const has = selected !== null && graph.hasNode(selected)
    shown.current = has && focus > 0 ? neighbourhood(graph, selected, focus) : null
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'highlighted', n === selected))
    // Display data is in the camera's (normalised) space only once sigma
    // has processed the graph; refresh makes sure it has.
    renderer.refresh()
    if (has) {
      const pos = renderer.getNodeDisplayData(selected)
      if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: focus > 0 ? 0.3 : 0.5 }, { duration: 400 })
    }
  }, [selected, focus, data, lang])

  return <div ref={container} className="map-canvas" data-testid="map" />
}
