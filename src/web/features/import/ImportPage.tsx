/**
 * /nhan-su/nhap: the import wizard. (1) template + choose file → dry run; (2) preview, commit if
 * the file has no problems; (3) result. Nothing is written before step 2's button.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Card, Steps } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../app/api.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useUnits } from '../org/useUnits.js';
import { checkImportFile } from './fileCheck.js';
import { PreviewStep } from './PreviewStep.js';
import { problemsFromDetails } from './problemsFromError.js';
import { ResultStep } from './ResultStep.js';
import type { ImportPreview, ImportResult } from './types.js';
import { UploadStep } from './UploadStep.js';
import { useImportUpload } from './useImportUpload.js';

type Wizard =
  | { step: 'upload'; error: string | null }
  | { step: 'preview'; file: File; preview: ImportPreview; commitError: string | null }
  | { step: 'done'; result: ImportResult };

const STEP_INDEX = { upload: 0, preview: 1, done: 2 } as const;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : 'Đã xảy ra lỗi không mong muốn.');

export function ImportPage() {
  const [state, setState] = useState<Wizard>({ step: 'upload', error: null });
  const upload = useImportUpload();
  const units = useUnits();
  const queryClient = useQueryClient();
  const unitNames = useMemo(
    () => new Map((units.data?.items ?? []).map((u) => [u.id, u.name] as const)),
    [units.data],
  );

  const check = async (file: File) => {
    const problem = checkImportFile(file);
    if (problem) {
      setState({ step: 'upload', error: problem });
      return;
    }
    setState({ step: 'upload', error: null });
    try {
      const preview = await upload.run(file, true);
      setState({ step: 'preview', file, preview, commitError: null });
    } catch (e) {
      if (isApiError(e) && e.status === 401) return;
      setState({ step: 'upload', error: messageOf(e) });
    }
  };

  const commit = async () => {
    if (state.step !== 'preview') return;
    const { file, preview } = state;
    try {
      const result = await upload.run(file, false);
      await Promise.all(
        ['people', 'units', 'person', 'audit'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
      setState({ step: 'done', result });
    } catch (e) {
      if (isApiError(e) && e.status === 401) return;
      const problems = isApiError(e) ? problemsFromDetails(e.details) : [];
      setState({
        step: 'preview',
        file,
        preview: problems.length > 0 ? { ...preview, problems } : preview,
        commitError: messageOf(e),
      });
    }
  };

  const restart = () => setState({ step: 'upload', error: null });

  return (
    <>
      <PageHeader title="Nhập danh sách từ Excel" />
      <Card>
        <Steps
          current={STEP_INDEX[state.step]}
          style={{ marginBottom: 24 }}
          responsive
          items={[{ title: 'Tải tệp lên' }, { title: 'Xem trước' }, { title: 'Hoàn tất' }]}
        />
        {state.step === 'upload' ? (
          <UploadStep phase={upload.phase} error={state.error} onFile={check} />
        ) : null}
        {state.step === 'preview' ? (
          <PreviewStep
            fileName={state.file.name}
            preview={state.preview}
            unitNames={unitNames}
            phase={upload.phase}
            commitError={state.commitError}
            onCommit={commit}
            onRestart={restart}
          />
        ) : null}
        {state.step === 'done' ? <ResultStep result={state.result} onRestart={restart} /> : null}
      </Card>
    </>
  );
}
