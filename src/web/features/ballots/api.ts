/**
 * Queries and actions of the secret ballot. Every key lives under BALLOTS_QUERY_KEY; an action of the
 * chair reloads the ballot (and its result). The anonymous cast is not here: see vote.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, apiPut } from '../../app/api.js';
import { withPresence } from './format.js';
import type { BallotResult, BallotView, CreateBallotInput, PaperBody } from './types.js';

export const BALLOTS_QUERY_KEY = ['ballots'] as const;
export const ballotKey = (id: string) => [...BALLOTS_QUERY_KEY, id] as const;
export const ballotResultKey = (id: string) => [...BALLOTS_QUERY_KEY, id, 'result'] as const;

const enc = encodeURIComponent;

/**
 * The ballot; `poll` (ms) refetches in the states listed (the console while open, the projector and
 * the voter's phone until it closes — the phone at a steady pace that says nothing about when they cast).
 */
export function useBallot(id: string, poll?: { every: number; while: readonly BallotView['state'][] }) {
  return useQuery({
    queryKey: ballotKey(id),
    queryFn: ({ signal }) => apiGet<BallotView>(`/api/ballots/${enc(id)}`, undefined, signal),
    refetchInterval: (q) => {
      const state = q.state.data?.state;
      return poll && state !== undefined && poll.while.includes(state) ? poll.every : false;
    },
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

/**
 * The published list and the count, once the ballot is closed; `poll` (ms) keeps it fresh where
 * nobody acts on it (the projector, the phones): the paper count may be entered after closing.
 */
export function useBallotResult(id: string, closed: boolean, poll?: number) {
  return useQuery({
    queryKey: ballotResultKey(id),
    queryFn: ({ signal }) => apiGet<BallotResult>(`/api/ballots/${enc(id)}/result`, undefined, signal),
    enabled: closed,
    staleTime: 0,
    refetchInterval: poll ?? false,
  });
}

export function useCreateBallot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBallotInput) => apiPost<{ id: string }>('/api/ballots', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: BALLOTS_QUERY_KEY }),
  });
}

function useBallotMutation<V, R = unknown>(id: string, call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ballotKey(id) }),
  });
}

/** Marks a member present or absent, at once on the screen (undone if the server refuses). */
export function useSetPresence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; present: boolean }) =>
      apiPut<{ personId: string; present: boolean }>(`/api/ballots/${enc(id)}/presence`, body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: ballotKey(id) });
      const before = queryClient.getQueryData<BallotView>(ballotKey(id));
      if (before) queryClient.setQueryData(ballotKey(id), withPresence(before, body.personId, body.present));
      return { before };
    },
    onError: (_e, _body, context) => {
      if (context?.before) queryClient.setQueryData(ballotKey(id), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ballotKey(id) }),
  });
}

export const useOpenBallot = (id: string) =>
  useBallotMutation(id, (version: number) =>
    apiPost<{ state: string; version: number }>(`/api/ballots/${enc(id)}/open`, { version }),
  );

export const useCloseBallot = (id: string) =>
  useBallotMutation(id, (version: number) =>
    apiPost<{ state: string; version: number }>(`/api/ballots/${enc(id)}/close`, { version }),
  );

export const useRecordPaper = (id: string) =>
  useBallotMutation(id, ({ version, paper }: { version: number; paper: PaperBody }) =>
    apiPut<{ version: number }>(`/api/ballots/${enc(id)}/paper`, { version, paper }),
  );
