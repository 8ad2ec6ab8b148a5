/** Step 1: download the template, then choose the filled-in file (checked at once with a dry run). */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { ColumnGuide } from './ColumnGuide.js';
import { FilePicker } from './FilePicker.js';
import { UploadProgress } from './UploadProgress.js';
import type { UploadPhase } from './useImportUpload.js';

export function UploadStep({
  phase,
  error,
  onFile,
}: {
  phase: UploadPhase;
  error: string | null;
  onFile: (file: File) => void;
}) {
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          Tải tệp mẫu, điền danh sách theo đúng các cột, rồi tải tệp lên. Hệ thống sẽ kiểm tra và cho bạn xem
          trước những gì sẽ thay đổi; chưa có gì được ghi cho đến khi bạn xác nhận.
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} href="/api/people/import/template?format=xlsx" download>
            Tải tệp mẫu Excel (.xlsx)
          </Button>
          <Button icon={<DownloadOutlined />} href="/api/people/import/template?format=csv" download>
            Tải tệp mẫu CSV (.csv)
          </Button>
        </Flex>
      </div>
      <ColumnGuide />
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <FilePicker disabled={phase.kind !== 'idle'} onFile={onFile} />
      <UploadProgress phase={phase} processingText="Đang kiểm tra tệp…" />
    </Flex>
  );
}
