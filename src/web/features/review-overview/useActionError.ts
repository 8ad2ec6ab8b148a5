/**
 * One way to report a failed action of the overview: a 409 stale_version (someone changed the review
 * meanwhile) asks to reload it; anything else goes through the app's error handler (field errors on
 * the form, the server's Vietnamese message in a toast).
 */
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { REVIEWS_QUERY_KEY } from './useReviewOverview.js';

export function useActionError() {
  const { modal } = App.useApp();
  const onError = useApiErrorHandler();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (isApiError(error) && error.code === 'stale_version') {
        modal.confirm({
          title: 'Dữ liệu đã thay đổi',
          content: error.message,
          okText: 'Tải lại',
          cancelText: 'Đóng',
          onOk: () => queryClient.invalidateQueries({ queryKey: REVIEWS_QUERY_KEY }),
        });
        return;
      }
      onError(error, form);
    },
    [modal, onError, queryClient],
  );
}
