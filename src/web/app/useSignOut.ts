import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { apiPost } from './api.js';
import { queryClient } from './queryClient.js';

/** POST /api/auth/logout, then forget everything cached and go to the sign-in page. */
export function useSignOut() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: () => apiPost<{ ok: true }>('/api/auth/logout'),
    onSettled: (_data, error) => {
      queryClient.removeQueries();
      if (!error) message.success('Bạn đã đăng xuất.');
      void navigate('/dang-nhap', { replace: true });
    },
  });
}
