// The WAI-ARIA combobox pattern (an editable input with list autocomplete),
// in one place for every picker that suggests as the user types (search,
// the network to ask to join): arrow keys move through the suggestions,
// Enter picks the highlighted one (or the first), Escape closes the list,
// and the highlighted option is the input's aria-activedescendant.
import { useEffect, useId, useState } from 'react'
import type { KeyboardEvent, MouseEvent } from 'react'

export function useCombobox<T>(items: T[] | null, onPick: (item: T) => void) {
  const id = useId()
  const listId = `${id}-list`
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // New suggestions open the list with nothing highlighted.
  useEffect(() => {
    setOpen(items !== null)
    setActive(-1)
  }, [items])
  const n = items?.length ?? 0
  const shown = open && items !== null
  const pick = (item: T) => {
    onPick(item)
    setOpen(false)
    setActive(-1)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && n > 0) {
      setOpen(true)
      setActive((a) => (a + 1) % n)
    } else if (e.key === 'ArrowUp' && n > 0) {
      setOpen(true)
      setActive((a) => (a <= 0 ? n - 1 : a - 1))
    } else if (e.key === 'Enter' && shown && n > 0) {
      pick(items[active >= 0 ? active : 0])
    } else if (e.key === 'Escape' && shown) {
      setOpen(false)
      setActive(-1)
    } else return
    e.preventDefault()
  }
  return {
    /** the suggestions are showing (possibly none were found) */
    shown,
    input: {
      id,
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': shown && n > 0,
      'aria-controls': listId,
      'aria-activedescendant': shown && active >= 0 ? `${listId}-${active}` : undefined,
      autoComplete: 'off',
      onKeyDown,
    },
    list: { id: listId, role: 'listbox' as const, hidden: !shown || n === 0 },
    option: (i: number) => ({
      id: `${listId}-${i}`,
      role: 'option' as const,
      'aria-selected': i === active,
      className: i === active ? 'active' : undefined,
      // Keep focus in the input: a click picks without blurring it first.
      onMouseDown: (e: MouseEvent) => e.preventDefault(),
      onClick: () => items && pick(items[i]),
    }),
  }
}

/** useDebounced is value once it has stayed the same for ms (typing pauses before a query goes). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
