/**
 * The one place for the notifications queries and actions. Every key lives under
 * NOTIFICATIONS_QUERY_KEY, so marking read or sending reminders refreshes the bell and the page.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../app/api.js';
import { markReadLocally } from './format.js';
import type {
  MarkReadResult,
  MarkReadTarget,
  NotificationFilter,
  NotificationsResponse,
  SweepResult,
} from './types.js';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/** How often the bell asks for new notifications. */
export const NOTIFICATIONS_POLL_MS = 60_000;

export const notificationsKey = (filter: NotificationFilter) =>
  [...NOTIFICATIONS_QUERY_KEY, 'list', filter] as const;

/**
 * The user's latest notifications and unread count, polled every minute and on returning to the
 * window. The bell and the page's "Tất cả" share one query (one request per poll).
 */
export function useNotifications(filter: NotificationFilter = 'all') {
  return useQuery({
    queryKey: notificationsKey(filter),
    queryFn: ({ signal }) =>
      apiGet<NotificationsResponse>(
        '/api/notifications',
        filter === 'unread' ? { unread: 1 } : undefined,
        signal,
      ),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** Marks notifications read, at once in every cached list (undone if the server refuses). */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: MarkReadTarget) => apiPost<MarkReadResult>('/api/notifications/read', target),
    onMutate: async (target) => {
      await queryClient.cancelQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
      const before = queryClient.getQueriesData<NotificationsResponse>({ queryKey: NOTIFICATIONS_QUERY_KEY });
      const now = new Date().toISOString();
      queryClient.setQueriesData<NotificationsResponse>({ queryKey: NOTIFICATIONS_QUERY_KEY }, (old) =>
        old ? markReadLocally(old, target, now) : old,
      );
      return { before };
    },
    onError: (_error, _target, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}

/** The secretary's "Gửi nhắc hạn ngay": one sweep of the running cycle, then the bell reloads. */
export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<SweepResult>('/api/reminders/sweep'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
