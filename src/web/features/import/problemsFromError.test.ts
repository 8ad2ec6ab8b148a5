import { describe, expect, it } from 'vitest';
import { problemsFromDetails } from './problemsFromError.js';

describe('problemsFromDetails', () => {
  it('reads row and column from rows.<row>.<column>, sorted by row, ignoring other paths', () => {
    expect(
      problemsFromDetails([
        { path: 'rows.7.Ngày sinh', message: '31/02/1990 không phải ngày hợp lệ.' },
        { path: 'rows.1', message: 'Tệp trống.' },
        { path: 'body.file', message: 'x' },
        { path: 'rows.3.Họ và tên', message: 'Vui lòng nhập họ và tên.' },
      ]),
    ).toEqual([
      { row: 1, column: '', message: 'Tệp trống.' },
      { row: 3, column: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' },
      { row: 7, column: 'Ngày sinh', message: '31/02/1990 không phải ngày hợp lệ.' },
    ]);
  });
});
