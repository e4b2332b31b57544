import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  LineChartOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import { matchPath } from 'react-router';
import type { Access, AccessFlag } from './access';
import type { MessageKey } from './i18n';

/** One page of the app: where it lives, what it is called, who may see it. The menu is derived from this table. */
export interface AppRoute {
  /** Menu key, also the `data-testid="menu-<key>"` of its menu item. */
  key: string;
  path: string;
  /** `menu.<module>.<page>` */
  name: MessageKey;
  icon?: ReactNode;
  access: AccessFlag;
  /** Pages reached from another page (details, flows) are not in the menu; they highlight `menuKey`. */
  hideInMenu?: boolean;
  menuKey?: string;
  page: LazyExoticComponent<ComponentType>;
}

export const appRoutes: readonly AppRoute[] = [
  {
    key: 'home',
    path: '/',
    name: 'menu.home',
    icon: <HomeOutlined />,
    access: 'everyone',
    page: lazy(() => import('./pages/home')),
  },
  {
    key: 'org',
    path: '/org',
    name: 'menu.org.tree',
    icon: <ApartmentOutlined />,
    access: 'canSeeOrg',
    page: lazy(() => import('./pages/org/tree')),
  },
  {
    key: 'members',
    path: '/members',
    name: 'menu.member.list',
    icon: <TeamOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/member/list')),
  },
  {
    key: 'member-import',
    path: '/members/import',
    name: 'menu.member.import',
    icon: <UploadOutlined />,
    access: 'canImportMembers',
    page: lazy(() => import('./pages/member/import')),
  },
  {
    key: 'member-detail',
    path: '/members/:id',
    name: 'menu.member.detail',
    access: 'canSeeMembers',
    hideInMenu: true,
    menuKey: 'members',
    page: lazy(() => import('./pages/member/detail')),
  },
  {
    key: 'deadlines',
    path: '/deadlines',
    name: 'menu.member.deadlines',
    icon: <FieldTimeOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/deadlines')),
  },
  {
    key: 'badges',
    path: '/badges',
    name: 'menu.badge.list',
    icon: <TrophyOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/badge/list')),
  },
  {
    key: 'meetings',
    path: '/meetings',
    name: 'menu.meeting.list',
    icon: <CalendarOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/meeting/list')),
  },
  {
    key: 'meeting-attendance',
    path: '/meetings/attendance',
    name: 'menu.meeting.attendance',
    access: 'canSeeMembers',
    hideInMenu: true,
    menuKey: 'meetings',
    page: lazy(() => import('./pages/meeting/attendance')),
  },
  {
    key: 'meeting-detail',
    path: '/meetings/:id',
    name: 'menu.meeting.detail',
    access: 'canSeeMembers',
    hideInMenu: true,
    menuKey: 'meetings',
    page: lazy(() => import('./pages/meeting/detail')),
  },
  {
    key: 'documents',
    path: '/documents',
    name: 'menu.document.list',
    icon: <FileTextOutlined />,
    access: 'canSeeDocuments',
    page: lazy(() => import('./pages/document/list')),
  },
  {
    key: 'document-create',
    path: '/documents/new',
    name: 'menu.document.create',
    access: 'canWriteDocuments',
    hideInMenu: true,
    menuKey: 'documents',
    page: lazy(() => import('./pages/document/edit')),
  },
  {
    key: 'document-detail',
    path: '/documents/:id',
    name: 'menu.document.detail',
    access: 'canSeeDocuments',
    hideInMenu: true,
    menuKey: 'documents',
    page: lazy(() => import('./pages/document/detail')),
  },
  {
    key: 'document-edit',
    path: '/documents/:id/edit',
    name: 'menu.document.edit',
    access: 'canWriteDocuments',
    hideInMenu: true,
    menuKey: 'documents',
    page: lazy(() => import('./pages/document/edit')),
  },
  {
    key: 'inspection',
    path: '/inspection',
    name: 'menu.inspection.cases',
    icon: <SafetyCertificateOutlined />,
    access: 'canInspect',
    page: lazy(() => import('./pages/inspection/list')),
  },
  {
    key: 'inspection-case',
    path: '/inspection/:id',
    name: 'menu.inspection.detail',
    access: 'everyone',
    hideInMenu: true,
    menuKey: 'inspection',
    page: lazy(() => import('./pages/inspection/detail')),
  },
  {
    key: 'evaluations',
    path: '/evaluations',
    name: 'menu.evaluation.board',
    icon: <SolutionOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/evaluation')),
  },
  {
    key: 'fees',
    path: '/fees',
    name: 'menu.fee.ledger',
    icon: <MoneyCollectOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/fee')),
  },
  {
    key: 'statistics',
    path: '/statistics',
    name: 'menu.statistics.page',
    icon: <PieChartOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/statistics')),
  },
  {
    key: 'movements',
    path: '/statistics/movements',
    name: 'menu.statistics.movements',
    icon: <LineChartOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/movements')),
  },
  {
    key: 'reports',
    path: '/reports',
    name: 'menu.report.list',
    icon: <BarChartOutlined />,
    access: 'canSeeMembers',
    page: lazy(() => import('./pages/report')),
  },
  {
    key: 'petitions',
    path: '/petitions',
    name: 'menu.petition.inbox',
    icon: <InboxOutlined />,
    access: 'canHandlePetitions',
    page: lazy(() => import('./pages/petition')),
  },
  {
    key: 'petition-detail',
    path: '/petitions/:id',
    name: 'menu.petition.detail',
    access: 'canHandlePetitions',
    hideInMenu: true,
    menuKey: 'petitions',
    page: lazy(() => import('./pages/petition/detail')),
  },
  {
    key: 'grassroots',
    path: '/grassroots-work',
    name: 'menu.grassroots.page',
    icon: <EnvironmentOutlined />,
    access: 'canSeeGrassroots',
    page: lazy(() => import('./pages/grassroots')),
  },
  {
    key: 'feedback',
    path: '/feedback',
    name: 'menu.feedback.list',
    icon: <MessageOutlined />,
    access: 'canAnswerFeedback',
    page: lazy(() => import('./pages/feedback')),
  },
  {
    key: 'me',
    path: '/me',
    name: 'menu.account.me',
    icon: <UserOutlined />,
    access: 'everyone',
    page: lazy(() => import('./pages/account/me')),
  },
  {
    key: 'totp',
    path: '/me/totp',
    name: 'menu.account.totp',
    access: 'everyone',
    hideInMenu: true,
    menuKey: 'me',
    page: lazy(() => import('./pages/account/totp')),
  },
  {
    key: 'audit',
    path: '/admin/audit',
    name: 'menu.admin.audit',
    icon: <AuditOutlined />,
    access: 'isAdmin',
    page: lazy(() => import('./pages/admin/audit')),
  },
  {
    key: 'accounts',
    path: '/admin/accounts',
    name: 'menu.admin.accounts',
    icon: <IdcardOutlined />,
    access: 'isAdmin',
    page: lazy(() => import('./pages/admin/accounts')),
  },
  {
    key: 'holidays',
    path: '/admin/holidays',
    name: 'menu.admin.holidays',
    icon: <CalendarOutlined />,
    access: 'isAdmin',
    page: lazy(() => import('./pages/admin/holidays')),
  },
];

/** The menu entries the user may see, in table order. */
export function menuFor(access: Access, routes: readonly AppRoute[] = appRoutes): AppRoute[] {
  return routes.filter((route) => !route.hideInMenu && access[route.access]);
}

/** The menu key to highlight for a location. */
export function selectedMenuKey(
  pathname: string,
  routes: readonly AppRoute[] = appRoutes,
): string | undefined {
  const route = routes.find((r) => matchPath({ path: r.path, end: true }, pathname));
  return route ? (route.menuKey ?? route.key) : undefined;
}
