/** "Kiểm tra toàn vẹn": recompute the hash chain on the server and report the result. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { apiPost } from '../../app/api.js';
import type { ChainReport } from './types.js';

export function useVerifyChain() {
  return useMutation({ mutationFn: () => apiPost<ChainReport>('/api/audit/verify') });
}

export function VerifyButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      Kiểm tra toàn vẹn
    </Button>
  );
}

export function VerifyResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  if (verify.error) {
    return (
      <Alert type="error" showIcon role="alert" title={verify.error.message} style={{ marginBottom: 16 }} />
    );
  }
  const r = verify.data;
  if (!r) return null;
  if (r.ok) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={`Chuỗi nhật ký toàn vẹn (${r.checked.toLocaleString('vi-VN')} bản ghi)`}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const where =
    r.brokenAtSeq !== null
      ? `Chuỗi nhật ký bị sai lệch tại bản ghi số ${r.brokenAtSeq}.`
      : 'Bản ghi cuối cùng của chuỗi nhật ký không khớp với mốc đã lưu; có thể nhật ký đã bị xóa bớt.';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={where}
      description={`Đã kiểm tra ${r.checked.toLocaleString('vi-VN')} bản ghi hợp lệ trước đó. Vui lòng báo ngay cho quản trị hệ thống.`}
      style={{ marginBottom: 16 }}
    />
  );
}
