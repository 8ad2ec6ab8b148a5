import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';
import type { AccountsResponse } from './types.js';

export const ACCOUNTS_QUERY_KEY = ['accounts'] as const;

/** GET /api/accounts; the server sorts by name in Vietnamese order. */
export function useAccounts() {
  return useQuery({
    queryKey: ACCOUNTS_QUERY_KEY,
    queryFn: ({ signal }) => apiGet<AccountsResponse>('/api/accounts', undefined, signal),
  });
}
