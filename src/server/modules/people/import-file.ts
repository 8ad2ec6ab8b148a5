/**
 * Reads an uploaded staff list (XLSX or UTF-8 CSV) into a header and rows of raw cells, where
 * rows[i] is spreadsheet row i + 2 (the header is row 1), as parseImportTable expects.
 */
import { parseCsv } from '../../../domain/csv.js';
import { MAX_IMPORT_ROWS } from '../../../domain/people-import.js';
import { AppError } from '../../http/errors.js';

export interface RawTable {
  header: unknown[];
  rows: unknown[][];
}

const unreadable = (what: string) =>
  new AppError('validation', `Không đọc được tệp ${what}. Vui lòng dùng tệp mẫu (.xlsx) hoặc CSV mã UTF-8.`);

function isXlsx(filename: string, buf: Buffer): boolean {
  // XLSX is a ZIP container: "PK\x03\x04".
  return (
    filename.toLowerCase().endsWith('.xlsx') ||
    (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 3 && buf[3] === 4)
  );
}

export async function readImportFile(filename: string, buf: Buffer): Promise<RawTable> {
  if (buf.length === 0) throw new AppError('validation', 'Tệp tải lên đang trống.');
  if (isXlsx(filename, buf)) return readXlsx(buf);
  if (/\.(xls|ods|numbers)$/i.test(filename)) {
    throw new AppError(
      'unsupported_media',
      'Chỉ nhận tệp .xlsx hoặc .csv. Vui lòng mở tệp bằng Excel và lưu lại dạng .xlsx.',
    );
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let decoded: string;
  try {
    decoded = text.decode(buf);
  } catch {
    throw new AppError(
      'validation',
      'Tệp CSV không phải mã UTF-8. Trong Excel, chọn "Lưu thành" → "CSV UTF-8 (phân tách bằng dấu phẩy)".',
    );
  }
  const [header = [], ...rows] = parseCsv(decoded);
  return { header, rows };
}

async function readXlsx(buf: Buffer): Promise<RawTable> {
  // exceljs takes ~0.2 s to load: only when a spreadsheet actually arrives.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // biome-ignore lint/suspicious/noExplicitAny: exceljs' Buffer type predates Node's generic Buffer
    await wb.xlsx.load(buf as any);
  } catch {
    throw unreadable('Excel');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw unreadable('Excel (không có trang tính nào)');
  // A few extra rows past the limit are enough for parseImportTable to report "too many rows".
  const last = Math.min(sheet.rowCount, MAX_IMPORT_ROWS + 10);
  const width = Math.max(sheet.columnCount, 1);
  const readRow = (n: number) => {
    const row = sheet.getRow(n);
    const cells: unknown[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).value);
    return cells;
  };
  const rows: unknown[][] = [];
  for (let n = 2; n <= last; n++) rows.push(readRow(n));
  return { header: readRow(1), rows };
}
