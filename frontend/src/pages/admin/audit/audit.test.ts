import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toAuditQuery } from '.';

describe('audit filter', () => {
  it('sends the picked days as ISO dates, both included, and leaves out blank fields', () => {
    expect(
      toAuditQuery(
        {
          period: [dayjs('2026-11-01T15:00'), dayjs('2026-11-22T09:00')],
          username: '  ',
          action: ' member.read ',
        },
        2,
        50,
      ),
    ).toEqual({
      from: '2026-11-01',
      to: '2026-11-22',
      username: undefined,
      action: 'member.read',
      entityType: undefined,
      entityId: undefined,
      page: 2,
      size: 50,
    });
  });
});
