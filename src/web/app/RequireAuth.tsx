/** Gate for the signed-in part of the app: loads the user, or sends them to the sign-in page. */
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingBlock } from '../components/LoadingBlock.js';
import { isApiError } from './api.js';
import { AuthProvider, useMeQuery } from './auth.js';

export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const location = useLocation();
  if (me.data) return <AuthProvider me={me.data}>{children}</AuthProvider>;
  if (me.error) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
    }
    return (
      <Result
        status="error"
        title="Không tải được thông tin người dùng"
        subTitle={me.error.message}
        extra={<Button onClick={() => me.refetch()}>Thử lại</Button>}
      />
    );
  }
  return <LoadingBlock fullScreen />;
}
