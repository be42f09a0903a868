import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getJson, postJson, setCsrfToken } from './api.js';

export interface Session {
  readonly authenticated: boolean;
  readonly label: string;
  readonly permissions: readonly string[];
  readonly csrfToken?: string;
}

interface SessionState {
  readonly session: Session | undefined;
  readonly login: (email: string, password: string) => Promise<void>;
  readonly logout: () => Promise<void>;
  readonly can: (permission: string) => boolean;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Loads who is signed in (`GET /api/v1/auth/session`) and offers login/logout. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(undefined);
  const refresh = useCallback(async () => {
    const current = await getJson<Session>('/api/v1/auth/session').catch((): Session => ({
      authenticated: false,
      label: 'anonymous',
      permissions: [],
    }));
    setCsrfToken(current.csrfToken);
    setSession(current);
  }, []);
  useEffect(() => void refresh(), [refresh]);
  const login = useCallback(
    async (email: string, password: string) => {
      const answer = await postJson<{ csrfToken: string }>('/api/v1/auth/login', {
        email,
        password,
      });
      setCsrfToken(answer.csrfToken);
      await refresh();
    },
    [refresh],
  );
  const logout = useCallback(async () => {
    await postJson('/api/v1/auth/logout', {});
    setCsrfToken(undefined);
    await refresh();
  }, [refresh]);
  const can = useCallback(
    (permission: string) => session?.permissions.includes(permission) ?? false,
    [session],
  );
  return (
    <SessionContext.Provider value={{ session, login, logout, can }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === undefined) throw new Error('useSession outside SessionProvider');
  return state;
}
