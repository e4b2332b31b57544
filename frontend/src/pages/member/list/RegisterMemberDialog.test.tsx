import { screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mockApi';
import { renderPage } from '../../../test/render';
import { RegisterMemberDialog, toRegisterRequest } from './RegisterMemberDialog';

const values = {
  orgUnitId: 42,
  fullName: ' Lê Thị Hồng Nhung ',
  sex: 'F' as const,
  birthDate: dayjs('2000-05-12'),
  ethnicity: 'KINH' as const,
  citizenId: '',
  phone: '0912345678',
  effectiveDate: dayjs('2024-01-10'),
  statusOnArrival: 'OFFICIAL' as const,
  admittedOn: dayjs('2010-03-26'),
  ceremonyDate: dayjs('2010-04-05'),
  officialOn: dayjs('2011-04-05'),
  cardNumber: '01234567',
  origin: 'Đảng bộ tỉnh Bắc Ninh',
  note: '',
};

describe('register member dialog', () => {
  it('sends a candidate without membership dates', () => {
    expect(toRegisterRequest('CANDIDATE', values)).toEqual({
      entry: 'CANDIDATE',
      orgUnitId: 42,
      fullName: 'Lê Thị Hồng Nhung',
      sex: 'F',
      birthDate: '2000-05-12',
      ethnicity: 'KINH',
      citizenId: undefined,
      phone: '0912345678',
      effectiveDate: '2024-01-10',
      note: undefined,
    });
  });

  it('sends an arriving member with status, dates, card and origin', () => {
    expect(toRegisterRequest('TRANSFER_ARRIVAL', values)).toMatchObject({
      entry: 'TRANSFER_ARRIVAL',
      statusOnArrival: 'OFFICIAL',
      admittedOn: '2010-03-26',
      ceremonyDate: '2010-04-05',
      officialOn: '2011-04-05',
      cardNumber: '01234567',
      origin: 'Đảng bộ tỉnh Bắc Ninh',
    });
    expect(
      toRegisterRequest('TRANSFER_ARRIVAL', { ...values, statusOnArrival: 'PROBATIONARY' }).officialOn,
    ).toBeUndefined();
  });

  it('asks membership dates only of an arriving member', async () => {
    mockApi({ 'GET /api/v1/org-units/roots': { body: [] } });
    renderPage(<RegisterMemberDialog entry="CANDIDATE" onClose={() => {}} />, '/members', '/members');
    expect(await screen.findByTestId('register-fullName')).toBeInTheDocument();
    expect(screen.queryByTestId('register-admittedOn')).not.toBeInTheDocument();
    expect(screen.getByText('Thêm quần chúng ưu tú vào danh sách đối tượng kết nạp')).toBeInTheDocument();
  });

  it('shows the arrival fields for a member transferred in', async () => {
    mockApi({ 'GET /api/v1/org-units/roots': { body: [] } });
    renderPage(<RegisterMemberDialog entry="TRANSFER_ARRIVAL" onClose={() => {}} />, '/members', '/members');
    expect(await screen.findByTestId('register-admittedOn')).toBeInTheDocument();
    expect(screen.getByTestId('register-cardNumber')).toBeInTheDocument();
    expect(screen.getByTestId('register-origin')).toBeInTheDocument();
  });
});
