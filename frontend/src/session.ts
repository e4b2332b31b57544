import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { computeAccess } from './access';
import { api, request } from './api/http';

export const ME_KEY = ['me'] as const;

/** The signed-in user (`GET /api/v1/me`); a 401 sends the browser to the login page. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => request(api.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user and the access flags; only for components under the authenticated layout. */
export function useSession() {
  const { data: me } = useMe();
  const access = useMemo(() => computeAccess(me), [me]);
  if (!me) throw new Error('useSession() outside the authenticated layout');
  return { me, access };
}

/** Logs out; the login page then empties the query cache (once no signed-in page is mounted to refetch). */
export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/auth/logout')),
    onSettled: () => navigate('/login', { replace: true }),
  });
}
