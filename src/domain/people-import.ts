/**
 * Validation of one uploaded staff list (danh sách cán bộ), already read from XLSX or CSV into
 * a header row and data rows of raw cells. Produces clean rows plus problems that point at the
 * row and column as the user sees them in Excel (header = row 1, first data row = row 2).
 * Pure; runs in Node and in the browser.
 */
import { z } from 'zod';
import { parseVnDate } from './dates.js';
import {
  CATEGORY_LABELS,
  type Category,
  defaultSimilarGroup,
  GENDER_LABELS,
  type Gender,
  LEADERSHIP_RANK_LABELS,
  type LeadershipRank,
} from './org.js';
import { foldVietnamese, normalizeText } from './text.js';

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface PersonImportRow {
  rowNumber: number;
  staffCode: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  unitName: string;
  positionTitle: string;
  leadershipRank: LeadershipRank;
  category: Category;
  partyMember: boolean;
  partyAdmittedOn: string | null;
  employmentStart: string | null;
  similarGroup: string;
  email: string | null;
  username: string | null;
}

/** `row` as Excel shows it (header is row 1); `column` is the Vietnamese header text ('' for the whole file). */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What a dry run answers: the plan of an import, computed from the file and the database. */
export interface ImportPreview {
  totalRows: number;
  toAdd: { row: number; staffCode: string; fullName: string; unitName: string }[];
  toUpdate: {
    row: number;
    staffCode: string;
    fullName: string;
    changes: Record<string, [unknown, unknown]>;
  }[];
  unchanged: number;
  unitsToCreate: string[];
  accountsToCreate: string[];
  problems: ImportProblem[];
}

export interface ImportResult extends ImportPreview {
  committed: boolean;
  /** Temporary passwords of the accounts created, shown once so the clerk can hand them out. */
  newAccounts: { username: string; fullName: string; temporaryPassword: string }[];
}

export type ImportColumnKey = Exclude<keyof PersonImportRow, 'rowNumber'>;

export interface ImportColumn {
  readonly key: ImportColumnKey;
  readonly header: string;
  readonly required: boolean;
  readonly hint: string;
}

/** Template columns, in template order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'staffCode', header: 'Mã cán bộ', required: true, hint: 'Bắt buộc; mỗi người một mã, không trùng.' },
  { key: 'fullName', header: 'Họ và tên', required: true, hint: 'Bắt buộc; ví dụ: Nguyễn Văn An.' },
  { key: 'gender', header: 'Giới tính', required: true, hint: 'Bắt buộc; Nam hoặc Nữ.' },
  { key: 'birthDate', header: 'Ngày sinh', required: false, hint: 'Không bắt buộc; dạng dd/mm/yyyy.' },
  { key: 'unitName', header: 'Đơn vị', required: true, hint: 'Bắt buộc; tên đơn vị đang công tác.' },
  {
    key: 'positionTitle',
    header: 'Chức vụ',
    required: false,
    hint: 'Không bắt buộc; ví dụ: Trưởng phòng, Chuyên viên.',
  },
  {
    key: 'leadershipRank',
    header: 'Vai trò lãnh đạo',
    required: false,
    hint: 'Người đứng đầu, Cấp phó hoặc Không; để trống là Không.',
  },
  {
    key: 'category',
    header: 'Loại',
    required: true,
    hint: 'Bắt buộc; Công chức, Viên chức hoặc Người lao động.',
  },
  { key: 'partyMember', header: 'Đảng viên', required: false, hint: 'Có hoặc Không; để trống là Không.' },
  {
    key: 'partyAdmittedOn',
    header: 'Ngày vào Đảng',
    required: false,
    hint: 'Không bắt buộc; dd/mm/yyyy; chỉ nhập cho đảng viên.',
  },
  {
    key: 'employmentStart',
    header: 'Ngày bắt đầu công tác',
    required: false,
    hint: 'Không bắt buộc; dạng dd/mm/yyyy.',
  },
  {
    key: 'similarGroup',
    header: 'Nhóm vị trí tương đồng',
    required: false,
    hint: 'Không bắt buộc; để trống sẽ xếp theo Loại và Vai trò lãnh đạo.',
  },
  { key: 'email', header: 'Email', required: false, hint: 'Không bắt buộc; ví dụ: nva@coquan.gov.vn.' },
  {
    key: 'username',
    header: 'Tên đăng nhập',
    required: false,
    hint: 'Không bắt buộc; 3–40 ký tự: chữ thường không dấu, số, dấu . _ -',
  },
];

const COLUMN_BY_KEY = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));
const headerOf = (key: ImportColumnKey): string => COLUMN_BY_KEY.get(key)?.header ?? key;

const REQUIRED_MESSAGES: Partial<Record<ImportColumnKey, string>> = {
  staffCode: 'Vui lòng nhập mã cán bộ.',
  fullName: 'Vui lòng nhập họ và tên.',
  gender: 'Vui lòng nhập giới tính: Nam hoặc Nữ.',
  unitName: 'Vui lòng nhập tên đơn vị.',
  category: 'Vui lòng nhập loại: Công chức, Viên chức hoặc Người lao động.',
};

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
const emailSchema = z.email();

// ---------------------------------------------------------------------------------------------
// Cells

/** A spreadsheet cell reduced to a plain value; text is normalised and never empty. */
export type CellValue = string | number | boolean | Date | null;

