/** Pure helpers for the documents page: sizes, numbers, checksums, download links and file names. */
import type { DocumentFormat, DocumentState } from './types.js';

export const STATE_LABELS: Record<DocumentState, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
};

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  docx: 'DOCX',
  pdf: 'PDF',
  xlsx: 'XLSX',
};

/** One decimal with a Vietnamese decimal comma, without a trailing ",0". */
function oneDecimal(n: number): string {
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return (s.endsWith('.0') ? s.slice(0, -2) : s).replace('.', ',');
}

/** 512 B, 12,3 KB, 1,5 MB (1 KB = 1024 B). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let i = 0;
  // 1023,96 KB would round to "1024 KB": move up a unit instead.
  while (Math.round(value * 10) / 10 >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${oneDecimal(value)} ${units[i]}`;
}

/**
 * "Số: 05/BB-VP" → "05/BB-VP", "Số 05-BC/ĐU" → "05-BC/ĐU"; '' when there is no number
 * (a kind without one, or a draft whose number is still blank).
 */
export function numberLabel(numberText: string): string {
  const rest = numberText
    .replace(/^\s*Số:?/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
  if (!/\d/.test(rest)) return '';
  return rest.replace(/\s*([/-])\s*/g, '$1');
}

/** A long hex digest shortened for display: "3fa4c2e1…9b07d5aa". */
export function shortChecksum(checksum: string, keep = 8): string {
  return checksum.length <= keep * 2 + 1 ? checksum : `${checksum.slice(0, keep)}…${checksum.slice(-keep)}`;
}

/** The formats offered for download: DOCX and PDF always, XLSX when stored or the kind makes one. */
export function downloadFormats(stored: readonly DocumentFormat[], kindHasXlsx: boolean): DocumentFormat[] {
  const out: DocumentFormat[] = ['docx', 'pdf'];
  if (stored.includes('xlsx') || kindHasXlsx) out.push('xlsx');
  return out;
}

export const downloadUrl = (id: string, format: DocumentFormat) =>
  `/api/documents/${encodeURIComponent(id)}?format=${format}`;

/** The file name from a Content-Disposition header; filename* (UTF-8) wins over filename. */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/** Characters no file system accepts in a name. */
export const UNSAFE_FILE_CHARS = /[\\/:*?"<>|]/;

/** "Ho so" → "Ho so.zip"; unsafe characters become "-". */
export function zipFileName(name: string): string {
  const base = name.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'Ho so';
  return base.toLowerCase().endsWith('.zip') ? base : `${base}.zip`;
}
