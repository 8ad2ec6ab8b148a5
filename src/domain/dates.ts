/**
 * Calendar dates as users type them (dd/mm/yyyy), as spreadsheets store them (Date objects,
 * Excel serial numbers) and as we store them (ISO `YYYY-MM-DD`).
 * Pure; runs in Node and in the browser.
 */
import { normalizeText } from './text.js';

export type ParseDateResult = { ok: true; value: string | null } | { ok: false; message: string };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAY_MS = 86_400_000;
/** Serial 0 of the Excel 1900 date system, for serials after the fake 29/02/1900 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_FAKE_LEAP_DAY = 60;
const MAX_SERIAL = (Date.UTC(MAX_YEAR, 11, 31) - EXCEL_EPOCH_MS) / DAY_MS;

const VN_DATE = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})$/;
const ISO_DATE = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

const FORMAT_HINT = 'vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 05/09/1985.';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fail(message: string): ParseDateResult {
  return { ok: false, message };
}

function fromParts(y: number, m: number, d: number, shown: string): ParseDateResult {
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return fail(`Năm ${y} không hợp lệ; năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  }
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return fail(`${shown} không phải ngày hợp lệ.`);
  }
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

function fromUtcDate(d: Date, shown: string): ParseDateResult {
  if (Number.isNaN(d.getTime())) return fail(`Ngày không hợp lệ; ${FORMAT_HINT}`);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), shown);
}

/**
 * Excel 1900 date system: serial 1 is 01/01/1900 and serial 60 is 29/02/1900, a day that never
 * existed (Lotus 1-2-3 compatibility). Any time-of-day fraction is ignored.
 * An integer between 1900 and 2100 is rejected: it is almost surely a year typed on its own,
 * not a date in 1905.
 */
function fromSerial(serial: number, shown: string): ParseDateResult {
  if (Number.isInteger(serial) && serial >= MIN_YEAR && serial <= MAX_YEAR) {
    return fail(`'${shown}' giống số năm, chưa đủ ngày tháng; ${FORMAT_HINT}`);
  }
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_SERIAL) {
    return fail(`'${shown}' không phải ngày hợp lệ; ${FORMAT_HINT}`);
  }
  if (day === EXCEL_FAKE_LEAP_DAY) return fail('29/02/1900 không phải ngày hợp lệ.');
  const ms = EXCEL_EPOCH_MS + (day < EXCEL_FAKE_LEAP_DAY ? day + 1 : day) * DAY_MS;
  return fromUtcDate(new Date(ms), shown);
}

function fromString(raw: string): ParseDateResult {
  const s = normalizeText(raw);
  if (s === '') return { ok: true, value: null };
  const vn = VN_DATE.exec(s);
  if (vn) return fromParts(Number(vn[4]), Number(vn[3]), Number(vn[1]), s);
  const iso = ISO_DATE.exec(s);
  if (iso) return fromParts(Number(iso[1]), Number(iso[3]), Number(iso[4]), s);
  if (NUMBER.test(s)) return fromSerial(Number(s), s);
  return fail(`'${s}' không đúng định dạng ngày; ${FORMAT_HINT}`);
}

/**
 * Reads a date from a form field or spreadsheet cell into ISO `YYYY-MM-DD`.
 * Empty (null, undefined, blank text) gives `value: null`. Accepts d/m/yyyy with '/', '-' or '.',
 * yyyy-mm-dd, a Date (its UTC calendar day, as exceljs produces), or an Excel serial number.
 */
export function parseVnDate(input: unknown): ParseDateResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'string') return fromString(input);
  if (typeof input === 'number') return fromSerial(input, String(input));
  if (input instanceof Date) return fromUtcDate(input, formatUtcDate(input));
  return fail(`Giá trị không phải ngày; ${FORMAT_HINT}`);
}

function formatUtcDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear(), 4)}`;
}

/** ISO `YYYY-MM-DD` (a trailing time part is ignored) → `dd/mm/yyyy`; '' for empty; other text unchanged. */
export function formatVnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const vietnamDay = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  calendar: 'gregory',
  numberingSystem: 'latn',
});

/** Today's calendar date in Vietnam (Asia/Ho_Chi_Minh) as ISO `YYYY-MM-DD`. */
/**
 * The same moment of the Vietnamese day, moved to `day` (ISO date): the app's clock when CLOCK_TODAY
 * pins the calendar day (tests, the demo), so times recorded that day read as that day.
 */
export function nowOnDay(day: string, now: Date = new Date()): Date {
  const shift = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${todayInVietnam(now)}T00:00:00Z`);
  return new Date(now.getTime() + shift);
}

export function todayInVietnam(now: Date = new Date()): string {
  const parts = vietnamDay.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
}
