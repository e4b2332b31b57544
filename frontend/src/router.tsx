import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccessGuard } from './components/AccessGuard';
import { PageLoading } from './components/PageLoading';
import { RequireAuth } from './components/RequireAuth';
import { AppLayout } from './layouts/AppLayout';
import NotFound from './pages/exception/NotFound';
import { appRoutes } from './routes';

const LoginPage = lazy(() => import('./pages/auth/login'));

/** The router tree: the public login page, then every page of the route table inside the signed-in layout. */
export function routeObjects(): RouteObject[] {
  return [
    {
      path: '/login',
      element: (
        <Suspense fallback={<PageLoading fullScreen />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        ...appRoutes.map((route) => ({
          path: route.path,
          element: (
            <AccessGuard flag={route.access}>
              <route.page />
            </AccessGuard>
          ),
        })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(routeObjects());
}
