import { useMutation } from '@tanstack/react-query';
import { api, request } from '../../../api/http';

export function usePasswordLogin() {
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      request(api.POST('/api/v1/auth/login', { body })),
  });
}

export function useTotpLogin() {
  return useMutation({
    mutationFn: (code: string) => request(api.POST('/api/v1/auth/login/totp', { body: { code } })),
  });
}
