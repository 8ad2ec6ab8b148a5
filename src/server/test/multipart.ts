/**
 * A multipart/form-data body with one file in the field "file", built by hand for app.inject
 * (and for fetch against a real server: pass `payload` as the body and `headers` as they are).
 */
import { randomBytes } from 'node:crypto';

export function multipartFile(
  filename: string,
  buf: Buffer,
  contentType: string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----BinhXetTest${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename="${filename.replace(/"/g, '%22')}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    payload: Buffer.concat([head, buf, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';
