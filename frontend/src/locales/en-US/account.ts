import type { Translation } from '../types';
import type vi from '../vi-VN/account';

const account: Translation<typeof vi> = {
  me: {
    title: 'My information',
    account: 'Account',
    username: 'User name',
    displayName: 'Display name',
    roles: 'Roles and scope',
    noRoles: 'No role granted',
    memberCard: 'Party card',
  },
  password: {
    title: 'Change password',
    current: 'Current password',
    currentRequired: 'Please enter your current password',
    new: 'New password',
    newRequired: 'Please enter a new password',
    newTooShort: 'The new password needs at least {min} characters',
    newSameAsCurrent: 'The new password must differ from the current one',
    confirm: 'Repeat the new password',
    confirmRequired: 'Please repeat the new password',
    confirmMismatch: 'The two passwords do not match',
    submit: 'Change password',
    changed: 'Password changed',
    wrongCurrent: 'The current password is wrong',
  },
  totp: {
    title: 'Two-step verification',
    enabled: 'On',
    disabled: 'Off',
    required: 'Required for staff accounts',
    explain:
      'When you log in you will need, besides your password, the 6-digit code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator…).',
    enable: 'Turn on two-step verification',
    reenrol: 'Register a new device',
  },
  enrol: {
    title: 'Turn on two-step verification',
    requiredNotice:
      'Your account must use two-step verification. Complete the steps below to continue using the system.',
    stepScan: 'Scan',
    stepVerify: 'Enter code',
    stepCodes: 'Save recovery codes',
    scan: 'Open the authenticator app on your phone and scan this QR code.',
    qrLabel: 'QR code to register the authenticator app',
    manual: 'Cannot scan? Enter this secret key in the app:',
    secretLabel: 'Secret key',
    code: '6-digit code from the app',
    codeRequired: 'Please enter the verification code',
    codeFormat: 'The code has 6 digits',
    submit: 'Verify',
    invalid: "The code is wrong. Check your phone's clock and try again with a new code.",
    restart: 'Generate a new key',
    done: 'Two-step verification is on',
    recoveryWarning:
      'Save these recovery codes somewhere safe now. Each one works once when you do not have your phone. They will not be shown again.',
    recoveryTitle: 'Recovery codes',
    recoveryFileTitle: 'Two-step verification recovery codes — Đảng Vụ',
    recoveryFileAccount: 'Account: {username}',
    finish: 'I have saved the codes, continue',
  },
};

export default account;
