import { describe, expect, it } from 'vitest'
import { overTime } from './overTime'

describe('overTime', () => {
  const today = new Date('2026-12-03T12:00:00Z')
  it('counts each year the memberships that ran on its last day, by group', () => {
    const r = overTime(
      [
        { status: 'ACTIVE', startDate: '2020-03-01', group: 'POLICE' },
        { status: 'ENDED', startDate: '2021-01-01', endDate: '2023-06-30', group: 'NGO' },
        { status: 'ACTIVE', startDate: '2022-12-31', group: 'NGO' },
        { status: 'ACTIVE', startDate: null, group: 'NGO' },
        { status: 'PENDING', startDate: '2019-01-01', group: 'NGO' },
        { status: 'DECLINED', startDate: '2019-01-01', group: 'NGO' },
      ],
      today,
      ['POLICE', 'NGO'],
    )
    expect(r.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026])
    expect(r.series).toEqual([
      ['POLICE', [1, 1, 1, 1, 1, 1, 1]],
      ['NGO', [0, 1, 2, 1, 1, 1, 2]],
    ])
    expect(r.undated).toBe(1)
  })
  it('is this year alone without dates', () => {
    expect(overTime([{ status: 'ACTIVE', group: '' }], today)).toEqual({ years: [2026], series: [['', [1]]], undated: 1 })
  })
})
