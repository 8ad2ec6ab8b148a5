/**
 * Queries and actions of a meeting. Every key lives under MEETINGS_QUERY_KEY; each action reloads the
 * meeting. `useMeeting(id, poll)` keeps the phone, the projector and the second console in step.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Level } from '../../../domain/rules/types.js';
import { apiGet, apiPost, apiPut } from '../../app/api.js';
import type { CreateMeetingInput, MeetingListItem, MeetingView } from './types.js';

export const MEETINGS_QUERY_KEY = ['meetings'] as const;
export const meetingKey = (id: string) => [...MEETINGS_QUERY_KEY, id] as const;
const enc = encodeURIComponent;

export function useMeeting(id: string, pollMs?: number) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: ({ signal }) => apiGet<MeetingView>(`/api/meetings/${enc(id)}`, undefined, signal),
    refetchInterval: (q) => (pollMs && q.state.data?.state !== 'locked' ? pollMs : false),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

export function useMeetings(cycleId: string | undefined) {
  return useQuery({
    queryKey: [...MEETINGS_QUERY_KEY, 'list', cycleId],
    queryFn: ({ signal }) =>
      apiGet<{ items: MeetingListItem[] }>('/api/meetings', { cycleId: cycleId ?? '' }, signal),
    enabled: Boolean(cycleId),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingInput) => apiPost<MeetingView>('/api/meetings', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MEETINGS_QUERY_KEY }),
  });
}

function useMeetingAction<V, R = unknown>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: MEETINGS_QUERY_KEY }),
  });
}

const path = (id: string, tail: string) => `/api/meetings/${enc(id)}${tail}`;

export type EntryInput =
  | {
      kind: 'comment' | 'note';
      text: string;
      speakerPersonId?: string | null;
      itemPosition?: number;
      corrects?: string;
    }
  | {
      kind: 'conclusion';
      strengths: string;
      weaknesses: string;
      text: string;
      itemPosition?: number;
      corrects?: string;
    };

export interface VoteInput {
  purpose: 'report_approval' | 'minutes_approval' | 'motion';
  question?: string;
  agree: number;
  disagree: number;
  abstain: number;
  itemPosition?: number;
}

export const useUpdateMeeting = (id: string) =>
  useMeetingAction(
    (body: {
      version: number;
      startsAt: string;
      place: string;
      secretaryPersonId: string;
      deputyChairPersonId?: string | null;
    }) => apiPut<MeetingView>(path(id, ''), body),
  );
export const useMarkAttendance = (id: string) =>
  useMeetingAction((body: { personId: string; present: boolean; absenceReason?: string }) =>
    apiPost(path(id, '/attendance'), body),
  );
export const useCheckIn = (id: string) =>
  useMeetingAction((code: string) => apiPost(path(id, '/check-in'), { code }));
export const useStartMeeting = (id: string) =>
  useMeetingAction((version: number) => apiPost<MeetingView>(path(id, '/start'), { version }));
export const useGoToItem = (id: string) =>
  useMeetingAction((body: { version: number; position: number }) =>
    apiPost<MeetingView>(path(id, '/item'), body),
  );
export const useSetSpeaker = (id: string) =>
  useMeetingAction((personId: string | null) => apiPost(path(id, '/speaker'), { personId }));
export const useAddEntry = (id: string) =>
  useMeetingAction((body: EntryInput) => apiPost<{ id: string; seq: number }>(path(id, '/entries'), body));
export const useProposeLevel = (id: string) =>
  useMeetingAction((body: { level: Level; reason?: string; itemPosition?: number; corrects?: string }) =>
    apiPost(path(id, '/proposals'), body),
  );
export const useRespond = (id: string) =>
  useMeetingAction((body: { itemPosition: number; accepts: boolean; text?: string }) =>
    apiPost(path(id, '/responses'), body),
  );
export const useRecordVote = (id: string) =>
  useMeetingAction((body: VoteInput) => apiPost(path(id, '/votes'), body));
export const usePrepareBallot = (id: string) =>
  useMeetingAction((body: { mode: 'electronic' | 'paper' | 'mixed' }) =>
    apiPost<{ id: string }>(path(id, '/ballot'), body),
  );
export const useEndMeeting = (id: string) =>
  useMeetingAction((version: number) => apiPost<MeetingView>(path(id, '/end'), { version }));

/** The minutes (biên bản) of the meeting, drafted from the record while it runs, final once locked. */
export const minutesUrl = (id: string, format: 'docx' | 'pdf') => path(id, `/minutes?format=${format}`);
/** What a member's phone opens after scanning the QR code in the room. */
export const checkInUrl = (id: string, code: string) => `/cuoc-hop/${enc(id)}/diem-danh?ma=${enc(code)}`;
