// Counting a profile's memberships year by year, for the members-over-time
// chart: a membership counts in a year when it ran on the year's last day
// (today for this year).

export interface Dated {
  status: string
  startDate?: string | null
  endDate?: string | null
  /** what the chart stacks by (a member's sector); '' for one series */
  group: string
}

export interface OverTime {
  years: number[]
  /** per group, a count per year */
  series: [group: string, counts: number[]][]
  /** memberships without a start date: counted this year only */
  undated: number
}

export function overTime(ms: Dated[], today: Date, groupOrder: readonly string[] = []): OverTime {
  const thisYear = today.getFullYear()
  const day = (y: number) => (y >= thisYear ? today.toISOString().slice(0, 10) : `${y}-12-31`)
  const counted = ms.filter((m) => m.status === 'ACTIVE' || m.status === 'ENDED')
  const starts = counted.flatMap((m) => (m.startDate ? [Number(m.startDate.slice(0, 4))] : []))
  const first = starts.length ? Math.min(...starts, thisYear) : thisYear
  const years: number[] = []
  for (let y = first; y <= thisYear; y++) years.push(y)
  const groups = [...new Set(counted.map((m) => m.group))].sort((a, b) => {
    const ia = groupOrder.indexOf(a)
    const ib = groupOrder.indexOf(b)
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a.localeCompare(b)
  })
  const series: [string, number[]][] = groups.map((g) => [
    g,
    years.map((y) => {
      const d = day(y)
      return counted.filter((m) => {
        if (m.group !== g) return false
        // No start date: known to run only now.
        if (!m.startDate) return y === thisYear && m.status === 'ACTIVE'
        return m.startDate <= d && (m.endDate ? m.endDate >= d : m.status === 'ACTIVE' || y < thisYear)
      }).length
    }),
  ])
  return { years, series, undated: counted.filter((m) => !m.startDate).length }
}
