/** Runs one upload (dry run or commit) and exposes its phase and progress for the UI. */
import { useCallback, useState } from 'react';
import type { ImportResult } from './types.js';
import { uploadImport } from './uploadImport.js';

export type UploadPhase = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };

export function useImportUpload<T = ImportResult>(url?: string) {
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  const run = useCallback(
    async (file: File, dryRun: boolean): Promise<T> => {
      setPhase({ kind: 'uploading', percent: 0 });
      try {
        return await uploadImport<T>(
          file,
          dryRun,
          {
            onProgress: (percent) =>
              setPhase((p) => (p.kind === 'processing' ? p : { kind: 'uploading', percent })),
            onUploaded: () => setPhase({ kind: 'processing' }),
          },
          url,
        );
      } finally {
        setPhase({ kind: 'idle' });
      }
    },
    [url],
  );
  return { phase, run, busy: phase.kind !== 'idle' };
}
