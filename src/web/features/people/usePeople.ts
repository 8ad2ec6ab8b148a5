import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';
import type { PeopleResponse } from './types.js';
import type { PeopleSearch } from './usePeopleSearch.js';

/** GET /api/people with the list's filters; items come sorted in Vietnamese order by the server. */
export function usePeople(search: PeopleSearch) {
  const query = {
    q: search.q.trim() || undefined,
    unitId: search.unitId,
    category: search.category,
    partyMember: search.partyMember,
    leadershipRank: search.leadershipRank,
    page: search.page,
    pageSize: search.pageSize,
  };
  return useQuery({
    queryKey: ['people', query],
    queryFn: ({ signal }) => apiGet<PeopleResponse>('/api/people', query, signal),
    placeholderData: keepPreviousData,
  });
}
