/**
 * A table as an XLSX workbook that re-imports cleanly: row 1 is the header (bold, frozen), one row
 * per record from row 2, numbers stored as numbers, dates as real dates shown dd/mm/yyyy, column
 * widths fitted to the content. The title goes into the sheet name and the workbook properties,
 * not into a row above the header. exceljs is loaded on first use (it takes ~0.2 s to load).
 */
import { parseVnDate } from '../../domain/dates.js';
import { normalizeText } from '../../domain/text.js';

export type TableColumnType = 'text' | 'number' | 'date';

export interface TableColumn {
  key: string;
  title: string;
  type: TableColumnType;
  /** Width in characters; estimated from the content when absent. */
  width?: number;
}

export type TableValue = string | number | Date | null | undefined;
export type TableRow = Record<string, TableValue>;

export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;

/** Excel's rules: at most 31 characters, none of []:*?/\, not blank, no apostrophe at either end. */
export function safeSheetName(name: string, fallback = 'Bảng'): string {
  let s = normalizeText(name)
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > 31) {
    const cut = s.slice(0, 31);
    // Cut at the last whole word, unless that loses more than half the name.
    const space = s[31] === ' ' ? 31 : cut.lastIndexOf(' ');
    s = (space >= 15 ? cut.slice(0, space) : cut).trim();
  }
  s = s.replace(/^'+|'+$/g, '').trim();
  return s || fallback;
}

/** ISO `YYYY-MM-DD`, dd/mm/yyyy or a Date → a Date at 00:00 UTC (what Excel stores as a whole day). */
export function toDate(v: TableValue): Date | null {
  if (v === null || v === undefined || v === '') return null;
  const parsed = parseVnDate(v);
  if (!parsed.ok || !parsed.value) return null;
  const [y, m, d] = parsed.value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function toNumber(v: TableValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** The value as it goes into the cell: number, Date, text or nothing. */
export function cellValue(column: TableColumn, v: TableValue): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (column.type === 'number') return toNumber(v) ?? normalizeText(String(v));
  if (column.type === 'date') {
    const d = toDate(v);
    return d ?? normalizeText(String(v));
  }
  return v instanceof Date ? v.toISOString().slice(0, 10) : normalizeText(String(v));
}

/** How many characters the cell shows: dates "dd/mm/yyyy", numbers as typed, text by its longest line. */
function shownLength(value: string | number | Date | null): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return String(value).length;
  return Math.max(...value.split('\n').map((l) => l.length));
}

/** Column widths in characters that fit header and content, between 8 and 60. */
export function fittedWidths(columns: TableColumn[], rows: TableRow[]): number[] {
  return columns.map((c) => {
    if (c.width !== undefined) return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, c.width));
    let longest = normalizeText(c.title).length + 2; // bold header
    for (const r of rows) longest = Math.max(longest, shownLength(cellValue(c, r[c.key])));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

export async function tableToXlsx(opts: {
  sheetName: string;
  /** Workbook title (File › Properties); defaults to the sheet name. */
  title?: string;
  columns: TableColumn[];
  rows: TableRow[];
}): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BinhXet';
  wb.lastModifiedBy = 'BinhXet';
  wb.title = normalizeText(opts.title ?? opts.sheetName);
  const ws = wb.addWorksheet(safeSheetName(opts.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const widths = fittedWidths(opts.columns, opts.rows);
  ws.columns = opts.columns.map((c, i) => ({
    key: c.key,
    header: normalizeText(c.title),
    width: widths[i],
    style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const r of opts.rows) {
    const values: Record<string, string | number | Date | null> = {};
    for (const c of opts.columns) values[c.key] = cellValue(c, r[c.key]);
    ws.addRow(values);
  }
  if (opts.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: opts.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
