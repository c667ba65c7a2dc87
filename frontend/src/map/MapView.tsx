import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import Graph from 'graphology'
import Sigma from 'sigma'
import { createNodeBorderProgram } from '@sigma/node-border'
import { EdgeLineProgram } from 'sigma/rendering'
import { labelLayer } from './labels'
import type { MapData } from '../api'
import type { Lang } from '../i18n/messages'
import { accentColor, edgeStyle, networkPattern, nodeColor, sectorPatterns } from '../colors'
import type { Band } from '../colors'
import { neighbourhood } from './neighbourhood'
import { mapMessages, modeNote } from '../i18n/mapMessages'
import { fetchScores, project, sizeNodes } from './modes'
import { addTransition, sharedShare, drawnNodes, FADE_MS, fading, reducedMotion } from './fade'
import type { Drawn } from './fade'
import type { MapMode, Projection, Scores } from './modes'

interface Props {
  data: MapData
  lang: Lang
  selected: string | null
  /** 0: show everything; 1 or 2: only the selected node and its neighbours that many steps out */
  focus: number
  onSelect: (key: string, kind: 'Organization' | 'Network') => void
  /** null: the memberships as they are; or a mode of ./modes */
  mode?: MapMode | null
  /** the map's area and day filters, which the load and bridge scores follow */
  area?: string | null
  asOf?: string | null
}

const dimmed = '#e3e6ea'

// Each sector's pattern of bands (colors.ts) is its own node program, so
// sector never shows by colour alone; networks are rings. The sector colour
// comes from the node's borderColor, the dark band from its accent, so that
// hovering can dim both.
function bandProgram(bands: Band[]) {
  return createNodeBorderProgram({
    borders: bands.map(([tone, size], i) => ({
      size: i === bands.length - 1 ? { fill: true as const } : { value: size },
      color: tone === 'c' ? { attribute: 'borderColor' } : tone === 'w' ? { value: '#ffffff' } : { attribute: 'accent', defaultValue: accentColor },
    })),
  })
}
const programs = Object.fromEntries([
  ['ring', bandProgram(networkPattern)],
  // A single band is a plain disc: sigma's own circle (node-border needs a border).
  ...Object.entries(sectorPatterns)
    .filter(([, bands]) => bands.length > 1)
    .map(([sector, bands]) => [`sector-${sector}`, bandProgram(bands)]),
])

