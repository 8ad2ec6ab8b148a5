/**
 * The one place for the self-review queries and actions. Every key lives under REVIEWS_QUERY_KEY,
 * so a submit or an answered suggestion refreshes the home card, the list and the open review.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, apiPut } from '../../app/api.js';
import { useMyTasks } from '../progress/useProgress.js';
import type {
  MoveReviewResult,
  MyReviewsResponse,
  ReviewDetail,
  ReviewSuggestion,
  SaveReviewBody,
  SaveReviewResult,
} from './types.js';

export const REVIEWS_QUERY_KEY = ['reviews'] as const;

export const myReviewsKey = () => [...REVIEWS_QUERY_KEY, 'mine'] as const;
export const reviewKey = (id: string) => [...REVIEWS_QUERY_KEY, 'detail', id] as const;

const reviewPath = (id: string) => `/api/reviews/${encodeURIComponent(id)}`;

/** The running cycle's reviews the user writes (their own; a unit head also his unit's report). */
export function useMyReviews() {
  return useQuery({
    queryKey: myReviewsKey(),
    queryFn: ({ signal }) => apiGet<MyReviewsResponse>('/api/me/reviews', undefined, signal),
  });
}

/** One review with its form, the rules engine's ruling, suggestions, what is missing, versions. */
export function useReview(id: string) {
  return useQuery({
    queryKey: reviewKey(id),
    queryFn: ({ signal }) => apiGet<ReviewDetail>(reviewPath(id), undefined, signal),
    enabled: id !== '',
  });
}

/**
 * Saves the draft (autosave and "Lưu"). It does not refresh the open review: the page keeps the
 * writer's text as typed and only takes the new version; the lists learn the change.
 */
export const saveReview = (id: string, body: SaveReviewBody) =>
  apiPut<SaveReviewResult>(reviewPath(id), body);

/** The writer's moves: submit (also after a return) and finalise (after the meeting). */
export function useMoveReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ event, version }: { event: 'submit' | 'finalise'; version: number }) =>
      apiPost<MoveReviewResult>(`${reviewPath(id)}/${event}`, { version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REVIEWS_QUERY_KEY }),
  });
}

/** "Gửi giải trình": the answer to one review suggestion; the open review reloads its suggestions. */
export function useAnswerSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, answer }: { id: string; version: number; answer: string }) =>
      apiPost<ReviewSuggestion>(`/api/suggestions/${encodeURIComponent(id)}/answer`, { version, answer }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REVIEWS_QUERY_KEY }),
  });
}

/** After a save: the lists (state, proposed level) are out of date, the open review is not reloaded. */
export function useInvalidateReviewLists() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: myReviewsKey() });
}

/**
 * The server's "today" (it may be pinned by CLOCK_TODAY), for "Quá hạn": GET /api/me/tasks reports
 * it, and the home page's "Việc cần làm" shares the same cached query.
 */
export function useServerToday(): string | null {
  return useMyTasks().data?.today ?? null;
}
