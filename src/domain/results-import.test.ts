import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel, parseResultsTable } from './results-import.js';
import { LEVEL_LABELS, LEVELS } from './rules/types.js';

const HEADER = ['Mã cán bộ', 'Họ và tên', 'Năm', 'Mức xếp loại', 'Danh hiệu thi đua', 'Ghi chú'];

describe('parseLevel', () => {
  it.each([
    ['HTXSNV', 'HTXSNV'],
    ['httnv', 'HTTNV'],
    ['Hoàn thành nhiệm vụ', 'HTNV'],
    ['hoan thanh tot nhiem vu', 'HTTNV'],
    ['Không hoàn thành nhiệm vụ', 'KHTNV'],
    ['Không xếp loại', null],
    ['', null],
    ['Giỏi', undefined],
  ])('%s → %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });
  it('reads every level back from its code and from its name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), (level) => {
        expect(parseLevel(level)).toBe(level);
        expect(parseLevel(LEVEL_LABELS[level].toUpperCase())).toBe(level);
      }),
    );
  });
});

describe('parseResultsTable', () => {
  it('reads rows by header name, in any column order', () => {
    const header = ['Năm', 'Mức xếp loại', 'Họ và tên', 'Mã cán bộ'];
    const r = parseResultsTable(header, [[2023, 'HTTNV', 'Nguyễn Văn A', 'VP001']], { maxYear: 2024 });
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        rowNumber: 2,
        staffCode: 'VP001',
        fullName: 'Nguyễn Văn A',
        year: 2023,
        level: 'HTTNV',
        title: '',
        note: '',
      },
    ]);
  });
  it('names a missing column', () => {
    const r = parseResultsTable(['Mã cán bộ', 'Năm'], [], { maxYear: 2024 });
    expect(r.problems).toEqual([{ row: 1, column: 'fullName', message: 'Thiếu cột "Họ và tên".' }]);
  });
  it('reports each bad cell with its row and column, and duplicates', () => {
    const r = parseResultsTable(
      HEADER,
      [
        ['VP001', 'A', 2023, 'Giỏi', '', ''],
        ['VP002', 'B', 1999, 'HTNV', '', ''],
        ['', 'C', 2022, '', '', ''],
        ['VP004', 'D', 2022, 'HTNV', 'Lao động tiên tiến', ''],
        ['vp004', 'D', 2022, 'HTNV', '', ''],
        [null, null, null, null, null, null],
      ],
      { maxYear: 2024 },
    );
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'level'],
      [3, 'year'],
      [4, 'staffCode'],
      [6, undefined],
    ]);
    expect(r.rows.map((x) => x.rowNumber)).toEqual([5]);
    expect(r.rows[0]?.title).toBe('Lao động tiên tiến');
  });
  it('refuses a year after the last closed one and an empty file', () => {
    expect(
      parseResultsTable(HEADER, [['A1', 'A', 2025, 'HTNV']], { maxYear: 2024 }).problems[0]?.column,
    ).toBe('year');
    expect(parseResultsTable(HEADER, [], { maxYear: 2024 }).problems[0]?.message).toBe(
      'Tệp không có dòng dữ liệu nào.',
    );
  });
});
