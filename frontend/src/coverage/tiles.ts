// Where each county-level area's tile sits on the tile map: column and row
// on a 5 × 8 grid, roughly where the area lies in Finland (north at the top).
export const tilePositions: Record<string, [number, number]> = {
  'Lapin hyvinvointialue': [3, 1],
  'Pohjois-Pohjanmaan hyvinvointialue': [3, 2],
  'Kainuun hyvinvointialue': [4, 2],
  'Pohjanmaan hyvinvointialue': [1, 3],
  'Keski-Pohjanmaan hyvinvointialue': [2, 3],
  'Pohjois-Savon hyvinvointialue': [4, 3],
  'Pohjois-Karjalan hyvinvointialue': [5, 3],
  'Etelä-Pohjanmaan hyvinvointialue': [2, 4],
  'Keski-Suomen hyvinvointialue': [3, 4],
  'Etelä-Savon hyvinvointialue': [4, 4],
  'Satakunnan hyvinvointialue': [1, 5],
  'Pirkanmaan hyvinvointialue': [2, 5],
  'Päijät-Hämeen hyvinvointialue': [3, 5],
  'Kymenlaakson hyvinvointialue': [4, 5],
  'Etelä-Karjalan hyvinvointialue': [5, 5],
  'Varsinais-Suomen hyvinvointialue': [1, 6],
  'Kanta-Hämeen hyvinvointialue': [2, 6],
  'Keski-Uudenmaan hyvinvointialue': [3, 6],
  'Itä-Uudenmaan hyvinvointialue': [4, 6],
  'Länsi-Uudenmaan hyvinvointialue': [2, 7],
  'Vantaan ja Keravan hyvinvointialue': [3, 7],
  'Helsingin kaupunki': [3, 8],
}

// tileLabels are the areas' short names in Finnish (place names, in the
// nominative); other languages show the area's full name.
export const tileLabels: Record<string, string> = {
  'Lapin hyvinvointialue': 'Lappi',
  'Pohjois-Pohjanmaan hyvinvointialue': 'Pohjois-Pohjanmaa',
  'Kainuun hyvinvointialue': 'Kainuu',
  'Pohjanmaan hyvinvointialue': 'Pohjanmaa',
  'Keski-Pohjanmaan hyvinvointialue': 'Keski-Pohjanmaa',
  'Pohjois-Savon hyvinvointialue': 'Pohjois-Savo',
  'Pohjois-Karjalan hyvinvointialue': 'Pohjois-Karjala',
  'Etelä-Pohjanmaan hyvinvointialue': 'Etelä-Pohjanmaa',
  'Keski-Suomen hyvinvointialue': 'Keski-Suomi',
  'Etelä-Savon hyvinvointialue': 'Etelä-Savo',
  'Satakunnan hyvinvointialue': 'Satakunta',
  'Pirkanmaan hyvinvointialue': 'Pirkanmaa',
  'Päijät-Hämeen hyvinvointialue': 'Päijät-Häme',
  'Kymenlaakson hyvinvointialue': 'Kymenlaakso',
  'Etelä-Karjalan hyvinvointialue': 'Etelä-Karjala',
  'Varsinais-Suomen hyvinvointialue': 'Varsinais-Suomi',
  'Kanta-Hämeen hyvinvointialue': 'Kanta-Häme',
  'Keski-Uudenmaan hyvinvointialue': 'Keski-Uusimaa',
  'Itä-Uudenmaan hyvinvointialue': 'Itä-Uusimaa',
  'Länsi-Uudenmaan hyvinvointialue': 'Länsi-Uusimaa',
  'Vantaan ja Keravan hyvinvointialue': 'Vantaa–Kerava',
  'Helsingin kaupunki': 'Helsinki',
}

// shareClass buckets the share of expectations met for the tile colour;
// the figures are always shown as text too.
export function shareClass(met: number, total: number): 'good' | 'fair' | 'poor' | 'none' {
  if (total === 0) return 'none'
  const share = met / total
  return share >= 0.75 ? 'good' : share >= 0.4 ? 'fair' : 'poor'
}
