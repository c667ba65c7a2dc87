import { Dropdown, DropdownItem } from 'suomifi-ui-components'

// Select is a suomifi Dropdown with an "any" choice, used by every filter.
// The empty string stands for "any", as suomifi items need a value.
export default function Select(props: {
  label: string
  anyLabel?: string
  value: string
  options: { value: string; label: string }[]
  onChange: (value: string) => void
  testId: string
}) {
  const ANY = '__any__'
  return (
    <Dropdown
      labelText={props.label}
      value={props.value || (props.anyLabel ? ANY : props.options[0]?.value)}
      onChange={(v: string) => props.onChange(v === ANY ? '' : v)}
      data-testid={props.testId}
      fullWidth
      className="filter"
    >
      {[
        ...(props.anyLabel ? [{ value: ANY, label: props.anyLabel }] : []),
        ...props.options,
      ].map((o) => (
        <DropdownItem key={o.value} value={o.value}>
          {o.label}
        </DropdownItem>
      ))}
    </Dropdown>
  )
}
