/**
 * Add or remove a row of a person's history (leaves, disciplines, transfers). Each call carries
 * the person's version and bumps it; afterwards the person is loaded again. A stale version
 * (someone else changed the person) offers "Tải lại".
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { apiDelete, apiPost, isApiError } from '../../../app/api.js';
import { personQueryKey } from '../usePerson.js';

export type HistoryPath = 'leaves' | 'disciplines' | 'transfers';

export function useStaleVersionDialog(personId: string) {
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  return (message: string) =>
    modal.confirm({
      title: 'Dữ liệu đã thay đổi',
      content: message,
      okText: 'Tải lại',
      cancelText: 'Đóng',
      onOk: () => queryClient.invalidateQueries({ queryKey: personQueryKey(personId) }),
    });
}

export function useAddHistory(personId: string, path: HistoryPath) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, value }: { version: number; value: unknown }) =>
      apiPost<{ id: string; version: number }>(`/api/people/${personId}/${path}`, { version, value }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personQueryKey(personId) }),
  });
}

export function useRemoveHistory(personId: string, path: HistoryPath) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const staleDialog = useStaleVersionDialog(personId);
  return useMutation({
    mutationFn: ({ version, historyId }: { version: number; historyId: string }) =>
      apiDelete<{ version: number }>(`/api/people/${personId}/${path}/${historyId}`, { version }),
    onSuccess: async () => {
      message.success('Đã xóa.');
      await queryClient.invalidateQueries({ queryKey: personQueryKey(personId) });
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'stale_version') staleDialog(e.message);
      else if (isApiError(e) && e.status === 401) return;
      else message.error(e.message);
    },
  });
}
