import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../api/types';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import ConferenceListPage from '.';
import type {
  ConferenceProgramme,
  ConferenceSummary,
  ConferenceView,
  Opinion,
  OpinionDigest,
} from './conferenceTypes';
import ConferenceDetailPage from './detail';
import ConferenceProgrammePage from './programme';

// ECharts needs a real canvas, which happy-dom has not: the chart is replaced by its accessible label.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const C = '00000000-0000-0000-0000-0000000000c1';
const D = '00000000-0000-0000-0000-0000000000d1';
const G = '00000000-0000-0000-0000-0000000000e1';
const P = '00000000-0000-0000-0000-0000000000f1';
const O = '00000000-0000-0000-0000-0000000000a9';
const TITLE = 'Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ Thành phố khóa XVII';

const summary: ConferenceSummary = {
  id: C,
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố',
  body: 'EXECUTIVE_COMMITTEE',
  kind: 'REGULAR',
  number: 11,
  title: TITLE,
  heldOn: '2026-02-26',
  opinions: 130,
  adopted: 1,
};

const conference: ConferenceView = {
  id: C,
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố',
  body: 'EXECUTIVE_COMMITTEE',
  kind: 'REGULAR',
  congressNumber: 17,
  number: 11,
  title: TITLE,
  topic: null,
  heldOn: '2026-02-26',
  place: 'Hội trường Thành ủy',
  programmeItemId: null,
  agenda: [{ id: 'a1', position: 1, title: 'Khai mạc hội nghị', presenter: 'Bí thư Thành ủy' }],
  groups: [{ id: G, name: 'Tổ 1', leaderName: 'Nguyễn Văn An', members: 1 }],
  participants: [
    {
      id: P,
      memberId: 'm1',
      fullName: 'Nguyễn Văn An',
      positionTitle: 'Thành ủy viên',
      role: 'BODY_MEMBER',
      exempt: false,
      exclusion: null,
      attendance: 'PRESENT',
      groupId: G,
      groupLeader: true,
      version: 2,
    },
  ],
  drafts: [
    {
      id: D,
      position: 1,
      title: 'Dự thảo Chương trình chuyển đổi số',
      responsible: 'Phó Chủ tịch UBND',
      documentId: null,
      opinions: 1,
      versions: [
        {
          id: 'v1',
          number: 1,
          text: 'Mục 1',
          note: null,
          opinionIds: [],
          createdAt: '2026-02-20T02:00:00Z',
          createdBy: 'vanphong',
        },
      ],
    },
  ],
  votes: [
    {
      id: 'vote1',
      title: 'Nghị quyết Hội nghị lần thứ mười một',
      method: 'SHOW_OF_HANDS',
      votesFor: 1,
      against: 0,
      abstentions: 0,
      base: 1,
      adopted: true,
      documentId: 55,
      documentNumber: '12-NQ/TU',
      programmeItemId: null,
      createdAt: '2026-02-26T08:00:00Z',
    },
  ],
  base: 1,
  manageable: true,
  participantId: null,
  version: 3,
};

const opinion: Opinion = {
  id: O,
  draftId: D,
  draftTitle: 'Dự thảo Chương trình chuyển đổi số',
  section: 'Mục 1',
  participantId: P,
  speakerUnitId: null,
  speakerName: 'Nguyễn Văn An',
  groupId: G,
  groupName: 'Tổ 1',
  text: 'Bổ sung chỉ tiêu số hóa hồ sơ.',
  disposition: null,
  response: null,
  respondedBy: null,
  respondedAt: null,
  takenInVersion: null,
  version: 0,
};

const digest: OpinionDigest = {
  text: '1 đại biểu phát biểu tại 1 tổ, nêu 1 ý kiến; trong đó có 1 ý kiến về Dự thảo Chương trình chuyển đổi số. Chưa ý kiến nào được trả lời.',
  speakers: 1,
  groups: 1,
  opinions: 1,
  pending: 1,
  perDraft: [{ key: D, label: 'Dự thảo', count: 1, accepted: 0, explained: 0, reserved: 0 }],
  perGroup: [{ key: G, label: 'Tổ 1', count: 1, accepted: 0, explained: 0, reserved: 0 }],
  perDisposition: [
    { key: 'ACCEPTED', label: 'Tiếp thu', count: 0, accepted: 0, explained: 0, reserved: 0 },
    { key: 'EXPLAINED', label: 'Giải trình', count: 0, accepted: 0, explained: 0, reserved: 0 },
    { key: 'RESERVED', label: 'Bảo lưu', count: 0, accepted: 0, explained: 0, reserved: 0 },
  ],
};

