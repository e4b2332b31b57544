import type { FormInstance } from 'antd';
import { ApiError } from '../api/http';

/**
 * Puts the field errors of a problem (`errors[]`) on the matching form fields. `codeFields` maps problem codes
 * that concern one field but carry no `errors[]` (e.g. a wrong current password) onto that field.
 *
 * @returns whether every error was shown on a field (otherwise the caller shows the problem itself)
 */
export function applyProblemToForm<T>(
  form: FormInstance<T>,
  error: unknown,
  codeFields: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const byField = new Map<string, string[]>();
  const add = (field: string, message: string) =>
    byField.set(field, [...(byField.get(field) ?? []), message]);
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.field.split(/[.[]/)[0] ?? fieldError.field;
    if (known.has(field)) add(field, fieldError.message);
  }
  const codeField = codeFields[error.code];
  if (codeField) add(codeField, error.text);
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  const unmapped = error.fieldErrors.some((e) => !known.has(e.field.split(/[.[]/)[0] ?? e.field));
  return !unmapped;
}