/**
 * Unwraps what exceljs or a CSV reader hands over: rich text ({richText:[{text}]}),
 * hyperlinks ({text, hyperlink}), formulas ({formula, result}) and errors ({error}).
 * Strings go through normalizeText; blank text becomes null.
 */
export function unwrapCell(value: unknown, depth = 0): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = normalizeText(value);
    return s === '' ? null : s;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object' && depth < 5) {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const runs = o.richText.map((r: unknown) =>
        r !== null && typeof r === 'object' && typeof (r as { text?: unknown }).text === 'string'
          ? (r as { text: string }).text
          : '',
      );
      return unwrapCell(runs.join(''), depth + 1);
    }
    if ('result' in o) return unwrapCell(o.result, depth + 1);
    if ('text' in o) return unwrapCell(o.text, depth + 1);
    if (typeof o.error === 'string') return unwrapCell(o.error, depth + 1);
  }
  return null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Display text of a cell value ('' for empty). */
function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// Enumerations: accept labels and keys regardless of case, diacritics, NFC/NFD and spacing.

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}`;
}

interface EnumReader<K> {
  read(text: string): K | undefined;
  choices: string;
}

function enumReader<K extends string>(labels: Record<K, string>): EnumReader<K> {
  const byFolded = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    byFolded.set(foldVietnamese(label), key);
    byFolded.set(foldVietnamese(key), key);
  }
  return { read: (text) => byFolded.get(foldVietnamese(text)), choices: joinOr(Object.values(labels)) };
}

const GENDER = enumReader(GENDER_LABELS);
const RANK = enumReader(LEADERSHIP_RANK_LABELS);
const CATEGORY = enumReader(CATEGORY_LABELS);
const YES_NO = enumReader({ yes: 'Có', no: 'Không' });

// ---------------------------------------------------------------------------------------------
// Header

/** Header comparison key: case, diacritics and a trailing required-marker '*' or '(*)' ignored. */
function headerKey(v: unknown): string {
  return foldVietnamese(cellText(unwrapCell(v)))
    .replace(/\s*(?:\(\*\)|\*)+$/, '')
    .trim();
}

const COLUMN_BY_HEADER = new Map(IMPORT_COLUMNS.map((c) => [headerKey(c.header), c]));

function mapHeader(header: readonly unknown[], problems: ImportProblem[]): Map<ImportColumnKey, number> {
  const index = new Map<ImportColumnKey, number>();
  const reported = new Set<ImportColumnKey>();
  header.forEach((cell, i) => {
    const column = COLUMN_BY_HEADER.get(headerKey(cell));
    if (!column) return; // Extra columns such as "STT" are ignored.
    if (!index.has(column.key)) {
      index.set(column.key, i);
    } else if (!reported.has(column.key)) {
      reported.add(column.key);
      problems.push({
        row: 1,
        column: column.header,
        message: `Cột '${column.header}' xuất hiện nhiều lần; vui lòng chỉ giữ một cột.`,
      });
    }
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !index.has(column.key)) {
      problems.push({
        row: 1,
        column: column.header,
        message: `Thiếu cột '${column.header}'; vui lòng thêm cột này vào dòng tiêu đề.`,
      });
    }
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// Rows

type Cells = ReadonlyMap<ImportColumnKey, CellValue>;

function readCells(raw: unknown, index: ReadonlyMap<ImportColumnKey, number>): Cells {
  const cells = new Map<ImportColumnKey, CellValue>();
  const arr: readonly unknown[] = Array.isArray(raw) ? raw : [];
  for (const [key, i] of index) cells.set(key, unwrapCell(arr[i]));
  return cells;
}

interface Seen {
  staffCodes: Map<string, number>;
  usernames: Map<string, number>;
}

function parseRow(
  rowNumber: number,
  cells: Cells,
  seen: Seen,
): { row?: PersonImportRow; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const report = (key: ImportColumnKey, message: string) =>
    problems.push({ row: rowNumber, column: headerOf(key), message });
  const cell = (key: ImportColumnKey): CellValue => cells.get(key) ?? null;
  const text = (key: ImportColumnKey): string => cellText(cell(key));

  const required = (key: ImportColumnKey): string => {
    const value = text(key);
    if (value === '') report(key, REQUIRED_MESSAGES[key] ?? `Vui lòng nhập ${headerOf(key)}.`);
    return value;
  };
  function choice<K>(key: ImportColumnKey, reader: EnumReader<K>, fallback?: K): K | undefined {
    const value = text(key);
    if (value === '') {
      if (fallback === undefined) report(key, REQUIRED_MESSAGES[key] ?? `Vui lòng nhập ${headerOf(key)}.`);
      return fallback;
    }
    const parsed = reader.read(value);
    if (parsed === undefined) report(key, `Giá trị '${value}' không hợp lệ; chọn ${reader.choices}.`);
    return parsed;
  }
  const date = (key: ImportColumnKey): string | null | undefined => {
    const parsed = parseVnDate(cell(key));
    if (parsed.ok) return parsed.value;
    report(key, parsed.message);
    return undefined;
  };

  const staffCode = required('staffCode');
  if (staffCode !== '') {
    const codeKey = staffCode.toUpperCase();
    const earlier = seen.staffCodes.get(codeKey);
    if (earlier === undefined) seen.staffCodes.set(codeKey, rowNumber);
    else
      report('staffCode', `Mã cán bộ '${staffCode}' trùng với dòng ${earlier}; mỗi người cần một mã riêng.`);
  }
  const fullName = required('fullName');
  const gender = choice('gender', GENDER);
  const birthDate = date('birthDate');
  const unitName = required('unitName');
  const positionTitle = text('positionTitle');
  const leadershipRank = choice('leadershipRank', RANK, 'none');
  const category = choice('category', CATEGORY);

  const partyCell = cell('partyMember');
  const partyChoice = typeof partyCell === 'boolean' ? partyCell : choice('partyMember', YES_NO, 'no');
  const partyMember = partyChoice === undefined ? undefined : partyChoice === true || partyChoice === 'yes';
  const partyAdmittedOn = date('partyAdmittedOn');
  const employmentStart = date('employmentStart');
  const similarGroupText = text('similarGroup');

  const emailText = text('email');
  const email = emailText === '' ? null : emailText;
  if (email !== null && !emailSchema.safeParse(email).success) {
    report('email', `Email '${email}' không hợp lệ; vui lòng nhập dạng ten@coquan.gov.vn.`);
  }

  const usernameText = text('username').toLowerCase();
  const username = usernameText === '' ? null : usernameText;
  if (username !== null) {
    if (!USERNAME_PATTERN.test(username)) {
      report(
        'username',
        `Tên đăng nhập '${username}' không hợp lệ; chỉ dùng 3–40 ký tự gồm chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.`,
      );
    } else {
      const earlier = seen.usernames.get(username);
      if (earlier === undefined) seen.usernames.set(username, rowNumber);
      else
        report('username', `Tên đăng nhập '${username}' trùng với dòng ${earlier}; vui lòng chọn tên khác.`);
    }
  }

  // Cross-field checks, only when the fields involved were read without problems.
  if (partyAdmittedOn && partyMember === false) {
    report(
      'partyAdmittedOn',
      "Đã nhập ngày vào Đảng nhưng Đảng viên đang là 'Không'; vui lòng sửa Đảng viên thành 'Có' hoặc xóa ngày vào Đảng.",
    );
  }
  if (birthDate && partyAdmittedOn && partyAdmittedOn <= birthDate) {
    report('partyAdmittedOn', 'Ngày vào Đảng phải sau ngày sinh; vui lòng kiểm tra lại.');
  }
  if (birthDate && employmentStart && employmentStart <= birthDate) {
    report('employmentStart', 'Ngày bắt đầu công tác phải sau ngày sinh; vui lòng kiểm tra lại.');
  }

  if (
    problems.length > 0 ||
    gender === undefined ||
    leadershipRank === undefined ||
    category === undefined ||
    partyMember === undefined ||
    birthDate === undefined ||
    partyAdmittedOn === undefined ||
    employmentStart === undefined
  ) {
    return { problems };
  }
  return {
    problems,
    row: {
      rowNumber,
      staffCode,
      fullName,
      gender,
      birthDate,
      unitName,
      positionTitle,
      leadershipRank,
      category,
      partyMember,
      partyAdmittedOn,
      employmentStart,
      similarGroup: similarGroupText || normalizeText(defaultSimilarGroup(category, leadershipRank)),
      email,
      username,
    },
  };
}

/**
 * Validates a staff-list table. `header` is the first sheet row; `rows[i]` is Excel row i + 2.
 * Fully empty rows are skipped. A row with any problem is left out of `rows`. When the header
 * itself is unusable, or there are more than MAX_IMPORT_ROWS data rows, no row is returned.
 */
export function parseImportTable(
  header: unknown[],
  rows: unknown[][],
): { rows: PersonImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const index = mapHeader(header, problems);
  if (problems.length > 0) return { rows: [], problems };

  const filled: { rowNumber: number; cells: Cells }[] = [];
  rows.forEach((raw, i) => {
    const cells = readCells(raw, index);
    if ([...cells.values()].some((v) => v !== null)) filled.push({ rowNumber: i + 2, cells });
  });
  const excess = filled[MAX_IMPORT_ROWS];
  if (excess) {
    const message = `Tệp có hơn ${MAX_IMPORT_ROWS} dòng dữ liệu; vui lòng chia thành nhiều tệp nhỏ hơn.`;
    return { rows: [], problems: [{ row: excess.rowNumber, column: '', message }] };
  }

  const seen: Seen = { staffCodes: new Map(), usernames: new Map() };
  const out: PersonImportRow[] = [];
  for (const { rowNumber, cells } of filled) {
    const result = parseRow(rowNumber, cells, seen);
    problems.push(...result.problems);
    if (result.row) out.push(result.row);
  }
  return { rows: out, problems };
}
