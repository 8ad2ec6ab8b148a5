/**
 * Queries and actions of the dossier screens. After a submit or a decision the dossier answered by
 * the server replaces the cached one, and the inbox and the progress dashboard (whose cell of the
 * step "Hồ sơ đơn vị" shows the dossier's state) reload.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../app/api.js';
import { MY_TASKS_QUERY_KEY, PROGRESS_QUERY_KEY } from '../progress/useProgress.js';
import type { Dossier, DossierDecision, DossierKey, DossierStatesResponse } from './types.js';

export const DOSSIERS_QUERY_KEY = ['dossiers'] as const;
const dossierKey = ({ cycleId, unitId }: DossierKey) => [...DOSSIERS_QUERY_KEY, 'one', cycleId, unitId];

export function useDossier(key: DossierKey | null) {
  return useQuery({
    queryKey: key ? dossierKey(key) : [...DOSSIERS_QUERY_KEY, 'one', 'none'],
    queryFn: ({ signal }) => apiGet<Dossier>('/api/dossiers', { ...key }, signal),
    enabled: key !== null,
  });
}

export function useDossierStates(cycleId: string) {
  return useQuery({
    queryKey: [...DOSSIERS_QUERY_KEY, 'states', cycleId],
    queryFn: ({ signal }) => apiGet<DossierStatesResponse>('/api/dossiers/states', { cycleId }, signal),
  });
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (dossier: Dossier) =>
      queryClient.setQueryData(dossierKey({ cycleId: dossier.cycle.id, unitId: dossier.unit.id }), dossier),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: DOSSIERS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: PROGRESS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: MY_TASKS_QUERY_KEY }),
      ]),
  };
}

export function useSubmitDossier() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: DossierKey & { version: number }) => apiPost<Dossier>('/api/dossiers/submit', body),
    ...after,
  });
}

export function useDecideDossier() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: DossierKey & { version: number; decision: DossierDecision; reason?: string }) =>
      apiPost<Dossier>('/api/dossiers/decide', body),
    ...after,
  });
}
