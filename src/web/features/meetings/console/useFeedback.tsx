/**
 * One console action's outcome, shown next to its controls: `run(promise, form)` clears the last
 * message, puts field errors on the form and keeps the server's message (e.g. a 409 refusing an
 * out-of-order move) in an alert until the next try. A stale version reloads the meeting.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../app/api.js';
import { applyFieldErrors } from '../../../app/form-errors.js';
import { meetingKey } from '../api.js';
import { type Feedback, feedbackOf } from './feedback.js';

export function useFeedback(meetingId: string) {
  const queryClient = useQueryClient();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const report = useCallback(
    (error: unknown, form?: FormInstance) => {
      if (isApiError(error) && error.code === 'stale_version')
        void queryClient.invalidateQueries({ queryKey: meetingKey(meetingId) });
      const placed = form && isApiError(error) ? applyFieldErrors(form, error.details) : 0;
      setFeedback(feedbackOf(error, placed));
    },
    [meetingId, queryClient],
  );
  /** The action's result, or undefined when it failed (and was reported). */
  const run = useCallback(
    async <T,>(action: () => Promise<T>, form?: FormInstance): Promise<T | undefined> => {
      setFeedback(null);
      try {
        return await action();
      } catch (e) {
        report(e, form);
        return undefined;
      }
    },
    [report],
  );
  const clear = useCallback(() => setFeedback(null), []);
  return { feedback, run, report, clear };
}

export function FeedbackAlert({ feedback, onClose }: { feedback: Feedback | null; onClose: () => void }) {
  if (!feedback) return null;
  return (
    <Alert
      type={feedback.type}
      showIcon
      role="alert"
      title={feedback.text}
      closable={{ onClose, 'aria-label': 'Đóng thông báo' }}
      style={{ marginBottom: 12 }}
      data-testid="meeting-action-error"
    />
  );
}
