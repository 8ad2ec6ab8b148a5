/**
 * The cycle's Kế hoạch (KH): "Lập Kế hoạch (KH)" makes a draft in the documents module from the
 * steps (again: a new version); the latest one is offered as DOCX / PDF, with a link to Văn bản.
 */
import { FileTextOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { DownloadLinks } from '../documents/DownloadLinks.js';
import { StateTag } from '../documents/StateTag.js';
import { useGeneratePlan, usePlanDocument } from './useCycles.js';

export function PlanDocumentButton({ cycleId, hasPlan }: { cycleId: string; hasPlan: boolean }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const generate = useGeneratePlan(cycleId);
  return (
    <Button
      icon={<FileTextOutlined />}
      loading={generate.isPending}
      data-testid="plan-document-button"
      title={hasPlan ? 'Lập lại Kế hoạch từ các bước hiện tại (phiên bản mới)' : undefined}
      onClick={() =>
        generate.mutate(undefined, {
          onSuccess: () =>
            message.success(
              hasPlan ? 'Đã lập lại Kế hoạch (phiên bản mới, dự thảo).' : 'Đã lập dự thảo Kế hoạch (KH).',
            ),
          onError: (e) => onError(e),
        })
      }
    >
      Lập Kế hoạch (KH)
    </Button>
  );
}

/** What the "Kế hoạch (KH)" line shows: not made yet, or the latest version with its downloads. */
export function PlanDocumentLinks({
  cycleId,
  hasPlan,
  canSeeDocuments,
}: {
  cycleId: string;
  hasPlan: boolean;
  canSeeDocuments: boolean;
}) {
  const plan = usePlanDocument(cycleId, hasPlan && canSeeDocuments);
  if (!hasPlan) return <Typography.Text type="secondary">Chưa lập</Typography.Text>;
  if (!canSeeDocuments) return <Typography.Text>Đã lập</Typography.Text>;
  if (plan.isLoading) return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
  const doc = plan.data;
  if (!doc) return <Link to="/van-ban">Xem trong Văn bản</Link>;
  return (
    <Flex gap={8} wrap align="center" data-testid="plan-document">
      <StateTag state={doc.state} />
      <Typography.Text type="secondary">Phiên bản {doc.version}</Typography.Text>
      <DownloadLinks id={doc.id} formats={['docx', 'pdf']} label="Kế hoạch" />
      <Link to="/van-ban">Xem trong Văn bản</Link>
    </Flex>
  );
}
