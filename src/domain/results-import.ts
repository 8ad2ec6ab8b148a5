/**
 * Results of earlier years (issue 5.5): agencies that start using BinhXet now bring each person's
 * classification and emulation title of past years from a spreadsheet, so the 3-year review
 * (Mẫu 01 of CV 2397) can be prefilled. Columns are found by header name, levels accepted as codes
 * or as their Vietnamese names, with or without diacritics.
 */

import { unwrapCell } from './people-import.js';
import { LEVEL_LABELS, LEVELS, type Level } from './rules/types.js';
import { foldVietnamese, normalizeText } from './text.js';

export const RESULT_COLUMNS = [
  { key: 'staffCode', header: 'Mã cán bộ', required: true },
  { key: 'fullName', header: 'Họ và tên', required: true },
  { key: 'year', header: 'Năm', required: true },
  { key: 'level', header: 'Mức xếp loại', required: false },
  { key: 'title', header: 'Danh hiệu thi đua', required: false },
  { key: 'note', header: 'Ghi chú', required: false },
] as const;
type ColumnKey = (typeof RESULT_COLUMNS)[number]['key'];

export interface ResultRow {
  rowNumber: number;
  staffCode: string;
  fullName: string;
  year: number;
  /** null: not classified that year (e.g. worked under 6 months). */
  level: Level | null;
  title: string;
  note: string;
}

export interface ResultProblem {
  row: number;
  column?: ColumnKey;
  message: string;
}

const NOT_CLASSIFIED = ['khong xep loai', 'chua xep loai', '-'];

/** A level from a code ("HTTNV"), its full name, or blank / "Không xếp loại" (null). */
export function parseLevel(text: string): Level | null | undefined {
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  if (folded === '' || NOT_CLASSIFIED.includes(folded)) return null;
  for (const level of LEVELS) {
    if (folded === level.toLowerCase() || folded === foldVietnamese(LEVEL_LABELS[level])) return level;
  }
  return undefined;
}

const text = (v: unknown): string => {
  const c = unwrapCell(v);
  if (c === null) return '';
  if (c instanceof Date) return String(c.getUTCFullYear());
  return normalizeText(String(c));
};

/** rows[i] is spreadsheet row i + 2 (the header is row 1). */
export function parseResultsTable(
  header: unknown[],
  rows: unknown[][],
  opts: { maxYear: number },
): { rows: ResultRow[]; problems: ResultProblem[] } {
  const problems: ResultProblem[] = [];
  const index = new Map<ColumnKey, number>();
  const folded = header.map((h) => foldVietnamese(text(h)));
  for (const col of RESULT_COLUMNS) {
    const i = folded.indexOf(foldVietnamese(col.header));
    if (i >= 0) index.set(col.key, i);
    else if (col.required) problems.push({ row: 1, column: col.key, message: `Thiếu cột "${col.header}".` });
  }
  if (problems.length > 0) return { rows: [], problems };
  const cell = (r: unknown[], key: ColumnKey) => {
    const i = index.get(key);
    return i === undefined ? '' : text(r[i]);
  };
  const out: ResultRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const rowNumber = i + 2;
    if (r.every((v) => text(v) === '')) return;
    const staffCode = cell(r, 'staffCode');
    const fullName = cell(r, 'fullName');
    const yearText = cell(r, 'year');
    const levelText = cell(r, 'level');
    const before = problems.length;
    if (!staffCode) problems.push({ row: rowNumber, column: 'staffCode', message: 'Thiếu mã cán bộ.' });
    if (!fullName) problems.push({ row: rowNumber, column: 'fullName', message: 'Thiếu họ và tên.' });
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > opts.maxYear) {
      problems.push({
        row: rowNumber,
        column: 'year',
        message: `Năm "${yearText}" không hợp lệ (từ 2000 đến ${opts.maxYear}).`,
      });
    }
    const level = parseLevel(levelText);
    if (level === undefined) {
      problems.push({
        row: rowNumber,
        column: 'level',
        message: `Mức xếp loại "${levelText}" không hợp lệ: dùng ${LEVELS.join(', ')}, tên đầy đủ, hoặc "Không xếp loại".`,
      });
    }
    const key = `${staffCode.toUpperCase()}|${year}`;
    const earlier = seen.get(key);
    if (staffCode && earlier !== undefined) {
      problems.push({
        row: rowNumber,
        message: `Mã ${staffCode} năm ${yearText} đã có ở dòng ${earlier}.`,
      });
    }
    seen.set(key, rowNumber);
    if (problems.length === before) {
      out.push({
        rowNumber,
        staffCode,
        fullName,
        year,
        level: level ?? null,
        title: cell(r, 'title'),
        note: cell(r, 'note'),
      });
    }
  });
  if (out.length === 0 && problems.length === 0) {
    problems.push({ row: 2, message: 'Tệp không có dòng dữ liệu nào.' });
  }
  return { rows: out, problems };
}
