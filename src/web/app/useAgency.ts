import { useQuery } from '@tanstack/react-query';
import { apiGet } from './api.js';

export interface Agency {
  id: string;
  name: string;
  shortName: string;
  issuingBodyName: string;
  parentBodyName: string;
  documentCode: string;
  placeName: string;
}

export function useAgency() {
  return useQuery({
    queryKey: ['agency'],
    queryFn: ({ signal }) => apiGet<Agency>('/api/agency', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
