/** The audit log, newest first, one page at a time ("Tải thêm" asks for entries before the last seq). */
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '../../app/api.js';
import type { AuditFilter, AuditPage } from './types.js';

const PAGE_SIZE = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiGet<AuditPage>('/api/audit', { ...filter, beforeSeq: pageParam, pageSize: PAGE_SIZE }, signal),
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}
