import type { Translation } from '../types';
import type vi from '../vi-VN/home';

const home: Translation<typeof vi> = {
  welcome: 'Hello, {name}',
  intro: 'Welcome to the Party work management system.',
  roles: 'Roles and scope',
  noRoles: 'No role has been granted to this account yet.',
  openHandbook: 'Open the member handbook',
  memberCard: 'Party card',
  totpReminder: "Staff accounts should turn on two-step verification to protect members' data.",
  totpReminderAction: 'Turn it on',
  dashboard: {
    title: 'Overview',
    orgUnit: 'Party organisation',
    up: 'Up one level',
    asOf: 'Figures as of {date}',
    womenShare: 'Women',
    ageBand: 'Members by age',
    pyramid: 'Age pyramid by sex',
    men: 'Men',
    women: 'Women',
    theoryLevel: 'Political theory level',
    education: 'General education',
    unitKind: 'Organisations by kind',
    movements: 'Member movements in {year}',
    admissions: 'Admissions over the last 5 years',
    admitted: 'Admitted',
    overdue: 'Overdue tasks by kind',
    overdueCount: 'Overdue',
    openDeadlines: 'Open deadlines',
    children: 'Organisations directly under',
    noChildren: 'No organisation directly under this one.',
    drillHint: 'Click a bar to open the matching member list.',
    drillLinks: 'Open the member list by {title}',
    chartLabel: '{title}: {summary}',
    noData: 'No figures yet',
  },
};

export default home;
