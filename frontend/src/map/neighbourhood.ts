import type Graph from 'graphology'

// neighbourhood returns the nodes within steps of start.
export function neighbourhood(graph: Graph, start: string, steps: number): Set<string> {
  const seen = new Set([start])
  let frontier = [start]
  for (let i = 0; i < steps; i++) {
    const next: string[] = []
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m)
          next.push(m)
        }
      })
    }
    frontier = next
  }
  return seen
}

