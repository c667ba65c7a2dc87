// Node colours by sector and network kind. Colour is never the only signal:
// the legend names each colour and the side panel names the sector.
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
  OTHER: '#9e9e9e',
}

export const networkColor = '#d9452b'
export const edgeColor = '#c8cdd2'
export const leadEdgeColor = '#4a5560'

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
