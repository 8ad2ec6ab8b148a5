/**
 * Sends a spreadsheet as multipart field "file" to an import endpoint (the staff list by default)
 * with XMLHttpRequest, so the upload progress can be shown (fetch cannot report it).
 */
import { networkError, notifyUnauthorized, toApiError } from '../../app/api.js';
import type { ImportResult } from './types.js';

export interface UploadCallbacks {
  /** 0–100 while the bytes go up. */
  onProgress: (percent: number) => void;
  /** All bytes sent; the server is now checking (or writing). */
  onUploaded: () => void;
}

export function uploadImport<T = ImportResult>(
  file: File,
  dryRun: boolean,
  cb: UploadCallbacks,
  url = '/api/people/import',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${url}${dryRun ? '?dryRun=true' : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0)
        cb.onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.upload.onload = () => {
      cb.onProgress(100);
      cb.onUploaded();
    };
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(toApiError(xhr.status, body));
    };
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}
