import { useId } from 'react'

// Select is a labelled native <select> with an "any" choice (the empty
// value), used by every single-choice filter. Native, not a scripted
// listbox: every browser, phone and assistive technology knows how to work
// it, it needs no JavaScript of its own, and it fits a narrow drawer.
export default function Select(props: {
  label: string
  anyLabel?: string
  value: string
  options: { value: string; label: string }[]
  onChange: (value: string) => void
  testId: string
}) {
  const id = useId()
  return (
    <div className="filter select">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        {props.anyLabel && <option value="">{props.anyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
