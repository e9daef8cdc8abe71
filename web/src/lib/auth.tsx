import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, get, post } from './api.ts';
import { queryClient } from './query.ts';

export type Role =
  | 'applicant'
  | 'case-officer'
  | 'verifier'
  | 'assisting-officer'
  | 'regulator'
  | 'justice-officer'
  | 'credit-officer'
  | 'data-officer'
  | 'auditor'
  | 'admin';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: string[];
  platformAdmin: boolean;
  jurisdiction: { code: string; name: string };
  district: { code: string; name: string };
  agency: { id: string; name: string } | null;
  party: {
    kind: 'person' | 'organisation';
    name: string;
    identifier: string;
    capacity: 'self' | 'administrator' | 'agent' | null;
  } | null;
  /** Applicants only: whether the account has proven whom it is (SPEC §10). */
  identityCheck: 'proven' | 'pending' | 'refused' | 'withdrawn' | 'none' | null;
  mustChangePassword: boolean;
}

interface Auth {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<Me | null>;
  logIn(username: string, password: string): Promise<Me | null>;
  logOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      const user = await get<Me>('/api/auth/me');
      setMe(user);
      return user;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo<Auth>(
    () => ({
      me,
      loading,
      refresh,
      async logIn(username, password) {
        await post('/api/auth/login', { username, password });
        queryClient.clear(); // nothing fetched for one account is shown to the next

        return refresh();
      },
      async logOut() {
        await post('/api/auth/logout');
        queryClient.clear();
        setMe(null);
      },
    }),
    [me, loading, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
