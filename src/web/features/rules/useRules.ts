/**
 * The rules API as queries: pure computations on the facts sent, so a POST is cached like a read,
 * keyed by its body. The previous result stays on screen while the next one is computed.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Regime } from '../../../domain/cycle.js';
import { apiGet, apiPost } from '../../app/api.js';
import type { RuleSettingsResponse } from './types.js';

export const RULES_QUERY_KEY = ['rules'] as const;

/** POST `path` with `body` whenever the body changes; nothing while `body` is null. */
export function useRulesComputation<B, R>(path: string, body: B | null) {
  return useQuery({
    queryKey: [...RULES_QUERY_KEY, path, body],
    queryFn: () => apiPost<R>(path, body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRuleSettings(regime: Regime) {
  return useQuery({
    queryKey: [...RULES_QUERY_KEY, 'settings', regime],
    queryFn: ({ signal }) => apiGet<RuleSettingsResponse>('/api/rules/settings', { regime }, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
