import type { Translation } from '../types';
import type vi from '../vi-VN/auth';

const auth: Translation<typeof vi> = {
  login: {
    title: 'Log in',
    username: 'User name, party card number or citizen ID',
    usernameRequired: 'Please enter your user name, party card number or citizen ID',
    password: 'Password',
    passwordRequired: 'Please enter your password',
    submit: 'Log in',
    badCredentials: 'Wrong user name or password.',
    locked: 'The account is locked after too many failed attempts. You can log in again after {until}.',
    lockedNoTime: 'The account is locked after too many failed attempts. Please try again in 15 minutes.',
    rateLimited: 'Too many login attempts from this address. Please wait a few minutes and try again.',
    footer: "Party members' records are protected personal data. Every access is logged.",
  },
  totp: {
    title: 'Two-step verification',
    hint: 'Enter the 6-digit code shown in your authenticator app.',
    code: 'Verification code',
    codeRequired: 'Please enter the verification code',
    codeFormat: 'The code has 6 digits',
    recoveryHint: 'Enter an unused recovery code. Each code works only once.',
    recoveryCode: 'Recovery code',
    recoveryRequired: 'Please enter a recovery code',
    useRecovery: 'Cannot use your app? Use a recovery code',
    useApp: 'Use a code from the authenticator app',
    submit: 'Verify',
    invalid: 'The code is wrong or has expired.',
    restart: 'Log in with another account',
  },
};

export default auth;
