import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MemberView } from '../../../api/types';
import { mockApi, problem } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { MemberEditForm, toBody, toValues } from './MemberEditForm';

const ID = '00000000-0000-0000-0000-0000000000aa';
const PATH = `/api/v1/members/${ID}`;

const member: MemberView = {
  id: ID,
  fullName: 'Nguyễn Văn An',
  birthName: null,
  aliases: null,
  sex: 'M',
  birthDate: '1980-05-17',
  birthPlace: 'Xã Phú Lâm',
  homeTown: null,
  permanentAddress: null,
  temporaryAddress: null,
  ethnicity: 'KINH',
  religion: 'NONE',
  occupation: null,
  generalEducation: '12/12',
  professionalLevel: 'BACHELOR',
  academicTitle: null,
  theoryLevel: 'INTERMEDIATE',
  status: 'OFFICIAL',
  admittedOn: '2005-03-26',
  admissionDecisionNumber: '12-QĐ/ĐU',
  admissionDecisionBody: 'Đảng ủy xã Phú Lâm',
  ceremonyDate: '2005-04-05',
  ceremonyPlace: null,
  officialOn: '2006-04-05',
  officialPlace: null,
  cardNumber: '01234567',
  historyNumber: null,
  citizenIdMasked: '********1234',
  phone: '0912345678',
  email: null,
  partyPosts: null,
  workplace: null,
  hasPhoto: false,
  cellId: 42,
  cellName: 'Chi bộ Khu phố 1',
  version: 3,
};

function renderForm(onReload = vi.fn()) {
  renderPage(
    <MemberEditForm member={member} open onClose={() => {}} onReload={onReload} />,
    '/members/x',
    '/members/:id',
  );
  return onReload;
}

async function changePhoneAndSave(phone: string) {
  const user = userEvent.setup();
  const input = await screen.findByTestId('member-edit-phone');
  await user.clear(input);
  await user.type(input, phone);
  await user.click(screen.getByTestId('member-edit-save'));
}

describe('member edit form', () => {
  it('round-trips a record into a request body with the version and no citizen ID', () => {
    const body = toBody(toValues(member), member.version);
    expect(body).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-05-17',
      ceremonyDate: '2005-04-05',
      religion: 'NONE',
      citizenId: null,
      email: null,
      version: 3,
    });
  });

  it('checks the phone format before asking the server', async () => {
    const server = mockApi({});
    renderForm();
    await changePhoneAndSave('12345');
    expect(await screen.findByText('Số điện thoại không hợp lệ')).toBeInTheDocument();
    expect(server.calls).toHaveLength(0);
  });

  it('puts the server field errors on their fields', async () => {
    mockApi({
      [`PUT ${PATH}`]: problem(422, 'member.official.before-probation-end', {
        errors: [
          { field: 'officialOn', code: 'member.official.before-probation-end', message: 'Chưa đủ 12 tháng' },
        ],
      }),
    });
    renderForm();
    await changePhoneAndSave('0987654321');
    expect(await screen.findByText('Chưa đủ 12 tháng')).toBeInTheDocument();
    expect(screen.queryByTestId('member-edit-error')).not.toBeInTheDocument();
  });

  it('explains a stale version and offers to reload', async () => {
    const server = mockApi({ [`PUT ${PATH}`]: problem(409, 'conflict.stale') });
    const onReload = renderForm();
    await changePhoneAndSave('0987654321');
    expect(await screen.findByTestId('member-edit-stale')).toBeInTheDocument();
    expect(server.calls[0]?.body).toMatchObject({ phone: '0987654321', version: 3 });
    await userEvent.setup().click(screen.getByText('Tải lại hồ sơ'));
    expect(onReload).toHaveBeenCalled();
  });
});
