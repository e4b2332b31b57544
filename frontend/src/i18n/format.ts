import dayjs, { type Dayjs } from 'dayjs';
import { getLanguage, type Language } from './index';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm:ss';
export const TIME_DATE_FORMAT = 'HH:mm DD/MM/YYYY';

/** An ISO date or instant as dd/MM/yyyy (local time); empty for no value. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_FORMAT) : '';
}

/** An ISO instant as dd/MM/yyyy HH:mm:ss in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(DATE_TIME_FORMAT) : '';
}

/** An ISO instant as HH:mm dd/MM/yyyy in the browser's time zone, e.g. for "locked until". */
export function formatTimeDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(TIME_DATE_FORMAT) : '';
}

/** A local date as sent to the API: yyyy-MM-dd. */
export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** A local moment as sent to the API: an ISO-8601 instant in UTC. */
export function toIsoInstant(value: Dayjs): string {
  return value.toISOString();
}

/** A number the way the language writes it: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(
  value: number,
  fractionDigits?: number,
  language: Language = getLanguage(),
): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
