import type { MessageKey, MessageParams } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { ethnicityName } from '../ethnicity';

type Translator = (key: MessageKey, params?: MessageParams) => string;

const CODE_GROUPS = new Set(['religion', 'professionalLevel', 'academicTitle', 'theoryLevel']);
const DATES = new Set(['birthDate', 'admittedOn', 'ceremonyDate', 'officialOn']);

/** A field's label; an unknown field (a newer server) shows its name. */
export function fieldLabel(t: Translator, field: string): string {
  const key = `member.field.${field}` as MessageKey;
  const text = t(key);
  return text === key ? field : text;
}

/** A stored value as people read it: codes by their label, dates the Vietnamese way. */
export function changeValue(t: Translator, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (DATES.has(field)) return formatDate(value);
  if (field === 'ethnicity') return ethnicityName(value as never);
  if (field === 'sex' || CODE_GROUPS.has(field)) {
    const key = (field === 'sex' ? `common.sex.${value}` : `member.${field}.${value}`) as MessageKey;
    const text = t(key);
    return text === key ? value : text;
  }
  return value;
}
