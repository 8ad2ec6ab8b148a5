import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';
import type { PersonDetail } from './types.js';

export const personQueryKey = (id: string) => ['person', id] as const;

export function usePerson(id: string) {
  return useQuery({
    queryKey: personQueryKey(id),
    queryFn: ({ signal }) => apiGet<PersonDetail>(`/api/people/${id}`, undefined, signal),
  });
}
