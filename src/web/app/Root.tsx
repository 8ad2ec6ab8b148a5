/** Providers around the router: antd (Vietnamese, theme), React Query, and the 401 → sign-in hook. */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api.js';
import { viVN } from './locale.js';
import { queryClient } from './queryClient.js';
import { router, SIGN_IN_PATH } from './router.js';
import { theme } from './theme.js';

function redirectToSignIn() {
  const { pathname, search } = window.location;
  if (pathname === SIGN_IN_PATH) return;
  queryClient.removeQueries();
  void router.navigate(SIGN_IN_PATH, { replace: true, state: { from: pathname + search } });
}

export function Root() {
  useEffect(() => {
    setUnauthorizedHandler(redirectToSignIn);
    return () => setUnauthorizedHandler(null);
  }, []);
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
