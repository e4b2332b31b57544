import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError, setSessionHandlers } from '../api/http';
import { createQueryClient } from '../api/queryClient';
import { type MessageKey, useI18n } from '../i18n';
import { CardPage } from './pages/CardPage';
import { DocumentPage, DocumentsPage } from './pages/DocumentsPage';
import { EvaluationsPage } from './pages/EvaluationsPage';
import { FeedbackPage } from './pages/FeedbackPage';
import { FeesPage } from './pages/FeesPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MeetingPage, MeetingsPage } from './pages/MeetingsPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { useLogout, useMe, useNotifications } from './useHandbook';

const NAV: { to: string; key: MessageKey; icon: string; end?: boolean }[] = [
  { to: '/handbook', key: 'handbook.nav.home', icon: '⌂', end: true },
  { to: '/handbook/meetings', key: 'handbook.nav.meetings', icon: '◷' },
  { to: '/handbook/documents', key: 'handbook.nav.documents', icon: '▤' },
  { to: '/handbook/notifications', key: 'handbook.nav.notifications', icon: '◔' },
  { to: '/handbook/card', key: 'handbook.nav.card', icon: '▣' },
];

export function HandbookApp({
  client = createQueryClient(),
}: {
  client?: ReturnType<typeof createQueryClient>;
}) {
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <SessionRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function SessionRoutes() {
  const navigate = useNavigate();
  useEffect(
    () =>
      setSessionHandlers({
        unauthorized: (redirect) => {
          if (globalThis.location?.pathname === '/handbook/login') return;
          navigate(`/handbook/login?redirect=${encodeURIComponent(redirect)}`, { replace: true });
        },
      }),
    [navigate],
  );
  return (
    <Routes>
      <Route path="/handbook/login" element={<LoginPage />} />
      <Route path="/handbook/*" element={<Shell />} />
      <Route path="*" element={<Navigate to="/handbook" replace />} />
    </Routes>
  );
}

function subscribeOnline(listener: () => void) {
  globalThis.addEventListener('online', listener);
  globalThis.addEventListener('offline', listener);
  return () => {
    globalThis.removeEventListener('online', listener);
    globalThis.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => globalThis.navigator?.onLine ?? true,
    () => true,
  );
}

/** The signed-in handbook: top bar, the page, the tab bar at the bottom (thumb reach on a phone). */
function Shell() {
  const { t, language, setLanguage } = useI18n();
  const me = useMe();
  const online = useOnline();
  const location = useLocation();
  const logout = useLogout();
  const navigate = useNavigate();
  const unread = useNotifications().data?.unread ?? 0;
  const [notMember, setNotMember] = useState(false);
  useEffect(() => {
    if (me.data && !me.data.member) setNotMember(true);
  }, [me.data]);

  if (me.error instanceof ApiError && me.error.status === 401) {
    return <Navigate to={`/handbook/login?redirect=${encodeURIComponent(location.pathname)}`} replace />;
  }
  return (
    <div className="hb-app">
      <a className="hb-skip" href="#hb-main">
        {t('handbook.skip')}
      </a>
      <header className="hb-top">
        <span className="hb-brand">
          <img src="/handbook-icon.svg" alt="" width={28} height={28} />
          {t('handbook.appName')}
        </span>
        <span className="hb-top-actions">
          <button
            type="button"
            className="hb-link"
            onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
            lang={language === 'vi' ? 'en' : 'vi'}
          >
            {language === 'vi' ? 'EN' : 'VI'}
          </button>
          <button
            type="button"
            className="hb-link"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/handbook/login') })}
          >
            {t('handbook.logout')}
          </button>
        </span>
      </header>
      {!online && (
        <p className="hb-offline" role="status">
          {t('handbook.offline')}
        </p>
      )}
      <main id="hb-main" className="hb-main" tabIndex={-1}>
        {notMember ? (
          <p className="hb-alert" role="alert">
            {t('handbook.login.notMember')}
          </p>
        ) : (
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="card" element={<CardPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="feedback" element={<FeedbackPage />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/:id" element={<MeetingPage />} />
            <Route path="documents" element={<DocumentsPage />} />
            <Route path="documents/:id" element={<DocumentPage />} />
            <Route path="evaluations" element={<EvaluationsPage />} />
            <Route path="fees" element={<FeesPage />} />
            <Route path="*" element={<Navigate to="/handbook" replace />} />
          </Routes>
        )}
      </main>
      <nav className="hb-tabs" aria-label={t('handbook.nav.label')}>
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className="hb-tab">
            <span aria-hidden="true" className="hb-tab-icon">
              {item.icon}
            </span>
            <span>{t(item.key)}</span>
            {item.key === 'handbook.nav.notifications' && unread > 0 && (
              <span className="hb-badge">{unread > 99 ? '99+' : unread}</span>
            )}
          </NavLink>
        ))}
      </nav>
    </div>
  );
}

/** Loading, error with retry, or the content. */
export function Loadable({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  children: () => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) {
    return (
      <p className="hb-muted" role="status">
        {t('handbook.loading')}
      </p>
    );
  }
  if (query.error) {
    return (
      <div className="hb-alert" role="alert">
        <p>{query.error instanceof ApiError ? query.error.text : t('handbook.error')}</p>
        <button type="button" className="hb-button" onClick={() => query.refetch()}>
          {t('handbook.retry')}
        </button>
      </div>
    );
  }
  return <>{children()}</>;
}
