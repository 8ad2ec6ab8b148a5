/** Queries and actions of the cycle pages. Every change refreshes both the list and the cycle. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../app/api.js';
import type { DocumentsResponse } from '../documents/types.js';
import { DOCUMENTS_QUERY_KEY } from '../documents/useDocuments.js';
import type {
  CreateCycleInput,
  CycleDetail,
  CycleMoveResult,
  CycleStep,
  CyclesResponse,
  NewStep,
  PlanDocumentResult,
  StepFields,
} from './types.js';

export const CYCLES_QUERY_KEY = ['cycles'] as const;
const cycleKey = (id: string) => [...CYCLES_QUERY_KEY, 'detail', id] as const;

export function useCycles() {
  return useQuery({
    queryKey: [...CYCLES_QUERY_KEY, 'list'],
    queryFn: ({ signal }) => apiGet<CyclesResponse>('/api/cycles', undefined, signal),
  });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: cycleKey(id),
    queryFn: ({ signal }) => apiGet<CycleDetail>(`/api/cycles/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** After any change: the list and the cycle (awaited, so the page shows the new data before the toast). */
function useRefreshCycles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: CYCLES_QUERY_KEY });
}

export function useCreateCycle() {
  const refresh = useRefreshCycles();
  return useMutation({
    mutationFn: (input: CreateCycleInput) => apiPost<{ id: string; version: number }>('/api/cycles', input),
    onSettled: () => refresh(),
  });
}

export function useMoveCycle(cycleId: string) {
  const refresh = useRefreshCycles();
  return useMutation({
    mutationFn: ({ move, version }: { move: 'start' | 'close'; version: number }) =>
      apiPost<CycleMoveResult>(`/api/cycles/${cycleId}/${move}`, { version }),
    onSettled: () => refresh(),
  });
}

export function useUpdateStep(cycleId: string) {
  const refresh = useRefreshCycles();
  return useMutation({
    mutationFn: ({ step, patch }: { step: Pick<CycleStep, 'id' | 'version'>; patch: Partial<StepFields> }) =>
      apiPatch<CycleStep>(`/api/cycles/${cycleId}/steps/${step.id}`, { version: step.version, ...patch }),
    onSettled: () => refresh(),
  });
}

export function useAddStep(cycleId: string) {
  const refresh = useRefreshCycles();
  return useMutation({
    mutationFn: (step: NewStep) => apiPost<CycleStep>(`/api/cycles/${cycleId}/steps`, step),
    onSettled: () => refresh(),
  });
}

export function useRemoveStep(cycleId: string) {
  const refresh = useRefreshCycles();
  return useMutation({
    mutationFn: (stepId: string) => apiDelete<{ ok: boolean }>(`/api/cycles/${cycleId}/steps/${stepId}`),
    onSettled: () => refresh(),
  });
}

export function useGeneratePlan(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<PlanDocumentResult>(`/api/cycles/${cycleId}/plan-document`, {}),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: CYCLES_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
      ]),
  });
}

/**
 * The cycle's latest plan document (Kế hoạch), for those who may see documents: the plan has one
 * document series per cycle, listed by its source.
 */
export function usePlanDocument(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'list', { kind: 'plan', sourceType: 'cycle', sourceId: cycleId }],
    queryFn: ({ signal }) =>
      apiGet<DocumentsResponse>(
        '/api/documents',
        { kind: 'plan', sourceType: 'cycle', sourceId: cycleId },
        signal,
      ),
    enabled,
    select: (r) => r.items[0] ?? null,
  });
}
