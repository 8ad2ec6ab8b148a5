/**
 * Queries and actions of the reviewers' overview. Every key lives under ['reviews'], so any action
 * (return, reopen, scores, waive, a form added, assignment recomputed) reloads the list and the
 * review open in the drawer.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormCode } from '../../../domain/forms/types.js';
import { apiGet, apiPost, apiPut } from '../../app/api.js';
import type { PeopleResponse, ReviewDetail, ReviewListResponse } from './types.js';

export const REVIEWS_QUERY_KEY = ['reviews'] as const;

const enc = encodeURIComponent;

export function useCycleReviews(cycleId: string) {
  return useQuery({
    queryKey: [...REVIEWS_QUERY_KEY, 'cycle', cycleId],
    queryFn: ({ signal }) =>
      apiGet<ReviewListResponse>(`/api/cycles/${enc(cycleId)}/reviews`, undefined, signal),
  });
}

export function useReview(id: string | null) {
  return useQuery({
    queryKey: [...REVIEWS_QUERY_KEY, 'detail', id],
    queryFn: ({ signal }) => apiGet<ReviewDetail>(`/api/reviews/${enc(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** Everyone, for "Giao thêm biểu mẫu" (the list is small: one agency). */
export function usePeopleOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'options'],
    queryFn: ({ signal }) => apiGet<PeopleResponse>('/api/people', { pageSize: 500 }, signal),
    enabled,
  });
}

function useReviewsMutation<V, R = unknown>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: REVIEWS_QUERY_KEY }),
  });
}

interface Versioned {
  id: string;
  version: number;
}

export const useReturnReview = () =>
  useReviewsMutation(({ id, version, comment }: Versioned & { comment: string }) =>
    apiPost<{ version: number }>(`/api/reviews/${enc(id)}/return`, { version, comment }),
  );

export const useReopenReview = () =>
  useReviewsMutation(({ id, version }: Versioned) =>
    apiPost<{ version: number }>(`/api/reviews/${enc(id)}/reopen`, { version }),
  );

export const useScoreReview = () =>
  useReviewsMutation(
    ({
      id,
      version,
      column,
      scores,
    }: Versioned & { column: 'manager' | 'authority'; scores: Record<string, number> }) =>
      apiPut<{ version: number }>(`/api/reviews/${enc(id)}/scores`, { version, column, scores }),
  );

export const useWaiveReview = () =>
  useReviewsMutation(({ id, version, reason }: Versioned & { reason: string | null }) =>
    apiPost<{ version: number }>(`/api/reviews/${enc(id)}/waive`, { version, reason }),
  );

export interface SuggestionInput {
  personId?: string;
  unitId?: string;
  text: string;
  deadline?: string | null;
}

export const useSendSuggestion = (cycleId: string) =>
  useReviewsMutation((body: SuggestionInput) =>
    apiPost<{ id: string }>(`/api/cycles/${enc(cycleId)}/suggestions`, body),
  );

export const useAddReviewForm = (cycleId: string) =>
  useReviewsMutation((body: { personId: string; formCode: FormCode; reason: string }) =>
    apiPost<{ id: string }>(`/api/cycles/${enc(cycleId)}/reviews`, body),
  );

export const useRecomputeAssignment = (cycleId: string) =>
  useReviewsMutation(() =>
    apiPost<{ created: number; removed: number }>(`/api/cycles/${enc(cycleId)}/reviews/assign`),
  );
