import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { setSessionHandlers } from './api/http';
import { createQueryClient } from './api/queryClient';
import { TOTP_ENROLMENT_PATH } from './components/RequireAuth';
import { useI18n } from './i18n';
import { createAppRouter } from './router';
import { ME_KEY } from './session';
import { theme } from './theme';

/** Providers: antd (locale follows the UI language, Party theme), TanStack Query, the router. */
export function App() {
  const { language } = useI18n();
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  useEffect(
    () =>
      setSessionHandlers({
        unauthorized: (redirect) => {
          if (router.state.location.pathname === '/login') return;
          router.navigate(`/login?redirect=${encodeURIComponent(redirect)}`, { replace: true });
        },
        totpEnrolmentRequired: () => {
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
          if (router.state.location.pathname !== TOTP_ENROLMENT_PATH) router.navigate(TOTP_ENROLMENT_PATH);
        },
      }),
    [router, queryClient],
  );

  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
