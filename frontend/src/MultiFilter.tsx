import { Checkbox, CheckboxGroup } from 'suomifi-ui-components'

// MultiFilter chooses any number of values for one filter ("police or
// parishes"): a disclosure whose summary says what is chosen, holding a
// group of checkboxes, so it works with a keyboard and a screen reader
// like any form. No value chosen means any.
export default function MultiFilter(props: {
  label: string
  anyLabel: string
  values: string[]
  options: { value: string; label: string }[]
  onChange: (values: string[]) => void
  testId: string
}) {
  const chosen = props.options.filter((o) => props.values.includes(o.value)).map((o) => o.label)
  return (
    <details className="multi-filter" data-testid={props.testId}>
      <summary>
        <span className="multi-label">{props.label}</span>: {chosen.length ? chosen.join(', ') : props.anyLabel}
      </summary>
      <CheckboxGroup labelText={props.label} labelMode="hidden">
        {props.options.map((o) => (
          <Checkbox
            key={o.value}
            checked={props.values.includes(o.value)}
            onClick={({ checkboxState }) =>
              props.onChange(checkboxState ? [...props.values, o.value].sort() : props.values.filter((v) => v !== o.value))
            }
          >
            {o.label}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </details>
  )
}
