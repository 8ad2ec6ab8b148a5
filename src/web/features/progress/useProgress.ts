/**
 * Queries and the one action of the progress pages. The keys live under ['cycles'] so that any
 * change to a cycle (made on the cycle pages) also refreshes the dashboard and the task list.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPut } from '../../app/api.js';
import type {
  CycleListResponse,
  MarkProgressInput,
  MarkProgressResult,
  ProgressResponse,
  TasksResponse,
} from './types.js';

export const PROGRESS_QUERY_KEY = ['cycles', 'progress'] as const;
export const MY_TASKS_QUERY_KEY = ['cycles', 'my-tasks'] as const;
/** The same key (and data) as the cycle list page. */
const CYCLE_LIST_KEY = ['cycles', 'list'] as const;

export function useCycleList() {
  return useQuery({
    queryKey: CYCLE_LIST_KEY,
    queryFn: ({ signal }) => apiGet<CycleListResponse>('/api/cycles', undefined, signal),
  });
}

export function useCycleProgress(cycleId: string) {
  return useQuery({
    queryKey: [...PROGRESS_QUERY_KEY, cycleId],
    queryFn: ({ signal }) =>
      apiGet<ProgressResponse>(`/api/cycles/${encodeURIComponent(cycleId)}/progress`, undefined, signal),
  });
}

export function useMyTasks() {
  return useQuery({
    queryKey: MY_TASKS_QUERY_KEY,
    queryFn: ({ signal }) => apiGet<TasksResponse>('/api/me/tasks', undefined, signal),
  });
}

/** Marks a step done (or not done) for a unit or the agency; then the dashboard and the tasks reload. */
export function useMarkProgress(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, ...body }: MarkProgressInput) =>
      apiPut<MarkProgressResult>(
        `/api/cycles/${encodeURIComponent(cycleId)}/steps/${encodeURIComponent(stepId)}/progress`,
        body,
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PROGRESS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: MY_TASKS_QUERY_KEY }),
      ]),
  });
}
