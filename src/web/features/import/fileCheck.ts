/** What the browser can check before uploading: the file type and the 5 MB limit. */
import { MAX_IMPORT_BYTES } from '../../../domain/people-import.js';

export const ACCEPTED_EXTENSIONS = ['.xlsx', '.csv'];

/** A Vietnamese message when the file cannot be imported, else null. */
export function checkImportFile(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `Tệp "${file.name}" không đúng định dạng. Vui lòng chọn tệp Excel (.xlsx) hoặc CSV (.csv).`;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return `Tệp "${file.name}" quá lớn (${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB). Dung lượng tối đa là 5 MB.`;
  }
  if (file.size === 0) return `Tệp "${file.name}" rỗng. Vui lòng chọn tệp khác.`;
  return null;
}
