/**
 * The signed-in user: loaded once from GET /api/me and shared through context. Pages ask
 * `useAuth().can(permission)`; the permission list comes from the server, never re-derived here.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Permission, Role } from '../../domain/roles.js';
import { apiGet } from './api.js';

export interface Me {
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  unitId: string | null;
  roles: Role[];
  permissions: Permission[];
}

export const ME_QUERY_KEY = ['me'] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => apiGet<Me>('/api/me', undefined, signal),
  });
}

interface AuthValue {
  me: Me;
  can: (permission: Permission) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo<AuthValue>(() => ({ me, can: (p) => me.permissions.includes(p) }), [me]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
