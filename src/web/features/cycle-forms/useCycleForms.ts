/** The cycle's copy of the forms: the list, and saving one definition (PUT with the version read). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormCode, FormDefinition } from '../../../domain/forms/types.js';
import { apiGet, apiPut } from '../../app/api.js';
import { CYCLES_QUERY_KEY } from '../cycles/useCycles.js';
import type { CycleForm, CycleFormsResponse } from './types.js';

/** Under the cycles key, so that starting the cycle (which refreshes every cycle query) refreshes it too. */
export const cycleFormsKey = (cycleId: string) => [...CYCLES_QUERY_KEY, 'forms', cycleId] as const;

export function useCycleForms(cycleId: string, enabled = true) {
  return useQuery({
    queryKey: cycleFormsKey(cycleId),
    queryFn: ({ signal }) =>
      apiGet<CycleFormsResponse>(`/api/cycles/${encodeURIComponent(cycleId)}/forms`, undefined, signal),
    enabled,
  });
}

export function useSaveCycleForm(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      version,
      definition,
    }: {
      code: FormCode;
      version: number;
      definition: FormDefinition;
    }) =>
      apiPut<CycleForm>(`/api/cycles/${encodeURIComponent(cycleId)}/forms/${encodeURIComponent(code)}`, {
        version,
        definition,
      }),
    onSuccess: (row) => {
      // The saved row at once (the editor resets to it), then the list from the server.
      queryClient.setQueryData<CycleFormsResponse>(cycleFormsKey(cycleId), (old) =>
        old ? { ...old, forms: old.forms.map((f) => (f.code === row.code ? row : f)) } : old,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: cycleFormsKey(cycleId) }),
  });
}