const programme: ConferenceProgramme = {
  id: 'prog1',
  orgUnitId: 1,
  orgUnitName: 'Đảng bộ Thành phố',
  body: 'EXECUTIVE_COMMITTEE',
  termId: 9,
  congressNumber: 17,
  termStartsOn: '2020-10-15',
  termEndsOn: '2025-10-15',
  asOf: '2026-03-01',
  plannedRegular: 26,
  expectedRegular: 26,
  heldRegular: 22,
  heldThematic: 1,
  heldExtraordinary: 0,
  regularBehind: true,
  resolutionsAdopted: 3,
  items: [
    {
      id: 'i1',
      kind: 'THEMATIC_CONFERENCE',
      title: 'Công tác cán bộ',
      plannedYear: 2024,
      plannedQuarter: 2,
      done: false,
      doneBy: null,
      doneOn: null,
      behind: true,
    },
  ],
  version: 1,
};

function render(roles: Role[], path: string, element: React.ReactElement, routePath: string) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(roles));
  return renderRoutes([{ path: routePath, element }], path, queryClient);
}

describe('conference pages', { timeout: 20_000 }, () => {
  it('lists conferences and lets the staff plan one', async () => {
    mockApi({
      'GET /api/v1/conferences': { body: [summary] },
      'GET /api/v1/org-units/roots': { body: [] },
    });
    render(['CITY_OFFICE'], '/conferences', <ConferenceListPage />, '/conferences');
    expect(await screen.findByText(TITLE)).toBeInTheDocument();
    expect(screen.getByTestId('conference-create')).toBeInTheDocument();
  });

  it('shows a member no planning button', async () => {
    mockApi({ 'GET /api/v1/conferences': { body: [] }, 'GET /api/v1/org-units/roots': { body: [] } });
    render(['MEMBER'], '/conferences', <ConferenceListPage />, '/conferences');
    expect(await screen.findByText('Chưa có hội nghị.')).toBeInTheDocument();
    expect(screen.queryByTestId('conference-create')).not.toBeInTheDocument();
  });

  it('answers an opinion from the board and shows the summary', async () => {
    const api = mockApi({
      [`GET /api/v1/conferences/${C}`]: { body: conference },
      [`GET /api/v1/conferences/${C}/opinions`]: { body: [opinion] },
      [`GET /api/v1/conferences/${C}/opinions/summary`]: { body: digest },
      [`POST /api/v1/conferences/${C}/opinions/${O}/response`]: {
        body: { ...opinion, disposition: 'ACCEPTED', response: 'Tiếp thu', version: 1 },
      },
    });
    render(['CITY_OFFICE'], `/conferences/${C}`, <ConferenceDetailPage />, '/conferences/:id');
    expect(await screen.findByText(/Khai mạc hội nghị/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('conference-tab-opinions'));
    expect(await screen.findByTestId('opinion-summary')).toHaveTextContent('1 đại biểu phát biểu tại 1 tổ');
    expect(await screen.findByText('Bổ sung chỉ tiêu số hóa hồ sơ.')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId(`opinion-answer-${O}`));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByTestId('answer-text'), 'Tiếp thu, bổ sung vào Mục 1.');
    await userEvent.click(within(dialog).getByTestId('answer-submit'));
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/conferences/${C}/opinions/${O}/response`)).toHaveLength(1),
    );
    expect(api.find('POST', `/api/v1/conferences/${C}/opinions/${O}/response`)[0]?.body).toMatchObject({
      disposition: 'ACCEPTED',
      response: 'Tiếp thu, bổ sung vào Mục 1.',
      version: 0,
    });
  });

  it('shows the adopted resolution with its number', async () => {
    mockApi({ [`GET /api/v1/conferences/${C}`]: { body: conference } });
    render(['LEADERSHIP'], `/conferences/${C}`, <ConferenceDetailPage />, '/conferences/:id');
    await userEvent.click(await screen.findByTestId('conference-tab-votes'));
    expect(await screen.findByTestId('vote-document')).toHaveTextContent('Nghị quyết số 12-NQ/TU');
    expect(screen.getByText('Thông qua')).toBeInTheDocument();
  });

  it('draws the term programme against the conferences held with its flags', async () => {
    const api = mockApi({
      'GET /api/v1/conference-programmes': { body: programme },
      'GET /api/v1/org-units/roots': { body: [] },
    });
    render(['CITY_OFFICE'], '/conference-programmes', <ConferenceProgrammePage />, '/conference-programmes');
    expect(await screen.findByTestId('programme-regular-flag')).toHaveTextContent('Chậm tiến độ');
    expect(api.find('GET', '/api/v1/conference-programmes')[0]?.query.get('orgUnitId')).toBe('1');
    expect(screen.getByText('Đã tổ chức 22/26; đến hôm nay cần 26')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Hội nghị thường kỳ: 22\/26/ })).toBeInTheDocument();
    expect(screen.getByTestId('programme-items')).toHaveTextContent('Công tác cán bộ');
  });
});
