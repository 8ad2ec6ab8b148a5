/**
 * Reports a failed action of the console: a stale version (someone else opened, closed or counted
 * meanwhile) reloads the ballot and says so; anything else goes through the app's handler.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { ballotKey } from './api.js';

export function useBallotActionError(id: string) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (isApiError(error) && error.code === 'stale_version') {
        void queryClient.invalidateQueries({ queryKey: ballotKey(id) });
        message.warning(`${error.message} Đã tải lại cuộc bỏ phiếu; vui lòng thử lại.`);
        return;
      }
      onError(error, form);
    },
    [id, message, onError, queryClient],
  );
}
