import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  defaultSimilarGroup,
  GENDER_LABELS,
  GENDERS,
  LEADERSHIP_RANK_LABELS,
  LEADERSHIP_RANKS,
} from './org.js';
import {
  IMPORT_COLUMNS,
  type ImportColumnKey,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type PersonImportRow,
  parseImportTable,
  unwrapCell,
} from './people-import.js';
import { foldVietnamese, normalizeText } from './text.js';

// ---------------------------------------------------------------------------------------------
// Helpers

type Input = Partial<Record<ImportColumnKey, unknown>>;

const KEYS = IMPORT_COLUMNS.map((c) => c.key);
const HEADERS = IMPORT_COLUMNS.map((c) => c.header);
const H = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<ImportColumnKey, string>;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const toCells = (input: Input, keys: readonly ImportColumnKey[] = KEYS): unknown[] =>
  keys.map((k) => input[k]);
const parse = (...inputs: Input[]) =>
  parseImportTable(
    [...HEADERS],
    inputs.map((i) => toCells(i)),
  );
const isNfc = (s: string) => s === s.normalize('NFC');

const VALID: Input = {
  staffCode: 'CB001',
  fullName: 'Nguyễn Văn An',
  gender: 'Nam',
  birthDate: '05/09/1985',
  unitName: 'Phòng Tổ chức cán bộ',
  category: 'Công chức',
};

const VALID_ROW: PersonImportRow = {
  rowNumber: 2,
  staffCode: 'CB001',
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1985-09-05',
  unitName: 'Phòng Tổ chức cán bộ',
  positionTitle: '',
  leadershipRank: 'none',
  category: 'cong_chuc',
  partyMember: false,
  partyAdmittedOn: null,
  employmentStart: null,
  similarGroup: 'Công chức không giữ chức vụ',
  email: null,
  username: null,
};

/** Checks the invariants every result must satisfy, whatever the input. */
function expectWellFormed(result: { rows: PersonImportRow[]; problems: ImportProblem[] }) {
  const problemRows = new Set(result.problems.map((p) => p.row));
  for (const row of result.rows) {
    expect(problemRows.has(row.rowNumber)).toBe(false);
    for (const value of Object.values(row)) {
      if (typeof value === 'string') expect(isNfc(value)).toBe(true);
    }
  }
  for (const p of result.problems) {
    expect(p.row).toBeGreaterThanOrEqual(1);
    expect(['', ...HEADERS]).toContain(p.column);
    expect(p.message).toMatch(/^\S.*[.]$/s);
    expect(p.message).not.toMatch(/^Dòng \d/);
  }
  const numbers = result.rows.map((r) => r.rowNumber);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
}

// ---------------------------------------------------------------------------------------------

