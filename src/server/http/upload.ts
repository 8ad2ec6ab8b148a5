/** Reading one uploaded spreadsheet (multipart field "file") into a table of raw cells. */
import type { FastifyRequest } from 'fastify';
import { type RawTable, readImportFile } from '../modules/people/import-file.js';
import { AppError } from './errors.js';

export async function readUploadedTable(req: FastifyRequest): Promise<{ table: RawTable; fileName: string }> {
  const choose = () =>
    new AppError('validation', 'Vui lòng chọn tệp danh sách (.xlsx hoặc .csv) để tải lên.');
  if (!req.isMultipart()) throw choose();
  const file = await req.file();
  if (!file) throw choose();
  const tooLarge = () => new AppError('payload_too_large', 'Tệp quá lớn (tối đa 5 MB).');
  // toBuffer() rejects with FST_REQ_FILE_TOO_LARGE past the limit: answer with the limit in words.
  const buf = await file.toBuffer().catch((err: { code?: string }) => {
    throw err?.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : err;
  });
  if (file.file.truncated) throw tooLarge();
  return { table: await readImportFile(file.filename, buf), fileName: file.filename };
}

/** A refused import: every problem as a field path `rows.<row>.<column>`. */
export function importRefused(problems: { row: number; column?: string; message: string }[]): AppError {
  return new AppError(
    'validation',
    `Tệp có ${problems.length} lỗi; chưa có thay đổi nào được ghi. Vui lòng sửa rồi tải lại.`,
    problems.map((p) => ({ path: `rows.${p.row}${p.column ? `.${p.column}` : ''}`, message: p.message })),
  );
}
