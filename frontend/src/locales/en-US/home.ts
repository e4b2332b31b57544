import type { Translation } from '../types';
import type vi from '../vi-VN/home';

const home: Translation<typeof vi> = {
  welcome: 'Hello, {name}',
  intro: 'Welcome to the Party work management system.',
  roles: 'Roles and scope',
  noRoles: 'No role has been granted to this account yet.',
  memberCard: 'Party card',
  totpReminder: "Staff accounts should turn on two-step verification to protect members' data.",
  totpReminderAction: 'Turn it on',
};

export default home;