describe('constants', () => {
  it('lists the template columns in order with keys, headers and required flags', () => {
    expect(IMPORT_COLUMNS.map((c) => [c.key, c.header, c.required])).toEqual([
      ['staffCode', 'Mã cán bộ', true],
      ['fullName', 'Họ và tên', true],
      ['gender', 'Giới tính', true],
      ['birthDate', 'Ngày sinh', false],
      ['unitName', 'Đơn vị', true],
      ['positionTitle', 'Chức vụ', false],
      ['leadershipRank', 'Vai trò lãnh đạo', false],
      ['category', 'Loại', true],
      ['partyMember', 'Đảng viên', false],
      ['partyAdmittedOn', 'Ngày vào Đảng', false],
      ['employmentStart', 'Ngày bắt đầu công tác', false],
      ['similarGroup', 'Nhóm vị trí tương đồng', false],
      ['email', 'Email', false],
      ['username', 'Tên đăng nhập', false],
    ]);
  });

  it('has short NFC hints and NFC headers', () => {
    for (const c of IMPORT_COLUMNS) {
      expect(isNfc(c.header)).toBe(true);
      expect(isNfc(c.hint)).toBe(true);
      expect(c.hint.length).toBeGreaterThan(5);
      expect(c.hint.length).toBeLessThan(80);
    }
  });

  it('limits the upload size', () => {
    expect(MAX_IMPORT_ROWS).toBe(5000);
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe('unwrapCell', () => {
  const when = new Date(Date.UTC(2024, 0, 1));
  it.each<[string, unknown, unknown]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['blank text', ' \u00A0\u200B ', null],
    ['text is normalised', '  Nguye\u0302\u0303n  An ', 'Nguyễn An'],
    ['number', 1001, 1001],
    ['NaN', Number.NaN, null],
    ['boolean', true, true],
    ['Date', when, when],
    [
      'rich text',
      { richText: [{ text: 'Nguye' }, { font: { bold: true }, text: '\u0302\u0303n ' }, { text: 'An' }] },
      'Nguyễn An',
    ],
    ['rich text with odd runs', { richText: [{ text: 'A' }, null, { nope: 1 }, { text: 'B' }] }, 'AB'],
    ['hyperlink', { text: 'an@coquan.gov.vn', hyperlink: 'mailto:an@coquan.gov.vn' }, 'an@coquan.gov.vn'],
    ['hyperlink with rich text', { text: { richText: [{ text: 'Bình' }] }, hyperlink: 'http://x' }, 'Bình'],
    ['formula with text result', { formula: 'A1', result: ' Nữ ' }, 'Nữ'],
    ['formula with date result', { formula: 'TODAY()', result: when }, when],
    ['shared formula with number result', { sharedFormula: 'A1', result: 45292 }, 45292],
    ['formula without result', { formula: 'A1' }, null],
    ['formula with error result', { formula: '1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    ['error', { error: '#N/A' }, '#N/A'],
    ['unknown object', { foo: 'bar' }, null],
    ['array', ['a'], null],
  ])('%s', (_name, input, expected) => {
    expect(unwrapCell(input)).toEqual(expected);
  });
});

describe('header', () => {
  it('matches headers with BOM, NFD, other case, stray spaces, required markers, any order, extra columns', () => {
    const header = [
      '\uFEFFSTT',
      '  MÃ CÁN BỘ *',
      'Ho va ten (*)',
      'Lo\u0323ai'.normalize('NFD'),
      { richText: [{ text: 'Giới ' }, { text: ' tính' }] },
      'đơn\u00A0vị',
      'Ghi chú',
      'ngày   sinh',
    ];
    const result = parseImportTable(header, [
      [1, 'CB001', 'Nguyễn Văn An', 'Công chức', 'Nam', 'Phòng Tổ chức cán bộ', 'x', '05/09/1985'],
    ]);
    expect(result).toEqual({ rows: [VALID_ROW], problems: [] });
  });

  it('needs only the required columns', () => {
    const header = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Loại'];
    const result = parseImportTable(header, [
      ['CB001', 'Nguyễn Văn An', 'Nam', 'Phòng Tổ chức cán bộ', 'Công chức'],
    ]);
    expect(result).toEqual({ rows: [{ ...VALID_ROW, birthDate: null }], problems: [] });
  });

  it('reports each missing required column once, at row 1, and reads no rows', () => {
    const header = ['Mã cán bộ', 'Giới tính', 'Ngày sinh', 'Chức vụ'];
    const result = parseImportTable(header, [['CB001', 'Nam', '05/09/1985', '']]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual(
      ['Họ và tên', 'Đơn vị', 'Loại'].map((column) => ({
        row: 1,
        column,
        message: `Thiếu cột '${column}'; vui lòng thêm cột này vào dòng tiêu đề.`,
      })),
    );
  });

  it('reports all required columns for an empty header', () => {
    const result = parseImportTable([], []);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual(
      IMPORT_COLUMNS.filter((c) => c.required).map((c) => [1, c.header]),
    );
  });

  it('reports a column that appears twice', () => {
    const result = parseImportTable([...HEADERS, 'ho va ten', 'HỌ VÀ TÊN'], [toCells(VALID)]);
    expect(result).toEqual({
      rows: [],
      problems: [
        {
          row: 1,
          column: 'Họ và tên',
          message: "Cột 'Họ và tên' xuất hiện nhiều lần; vui lòng chỉ giữ một cột.",
        },
      ],
    });
  });
});

describe('rows', () => {
  it('reads realistic messy rows', () => {
    const header = ['STT', ...HEADERS];
    const rows: unknown[][] = [
      [
        1,
        ' CB001 ',
        'Nguye\u0302\u0303n  Văn An  ', // NFD, double and trailing spaces
        'NAM',
        31_295, // Excel serial for 05/09/1985
        'Phòng Tổ chức cán bộ\u00A0',
        'Trưởng phòng ',
        'nguoi dung dau',
        'CÔNG CHỨC',
        'co',
        '3/2/2010',
        new Date(Date.UTC(2008, 7, 1)),
        '',
        ' An.Nguyen@CoQuan.gov.vn ',
        ' NVAN ',
      ],
      [],
      [
        2,
        'CB002',
        'Trần\tThị Bình',
        'nu',
        '1990-12-31',
        'Ban Quản lý dự án',
        '',
        'cap pho',
        'vien chuc',
        'KHÔNG',
        null,
        '45292',
        'Nhóm chuyên môn',
        null,
        undefined,
      ],
      [3, '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      [
        4,
        'CB003',
        'Lê Văn Cường',
        'Nữ'.normalize('NFD'),
        '',
        'Trung tâm Thông tin',
        'Nhân viên',
        'Không',
        'người lao động',
        'Có',
        '',
        '',
        '',
        '',
        'le.cuong',
      ],
    ];
    const result = parseImportTable(header, rows);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual<PersonImportRow[]>([
      {
        rowNumber: 2,
        staffCode: 'CB001',
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        birthDate: '1985-09-05',
        unitName: 'Phòng Tổ chức cán bộ',
        positionTitle: 'Trưởng phòng',
        leadershipRank: 'head',
        category: 'cong_chuc',
        partyMember: true,
        partyAdmittedOn: '2010-02-03',
        employmentStart: '2008-08-01',
        similarGroup: 'Công chức lãnh đạo, quản lý',
        email: 'An.Nguyen@CoQuan.gov.vn',
        username: 'nvan',
      },
      {
        rowNumber: 4,
        staffCode: 'CB002',
        fullName: 'Trần Thị Bình',
        gender: 'female',
        birthDate: '1990-12-31',
        unitName: 'Ban Quản lý dự án',
        positionTitle: '',
        leadershipRank: 'deputy',
        category: 'vien_chuc',
        partyMember: false,
        partyAdmittedOn: null,
        employmentStart: '2024-01-01',
        similarGroup: 'Nhóm chuyên môn',
        email: null,
        username: null,
      },
      {
        rowNumber: 6,
        staffCode: 'CB003',
        fullName: 'Lê Văn Cường',
        gender: 'female',
        birthDate: null,
        unitName: 'Trung tâm Thông tin',
        positionTitle: 'Nhân viên',
        leadershipRank: 'none',
        category: 'nguoi_lao_dong',
        partyMember: true, // a party member without an admission date is allowed
        partyAdmittedOn: null,
        employmentStart: null,
        similarGroup: 'Người lao động không giữ chức vụ',
        email: null,
        username: 'le.cuong',
      },
    ]);
    expectWellFormed(result);
  });

  it('reads exceljs cell objects', () => {
    const result = parse({
      staffCode: 1001,
      fullName: { richText: [{ text: 'Phạm ' }, { text: 'Đức Anh' }] },
      gender: { formula: 'IF(1,"Nam","Nữ")', result: 'Nam' },
      birthDate: { formula: 'DATE(1985,9,5)', result: new Date(Date.UTC(1985, 8, 5)) },
      unitName: { sharedFormula: 'E2', result: 'Phòng Tổ chức cán bộ' },
      category: 'Công chức',
      partyMember: true,
      partyAdmittedOn: 40_000,
      email: { text: 'anh@coquan.gov.vn', hyperlink: 'mailto:anh@coquan.gov.vn' },
    });
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        ...VALID_ROW,
        staffCode: '1001',
        fullName: 'Phạm Đức Anh',
        partyMember: true,
        partyAdmittedOn: '2009-07-06',
        email: 'anh@coquan.gov.vn',
      },
    ]);
  });

  it('takes the boolean false from a checkbox-like cell as not a party member', () => {
    expect(parse({ ...VALID, partyMember: false }).rows).toEqual([VALID_ROW]);
  });

  it('applies defaults for optional values', () => {
    for (const category of CATEGORIES) {
      for (const rank of LEADERSHIP_RANKS) {
        const result = parse({
          ...VALID,
          category: CATEGORY_LABELS[category],
          leadershipRank: LEADERSHIP_RANK_LABELS[rank],
        });
        expect(result.rows[0]?.similarGroup).toBe(defaultSimilarGroup(category, rank));
      }
    }
    expect(parse({ ...VALID, leadershipRank: '  ' }).rows[0]?.leadershipRank).toBe('none');
  });

  it('skips empty rows but keeps Excel row numbers', () => {
    const result = parseImportTable(
      ['STT', ...HEADERS],
      [
        [],
        [null, null, undefined, ''],
        ['', ' ', '\u00A0', '\u200B', { richText: [] }, { formula: 'A1' }],
        [99], // only the unknown "STT" column is filled
        ['x', ...toCells(VALID)],
      ],
    );
    expect(result).toEqual({ rows: [{ ...VALID_ROW, rowNumber: 6 }], problems: [] });
  });

  it('stops at MAX_IMPORT_ROWS data rows', () => {
    const rowsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => toCells({ ...VALID, staffCode: `CB${i}` }));
    const ok = parseImportTable([...HEADERS], [[], ...rowsOf(MAX_IMPORT_ROWS)]);
    expect(ok.problems).toEqual([]);
    expect(ok.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(ok.rows.at(-1)?.rowNumber).toBe(MAX_IMPORT_ROWS + 2);

    const tooMany = parseImportTable([...HEADERS], rowsOf(MAX_IMPORT_ROWS + 1));
    expect(tooMany).toEqual({
      rows: [],
      problems: [
        {
          row: MAX_IMPORT_ROWS + 2,
          column: '',
          message: 'Tệp có hơn 5000 dòng dữ liệu; vui lòng chia thành nhiều tệp nhỏ hơn.',
        },
      ],
    });
  });
});

describe('problems in one row', () => {
  const PARTY: Input = { partyMember: 'Có', partyAdmittedOn: '03/02/2010' };
  it.each<[string, Input, ImportColumnKey, string]>([
    ['missing staff code', { staffCode: '' }, 'staffCode', 'Vui lòng nhập mã cán bộ.'],
    ['blank full name', { fullName: ' \u00A0\u200B ' }, 'fullName', 'Vui lòng nhập họ và tên.'],
    ['missing gender', { gender: null }, 'gender', 'Vui lòng nhập giới tính: Nam hoặc Nữ.'],
    ['missing unit', { unitName: undefined }, 'unitName', 'Vui lòng nhập tên đơn vị.'],
    [
      'missing category',
      { category: '' },
      'category',
      'Vui lòng nhập loại: Công chức, Viên chức hoặc Người lao động.',
    ],
    ['invalid gender', { gender: 'X' }, 'gender', "Giá trị 'X' không hợp lệ; chọn Nam hoặc Nữ."],
    ['gender as boolean', { gender: true }, 'gender', "Giá trị 'true' không hợp lệ; chọn Nam hoặc Nữ."],
    [
      'invalid leadership rank',
      { leadershipRank: 'Trưởng phòng' },
      'leadershipRank',
      "Giá trị 'Trưởng phòng' không hợp lệ; chọn Người đứng đầu, Cấp phó hoặc Không.",
    ],
    [
      'invalid category',
      { category: ' Hợp  đồng ' },
      'category',
      "Giá trị 'Hợp đồng' không hợp lệ; chọn Công chức, Viên chức hoặc Người lao động.",
    ],
    [
      'formula error as category',
      { category: { formula: 'VLOOKUP()', result: { error: '#N/A' } } },
      'category',
      "Giá trị '#N/A' không hợp lệ; chọn Công chức, Viên chức hoặc Người lao động.",
    ],
    [
      'invalid party member',
      { partyMember: 'Đã vào' },
      'partyMember',
      "Giá trị 'Đã vào' không hợp lệ; chọn Có hoặc Không.",
    ],
    ['impossible birth date', { birthDate: '31/02/1990' }, 'birthDate', '31/02/1990 không phải ngày hợp lệ.'],
    [
      'birth year out of range',
      { birthDate: '01/01/1800' },
      'birthDate',
      'Năm 1800 không hợp lệ; năm phải từ 1900 đến 2100.',
    ],
    [
      'unreadable party date',
      { ...PARTY, partyAdmittedOn: 'abc' },
      'partyAdmittedOn',
      "'abc' không đúng định dạng ngày; vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 05/09/1985.",
    ],
    [
      'year instead of employment date',
      { employmentStart: 2010 },
      'employmentStart',
      "'2010' giống số năm, chưa đủ ngày tháng; vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 05/09/1985.",
    ],
    [
      'invalid email',
      { email: 'an@coquan' },
      'email',
      "Email 'an@coquan' không hợp lệ; vui lòng nhập dạng ten@coquan.gov.vn.",
    ],
    [
      'username with diacritics',
      { username: 'Nguyễn An' },
      'username',
      "Tên đăng nhập 'nguyễn an' không hợp lệ; chỉ dùng 3–40 ký tự gồm chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.",
    ],
    [
      'username too short',
      { username: 'AB' },
      'username',
      "Tên đăng nhập 'ab' không hợp lệ; chỉ dùng 3–40 ký tự gồm chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.",
    ],
    [
      'party date while not a party member',
      { partyMember: 'Không', partyAdmittedOn: '03/02/2010' },
      'partyAdmittedOn',
      "Đã nhập ngày vào Đảng nhưng Đảng viên đang là 'Không'; vui lòng sửa Đảng viên thành 'Có' hoặc xóa ngày vào Đảng.",
    ],
    [
      'party date while party member is left empty',
      { partyAdmittedOn: '03/02/2010' },
      'partyAdmittedOn',
      "Đã nhập ngày vào Đảng nhưng Đảng viên đang là 'Không'; vui lòng sửa Đảng viên thành 'Có' hoặc xóa ngày vào Đảng.",
    ],
    [
      'party date before birth',
      { ...PARTY, partyAdmittedOn: '01/01/1980' },
      'partyAdmittedOn',
      'Ngày vào Đảng phải sau ngày sinh; vui lòng kiểm tra lại.',
    ],
    [
      'employment start on the birth date',
      { employmentStart: '1985-09-05' },
      'employmentStart',
      'Ngày bắt đầu công tác phải sau ngày sinh; vui lòng kiểm tra lại.',
    ],
  ])('%s', (_name, change, key, message) => {
    const result = parse({ ...VALID, ...change });
    expect(result).toEqual({ rows: [], problems: [{ row: 2, column: H[key], message }] });
  });

  it('reports every problem of a row, in column order', () => {
    const result = parse({
      staffCode: 'CB9',
      gender: 'nam',
      birthDate: '32/01/2000',
      category: 'x',
      username: '!',
    });
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Họ và tên'],
      [2, 'Ngày sinh'],
      [2, 'Đơn vị'],
      [2, 'Loại'],
      [2, 'Tên đăng nhập'],
    ]);
  });

  it('does not compare dates that could not be read', () => {
    const result = parse({ ...VALID, birthDate: 'abc', partyMember: 'x', partyAdmittedOn: '01/01/1900' });
    expect(result.problems.map((p) => p.column)).toEqual(['Ngày sinh', 'Đảng viên']);
  });
});

