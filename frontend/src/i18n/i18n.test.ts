import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { getLanguage, setLanguage, t, translate } from '.';
import { formatDate, formatDateTime, toIsoDate } from './format';

describe('i18n', () => {
  it('speaks Vietnamese by default and fills placeholders', () => {
    expect(getLanguage()).toBe('vi');
    expect(t('menu.org.tree')).toBe('Tổ chức đảng');
    expect(t('home.welcome', { name: 'Lan' })).toBe('Xin chào, Lan');
  });

  it('switches to English, remembers the choice and sets the page language', () => {
    setLanguage('en');
    expect(t('menu.org.tree')).toBe('Party organisations');
    expect(localStorage.getItem('dangvu.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('translates for an explicit language', () => {
    expect(translate('en', 'common.role.ADMIN')).toBe('System administrator');
    expect(translate('vi', 'common.role.CELL_SECRETARY')).toBe('Bí thư chi bộ');
  });

  it('shows dates as dd/MM/yyyy and sends them as ISO', () => {
    expect(formatDate('1980-05-17')).toBe('17/05/1980');
    expect(formatDate(null)).toBe('');
    expect(toIsoDate(dayjs('2026-01-09'))).toBe('2026-01-09');
    expect(formatDateTime(dayjs('2026-01-09T08:05:03').toISOString())).toBe('09/01/2026 08:05:03');
  });
});
