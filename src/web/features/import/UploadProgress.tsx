/** Upload progress bar, then a spinner while the server works on the file. */
import { Flex, Progress, Spin, Typography } from 'antd';
import type { UploadPhase } from './useImportUpload.js';

export function UploadProgress({ phase, processingText }: { phase: UploadPhase; processingText: string }) {
  if (phase.kind === 'idle') return null;
  return (
    <Flex vertical gap={8} style={{ marginBlock: 16 }} role="status" aria-live="polite">
      {phase.kind === 'uploading' ? (
        <>
          <Typography.Text>Đang tải tệp lên…</Typography.Text>
          <Progress percent={phase.percent} status="active" aria-label="Tiến độ tải tệp lên" />
        </>
      ) : (
        <Flex gap={12} align="center">
          <Spin />
          <Typography.Text>{processingText}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
