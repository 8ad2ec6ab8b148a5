/**
 * Maps the server's error details onto form fields. A detail's path is `body.<field>`,
 * `body.person.<field>` or `body.value.<field>`; only fields the form actually has are marked.
 */
import type { FormInstance } from 'antd';
import type { ApiErrorDetail } from './api.js';

const PREFIXES = ['body.person.', 'body.value.', 'body.'];

/** The form field a detail path points at, or null. */
export function fieldOfPath(path: string): string | null {
  for (const prefix of PREFIXES) {
    if (path.startsWith(prefix)) {
      const field = path.slice(prefix.length).split('.')[0];
      return field ? field : null;
    }
  }
  return null;
}

/** Marks the matching fields; returns how many details were placed on a field. */
export function applyFieldErrors(form: FormInstance, details: readonly ApiErrorDetail[]): number {
  const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  for (const d of details) {
    const field = fieldOfPath(d.path);
    if (!field || !known.has(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), d.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return [...byField.values()].reduce((n, list) => n + list.length, 0);
}
