/** Queries and actions of the questions page. Every action refreshes the list afterwards. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../app/api.js';
import type { QuestionsResponse, VersionResult } from './types.js';

export const QUESTIONS_QUERY_KEY = ['questions'] as const;

export function useQuestions() {
  return useQuery({
    queryKey: [...QUESTIONS_QUERY_KEY, 'list'],
    queryFn: ({ signal }) => apiGet<QuestionsResponse>('/api/questions', undefined, signal),
  });
}

function useQuestionMutation<V>(call: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: QUESTIONS_QUERY_KEY }),
  });
}

export const useAskQuestion = () =>
  useQuestionMutation((v: { subject: string; body: string }) => apiPost<{ id: string }>('/api/questions', v));

export const useForwardQuestion = () =>
  useQuestionMutation(({ id, version, note }: { id: string; version: number; note?: string }) =>
    apiPost<VersionResult>(
      `/api/questions/${encodeURIComponent(id)}/forward`,
      note ? { version, note } : { version },
    ),
  );

export const useAnswerQuestion = () =>
  useQuestionMutation(
    ({ id, version, answer, publish }: { id: string; version: number; answer: string; publish: boolean }) =>
      apiPost<VersionResult>(`/api/questions/${encodeURIComponent(id)}/answer`, { version, answer, publish }),
  );

export const usePublishQuestion = () =>
  useQuestionMutation(({ id, version, published }: { id: string; version: number; published: boolean }) =>
    apiPost<VersionResult>(`/api/questions/${encodeURIComponent(id)}/publish`, { version, published }),
  );
