import { describe, expect, it } from 'vitest';
import { computeAccess } from './access';
import type { Role } from './api/types';
import { appRoutes, menuFor, selectedMenuKey } from './routes';
import { meWith } from './test/fixtures';

const menuKeys = (...roles: Role[]) => menuFor(computeAccess(meWith(roles))).map((r) => r.key);

describe('menu by role', () => {
  it.each<[Role, string[]]>([
    ['MEMBER', ['home', 'grassroots', 'conferences', 'me']],
    [
      'CELL_SECRETARY',
      [
        'home',
        'org',
        'members',
        'deadlines',
        'badges',
        'meetings',
        'documents',
        'programmes',
        'inspection-plans',
        'evaluations',
        'fees',
        'statistics',
        'movements',
        'reports',
        'conferences',
        'conference-programmes',
        'congresses',
        'feedback',
        'me',
      ],
    ],
    [
      'ORG_STAFF',
      [
        'home',
        'org',
        'members',
        'member-import',
        'deadlines',
        'badges',
        'meetings',
        'documents',
        'programmes',
        'inspection-plans',
        'evaluations',
        'fees',
        'statistics',
        'movements',
        'reports',
        'grassroots',
        'conferences',
        'conference-programmes',
        'congresses',
        'elections',
        'feedback',
        'me',
      ],
    ],
    [
      'CITY_ORGANISATION',
      [
        'home',
        'org',
        'members',
        'member-import',
        'deadlines',
        'badges',
        'meetings',
        'documents',
        'programmes',
        'evaluations',
        'fees',
        'statistics',
        'movements',
        'reports',
        'grassroots',
        'conferences',
        'conference-programmes',
        'congresses',
        'elections',
        'feedback',
        'me',
      ],
    ],
    [
      'CITY_OFFICE',
      [
        'home',
        'org',
        'documents',
        'programmes',
        'grassroots',
        'conferences',
        'conference-programmes',
        'congresses',
        'feedback',
        'me',
      ],
    ],
    [
      'INSPECTION',
      [
        'home',
        'org',
        'members',
        'deadlines',
        'badges',
        'meetings',
        'documents',
        'programmes',
        'inspection',
        'inspection-plans',
        'inspection-summary',
        'denunciations',
        'evaluations',
        'fees',
        'statistics',
        'movements',
        'reports',
        'me',
      ],
    ],
    [
      'LEADERSHIP',
      [
        'home',
        'org',
        'members',
        'deadlines',
        'badges',
        'meetings',
        'documents',
        'programmes',
        'evaluations',
        'fees',
        'statistics',
        'movements',
        'reports',
        'petitions',
        'grassroots',
        'conferences',
        'conference-programmes',
        'congresses',
        'feedback',
        'me',
      ],
    ],
    ['PETITION_STAFF', ['home', 'org', 'documents', 'petitions', 'me']],
    ['ADMIN', ['home', 'org', 'me', 'audit', 'accounts', 'holidays']],
  ])('%s sees %j', (role, keys) => {
    expect(menuKeys(role)).toEqual(keys);
  });

  it('never lists detail pages and flows', () => {
    const all = menuKeys('ADMIN', 'ORG_STAFF', 'MEMBER');
    expect(all).not.toContain('member-detail');
    expect(all).not.toContain('totp');
  });

  it('names every route under menu.*', () => {
    for (const route of appRoutes) expect(route.name.startsWith('menu.')).toBe(true);
  });

  it('has unique keys and paths', () => {
    expect(new Set(appRoutes.map((r) => r.key)).size).toBe(appRoutes.length);
    expect(new Set(appRoutes.map((r) => r.path)).size).toBe(appRoutes.length);
  });

  it('highlights the parent entry on a detail page', () => {
    expect(selectedMenuKey('/members/7c0e')).toBe('members');
    expect(selectedMenuKey('/me/totp')).toBe('me');
    expect(selectedMenuKey('/documents/12')).toBe('documents');
    expect(selectedMenuKey('/documents/new')).toBe('documents');
    expect(selectedMenuKey('/documents/12/edit')).toBe('documents');
    expect(selectedMenuKey('/admin/audit')).toBe('audit');
    expect(selectedMenuKey('/nowhere')).toBeUndefined();
  });
});
