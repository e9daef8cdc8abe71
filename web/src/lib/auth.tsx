import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import * as accounts from '../api/accounts.ts';
import type { Answer } from '../api/answers.ts';
import { queryClient } from './query.ts';

export type Me = NonNullable<Answer<'/api/auth/session'>['user']>;
export type Role = Me['role'];

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
      const { user } = await accounts.fetchSession();
      setMe(user);
      return user;
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
        await accounts.logIn({ username, password });
        queryClient.clear(); // nothing fetched for one account is shown to the next

        return refresh();
      },
      async logOut() {
        await accounts.logOut();
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
