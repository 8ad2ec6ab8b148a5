import { describe, expect, it } from 'vitest';
import { fieldOfPath } from './form-errors.js';

describe('fieldOfPath', () => {
  it.each([
    ['body.username', 'username'],
    ['body.person.email', 'email'],
    ['body.value.to', 'to'],
    ['body.person.leaves.0.from', 'leaves'],
    ['query.page', null],
    ['rows.7.Ngày sinh', null],
    ['body.', null],
  ])('%s → %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });
});
