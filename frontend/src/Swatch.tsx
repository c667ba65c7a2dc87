import { accentColor, networkColor, networkPattern, sectorColors, sectorPatterns } from './colors'
import type { Band } from './colors'

// A legend swatch drawn like the map's node: concentric bands.
function Bands({ bands, color }: { bands: Band[]; color: string }) {
  const r = 7
  let radius = r
  const circles = bands.map(([tone, size], i) => {
    const fill = tone === 'c' ? color : tone === 'w' ? '#ffffff' : accentColor
    const c = <circle key={i} cx={r} cy={r} r={radius} fill={fill} />
    radius -= i === bands.length - 1 ? 0 : size * r
    return c
  })
  return (
    <svg width={2 * r} height={2 * r} viewBox={`0 0 ${2 * r} ${2 * r}`} aria-hidden="true" className="swatch-svg">
      {circles}
    </svg>
  )
}

export function SectorSwatch({ sector }: { sector: string }) {
  return <Bands bands={sectorPatterns[sector] ?? sectorPatterns.OTHER} color={sectorColors[sector] ?? sectorColors.OTHER} />
}

export function NetworkSwatch() {
  return <Bands bands={networkPattern} color={networkColor} />
}
