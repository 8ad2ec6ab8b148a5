/**
 * Files fetched by script: the ZIP bundle (a POST) and a PDF (converted on first request, which may
 * take a few seconds or fail with the server's Vietnamese message). A failed response becomes the
 * same ApiError the JSON client throws.
 */
import { networkError, notifyUnauthorized, toApiError } from '../../app/api.js';
import { fileNameFromDisposition } from './format.js';

export interface FetchedFile {
  blob: Blob;
  fileName: string | null;
}

export async function fetchFile(url: string, init: RequestInit = {}): Promise<FetchedFile> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
  if (!res.ok) {
    let body: unknown = null;
    try {
      body = JSON.parse(await res.text());
    } catch {
      body = null;
    }
    if (res.status === 401) notifyUnauthorized();
    throw toApiError(res.status, body);
  }
  return {
    blob: await res.blob(),
    fileName: fileNameFromDisposition(res.headers.get('content-disposition')),
  };
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
