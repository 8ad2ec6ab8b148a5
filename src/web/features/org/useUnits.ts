import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';
import type { UnitsResponse } from './types.js';

export const UNITS_QUERY_KEY = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: UNITS_QUERY_KEY,
    queryFn: ({ signal }) => apiGet<UnitsResponse>('/api/units', undefined, signal),
  });
}
