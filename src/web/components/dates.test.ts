import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayjsToIso, formatVnDateTime, isoToDayjs } from './dates.js';

describe('dates', () => {
  it('shows instants in Vietnam time as dd/mm/yyyy HH:mm:ss', () => {
    expect(formatVnDateTime('2024-11-05T17:30:05.000Z')).toBe('06/11/2024 00:30:05');
    expect(formatVnDateTime('nope')).toBe('nope');
  });

  it('round-trips ISO dates through dayjs', () => {
    expect(dayjsToIso(isoToDayjs('1985-09-05'))).toBe('1985-09-05');
    expect(isoToDayjs(null)).toBeNull();
    expect(dayjsToIso(null)).toBeNull();
    expect(dayjsToIso(dayjs('2024-02-29'))).toBe('2024-02-29');
  });
});
