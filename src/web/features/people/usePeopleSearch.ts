/** The people list's filters and page, kept in the URL query string. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CATEGORIES, type Category, LEADERSHIP_RANKS, type LeadershipRank } from '../../../domain/org.js';

export interface PeopleSearch {
  q: string;
  unitId: string | undefined;
  category: Category | undefined;
  partyMember: 'true' | 'false' | undefined;
  leadershipRank: LeadershipRank | undefined;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;

const positive = (v: string | null, fallback: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function usePeopleSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo<PeopleSearch>(
    () => ({
      q: params.get('q') ?? '',
      unitId: params.get('unitId') || undefined,
      category: oneOf(CATEGORIES, params.get('category')),
      partyMember: oneOf(['true', 'false'] as const, params.get('partyMember')),
      leadershipRank: oneOf(LEADERSHIP_RANKS, params.get('leadershipRank')),
      page: positive(params.get('page'), 1),
      pageSize: Math.min(positive(params.get('pageSize'), DEFAULT_PAGE_SIZE), 500),
    }),
    [params],
  );

  /** Changes some filters; any change other than paging goes back to page 1. */
  const update = useCallback(
    (patch: Partial<PeopleSearch>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '' || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in patch)) next.delete('page');
          if (next.get('page') === '1') next.delete('page');
          if (next.get('pageSize') === String(DEFAULT_PAGE_SIZE)) next.delete('pageSize');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { search, update };
}
