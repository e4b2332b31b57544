import type { FormInstance } from 'antd';
import { ApiError } from '../api/http';

/**
 * Puts the field errors of a problem (`errors[]`) on the matching form fields. `codeFields` maps problem codes
 * that concern one field but carry no `errors[]` (e.g. a wrong current password) onto that field; `fieldPrefix` is
 * removed from the server's field names first (e.g. `parts[0].` when the form edits one part of a request).
 *
 * @returns whether every error was shown on a field (otherwise the caller shows the problem itself)
 */
export function applyProblemToForm<T>(
  form: FormInstance<T>,
  error: unknown,
  codeFields: Record<string, string> = {},
  fieldPrefix = '',
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const byField = new Map<string, string[]>();
  const add = (field: string, message: string) =>
    byField.set(field, [...(byField.get(field) ?? []), message]);
  const local = (name: string) =>
    fieldPrefix && name.startsWith(fieldPrefix) ? name.slice(fieldPrefix.length) : name;
  for (const fieldError of error.fieldErrors) {
    const name = local(fieldError.field);
    const field = name.split(/[.[]/)[0] ?? name;
    if (known.has(field)) add(field, fieldError.message);
  }
  const codeField = codeFields[error.code];
  if (codeField) add(codeField, error.text);
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  const unmapped = error.fieldErrors.some((e) => !known.has(local(e.field).split(/[.[]/)[0] ?? e.field));
  return !unmapped;
}
