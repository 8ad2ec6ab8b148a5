import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_SEPARATORS, type CsvSeparator, detectCsvSeparator, parseCsv } from './csv.js';

/** Reference writer: quotes a field when it holds anything special (or always, if asked). */
function writeCsv(rows: string[][], sep: string, eol: string, quoteAll: boolean): string {
  const needsQuotes = /[",;\t\r\n]/;
  const field = (f: string) => (quoteAll || needsQuotes.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  return rows.map((r) => r.map(field).join(sep)).join(eol);
}

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['empty text', '', []],
    ['only a BOM', '\uFEFF', []],
    [
      'comma, LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'comma, CRLF, no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolon (Vietnamese Excel)',
      'Mã cán bộ;Họ và tên\r\nCB01;Nguyễn Văn An\r\n',
      [
        ['Mã cán bộ', 'Họ và tên'],
        ['CB01', 'Nguyễn Văn An'],
      ],
    ],
    [
      'tab',
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'leading BOM stripped',
      '\uFEFFa;b\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'BOM later is data',
      'a;b\n\uFEFF1;2',
      [
        ['a', 'b'],
        ['\uFEFF1', '2'],
      ],
    ],
    [
      'semicolon data with commas',
      'a;b\n1,5;2,5',
      [
        ['a', 'b'],
        ['1,5', '2,5'],
      ],
    ],
    [
      'quoted separator',
      'a,b\n"x, y",z',
      [
        ['a', 'b'],
        ['x, y', 'z'],
      ],
    ],
    [
      'quoted quotes',
      'a,b\n"say ""hi""",z',
      [
        ['a', 'b'],
        ['say "hi"', 'z'],
      ],
    ],
    [
      'quoted newlines',
      'a,b\n"line1\r\nline2\nline3",z\n',
      [
        ['a', 'b'],
        ['line1\r\nline2\nline3', 'z'],
      ],
    ],
    [
      'empty quoted field',
      'a,b\n"",z',
      [
        ['a', 'b'],
        ['', 'z'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n1,,3',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
        ['1', '', '3'],
      ],
    ],
    [
      'spaces kept',
      'a,b\n  x  , y ',
      [
        ['a', 'b'],
        ['  x  ', ' y '],
      ],
    ],
    [
      'stray quote inside a field is literal',
      'a,b\nab"c,d',
      [
        ['a', 'b'],
        ['ab"c', 'd'],
      ],
    ],
    [
      'text after closing quote is kept',
      'a,b\n"ab"c,d',
      [
        ['a', 'b'],
        ['abc', 'd'],
      ],
    ],
    ['unterminated quote runs to the end', 'a,b\n"x,y\nz', [['a', 'b'], ['x,y\nz']]],
    ['blank line in the middle kept', 'a,b\n\n1,2', [['a', 'b'], [''], ['1', '2']]],
    [
      'trailing empty lines dropped',
      'a,b\n1,2\n\n\r\n,,\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['only trailing empty lines dropped', 'a,b\n1,2\n\n;;\n,,\n\n', [['a', 'b'], ['1', '2'], [''], [';;']]],
    [
      'trailing separator-only lines dropped',
      'a;b\n1;2\n;\n;;\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'trailing empty field kept',
      'a,b\n1,\n',
      [
        ['a', 'b'],
        ['1', ''],
      ],
    ],
    ['single column', 'Họ và tên\nAn\nBình', [['Họ và tên'], ['An'], ['Bình']]],
    [
      'quoted header with separators inside',
      '"a;b",c\n1,2',
      [
        ['a;b', 'c'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });
});

describe('detectCsvSeparator', () => {
  it.each<[string, CsvSeparator]>([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['a', ','],
    ['', ','],
    ['"x;y;z",a,b', ','],
    ['Họ, tên;Ngày sinh;Đơn vị', ';'],
    ['a;b\nc,d,e,f', ';'], // only the header line counts
    ['"a\nb;c;d",e,f', ','], // a quoted newline does not end the header
  ])('detectCsvSeparator(%j) = %j', (input, expected) => {
    expect(detectCsvSeparator(input)).toBe(expected);
  });
});

describe('parseCsv: properties', () => {
  const fieldChar = fc.constantFrom('a', 'Đ', 'ễ', ' ', ',', ';', '\t', '"', '\r', '\n', '1', '\u00A0');
  const field = fc.string({ unit: fieldChar, maxLength: 8 });
  const table = fc
    .tuple(
      fc.array(field, { minLength: 2, maxLength: 6 }),
      fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    )
    .map(([header, rows]) => [header, ...rows])
    .filter((rows) => !(rows.at(-1) as string[]).every((f) => f === ''));

  it('round-trips any table written with any separator, line ending, BOM and quoting style', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(...CSV_SEPARATORS),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, sep, eol, quoteAll, bom, finalNewline) => {
          const text = (bom ? '\uFEFF' : '') + writeCsv(rows, sep, eol, quoteAll) + (finalNewline ? eol : '');
          expect(parseCsv(text)).toEqual(rows);
        },
      ),
    );
  });

  it('never throws and never returns a trailing empty row', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', ';', '\t', '"', '\r', '\n', '\uFEFF') }),
        (s) => {
          const rows = parseCsv(s);
          const last = rows.at(-1);
          if (last) expect(last.every((f) => f === '')).toBe(false);
        },
      ),
    );
  });
});
