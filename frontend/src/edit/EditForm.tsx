import { useEffect, useId, useRef, useState } from 'react'
import { frameMessages } from '../i18n/messages'
import { useSession } from './session'
import type { CombinedError } from 'urql'
import { Button, Heading, InlineAlert, TextInput, Textarea } from 'suomifi-ui-components'
import type { Lang } from '../i18n/messages'
import { editMessages } from '../i18n/editMessages'
import { problemOf } from './errors'
import { check, serverFieldMessage } from './validate'
import type { FieldRule } from './validate'
import AreaPicker, { areasValue, parseAreas } from './AreaPicker'
import { nameIn } from '../i18n/names'

export interface FieldSpec {
  name: string
  label: string
  rule?: FieldRule
  // choices: several of options (checkboxes); area, areas: one or several
  // areas, picked by name (AreaPicker).
  kind?: 'text' | 'textarea' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'select' | 'checkbox' | 'choices' | 'area' | 'areas'
  options?: { value: string; label: string }[]
}

export type Values = Record<string, string | boolean>

export interface Loaded {
  version: number
  values: Values
}

// EditForm is the shared editing form: inline validation in the user's
// language before sending, the server's field errors inline after, and on a
// conflict (someone saved in between) what the others changed, with the
// user's own edits kept, so that nothing typed is lost.
export default function EditForm({
  title,
  testId,
  lang,
  fields,
  load,
  save,
  onDone,
}: {
  title: string
  testId: string
  lang: Lang
  fields: FieldSpec[]
  load: () => Promise<Loaded | null>
  save: (input: Record<string, unknown>, version: number) => Promise<CombinedError | undefined>
  onDone: (saved: boolean) => void
}) {
  const t = editMessages[lang]
  const formId = useId()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [values, setValues] = useState<Values | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [conflict, setConflict] = useState<{ field: FieldSpec; now: string }[] | null>(null)
  const [busy, setBusy] = useState(false)
  const session = useSession()
  const f = frameMessages[lang]
  const heading = useRef<HTMLDivElement>(null)
  const conflictBox = useRef<HTMLDivElement>(null)
  const problemBox = useRef<HTMLDivElement>(null)

  useEffect(() => {
    load().then((l) => {
      setLoaded(l)
      if (l) setValues(l.values)
    })
    // Once, when the form opens: a reload would overwrite what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The form takes focus at its heading when it opens; a conflict or a
  // problem takes it when it appears, so that it is heard, not missed.
  const isLoaded = loaded !== null
  useEffect(() => {
    if (isLoaded) heading.current?.querySelector<HTMLElement>('h3')?.focus()
  }, [isLoaded])
  useEffect(() => {
    if (conflict) conflictBox.current?.focus()
  }, [conflict])
  useEffect(() => {
    if (problem) problemBox.current?.focus()
  }, [problem])

  if (!loaded || !values) return <p>…</p>

  const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v : '')
  const show = (f: FieldSpec, v: string | boolean | undefined) =>
    f.kind === 'checkbox'
      ? v ? '✓' : '–'
      : f.kind === 'select'
        ? (f.options?.find((o) => o.value === v)?.label ?? '–')
        : f.kind === 'choices'
          ? text(v).split(',').filter(Boolean).map((x) => f.options?.find((o) => o.value === x)?.label ?? x).join(', ') || '–'
          : f.kind === 'area' || f.kind === 'areas'
            ? parseAreas(text(v)).map((a) => nameIn(a, lang)).join(', ') || '–'
            : text(v) || '–'

  const submit = async () => {
    const found: Record<string, string> = {}
    for (const f of fields) {
      const msg = f.rule && f.kind !== 'checkbox' && f.kind !== 'choices' && f.kind !== 'area' && f.kind !== 'areas' ? check(lang, text(values[f.name]), f.rule) : null
      if (msg) found[f.name] = msg
    }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setProblem(t.fixErrors)
      return
    }
    // Only what changed is sent; an emptied optional field is cleared.
    const input: Record<string, unknown> = {}
    for (const f of fields) {
      const v = values[f.name]
      if (v === loaded.values[f.name]) continue
      const cap = f.name[0].toUpperCase() + f.name.slice(1)
      if (f.kind === 'choices') {
        // The whole list replaces the old one; none clears it.
        const list = text(v).split(',').filter(Boolean)
        if (list.length > 0) input[f.name] = list
        else input[`clear${cap}`] = true
        continue
      }
      if (f.kind === 'area') {
        const [a] = parseAreas(text(v))
        if (a) input[`${f.name}ID`] = a.id
        else input[`clear${cap}`] = true
        continue
      }
      if (f.kind === 'areas') {
        // Only the difference is sent: areas added, areas removed.
        const before = new Set(parseAreas(text(loaded.values[f.name])).map((a) => a.id))
        const after = new Set(parseAreas(text(v)).map((a) => a.id))
        const one = cap.replace(/s$/, '')
        const add = [...after].filter((x) => !before.has(x))
        const remove = [...before].filter((x) => !after.has(x))
        if (add.length) input[`add${one}IDs`] = add
        if (remove.length) input[`remove${one}IDs`] = remove
        continue
      }
      if (typeof v === 'boolean') input[f.name] = v
      else if (v.trim() === '' && !f.rule?.required) input[`clear${f.name[0].toUpperCase()}${f.name.slice(1)}`] = true
      else input[f.name] = f.kind === 'number' ? Number(v) : v.trim()
    }
    setBusy(true)
    const p = problemOf(await save(input, loaded.version))
    setBusy(false)
    if (!p) {
      onDone(true)
      return
    }
    if (p.code === 'CONFLICT') {
      const current = await load()
      if (current) {
        const merged = { ...current.values }
        for (const f of fields) if (values[f.name] !== loaded.values[f.name]) merged[f.name] = values[f.name]
        setConflict(fields.filter((f) => current.values[f.name] !== loaded.values[f.name]).map((f) => ({ field: f, now: show(f, current.values[f.name]) })))
        setValues(merged)
        setLoaded(current) // saving again applies the user's changes over the current version
      }
      setProblem(null)
      return
    }
    if (Object.keys(p.fields).length > 0) {
      setErrors(Object.fromEntries(Object.entries(p.fields).map(([f, m]) => [f, serverFieldMessage(lang, m)])))
      setProblem(t.fixErrors)
      return
    }
    if (p.reason === 'SESSION_EXPIRED' || (p.code === 'UNAUTHENTICATED' && session.me)) {
      // Nothing typed is lost: the form stays, and signing in over it lets the user save again.
      session.markExpired()
      setProblem(`${f.sessionEnded}. ${f.sessionEndedText}`)
      return
    }
    setProblem(p.code === 'FORBIDDEN' || p.code === 'UNAUTHENTICATED' ? t.forbidden : t.genericError)
  }

  const set = (name: string, v: string | boolean) => setValues({ ...values, [name]: v })
  return (
    <form
      className="edit-form"
      data-testid={testId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div ref={heading}>
        <Heading variant="h3" tabIndex={-1}>
          {title}
        </Heading>
      </div>
      {fields.some((x) => x.rule?.required) && <p className="hint">{f.requiredNote}</p>}
      {conflict && (
        <div ref={conflictBox} tabIndex={-1} role="alert" className="alert-box">
        <InlineAlert status="warning" labelText={t.conflictTitle} data-testid="conflict">
          <p>{t.conflictText}</p>
          {conflict.length > 0 && <p>{t.currentValues}:</p>}
          <dl className="facts">
            {conflict.map(({ field, now }) => (
              <div key={field.name}>
                <dt>{field.label}</dt>
                <dd>{now}</dd>
              </div>
            ))}
          </dl>
        </InlineAlert>
        </div>
      )}
      {problem && (
        <div ref={problemBox} tabIndex={-1} className="alert-box">
          <InlineAlert status="error" role="alert" data-testid="form-problem">
            {problem}
          </InlineAlert>
        </div>
      )}
      {fields.map((f) => {
        const error = errors[f.name]
        switch (f.kind) {
          case 'textarea':
            return (
              <Textarea key={f.name} labelText={f.label} value={text(values[f.name])} onChange={(e) => set(f.name, e.target.value)}
                status={error ? 'error' : 'default'} statusText={error} fullWidth />
            )
          case 'checkbox':
            return (
              <label key={f.name} className="checkbox">
                <input type="checkbox" checked={values[f.name] === true} onChange={(e) => set(f.name, e.target.checked)} /> {f.label}
              </label>
            )
          case 'choices': {
            const chosen = new Set(text(values[f.name]).split(',').filter(Boolean))
            const toggle = (value: string, on: boolean) => {
              const next = new Set(chosen)
              if (on) next.add(value)
              else next.delete(value)
              set(f.name, (f.options ?? []).map((o) => o.value).filter((x) => next.has(x)).join(','))
            }
            return (
              <fieldset key={f.name} className="field choices" data-testid={`field-${f.name}`}>
                <legend>{f.label}</legend>
                {(f.options ?? []).map((o) => (
                  <label key={o.value} className="checkbox">
                    <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} /> {o.label}
                  </label>
                ))}
              </fieldset>
            )
          }
          case 'area':
          case 'areas':
            return (
              <AreaPicker key={f.name} id={`${formId}-${f.name}`} label={f.label} lang={lang} multiple={f.kind === 'areas'}
                value={parseAreas(text(values[f.name]))} onChange={(areas) => set(f.name, areasValue(areas))} testId={`field-${f.name}`} />
            )
          case 'date':
          case 'select': {
            const id = `${formId}-${f.name}`
            return (
              <div key={f.name} className="field">
                <label htmlFor={id}>{f.label}</label>
                {f.kind === 'date' ? (
                  <input id={id} type="date" value={text(values[f.name])} onChange={(e) => set(f.name, e.target.value)} aria-invalid={!!error}
                    aria-describedby={error ? `${id}-error` : undefined} />
                ) : (
                  <select id={id} value={text(values[f.name])} onChange={(e) => set(f.name, e.target.value)}>
                    {(f.options ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
                {error && (
                  <span className="field-error" id={`${id}-error`} role="alert">
                    {error}
                  </span>
                )}
              </div>
            )
          }
          default:
            return (
              <TextInput key={f.name} labelText={f.rule?.required ? `${f.label} (${frameMessages[lang].required})` : f.label} value={text(values[f.name])} onChange={(v) => set(f.name, String(v ?? ''))}
                required={f.rule?.required}
                status={error ? 'error' : 'default'} statusText={error}
                type={f.kind === 'email' || f.kind === 'url' || f.kind === 'tel' || f.kind === 'number' ? f.kind : 'text'}
                data-testid={`field-${f.name}`} fullWidth />
            )
        }
      })}
      <div className="actions">
        <Button type="submit" disabled={busy} data-testid="save">
          {t.save}
        </Button>
        <Button variant="secondary" type="button" onClick={() => onDone(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  )
}
