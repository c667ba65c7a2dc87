import type { CombinedError } from 'urql'

// ApiProblem is what a failed mutation tells the user: the error code, the
// message per field for inline validation, and the entry's current version
// on a conflict.
export interface ApiProblem {
  code: string
  /** why, when the code alone does not say (SESSION_EXPIRED, BAD_CREDENTIALS, THROTTLED) */
  reason?: string
  message: string
  fields: Record<string, string>
  currentVersion?: number
}

export function problemOf(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null
  if (error.networkError || error.graphQLErrors.length === 0) return { code: 'NETWORK', message: '', fields: {} }
  const fields: Record<string, string> = {}
  let code = 'INTERNAL'
  let currentVersion: number | undefined
  let reason: string | undefined
  for (const e of error.graphQLErrors) {
    const ext = e.extensions ?? {}
    if (typeof ext.reason === 'string' && !reason) reason = ext.reason
    if (typeof ext.code === 'string' && code === 'INTERNAL') code = ext.code
    if (typeof ext.field === 'string') {
      // The server says "nameFi: must not be empty"; the field name is shown by the form itself.
      fields[ext.field] = e.message.startsWith(ext.field + ': ') ? e.message.slice(ext.field.length + 2) : e.message
    }
    if (typeof ext.currentVersion === 'number') currentVersion = ext.currentVersion
  }
  return { code, reason, message: error.graphQLErrors[0].message, fields, currentVersion }
}
