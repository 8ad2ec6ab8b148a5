/**
 * Step 2: what the file would change. With problems, the list of problems and no way to commit;
 * without, "Ghi vào hệ thống" sends the same file again for real.
 */
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { ImportCounts } from './ImportCounts.js';
import { PlannedChanges } from './PlannedChanges.js';
import { ProblemsTable } from './ProblemsTable.js';
import type { ImportPreview } from './types.js';
import { UploadProgress } from './UploadProgress.js';
import type { UploadPhase } from './useImportUpload.js';

export function PreviewStep({
  fileName,
  preview,
  unitNames,
  phase,
  commitError,
  onCommit,
  onRestart,
}: {
  fileName: string;
  preview: ImportPreview;
  unitNames: ReadonlyMap<string, string>;
  phase: UploadPhase;
  commitError: string | null;
  onCommit: () => void;
  onRestart: () => void;
}) {
  const problems = preview.problems.length;
  const nothingToDo =
    preview.toAdd.length === 0 && preview.toUpdate.length === 0 && preview.unitsToCreate.length === 0;
  const busy = phase.kind !== 'idle';
  return (
    <Flex vertical gap={16}>
      <Typography.Text>
        Tệp: <Typography.Text strong>{fileName}</Typography.Text>
      </Typography.Text>
      <ImportCounts preview={preview} />
      {commitError ? <Alert type="error" showIcon role="alert" title={commitError} /> : null}
      {problems > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`Tệp có ${problems} lỗi. Vui lòng sửa trong Excel rồi tải lại; chưa có gì được ghi.`}
          />
          <ProblemsTable problems={preview.problems} />
        </>
      ) : nothingToDo ? (
        <Alert
          type="info"
          showIcon
          title="Danh sách trong tệp đã khớp với dữ liệu hiện có; không có gì cần ghi."
        />
      ) : (
        <Alert
          type="success"
          showIcon
          title="Tệp hợp lệ. Vui lòng xem lại các thay đổi dưới đây rồi bấm “Ghi vào hệ thống”."
        />
      )}
      <PlannedChanges preview={preview} unitNames={unitNames} />
      <UploadProgress phase={phase} processingText="Đang ghi vào hệ thống…" />
      <Flex gap={8} wrap justify="flex-end">
        <Button icon={<ReloadOutlined />} onClick={onRestart} disabled={busy}>
          Chọn tệp khác
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          data-testid="import-commit"
          disabled={problems > 0 || busy}
          loading={busy}
          onClick={onCommit}
        >
          Ghi vào hệ thống
        </Button>
      </Flex>
    </Flex>
  );
}
