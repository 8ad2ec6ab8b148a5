/**
 * One way to report a failed action: field errors go onto the form, the server's message goes
 * into a toast. A 401 is already handled by the API client (redirect to sign-in), so it is silent.
 */
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from './api.js';
import { applyFieldErrors } from './form-errors.js';

export function useApiErrorHandler() {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!isApiError(error)) {
        message.error('Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.');
        return;
      }
      if (error.status === 401) return;
      if (form) applyFieldErrors(form, error.details);
      message.error(error.message);
    },
    [message],
  );
}
