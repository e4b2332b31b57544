import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ME_KEY } from '../../session';
import { meWith } from '../../test/fixtures';
import { mockApi } from '../../test/mockApi';
import { renderRoutes, testQueryClient } from '../../test/render';
import { type DenunciationView, deadlineColor } from './denunciationTypes';
import DenunciationPage, { handlingProgress } from './detail';
import { availableActions } from './HandlingForms';
import { previewReason } from './ReceiveModal';

const ID = '00000000-0000-0000-0000-0000000000e1';

function file(over: Partial<DenunciationView> = {}): DenunciationView {
  return {
    id: ID,
    commissionUnitId: 7,
    commissionName: 'Đảng bộ phường Thạch Thọ',
    receivedOn: '2026-02-01',
    channel: 'MAIL',
    denouncerName: 'Nguyễn Văn Tố',
    denouncerAddress: 'Số 5 phố Hàng Bài',
    denouncerContact: null,
    signerCount: 1,
    falseName: false,
    repeated: false,
    accusedKind: 'MEMBER',
    accusedUnitId: 42,
    accusedMemberId: '00000000-0000-0000-0000-0000000000b1',
    accusedName: 'Ngô Văn Trình',
    content: 'Tố cáo vi phạm',
    state: 'HANDLING',
    notHandledReason: null,
    notHandledOn: null,
    rule: 'QĐ 296-QĐ/TW, Chương IV (tố cáo trong Đảng)',
    acceptedOn: '2026-02-02',
    handlerName: 'Phó Chủ nhiệm UBKT',
    dueOn: '2026-06-15',
    workingDaysLeft: 8,
    extensionDays: null,
    extensionReason: null,
    extensionNoticeOn: null,
    maxExtensionDays: 30,
    concludedOn: null,
    finding: null,
    conclusion: null,
    caseId: null,
    version: 1,
    ...over,
  } as DenunciationView;
}

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_KEY, meWith(['INSPECTION']));
  return renderRoutes(
    [{ path: '/denunciations/:id', element: <DenunciationPage /> }],
    `/denunciations/${ID}`,
    queryClient,
  );
}

describe('denunciation rules on screen', () => {
  it('previews the reason the rule excludes a letter, in the rule order', () => {
    expect(previewReason({ denouncerAddress: 'Hà Nội' })).toBe('ANONYMOUS');
    expect(previewReason({ denouncerName: 'A', denouncerAddress: 'Hà Nội', signerCount: 3 })).toBe(
      'COLLECTIVE',
    );
    expect(previewReason({ denouncerName: 'A', denouncerAddress: ' ' })).toBe('NO_ADDRESS');
    expect(previewReason({ denouncerName: 'A', denouncerAddress: 'Hà Nội', falseName: true })).toBe(
      'FALSE_NAME',
    );
    expect(previewReason({ denouncerName: 'A', denouncerAddress: 'Hà Nội', signerCount: 1 })).toBeNull();
  });

  it('colours the deadline and offers only the steps of the state', () => {
    expect(deadlineColor(-1)).toBe('red');
    expect(deadlineColor(10)).toBe('orange');
    expect(deadlineColor(11)).toBe('green');
    expect(availableActions(file({ state: 'RECEIVED' }))).toEqual(['acceptance', 'dismissal']);
    expect(availableActions(file())).toEqual(['case', 'extension', 'conclusion', 'dismissal']);
    expect(availableActions(file({ extensionDays: 20, caseId: 'c' }))).toEqual(['conclusion', 'dismissal']);
    expect(availableActions(file({ state: 'CONCLUDED' }))).toEqual([]);
    expect(handlingProgress(file({ workingDaysLeft: 45 }), 90)).toBe(50);
    expect(handlingProgress(file({ state: 'RECEIVED' }), 90)).toBeNull();
  });
});

describe('denunciation file', { timeout: 20_000 }, () => {
  it('shows the confidential denouncer, the deadline due soon and the handling forms', async () => {
    mockApi({ [`GET /api/v1/denunciations/${ID}`]: { body: file() } });
    render();
    expect(await screen.findByTestId('denunciation-denouncer-card')).toHaveTextContent('Nguyễn Văn Tố');
    expect(screen.getByTestId('denunciation-deadline')).toHaveTextContent('Còn 8 ngày làm việc');
    expect(screen.getByTestId('denunciation-event-accepted')).toHaveTextContent(
      'Thụ lý, giao Phó Chủ nhiệm UBKT chủ trì',
    );
    expect(screen.getByTestId('denunciation-tab-extension')).toBeInTheDocument();
  });

  it('opens a case with a prefilled title and explains a refusal with the rule it names', async () => {
    const api = mockApi({
      [`GET /api/v1/denunciations/${ID}`]: { body: file() },
      [`POST /api/v1/denunciations/${ID}/case`]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Đã mở cuộc kiểm tra',
          status: 422,
          detail: 'Đơn tố cáo này đã có cuộc kiểm tra.',
          code: 'denunciation.case-exists',
          rule: 'QĐ 296-QĐ/TW, Chương IV (tố cáo trong Đảng)',
        },
      },
    });
    render();
    expect(await screen.findByTestId('denunciation-case-title')).toHaveValue(
      'Kiểm tra khi có dấu hiệu vi phạm đối với Ngô Văn Trình',
    );
    fireEvent.click(screen.getByTestId('denunciation-submit-case'));
    expect(await screen.findByTestId('denunciation-refusal-case-rule')).toHaveTextContent(
      'QĐ 296-QĐ/TW, Chương IV (tố cáo trong Đảng)',
    );
    await waitFor(() => expect(api.find('POST', `/api/v1/denunciations/${ID}/case`)).toHaveLength(1));
    expect(api.find('POST', `/api/v1/denunciations/${ID}/case`)[0].body).toMatchObject({
      type: 'INSPECTION_SIGNS_OF_VIOLATION',
      version: 1,
    });
  });
});
