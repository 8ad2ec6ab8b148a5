/**
 * Minimal RFC 4180 CSV reader for staff-list uploads.
 * Excel in a Vietnamese locale saves with ';' (',' is the decimal mark), others with ',' or tab;
 * the separator is guessed from the header line.
 * Pure; runs in Node and in the browser.
 */

export const CSV_SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** The separator occurring most often, outside quotes, in the first record; ',' when none does. */
export function detectCsvSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const sep of CSV_SEPARATORS) {
    if ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0)) best = sep;
  }
  return best;
}

/**
 * Parses CSV text into rows of raw (untrimmed) fields. Handles a leading BOM, CRLF/LF/CR line ends,
 * quoted fields with "" escapes and embedded separators or line breaks. Blank lines inside the
 * file are kept (as `['']`) so row numbers stay aligned; empty lines at the end are dropped.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const sep = detectCsvSeparator(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  // True while inside a quoted field that has not been closed yet.
  let quoted = false;
  let i = 0;
  const n = src.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === sep) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else {
      // A stray quote inside an unquoted field, or text after a closing quote, is kept literally.
      field += ch;
    }
    i += 1;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((f) => f === '')) rows.pop();
  return rows;
}