// MapView draws the server-laid-out graph with sigma (WebGL). Positions come
// from the server, so the map appears at once and never reshuffles. Hovering
// a node highlights it and its neighbours; focus mode hides everything
// further than one or two steps from the selection.
export default function MapView({ data, lang, selected, focus, onSelect, mode = null, area = null, asOf = null }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [scores, setScores] = useState<Scores | null>(null)
  const [scoresFailed, setScoresFailed] = useState(false)
  const [projection, setProjection] = useState<Projection | null>(null)
  const sized = mode === 'load' || mode === 'bridge'
  useEffect(() => {
    setScores(null)
    setScoresFailed(false)
    if (!sized) return
    const ctl = new AbortController()
    fetchScores(area, asOf, ctl.signal).then(setScores, () => {
      if (!ctl.signal.aborted) setScoresFailed(true)
    })
    return () => ctl.abort()
  }, [sized, area, asOf])
  const sigmaRef = useRef<Sigma | null>(null)
  const hovered = useRef<Set<string> | null>(null)
  const shown = useRef<Set<string> | null>(null)
  const selectRef = useRef(onSelect)
  selectRef.current = onSelect
  // What the previous map drew and where its camera was: the next one fades
  // from it (fade.ts) and, when most nodes stay, keeps the view.
  const previous = useRef<{ drawn: Drawn; camera: ReturnType<ReturnType<Sigma['getCamera']>['getState']> } | null>(null)
  const fadeT = useRef(1)

  useEffect(() => {
    if (!container.current) return
    // Tests and the browser benchmark wait for the new map's first frame.
    container.current.removeAttribute('data-rendered')
    const graph = new Graph({ multi: true, type: 'undirected', allowSelfLoops: false })
    graph.import(data as unknown as Parameters<typeof graph.import>[0])
    graph.forEachNode((key, a) => {
      const label = lang === 'sv' ? a.labelSv || a.label : lang === 'en' ? a.labelEn || a.label : a.label
      const sector = sectorPatterns[a.sector ?? ''] ? a.sector : 'OTHER'
      const type = a.kind === 'Network' ? 'ring' : programs[`sector-${sector}`] ? `sector-${sector}` : 'circle'
      graph.mergeNodeAttributes(key, { type, color: nodeColor(a), borderColor: nodeColor(a), accent: accentColor, label })
    })
    // Ordinary edges as 1-pixel lines (far cheaper to draw than the default
    // quads with tens of thousands of them); leaders' edges stay thick.
    graph.forEachEdge((key, a) => {
      const style = edgeStyle(a.role)
      graph.mergeEdgeAttributes(key, style.size > 1 ? style : { ...style, type: 'line' })
    })
    setProjection(mode === 'comembership' ? project(graph) : null)
    if ((mode === 'load' || mode === 'bridge') && scores) sizeNodes(graph, mode, scores)
    const prev = previous.current
    const fade = prev !== null && !reducedMotion()
    // Without the fade (reduced motion) the camera still stays on a step
    // of the timeline: only the transition is left out.
    const shared = fade ? addTransition(graph, prev.drawn) : prev ? sharedShare(graph, prev.drawn) : 0
    fadeT.current = fade ? 0 : 1
    const labels = labelLayer()
    const renderer = new Sigma(graph, container.current, {
      // Only nodes drawn large enough get a label: no label soup at national scale.
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.5,
      // Labels never overlap or run off the canvas (labels.ts).
      defaultDrawNodeLabel: labels.draw,
      // Panning and zooming draw the nodes only: smooth with 300,000 edges.
      hideEdgesOnMove: true,
      zIndex: true,
      nodeProgramClasses: programs,
      edgeProgramClasses: { line: EdgeLineProgram },
      nodeReducer: (node, drawn) => {
        const attrs = fadeT.current < 1 ? fading(drawn, fadeT.current) : drawn
        if (attrs.hidden) return attrs
        if (shown.current && !shown.current.has(node)) return { ...attrs, hidden: true }
        if (hovered.current && !hovered.current.has(node)) return { ...attrs, color: dimmed, borderColor: dimmed, accent: dimmed, label: '' }
        if (hovered.current) return { ...attrs, highlighted: true, zIndex: 1 }
        return attrs
      },
      edgeReducer: (edge, attrs) => {
        const [s, t] = graph.extremities(edge)
        // A new node's memberships appear once it has.
        if (fadeT.current < 1 && (graph.getNodeAttribute(s, 'entering') || graph.getNodeAttribute(t, 'entering'))) return { ...attrs, hidden: true }
        if (shown.current && (!shown.current.has(s) || !shown.current.has(t))) return { ...attrs, hidden: true }
        if (hovered.current && !(hovered.current.has(s) && hovered.current.has(t))) return { ...attrs, hidden: true }
        return attrs
      },
    })
    // Tests and the browser benchmark wait for this mark: the first frame is drawn.
    renderer.once('afterRender', () => container.current?.setAttribute('data-rendered', 'true'))
    renderer.on('beforeRender', labels.reset)
    // How many labels the last frame drew (the browser tests read it).
    renderer.on('afterRender', () => {
      const el = container.current
      if (!el) return
      el.setAttribute('data-labels', String(labels.drawn()))
      el.setAttribute('data-camera-ratio', renderer.getCamera().ratio.toFixed(3))
      // In focus mode: how many of the shown nodes are inside the view (the
      // browser tests check that the camera fits them all).
      if (shown.current) {
        const { width, height } = renderer.getDimensions()
        let inside = 0
        for (const n of shown.current) {
          const p = renderer.graphToViewport(graph.getNodeAttributes(n) as { x: number; y: number })
          if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) inside++
        }
        el.setAttribute('data-focus-in-view', `${inside}/${shown.current.size}`)
      } else el.removeAttribute('data-focus-in-view')
    })
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
    // A step of the timeline keeps the view; another map starts afresh.
    if (prev && shared >= 0.5) renderer.getCamera().setState(prev.camera)
    let frame = 0
    if (fadeT.current < 1) {
      const started = performance.now()
      const step = () => {
        fadeT.current = Math.min(1, (performance.now() - started) / FADE_MS)
        if (fadeT.current >= 1) graph.filterNodes((_, a) => a.leaving).forEach((n) => graph.dropNode(n))
        renderer.refresh({ skipIndexation: fadeT.current < 1 })
        if (fadeT.current < 1) frame = requestAnimationFrame(step)
      }
      frame = requestAnimationFrame(step)
    }
    return () => {
      cancelAnimationFrame(frame)
      previous.current = { drawn: drawnNodes(graph), camera: renderer.getCamera().getState() }
      renderer.kill()
      sigmaRef.current = null
    }
  }, [data, lang, mode, scores])

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
      // Focus shows the selection's neighbourhood: the camera fits what is
      // shown (with a margin); otherwise it centres on the selection.
      const fit = shown.current && shown.current.size > 1 ? fitTo(renderer, shown.current) : null
      const pos = renderer.getNodeDisplayData(selected)
      if (fit) renderer.getCamera().animate(fit, { duration: 400 })
      else if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: focus > 0 ? 0.3 : 0.5 }, { duration: 400 })
    }
  }, [selected, focus, data, lang, mode, scores])

  // Keyboard use of the canvas: pan, zoom, and walk from node to node (the
  // selection's neighbours, or the nodes nearest the centre), announcing
  // each; Enter opens it like a click.
  const cursor = useRef<string | null>(null)
  const [announced, setAnnounced] = useState('')
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const renderer = sigmaRef.current
    if (!renderer) return
    const camera = renderer.getCamera()
    const state = camera.getState()
    const step = 0.15 * state.ratio
    const graph = renderer.getGraph()
    const moveTo = (node: string) => {
      cursor.current = node
      hovered.current = neighbourhood(graph, node, 1)
      renderer.refresh({ skipIndexation: true })
      const pos = renderer.getNodeDisplayData(node)
      if (pos) camera.animate({ x: pos.x, y: pos.y }, { duration: 200 })
      setAnnounced(`${mapMessages[lang].selected}: ${graph.getNodeAttribute(node, 'label')}`)
    }
    switch (e.key) {
      case 'ArrowLeft':
        camera.animate({ x: state.x - step }, { duration: 150 })
        break
      case 'ArrowRight':
        camera.animate({ x: state.x + step }, { duration: 150 })
        break
      case 'ArrowUp':
        camera.animate({ y: state.y + step }, { duration: 150 })
        break
      case 'ArrowDown':
        camera.animate({ y: state.y - step }, { duration: 150 })
        break
      case '+':
      case '=':
        camera.animatedZoom({ duration: 150 })
        break
      case '-':
        camera.animatedUnzoom({ duration: 150 })
        break
      case '0':
        camera.animatedReset({ duration: 200 })
        break
      case 'n':
      case 'N':
      case 'p':
      case 'P': {
        const from = cursor.current ?? selected
        let candidates: string[]
        if (from && graph.hasNode(from) && graph.degree(from) > 0) {
          candidates = [...new Set(graph.neighbors(from))]
        } else {
          // The nodes nearest the centre of the view, nearest first.
          const near: [number, string][] = []
          graph.forEachNode((n) => {
            const d = renderer.getNodeDisplayData(n)
            if (d && !d.hidden) near.push([(d.x - state.x) ** 2 + (d.y - state.y) ** 2, n])
          })
          candidates = near.sort((a, b) => a[0] - b[0]).slice(0, 20).map(([, n]) => n)
        }
        if (candidates.length === 0) break
        candidates.sort((a, b) => String(graph.getNodeAttribute(a, 'label')).localeCompare(String(graph.getNodeAttribute(b, 'label')), lang))
        const i = cursor.current ? candidates.indexOf(cursor.current) : -1
        const next = e.key.toLowerCase() === 'n' ? (i + 1) % candidates.length : (i - 1 + candidates.length) % candidates.length
        moveTo(candidates[next])
        break
      }
      case 'Enter':
        if (cursor.current) selectRef.current(cursor.current, graph.getNodeAttribute(cursor.current, 'kind'))
        break
      case 'Escape':
        cursor.current = null
        hovered.current = null
        renderer.refresh({ skipIndexation: true })
        setAnnounced('')
        break
      default:
        return
    }
    e.preventDefault()
  }

  return (
    <>
      {/* The map is one keyboard-operated widget (role application, its keys
          described by #map-help): focusable, with its own key handling. */}
      {/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
      <div
        ref={container}
        className="map-canvas"
        data-testid="map"
        tabIndex={0}
        role="application"
        aria-label={mapMessages[lang].label.split('.')[0]}
        aria-describedby="map-help"
        onKeyDown={onKeyDown}
      />
      {/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
      <p className="visually-hidden" aria-live="polite" data-testid="map-announce">
        {announced}
      </p>
      {mode && (
        <p className="map-mode" aria-live="polite" data-testid="map-mode">
          {modeNote(lang, mode, { scores, failed: scoresFailed, projection })}
        </p>
      )}
    </>
  )
}

// fitTo is the camera state that shows every one of nodes, with a margin:
// their bounding box in sigma's framed coordinates, where the camera's
// ratio 1 shows the whole graph.
function fitTo(renderer: Sigma, nodes: Set<string>): { x: number; y: number; ratio: number } | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n)
    if (!d) continue
    minX = Math.min(minX, d.x)
    maxX = Math.max(maxX, d.x)
    minY = Math.min(minY, d.y)
    maxY = Math.max(maxY, d.y)
  }
  if (minX === Infinity) return null
  const ratio = Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.3))
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }
}
