import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnDate, nowOnDay, parseVnDate, todayInVietnam } from './dates.js';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Any real calendar day in the accepted range, as a UTC-midnight Date. */
const utcDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((days) => new Date(days * DAY_MS));

describe('parseVnDate: accepted input', () => {
  it.each<[unknown, string | null]>([
    [null, null],
    [undefined, null],
    ['', null],
    ['   ', null],
    ['\u00A0\uFEFF', null],
    ['05/09/1985', '1985-09-05'],
    ['5/9/1985', '1985-09-05'],
    ['05-09-1985', '1985-09-05'],
    ['5.9.1985', '1985-09-05'],
    [' 05 / 09 / 1985 ', '1985-09-05'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2100', '2100-12-31'],
    ['01/01/1900', '1900-01-01'],
    ['1985-09-05', '1985-09-05'],
    ['1985-9-5', '1985-09-05'],
    ['1985/09/05', '1985-09-05'],
    [new Date(Date.UTC(2024, 0, 1)), '2024-01-01'],
    [new Date(Date.UTC(1985, 8, 5, 23, 59, 59)), '1985-09-05'], // UTC day, not local day
    [45292, '2024-01-01'],
    ['45292', '2024-01-01'],
    [45292.75, '2024-01-01'], // time of day ignored
    ['45292.5', '2024-01-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [31_295, '1985-09-05'],
    [73_415, '2100-12-31'],
  ])('parseVnDate(%j) = %j', (input, expected) => {
    expect(parseVnDate(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseVnDate: rejected input', () => {
  it.each<[unknown, string]>([
    ['31/02/1990', '31/02/1990 không phải ngày hợp lệ.'],
    ['29/02/2023', '29/02/2023 không phải ngày hợp lệ.'],
    ['00/01/2000', '00/01/2000 không phải ngày hợp lệ.'],
    ['15/13/2000', '15/13/2000 không phải ngày hợp lệ.'],
    ['2023-02-29', '2023-02-29 không phải ngày hợp lệ.'],
    [60, '29/02/1900 không phải ngày hợp lệ.'],
    ['60', '29/02/1900 không phải ngày hợp lệ.'],
    ['31/12/1899', 'Năm 1899 không hợp lệ; năm phải từ 1900 đến 2100.'],
    ['01/01/2101', 'Năm 2101 không hợp lệ; năm phải từ 1900 đến 2100.'],
    ['0001-01-01', 'Năm 1 không hợp lệ; năm phải từ 1900 đến 2100.'],
    [new Date(Date.UTC(1850, 0, 1)), 'Năm 1850 không hợp lệ; năm phải từ 1900 đến 2100.'],
  ])('parseVnDate(%j) fails with %j', (input, message) => {
    expect(parseVnDate(input)).toEqual({ ok: false, message });
  });

  it.each<[unknown, RegExp]>([
    ['abc', /^'abc' không đúng định dạng ngày; vui lòng nhập theo dạng dd\/mm\/yyyy/],
    ['05/09/85', /^'05\/09\/85' không đúng định dạng ngày/], // two-digit years are ambiguous
    ['05-09/1985', /không đúng định dạng ngày/], // mixed separators
    ['5 tháng 9 1985', /không đúng định dạng ngày/],
    ['-45292', /không đúng định dạng ngày/],
    [1985, /^'1985' giống số năm/], // a year on its own, not 1905-06-07
    ['2024', /^'2024' giống số năm/],
    [0, /^'0' không phải ngày hợp lệ/],
    [-1, /^'-1' không phải ngày hợp lệ/],
    [73_416, /^'73416' không phải ngày hợp lệ/],
    ['20240101', /^'20240101' không phải ngày hợp lệ/],
    [Number.NaN, /không phải ngày hợp lệ/],
    [Number.POSITIVE_INFINITY, /không phải ngày hợp lệ/],
    [new Date(Number.NaN), /^Ngày không hợp lệ/],
    [true, /^Giá trị không phải ngày/],
    [{}, /^Giá trị không phải ngày/],
  ])('parseVnDate(%j) fails with a message matching %s', (input, message) => {
    const result = parseVnDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/\.$/);
    }
  });
});

describe('parseVnDate: properties', () => {
  it('reads every real day in every accepted spelling', () => {
    fc.assert(
      fc.property(utcDay, fc.constantFrom('/', '-', '.'), fc.boolean(), (date, sep, padded) => {
        const iso = isoOf(date);
        const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
        const vn = padded ? `${pad(d)}${sep}${pad(m)}${sep}${y}` : `${d}${sep}${m}${sep}${y}`;
        expect(parseVnDate(vn)).toEqual({ ok: true, value: iso });
        expect(parseVnDate(iso)).toEqual({ ok: true, value: iso });
        expect(parseVnDate(date)).toEqual({ ok: true, value: iso });
        expect(parseVnDate(formatVnDate(iso))).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads Excel serials after 1900-03-01 as numbers and as text', () => {
    fc.assert(
      fc.property(utcDay, fc.double({ min: 0, max: 0.999, noNaN: true }), (date, time) => {
        fc.pre(date.getTime() >= Date.UTC(1900, 2, 1));
        const serial = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
        fc.pre(serial < 1900 || serial > 2100);
        expect(parseVnDate(serial + time)).toEqual({ ok: true, value: isoOf(date) });
        expect(parseVnDate(String(serial))).toEqual({ ok: true, value: isoOf(date) });
      }),
    );
  });

  it('agrees with how exceljs turns serials into Dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73_415 }), (serial) => {
        fc.pre(serial < 1900 || serial > 2100);
        const exceljsDate = new Date(Math.round((serial - 25569) * DAY_MS));
        expect(parseVnDate(serial)).toEqual(parseVnDate(exceljsDate));
      }),
    );
  });

  it('rejects day numbers past the end of the month, quoting the input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (y, m, extra) => {
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const day = daysInMonth + 1 + extra;
          fc.pre(day <= 99);
          const input = `${pad(day)}/${pad(m)}/${y}`;
          expect(parseVnDate(input)).toEqual({ ok: false, message: `${input} không phải ngày hợp lệ.` });
        },
      ),
    );
  });

  it('never throws and always returns ISO or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.date(), fc.anything()), (input) => {
        const result = parseVnDate(input);
        if (result.ok) {
          if (result.value !== null) expect(result.value).toMatch(/^(19\d\d|20\d\d|2100)-\d\d-\d\d$/);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('formatVnDate', () => {
  it.each<[string | null | undefined, string]>([
    ['1985-09-05', '05/09/1985'],
    ['2024-02-29', '29/02/2024'],
    ['2024-01-01T10:00:00.000Z', '01/01/2024'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['không phải ngày', 'không phải ngày'],
  ])('formatVnDate(%j) = %j', (input, expected) => {
    expect(formatVnDate(input)).toBe(expected);
  });

  it('is the inverse of parseVnDate', () => {
    fc.assert(
      fc.property(utcDay, (date) => {
        const iso = isoOf(date);
        const vn = formatVnDate(iso);
        expect(vn).toMatch(/^\d\d\/\d\d\/\d{4}$/);
        expect(parseVnDate(vn)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('todayInVietnam', () => {
  it.each([
    ['2024-01-01T16:59:59.999Z', '2024-01-01'],
    ['2024-01-01T17:00:00.000Z', '2024-01-02'],
    ['2023-12-31T17:00:00.000Z', '2024-01-01'],
    ['2024-02-28T18:00:00.000Z', '2024-02-29'],
    ['2024-06-30T23:00:00.000Z', '2024-07-01'],
  ])('at %s it is %s in Vietnam', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('defaults to now', () => {
    const before = todayInVietnam(new Date());
    const value = todayInVietnam();
    const after = todayInVietnam(new Date());
    expect([before, after]).toContain(value);
  });

  it('is the UTC+7 calendar day (Vietnam has no daylight saving)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1980-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          expect(todayInVietnam(d)).toBe(isoOf(new Date(d.getTime() + 7 * 3_600_000)));
        },
      ),
    );
  });
});

describe('nowOnDay', () => {
  it('keeps the time of day and moves the Vietnamese calendar day', () => {
    // 25/11/2026 15:30 in Vietnam (08:30 UTC) → 04/11/2024 15:30 in Vietnam.
    const moved = nowOnDay('2024-11-04', new Date('2026-11-25T08:30:00Z'));
    expect(moved.toISOString()).toBe('2024-11-04T08:30:00.000Z');
    // Late evening in Vietnam is still the same Vietnamese day after the move.
    const late = nowOnDay('2024-11-04', new Date('2026-11-25T16:30:00Z'));
    expect(todayInVietnam(late)).toBe('2024-11-04');
    expect(nowOnDay('2026-11-25', new Date('2026-11-25T08:30:00Z')).toISOString()).toBe(
      '2026-11-25T08:30:00.000Z',
    );
  });
});
