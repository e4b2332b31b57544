import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LifecycleEventKind } from '../../../api/types';
import { mockApi, problem } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { MEMBER_ID } from './lifecycleFixtures';
import { StepDialog } from './StepDialog';

const EVENTS = `/api/v1/members/${MEMBER_ID}/events`;
const CEREMONY_RULE = 'QĐ 294-QĐ/TW §4.1';

function renderDialog(kind: LifecycleEventKind, onReload = vi.fn()) {
  renderPage(
    <StepDialog
      memberId={MEMBER_ID}
      kind={kind}
      rule={CEREMONY_RULE}
      deadline={{ date: '2024-11-12', workingDaysLeft: 4 }}
      version={7}
      cellId={42}
      onClose={() => {}}
      onReload={onReload}
    />,
    '/members/x',
    '/members/:id',
  );
  return onReload;
}

function inputOf(testId: string): HTMLInputElement {
  const element = screen.getByTestId(testId);
  return (element.tagName === 'INPUT' ? element : element.querySelector('input')) as HTMLInputElement;
}

async function fillCeremony(date: string) {
  const user = userEvent.setup();
  const picker = inputOf('step-effectiveDate');
  await user.click(picker);
  await user.type(picker, `${date}{Enter}`);
  await user.type(inputOf('step-place'), 'Hội trường phường');
  await user.click(screen.getByTestId('step-save'));
}

describe('guided step dialog', () => {
  it('shows the rule and the deadline, and asks only what the ceremony needs', async () => {
    renderDialog('CEREMONY_HELD');
    expect(await screen.findByTestId('step-rule')).toHaveTextContent(`Căn cứ: ${CEREMONY_RULE}`);
    expect(screen.getByTestId('step-rule')).toHaveTextContent('30 ngày làm việc');
    expect(screen.getByTestId('step-deadline')).toHaveTextContent(
      'Thời hạn áp dụng: 12/11/2024 (còn 4 ngày làm việc)',
    );
    expect(screen.getByTestId('step-place')).toBeInTheDocument();
    expect(screen.queryByTestId('step-decisionNumber')).not.toBeInTheDocument();
    expect(screen.queryByTestId('step-helperMemberIds')).not.toBeInTheDocument();
  });

  it('asks a committee decision for an admission and a ground for a removal', async () => {
    renderDialog('REMOVED');
    expect(await screen.findByTestId('step-decisionNumber')).toBeInTheDocument();
    expect(screen.getByTestId('step-decisionBody')).toBeInTheDocument();
    expect(screen.getByTestId('step-ground')).toBeInTheDocument();
    expect(screen.queryByTestId('step-place')).not.toBeInTheDocument();
  });

  it('shows the month fees are paid up to on a transfer, for the introduction letter', async () => {
    const server = mockApi({
      [`GET /api/v1/fees/members/${MEMBER_ID}/paid-up-to`]: {
        body: { memberId: MEMBER_ID, paidUpTo: '2026-02' },
      },
    });
    renderDialog('TRANSFER_OUT');
    expect(await screen.findByTestId('step-fees-paid-up-to')).toHaveTextContent(
      'Đã đóng đảng phí đến hết tháng 02/2026',
    );
    expect(server.find('GET', `/api/v1/fees/members/${MEMBER_ID}/paid-up-to`)).toHaveLength(1);
  });

  it('warns when no month is paid', async () => {
    mockApi({
      [`GET /api/v1/fees/members/${MEMBER_ID}/paid-up-to`]: { body: { memberId: MEMBER_ID, paidUpTo: null } },
    });
    renderDialog('TEMPORARY_TRANSFER_OUT');
    expect(await screen.findByTestId('step-fees-paid-up-to')).toHaveTextContent(
      'Sổ thu chưa ghi tháng đảng phí nào đã đóng đủ',
    );
  });

  it('does not read the fees for a step without a letter', async () => {
    const server = mockApi({});
    renderDialog('CEREMONY_HELD');
    await screen.findByTestId('step-rule');
    expect(screen.queryByTestId('step-fees-paid-up-to')).not.toBeInTheDocument();
    expect(server.find('GET', `/api/v1/fees/members/${MEMBER_ID}/paid-up-to`)).toHaveLength(0);
  });

  it('checks required fields before asking the server', async () => {
    const server = mockApi({});
    renderDialog('CEREMONY_HELD');
    await userEvent.setup().click(await screen.findByTestId('step-save'));
    // antd shows each field's error as its validation settles: wait for both rather than the first
    await waitFor(() => expect(screen.getAllByText('Bắt buộc')).toHaveLength(2));
    expect(server.calls).toHaveLength(0);
  });

  it('puts a refusal on its field and shows the rule, sending the version read', async () => {
    const server = mockApi({
      [`POST ${EVENTS}`]: problem(422, 'member.lifecycle.ceremony-before-decision', {
        rule: CEREMONY_RULE,
        detail: 'Lễ kết nạp không thể trước ngày quyết định kết nạp (01/10/2024).',
        errors: [
          {
            field: 'effectiveDate',
            code: 'member.lifecycle.ceremony-before-decision',
            message: 'Lễ kết nạp không thể trước ngày quyết định kết nạp (01/10/2024).',
          },
        ],
      }),
    });
    renderDialog('CEREMONY_HELD');
    await fillCeremony('20/09/2024');
    expect(await screen.findByTestId('step-problem-rule')).toHaveTextContent(`Căn cứ: ${CEREMONY_RULE}`);
    // the alert and the field's error: antd shows the field's as its status settles, after the alert
    await waitFor(() =>
      expect(
        screen.getAllByText('Lễ kết nạp không thể trước ngày quyết định kết nạp (01/10/2024).').length,
      ).toBeGreaterThanOrEqual(2),
    );
    expect(server.calls[0]?.body).toEqual({
      kind: 'CEREMONY_HELD',
      effectiveDate: '2024-09-20',
      place: 'Hội trường phường',
      version: 7,
    });
  });

  it('asks for the reason when the server says the step is late', async () => {
    mockApi({
      [`POST ${EVENTS}`]: problem(422, 'member.lifecycle.late-reason-required', {
        rule: CEREMONY_RULE,
        detail: 'Bước này quá thời hạn (hạn cuối 12/11/2024); hãy ghi rõ lý do chậm.',
        errors: [
          {
            field: 'lateReason',
            code: 'member.lifecycle.late-reason-required',
            message: 'Bước này quá thời hạn (hạn cuối 12/11/2024); hãy ghi rõ lý do chậm.',
          },
        ],
      }),
    });
    renderDialog('CEREMONY_HELD');
    const lateItem = () => screen.getByTestId('step-lateReason').closest('.ant-form-item');
    expect(lateItem()).toHaveClass('ant-form-item-hidden');
    await fillCeremony('20/11/2024');
    await screen.findByText('Bước này quá thời hạn theo quy định: hãy ghi rõ lý do.');
    expect(lateItem()).not.toHaveClass('ant-form-item-hidden');
    // the server's field message replaces the hint a render later
    await waitFor(() =>
      expect(lateItem()).toHaveTextContent(
        'Bước này quá thời hạn (hạn cuối 12/11/2024); hãy ghi rõ lý do chậm.',
      ),
    );
  });

  it('offers to reload when the member changed meanwhile', async () => {
    mockApi({ [`POST ${EVENTS}`]: problem(409, 'conflict.stale') });
    const onReload = renderDialog('CEREMONY_HELD');
    await fillCeremony('21/10/2024');
    expect(await screen.findByTestId('step-stale')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByText('Tải lại'));
    expect(onReload).toHaveBeenCalled();
  });
});
