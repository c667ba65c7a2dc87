import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import { client } from '../api'
import { ME_QUERY } from './operations'

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
}

interface Session {
  me: Me | null
  refresh: () => Promise<void>
  canEditOrganization: (id: string) => boolean
  canCoordinate: (networkId: string) => boolean
}

const SessionContext = createContext<Session>({
  me: null,
  refresh: async () => {},
  canEditOrganization: () => false,
  canCoordinate: () => false,
})

// SessionProvider knows who is signed in. The session itself is an HttpOnly
// cookie the page cannot read: it asks the server (`me`) instead.
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null)
  const refresh = useCallback(async () => {
    const res = await client.query(ME_QUERY, {}, { requestPolicy: 'network-only' }).toPromise()
    setMe((res.data?.me as Me | null | undefined) ?? null)
  }, [])
  useEffect(() => {
    refresh()
  }, [refresh])
  const canEditOrganization = (id: string) => !!me && (me.role === 'ADMIN' || (me.role === 'EDITOR' && me.organization?.id === id))
  const canCoordinate = (id: string) => !!me && (me.role === 'ADMIN' || (me.role === 'COORDINATOR' && (me.networks ?? []).some((n) => n.id === id)))
  return <SessionContext.Provider value={{ me, refresh, canEditOrganization, canCoordinate }}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  return useContext(SessionContext)
}