describe('duplicates within the file', () => {
  it('reports a repeated staff code (any case) on each later row, naming the first row', () => {
    const result = parse(
      VALID,
      { ...VALID, staffCode: 'CB002', username: 'an' },
      { ...VALID, staffCode: ' cb001 ' },
      { ...VALID, staffCode: 'CB001' },
    );
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Tên đăng nhập',
        message: expect.stringContaining("Tên đăng nhập 'an' không hợp lệ"),
      },
      {
        row: 4,
        column: 'Mã cán bộ',
        message: "Mã cán bộ 'cb001' trùng với dòng 2; mỗi người cần một mã riêng.",
      },
      {
        row: 5,
        column: 'Mã cán bộ',
        message: "Mã cán bộ 'CB001' trùng với dòng 2; mỗi người cần một mã riêng.",
      },
    ]);
  });

  it('names the first row even when that row has problems of its own', () => {
    const result = parse({ ...VALID, gender: '?' }, VALID);
    expect(result.rows).toEqual([]);
    expect(result.problems[1]).toEqual({
      row: 3,
      column: 'Mã cán bộ',
      message: "Mã cán bộ 'CB001' trùng với dòng 2; mỗi người cần một mã riêng.",
    });
  });

  it('reports a repeated username (any case), counting blank rows in the row numbers', () => {
    const result = parseImportTable(
      [...HEADERS],
      [
        toCells({ ...VALID, username: 'nvan' }),
        [],
        toCells({ ...VALID, staffCode: 'CB002', username: ' NVan ' }),
      ],
    );
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'Tên đăng nhập',
        message: "Tên đăng nhập 'nvan' trùng với dòng 2; vui lòng chọn tên khác.",
      },
    ]);
  });

  it('allows several people without a username', () => {
    const result = parse(
      VALID,
      { ...VALID, staffCode: 'CB002' },
      { ...VALID, staffCode: 'CB003', username: '' },
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests

/** A clean person plus how each cell is spelled in the sheet. */
const syllable = fc.constantFrom(
  'Nguyễn',
  'Trần',
  'Lê',
  'Đặng',
  'Văn',
  'Thị',
  'Đức',
  'Ngọc',
  'An',
  'Bình',
  'Ánh',
  'Hùng',
  'Yến',
  'Ưng',
  'Ơn',
);
const isoDay = (fromYear: number, toYear: number) =>
  fc
    .integer({ min: Date.UTC(fromYear, 0, 1) / DAY_MS, max: Date.UTC(toYear, 11, 31) / DAY_MS })
    .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

const person = fc.record({
  codeTail: fc.stringMatching(/^[A-Z0-9-]{0,6}$/),
  fullName: fc.array(syllable, { minLength: 2, maxLength: 4 }).map((w) => w.join(' ')),
  gender: fc.constantFrom(...GENDERS),
  birthDate: fc.option(isoDay(1950, 1999), { nil: null }),
  unitName: fc.constantFrom(
    'Phòng Tổ chức cán bộ',
    'Ban Quản lý dự án',
    'Trung tâm Thông tin',
    'Lãnh đạo Văn phòng',
  ),
  positionTitle: fc.constantFrom('', 'Chuyên viên', 'Trưởng phòng', 'Phó Giám đốc'),
  leadershipRank: fc.constantFrom(...LEADERSHIP_RANKS),
  category: fc.constantFrom(...CATEGORIES),
  partyMember: fc.boolean(),
  partyAdmittedOn: fc.option(isoDay(2000, 2030), { nil: null }),
  employmentStart: fc.option(isoDay(2000, 2030), { nil: null }),
  similarGroup: fc.constantFrom('', 'Chuyên viên và tương đương', 'Nhóm 1'),
  emailLocal: fc.option(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), { nil: null }),
  usernameTail: fc.option(fc.stringMatching(/^[a-z0-9.-]{0,20}$/), { nil: null }),
});
type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;

type Spell = (s: string) => unknown;
const textSpelling = fc.constantFrom<Spell>(
  (s) => s,
  (s) => s.normalize('NFD'),
  (s) => `  ${s}\u00A0`,
  (s) => s.replaceAll(' ', ' \t '),
  (s) => `\uFEFF${s}\u200B`,
  (s) => ({ richText: [{ text: s.slice(0, 3).normalize('NFD') }, { text: s.slice(3).normalize('NFD') }] }),
  (s) => ({ formula: 'A1', result: s }),
);
const labelSpelling = fc.constantFrom<Spell>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => foldVietnamese(s),
  (s) => foldVietnamese(s).toUpperCase(),
  (s) => s.normalize('NFD'),
  (s) => ` ${s.replaceAll(' ', '  ')}\u00A0`,
);
type DateSpell = (iso: string) => unknown;
const dateSpelling = fc.constantFrom<DateSpell>(
  (iso) => iso,
  (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
  (iso) => `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}-${iso.slice(0, 4)}`,
  (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} `,
  (iso) => new Date(`${iso}T00:00:00Z`),
  (iso) => (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS,
  (iso) => String((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS),
  (iso) => ({ formula: 'DATE()', result: new Date(`${iso}T00:00:00Z`) }),
);
const emptySpelling = fc.constantFrom<unknown>(null, undefined, '', '  ', { richText: [] });
const spelling = fc.record({
  text: textSpelling,
  label: labelSpelling,
  date: dateSpelling,
  empty: emptySpelling,
  partyAsBoolean: fc.boolean(),
  upperUsername: fc.boolean(),
});
type Spelling = typeof spelling extends fc.Arbitrary<infer S> ? S : never;

function render(
  p: Person,
  index: number,
  s: Spelling,
): { cells: Input; expected: Omit<PersonImportRow, 'rowNumber'> } {
  const staffCode = `CB${index}_${p.codeTail}`;
  const username = p.usernameTail === null ? null : `nv${index}_${p.usernameTail}`;
  const email = p.emailLocal === null ? null : `${p.emailLocal}@coquan.gov.vn`;
  const partyAdmittedOn = p.partyMember ? p.partyAdmittedOn : null;
  const date = (iso: string | null) => (iso === null ? s.empty : s.date(iso));
  const text = (v: string) => (v === '' ? s.empty : s.text(v));
  const rank =
    p.leadershipRank === 'none' && s.partyAsBoolean
      ? s.empty
      : s.label(LEADERSHIP_RANK_LABELS[p.leadershipRank]);
  const party = s.partyAsBoolean ? p.partyMember : p.partyMember ? s.label('Có') : s.label('Không');
  return {
    cells: {
      staffCode: ` ${staffCode} `,
      fullName: s.text(p.fullName),
      gender: s.label(GENDER_LABELS[p.gender]),
      birthDate: date(p.birthDate),
      unitName: s.text(p.unitName),
      positionTitle: text(p.positionTitle),
      leadershipRank: rank,
      category: s.label(CATEGORY_LABELS[p.category]),
      partyMember: party,
      partyAdmittedOn: date(partyAdmittedOn),
      employmentStart: date(p.employmentStart),
      similarGroup: text(p.similarGroup),
      email: email === null ? s.empty : { text: email, hyperlink: `mailto:${email}` },
      username: username === null ? s.empty : s.upperUsername ? username.toUpperCase() : username,
    },
    expected: {
      staffCode,
      fullName: p.fullName,
      gender: p.gender,
      birthDate: p.birthDate,
      unitName: p.unitName,
      positionTitle: p.positionTitle,
      leadershipRank: p.leadershipRank,
      category: p.category,
      partyMember: p.partyMember,
      partyAdmittedOn,
      employmentStart: p.employmentStart,
      similarGroup: p.similarGroup || defaultSimilarGroup(p.category, p.leadershipRank),
      email,
      username,
    },
  };
}

const sheet = fc.array(fc.tuple(person, spelling, fc.boolean()), { maxLength: 15 }).map((entries) => {
  const rows: Input[] = [];
  const expected: PersonImportRow[] = [];
  entries.forEach(([p, s, blankBefore], index) => {
    if (blankBefore) rows.push({});
    const { cells, expected: e } = render(p, index, s);
    rows.push(cells);
    expected.push({ rowNumber: rows.length + 1, ...e });
  });
  return { rows, expected };
});

describe('properties', () => {
  it('reads back any valid sheet, whatever the spelling of its cells', () => {
    fc.assert(
      fc.property(sheet, ({ rows, expected }) => {
        const result = parse(...rows);
        expect(result.problems).toEqual([]);
        expect(result.rows).toEqual(expected);
        expectWellFormed(result);
      }),
    );
  });

  it('does not depend on column order or extra columns', () => {
    fc.assert(
      fc.property(
        sheet,
        fc.shuffledSubarray([...KEYS, 'STT', 'Ghi chú'], { minLength: KEYS.length + 2 }),
        ({ rows, expected }, order) => {
          const header = order.map((k) => H[k as ImportColumnKey] ?? k);
          const cells = rows.map((r) => order.map((k) => (k in H ? r[k as ImportColumnKey] : 'rác')));
          expect(parseImportTable(header, cells)).toEqual({ rows: expected, problems: [] });
        },
      ),
    );
  });

  it('keeps any free text as normalised NFC', () => {
    const freeText = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 20 })
      .filter((s) => normalizeText(s) !== '');
    fc.assert(
      fc.property(
        freeText,
        freeText,
        freeText,
        freeText,
        fc.option(freeText, { nil: '' }),
        (code, name, unit, title, group) => {
          const result = parse({
            ...VALID,
            staffCode: code,
            fullName: name.normalize('NFD'),
            unitName: unit,
            positionTitle: title,
            similarGroup: group,
          });
          expect(result.problems).toEqual([]);
          expect(result.rows).toEqual([
            {
              ...VALID_ROW,
              staffCode: normalizeText(code),
              fullName: normalizeText(name),
              unitName: normalizeText(unit),
              positionTitle: normalizeText(title),
              similarGroup: normalizeText(group) || VALID_ROW.similarGroup,
            },
          ]);
          expectWellFormed(result);
        },
      ),
    );
  });

  it('never throws on junk, and each filled row is either read or reported', () => {
    const junkCell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom(
        'Nam',
        'nữ',
        'Có',
        'Không',
        'Công chức',
        'Cấp phó',
        '05/09/1985',
        'CB1',
        'a@b.vn',
        'abc',
      ),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.date(),
      fc.constantFrom(
        null,
        undefined,
        { richText: [{ text: 'X' }] },
        { error: '#REF!' },
        { formula: 'A1' },
        {},
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(junkCell, { maxLength: KEYS.length + 1 }), { maxLength: 10 }), (rows) => {
        const result = parseImportTable([...HEADERS], rows);
        expectWellFormed(result);
        const read = new Set(result.rows.map((r) => r.rowNumber));
        const reported = new Set(result.problems.map((p) => p.row));
        rows.forEach((cells, i) => {
          const filled = cells.slice(0, KEYS.length).some((c) => unwrapCell(c) !== null);
          expect(read.has(i + 2) || reported.has(i + 2)).toBe(filled);
        });
      }),
    );
  });
});
