import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  demo: boolean;
  demoAccounts?: { username: string; who: string }[];
}

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet<Health>('/api/health', undefined, signal),
    staleTime: 60_000,
  });
}
