// Node colours by sector and network kind, and a second cue for each
// sector: a pattern of concentric bands (WCAG 1.4.1), drawn the same way on
// the map and in the legend. Every colour that carries meaning reaches 3:1
// against the map's background (1.4.11; checked in colors.test.ts).
export const background = '#f7f8fa'

export const sectorColors: Record<string, string> = {
  MUNICIPALITY: '#2a6ebb',
  WELLBEING_COUNTY: '#00857c',
  POLICE: '#1b2f5b',
  PROBATION: '#6b4fa3',
  OTHER_STATE: '#5f6b73',
  PARISH: '#8a5a00',
  NGO: '#c2185b',
  EDUCATION: '#2e7d32',
  BUSINESS: '#795548',
  OTHER: '#6f6f6f',
}

export const networkColor = '#c73a22'
// Membership lines: plain ones lighter than leaders', both at least 3:1.
export const edgeColor = '#7d8791'
export const leadEdgeColor = '#3a444d'
// The keyboard focus outline (styles.css uses the same value).
export const focusColor = '#1a1a1a'
// The dark band of a sector pattern.
export const accentColor = '#1f2a33'

// A band of a node's pattern, outermost first: the sector's colour (c),
// white (w) or dark (d), as a share of the radius; the last fills the rest.
export type Band = [tone: 'c' | 'w' | 'd', size: number]

export const sectorPatterns: Record<string, Band[]> = {
  MUNICIPALITY: [['c', 1]],
  WELLBEING_COUNTY: [['c', 0.72], ['w', 1]],
  POLICE: [['c', 0.6], ['d', 1]],
  PROBATION: [['d', 0.22], ['c', 1]],
  OTHER_STATE: [['d', 0.22], ['c', 0.42], ['w', 1]],
  PARISH: [['c', 0.3], ['w', 0.22], ['c', 1]],
  NGO: [['c', 0.3], ['d', 0.22], ['c', 1]],
  EDUCATION: [['d', 0.22], ['c', 0.42], ['d', 1]],
  BUSINESS: [['c', 0.2], ['w', 0.2], ['c', 0.2], ['w', 1]],
  OTHER: [['d', 0.22], ['w', 0.22], ['c', 1]],
}

// Networks: a ring of the network colour around white.
export const networkPattern: Band[] = [['c', 0.4], ['w', 1]]

// Edges of organisations that lead a network (chair, coordinator…) are drawn
// darker and thicker than plain memberships.
export const leadRoles = ['CHAIR', 'VICE_CHAIR', 'COORDINATOR', 'SECRETARY']

export function edgeStyle(role: string): { color: string; size: number } {
  return leadRoles.includes(role) ? { color: leadEdgeColor, size: 2 } : { color: edgeColor, size: 1 }
}

export function nodeColor(attrs: { kind?: string; sector?: string }): string {
  if (attrs.kind === 'Network') return networkColor
  return sectorColors[attrs.sector ?? ''] ?? sectorColors.OTHER
}

// contrast is WCAG's contrast ratio of two #rrggbb colours.
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}
