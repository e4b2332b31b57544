import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { OrgUnit } from '../../../../api/types';
import { unit } from '../../../../test/fixtures';
import { mockApi, problem } from '../../../../test/mockApi';
import { renderRoutes } from '../../../../test/render';
import { DissolveDialog, MoveDialog, RenameDialog, TermDialog } from './ChangeDialogs';

const cell = unit(500, 10, {
  kind: 'CELL',
  name: 'Chi bộ Khu phố 1',
  depth: 2,
  path: '/1/10/500/',
  version: 4,
});

function show(dialog: (props: { unit: OrgUnit; onClose: () => void; onDone: () => void }) => ReactElement) {
  const onDone = vi.fn();
  const onClose = vi.fn();
  renderRoutes([{ path: '/', element: dialog({ unit: cell, onClose, onDone }) }]);
  return { onDone, onClose };
}

function input(testId: string): HTMLElement {
  const element = screen.getByTestId(testId);
  return element.tagName === 'INPUT' ? element : (element.querySelector('input') as HTMLElement);
}

/** Sets a text input at once (typing letter by letter into antd inputs is slow under happy-dom). */
function set(testId: string, value: string) {
  fireEvent.change(input(testId), { target: { value } });
}

/** Types a dd/MM/yyyy date into a date picker and commits it. */
function setDate(testId: string, value: string) {
  const field = input(testId);
  fireEvent.mouseDown(field);
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value } });
  fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(field);
}

function fillDecision(number = '125-QĐ/ĐU') {
  set('decision-number', number);
  setDate('decision-date', '20/02/2026');
  set('decision-issuer', 'Ban Thường vụ Đảng ủy phường');
  setDate('decision-effective', '25/02/2026');
}

describe('organisation change dialogs', () => {
  it('rename checks the decision inline and shows the server verdict on its field', {
    timeout: 20_000,
  }, async () => {
    const api = mockApi({
      'POST /api/v1/org-units/500/rename': problem(422, 'org.decision.number.pattern', {
        errors: [
          {
            field: 'decisionNumber',
            code: 'org.decision.number.pattern',
            message: 'Số quyết định không hợp lệ',
          },
        ],
      }),
    });
    show((p) => <RenameDialog {...p} />);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('rename-dialog-submit'));
    expect(await screen.findByText('Vui lòng nhập số quyết định')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng chọn ngày quyết định')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng nhập cơ quan ban hành')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);

    set('decision-number', 'QĐ 5');
    expect(await screen.findByText('Số quyết định có dạng 1234-QĐ/TU')).toBeInTheDocument();

    set('rename-name', 'Chi bộ Tổ dân phố Số 1');
    fillDecision('99-QĐ/XX');
    await user.click(screen.getByTestId('rename-dialog-submit'));
    expect(await screen.findByText('Số quyết định không hợp lệ')).toBeInTheDocument();
    const sent = api.find('POST', '/api/v1/org-units/500/rename')[0]?.body as Record<string, unknown>;
    expect(sent).toEqual({
      name: 'Chi bộ Tổ dân phố Số 1',
      version: 4,
      decisionNumber: '99-QĐ/XX',
      decisionDate: '2026-02-20',
      issuer: 'Ban Thường vụ Đảng ủy phường',
      effectiveOn: '2026-02-25',
    });
  });

  it('move asks for a preview before it can be confirmed', async () => {
    const api = mockApi({
      'GET /api/v1/org-units/roots': {
        body: [unit(1, null, { kind: 'PROVINCIAL', name: 'Đảng bộ Thành phố' })],
      },
    });
    show((p) => <MoveDialog {...p} />);
    expect(await screen.findByText('Hãy xem trước tác động trước khi xác nhận.')).toBeInTheDocument();
    const submit = screen.getByTestId('move-dialog-submit');
    expect(submit).toHaveTextContent('Xem trước');
    await userEvent.setup().click(submit);
    expect(await screen.findByText('Vui lòng chọn tổ chức cấp trên mới')).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/org-units/500/move/preview')).toHaveLength(0);
    expect(screen.queryByTestId('decision-number')).not.toBeInTheDocument();
  });

  it('dissolve shows the refusal that names the Charter articles', { timeout: 20_000 }, async () => {
    mockApi({
      'POST /api/v1/org-units/500/dissolve': problem(422, 'org.dissolve.not-empty', {
        title: 'Chưa thể giải thể',
        detail:
          'Chưa thể giải thể Chi bộ Khu phố 1: còn 3 đảng viên (Điều lệ Đảng Điều 10 khoản 3, Điều 21).',
      }),
    });
    const { onDone } = show((p) => <DissolveDialog {...p} />);
    const user = userEvent.setup();
    fillDecision();
    await user.click(screen.getByTestId('dissolve-dialog-submit'));
    expect(await screen.findByTestId('dissolve-dialog-error')).toHaveTextContent('Điều 10 khoản 3');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('offers the term lengths the server allows for the unit', { timeout: 20_000 }, async () => {
    const api = mockApi({
      'GET /api/v1/org-units/500/terms': { body: { terms: [], allowedLengths: [30, 60] } },
      'POST /api/v1/org-units/500/terms': {
        status: 201,
        body: {
          id: 1,
          unitId: 500,
          congressNumber: 5,
          startsOn: '2025-04-12',
          lengthMonths: 30,
          endsOn: '2027-10-12',
          current: true,
        },
      },
    });
    const { onDone } = show((p) => <TermDialog {...p} />);
    const user = userEvent.setup();
    await screen.findByTestId('term-length');
    set('term-number', '5');
    setDate('term-starts', '12/04/2025');
    await user.click(input('term-length'));
    await user.click(await screen.findByText('2,5 năm (30 tháng)'));
    expect(screen.getByText('5 năm (60 tháng)')).toBeInTheDocument();
    await user.click(screen.getByTestId('term-dialog-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ focusId: 500 }));
    expect(api.find('POST', '/api/v1/org-units/500/terms')[0]?.body).toEqual({
      congressNumber: 5,
      startsOn: '2025-04-12',
      lengthMonths: 30,
    });
  });
});
