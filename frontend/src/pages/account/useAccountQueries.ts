import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../api/http';
import type { ChangePassword } from '../../api/types';
import { ME_KEY } from '../../session';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePassword) => request(api.POST('/api/v1/account/password', { body })),
  });
}

export function useStartTotpEnrolment() {
  return useMutation({
    mutationFn: () => request(api.POST('/api/v1/account/totp/enrolment')),
  });
}

export function useConfirmTotpEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      request(api.POST('/api/v1/account/totp/enrolment/confirmation', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
