/** The people lists the preparation form needs, from GET /api/people (active people, Vietnamese order). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../app/api.js';
import type { PeopleResponse } from '../../people/types.js';

const people = (query: Record<string, string | number | undefined>, signal: AbortSignal) =>
  apiGet<PeopleResponse>('/api/people', query, signal);

/** Everyone in a unit (optionally only its head). */
export function useUnitPeople(unitId: string | undefined, leadershipRank?: 'head') {
  return useQuery({
    queryKey: ['people', 'meeting-prep', unitId, leadershipRank ?? 'all'],
    queryFn: ({ signal }) => people({ unitId, leadershipRank, pageSize: 500 }, signal),
    enabled: Boolean(unitId),
  });
}

/** A name search over everyone (the server ignores diacritics). */
export function usePeopleNamed(q: string) {
  return useQuery({
    queryKey: ['people', 'meeting-guests', q],
    queryFn: ({ signal }) => people({ q: q || undefined, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
