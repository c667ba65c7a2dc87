import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { useClient, useMutation } from 'urql'
import { ME_QUERY, REFRESH_SESSION } from './operations'

interface Named {
  id: string
  nameFi: string
  nameSv?: string | null
  nameEn?: string | null
}

export interface Me {
  id: string
  email: string
  role: 'ADMIN' | 'COORDINATOR' | 'EDITOR' | 'VIEWER'
  organization?: Named | null
  networks?: Named[] | null
  sessionSecondsLeft?: number | null
}

interface Session {
  me: Me | null
  /** when the session ends, on this page's clock (ms since the epoch); null without one */
  endsAt: number | null
  /** the session ended under the user: the page offers to sign in again, keeping what is on it */
  expired: boolean
  markExpired: () => void
  extend: () => Promise<boolean>
  /** asks the server who is signed in; the answer too */
  refresh: () => Promise<Me | null>
  /** after signing out on purpose: no "session ended" message */
  signedOut: () => Promise<void>
  canEditOrganization: (id: string) => boolean
  canCoordinate: (networkId: string) => boolean
}

const SessionContext = createContext<Session>({
  me: null,
  endsAt: null,
  expired: false,
  markExpired: () => {},
  extend: async () => false,
  signedOut: async () => {},
  refresh: async () => null,
  canEditOrganization: () => false,
  canCoordinate: () => false,
})

// SessionProvider knows who is signed in. The session itself is an HttpOnly
// cookie the page cannot read: it asks the server (`me`) instead.
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null)
  const [endsAt, setEndsAt] = useState<number | null>(null)
  const [expired, setExpired] = useState(false)
  // The server says how many seconds are left, so a wrong clock here does not matter.
  const until = (seconds?: number | null) => (typeof seconds === 'number' ? Date.now() + seconds * 1000 : null)
  // refresh answers who is signed in now (its caller waits for it): an
  // imperative read through the Provider's client.
  const client = useClient()
  const [, refreshSession] = useMutation(REFRESH_SESSION)
  const refresh = useCallback(async () => {
    const res = await client.query(ME_QUERY, {}, { requestPolicy: 'network-only' }).toPromise()
    const next = (res.data?.me as Me | null | undefined) ?? null
    setMe((prev) => {
      // Signed in a moment ago and now nobody, without signing out: the session ended.
      if (prev && !next) setExpired(true)
      return next
    })
    if (next) setExpired(false)
    setEndsAt(until(next?.sessionSecondsLeft))
    return next
  }, [client])
  const extend = useCallback(async () => {
    const res = await refreshSession({})
    const left = res.data?.refreshSession.sessionSecondsLeft
    if (typeof left !== 'number') {
      setExpired(true)
      return false
    }
    setEndsAt(until(left))
    return true
  }, [refreshSession])
  const markExpired = useCallback(() => {
    setExpired(true)
    setMe(null)
    setEndsAt(null)
  }, [])
  const signedOut = useCallback(async () => {
    setMe(null)
    setEndsAt(null)
    setExpired(false)
  }, [])
  useEffect(() => {
    refresh()
  }, [refresh])
  const canEditOrganization = (id: string) => !!me && (me.role === 'ADMIN' || (me.role === 'EDITOR' && me.organization?.id === id))
  const canCoordinate = (id: string) => !!me && (me.role === 'ADMIN' || (me.role === 'COORDINATOR' && (me.networks ?? []).some((n) => n.id === id)))
  return (
    <SessionContext.Provider value={{ me, endsAt, expired, markExpired, extend, refresh, signedOut, canEditOrganization, canCoordinate }}>
      {children}
    </SessionContext.Provider>
  )
}

export function useSession(): Session {
  return useContext(SessionContext)
}
