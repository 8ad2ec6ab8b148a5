/**
 * /nhan-su/nhap-ket-qua: results of earlier years (classification and emulation title per person and
 * year), for agencies that start using BinhXet now; they prefill the 3-year review. Same flow as the
 * staff import: template → choose file (dry run) → preview → commit, nothing written before the button.
 */
import { CheckCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Result, Statistic, Steps, Typography } from 'antd';
import { useState } from 'react';
import { RESULT_COLUMNS } from '../../../domain/results-import.js';
import { isApiError } from '../../app/api.js';
import { PageHeader } from '../../components/PageHeader.js';
import { FilePicker } from './FilePicker.js';
import { checkImportFile } from './fileCheck.js';
import { ProblemsTable } from './ProblemsTable.js';
import { problemsFromDetails } from './problemsFromError.js';
import type { ImportProblem } from './types.js';
import { UploadProgress } from './UploadProgress.js';
import { useImportUpload } from './useImportUpload.js';

interface ResultsImport {
  rows: number;
  toAdd: number;
  toUpdate: number;
  problems: ImportProblem[];
  committed: boolean;
}

type Wizard =
  | { step: 'upload'; error: string | null }
  | { step: 'preview'; file: File; preview: ResultsImport; error: string | null }
  | { step: 'done'; result: ResultsImport };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : 'Đã xảy ra lỗi không mong muốn.');

export function ResultsImportPage() {
  const [state, setState] = useState<Wizard>({ step: 'upload', error: null });
  const upload = useImportUpload<ResultsImport>('/api/results/import');
  const queryClient = useQueryClient();

  const check = async (file: File) => {
    const problem = checkImportFile(file);
    if (problem) return setState({ step: 'upload', error: problem });
    try {
      setState({ step: 'preview', file, preview: await upload.run(file, true), error: null });
    } catch (e) {
      if (isApiError(e) && e.status === 401) return;
      setState({ step: 'upload', error: messageOf(e) });
    }
  };

  const commit = async () => {
    if (state.step !== 'preview') return;
    try {
      const result = await upload.run(state.file, false);
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      setState({ step: 'done', result });
    } catch (e) {
      if (isApiError(e) && e.status === 401) return;
      const problems = isApiError(e) ? problemsFromDetails(e.details) : [];
      setState({
        ...state,
        preview: problems.length ? { ...state.preview, problems } : state.preview,
        error: messageOf(e),
      });
    }
  };

  return (
    <>
      <PageHeader
        title="Nhập kết quả các năm trước"
        subtitle="Mức xếp loại và danh hiệu thi đua từng năm, dùng cho bản kiểm điểm 03 năm"
      />
      <Card>
        <Steps
          size="small"
          current={{ upload: 0, preview: 1, done: 2 }[state.step]}
          items={[{ title: 'Chọn tệp' }, { title: 'Xem trước' }, { title: 'Hoàn tất' }]}
          style={{ marginBottom: 24 }}
        />
        {state.step === 'upload' ? (
          <Flex vertical gap={16}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              Mỗi dòng là kết quả của một người trong một năm. Các cột:{' '}
              {RESULT_COLUMNS.map((c) => `${c.header}${c.required ? ' (bắt buộc)' : ''}`).join(', ')}. Mức xếp
              loại ghi tên đầy đủ hoặc viết tắt (HTXSNV, HTTNV, HTNV, KHTNV); để trống hoặc ghi "Không xếp
              loại" nếu năm đó không xếp loại. Nhập lại cùng người, cùng năm sẽ cập nhật kết quả cũ.
            </Typography.Paragraph>
            <div>
              <Button icon={<DownloadOutlined />} href="/api/results/import/template" download>
                Tải tệp mẫu Excel (.xlsx)
              </Button>
            </div>
            {state.error ? <Alert type="error" showIcon role="alert" title={state.error} /> : null}
            <FilePicker disabled={upload.busy} onFile={check} />
            <UploadProgress phase={upload.phase} processingText="Đang kiểm tra tệp…" />
          </Flex>
        ) : null}
        {state.step === 'preview' ? (
          <Flex vertical gap={16}>
            <Flex gap={32} wrap>
              <Statistic title="Kết quả mới" value={state.preview.toAdd} />
              <Statistic title="Cập nhật" value={state.preview.toUpdate} />
              <Statistic title="Lỗi" value={state.preview.problems.length} />
            </Flex>
            {state.error ? <Alert type="error" showIcon role="alert" title={state.error} /> : null}
            {state.preview.problems.length > 0 ? (
              <>
                <Alert
                  type="warning"
                  showIcon
                  title="Tệp còn lỗi: vui lòng sửa trong Excel rồi chọn lại tệp. Chưa có gì được ghi."
                />
                <ProblemsTable problems={state.preview.problems} />
              </>
            ) : null}
            <Flex gap={8} wrap>
              <Button onClick={() => setState({ step: 'upload', error: null })} disabled={upload.busy}>
                Chọn tệp khác
              </Button>
              <Button
                type="primary"
                onClick={commit}
                loading={upload.busy}
                disabled={
                  state.preview.problems.length > 0 || state.preview.toAdd + state.preview.toUpdate === 0
                }
              >
                Ghi {state.preview.toAdd + state.preview.toUpdate} kết quả
              </Button>
            </Flex>
            <UploadProgress phase={upload.phase} processingText="Đang ghi…" />
          </Flex>
        ) : null}
        {state.step === 'done' ? (
          <Result
            icon={<CheckCircleOutlined />}
            status="success"
            title={`Đã ghi ${state.result.toAdd + state.result.toUpdate} kết quả`}
            subTitle={`${state.result.toAdd} kết quả mới, ${state.result.toUpdate} kết quả được cập nhật. Mỗi thay đổi được ghi vào nhật ký.`}
            extra={
              <Button type="primary" onClick={() => setState({ step: 'upload', error: null })}>
                Nhập tệp khác
              </Button>
            }
          />
        ) : null}
      </Card>
    </>
  );
}
