import { useEffect, useId, useState } from 'react'
import { useQuery } from 'urql'
import { graphql } from '../gql'
import type { Lang } from '../i18n/messages'
import { formatDate } from '../i18n/format'
import { timelineMessages } from '../i18n/mapMessages'
import { reducedMotion } from './fade'

const FIRST_START = graphql(`query FirstMembershipStart {
  memberships(first: 1, orderBy: {field: START_DATE, direction: ASC}, where: {startDateNotNil: true}) { edges { node { startDate } } } }`)

// How long each year stays on screen while playing; longer without motion.
const STEP_MS = 1500
const STEP_REDUCED_MS = 3000

const thisYear = () => new Date().getFullYear()

/** asOfYear is the map's day for a year of the timeline: its last day, or today (null) for this year. */
export function asOfYear(year: number): string | null {
  return year >= thisYear() ? null : `${year}-12-31`
}

// Timeline moves the map's as-of day a year at a time, from the year of the
// earliest membership to today, by hand (a native range input: arrow keys,
// Home and End) or playing. While playing, the map for the year after next
// is fetched ahead.
export default function Timeline({ lang, asOf, onChange, prefetch }: { lang: Lang; asOf: string | null; onChange: (asOf: string | null) => void; prefetch: (asOf: string | null) => void }) {
  const t = timelineMessages[lang]
  const id = useId()
  const [{ data }] = useQuery({ query: FIRST_START })
  const started = data?.memberships.edges?.[0]?.node?.startDate
  const last = thisYear()
  const first = started ? Math.min(Number(String(started).slice(0, 4)), last - 1) : last - 10
  const year = asOf ? Math.max(first, Math.min(last, Number(asOf.slice(0, 4)))) : last
  const [playing, setPlaying] = useState(false)
  useEffect(() => {
    if (!playing) return
    if (year >= last) {
      setPlaying(false)
      return
    }
    if (year + 2 <= last) prefetch(asOfYear(year + 2))
    const timer = setTimeout(() => onChange(asOfYear(year + 1)), reducedMotion() ? STEP_REDUCED_MS : STEP_MS)
    return () => clearTimeout(timer)
    // One step per year shown: the callbacks are new on every render of the
    // page, and restarting the step with them would stall the playback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, year])
  const said = (y: number) => (y >= last ? t.today : formatDate(lang, `${y}-12-31`))
  return (
    <div className="timeline" data-testid="timeline">
      <label htmlFor={id}>{t.timeline}</label>
      <div className="timeline-row">
        <input
          id={id}
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          aria-valuetext={said(year)}
          onChange={(e) => onChange(asOfYear(Number(e.target.value)))}
          data-testid="timeline-slider"
        />
        <span className="timeline-year" aria-hidden="true">
          {year >= last ? t.today : year}
        </span>
      </div>
      <button
        type="button"
        onClick={() => {
          if (!playing && year >= last) {
            prefetch(asOfYear(first + 1))
            onChange(asOfYear(first))
          }
          setPlaying(!playing)
        }}
        data-testid="timeline-play"
      >
        {playing ? t.pause : t.play}
      </button>
    </div>
  )
}
