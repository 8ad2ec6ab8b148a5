/**
 * /ky-danh-gia/:id: one cycle — its state, rule regime and plan document; the steps with their
 * deadlines; for the secretary "Bắt đầu kỳ", "Kết thúc kỳ", "Lập Kế hoạch (KH)" and, while the
 * cycle is a draft, adding, editing and removing steps; the cycle's forms (edited while a draft).
 */
import { ArrowLeftOutlined, CheckCircleOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { REGIME_LABELS } from '../../../domain/cycle.js';
import { isApiError } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { CycleFormsCard } from '../cycle-forms/CycleFormsCard.js';
import { CycleStepsTable } from './CycleStepsTable.js';
import { CycleStateTag, RegimeTag } from './CycleTags.js';
import { deadlineText, stepsToReview, vnDateOfInstant } from './format.js';
import { PlanDocumentButton, PlanDocumentLinks } from './PlanDocument.js';
import { StepFormDrawer } from './StepFormDrawer.js';
import type { CycleDetail, CycleStep } from './types.js';
import { useCycle, useCycles, useMoveCycle, useRemoveStep } from './useCycles.js';

const READ_ONLY_NOTES = {
  running: 'Kỳ đánh giá đang diễn ra: các bước và thời hạn chỉ để xem, không sửa được nữa.',
  closed: 'Kỳ đánh giá đã kết thúc: mọi thông tin chỉ để xem.',
} as const;

function MoveButton({ cycle }: { cycle: CycleDetail }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const move = useMoveCycle(cycle.id);
  const flagged = stepsToReview(cycle.steps).length;

  const run = async (what: 'start' | 'close') => {
    try {
      await move.mutateAsync({ move: what, version: cycle.version });
      message.success(
        what === 'start'
          ? `Đã bắt đầu ${cycle.title.toLowerCase()}.`
          : `Đã kết thúc ${cycle.title.toLowerCase()}.`,
      );
    } catch (e) {
      if (isApiError(e) && e.code === 'stale_version') {
        // Someone changed the cycle meanwhile; the page has reloaded it (the mutation refreshes).
        message.warning(`${e.message} Dữ liệu đã được tải lại; vui lòng kiểm tra rồi thao tác lại.`);
      } else onError(e);
    }
  };

  if (cycle.state === 'draft') {
    return (
      <Popconfirm
        title={`Bắt đầu ${cycle.title.toLowerCase()}?`}
        description={
          <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 320 }}>
            Sau khi bắt đầu, các bước và thời hạn không sửa được nữa.
            {flagged > 0 ? ` Còn ${flagged} mốc rơi vào ngày nghỉ chưa được xem lại.` : ''}
          </Typography.Text>
        }
        okText="Bắt đầu"
        cancelText="Hủy"
        okButtonProps={{ 'data-testid': 'start-cycle-confirm' }}
        onConfirm={() => run('start')}
      >
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={move.isPending}
          data-testid="start-cycle-button"
        >
          Bắt đầu kỳ
        </Button>
      </Popconfirm>
    );
  }
  if (cycle.state === 'running') {
    return (
      <Popconfirm
        title={`Kết thúc ${cycle.title.toLowerCase()}?`}
        description={
          <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 320 }}>
            Sau khi kết thúc, kỳ đánh giá chỉ còn để xem; không mở lại được.
          </Typography.Text>
        }
        okText="Kết thúc kỳ"
        cancelText="Hủy"
        okButtonProps={{ 'data-testid': 'close-cycle-confirm' }}
        onConfirm={() => run('close')}
      >
        <Button icon={<CheckCircleOutlined />} loading={move.isPending} data-testid="close-cycle-button">
          Kết thúc kỳ
        </Button>
      </Popconfirm>
    );
  }
  return null;
}

function ReviewAlert({ steps }: { steps: CycleStep[] }) {
  const flagged = stepsToReview(steps);
  if (flagged.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="review-alert"
      title={`${flagged.length} mốc rơi vào ngày nghỉ, cần xem lại`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {flagged.map((s) => (
            <li key={s.id}>
              {s.title}: {deadlineText(s)} ({s.reviewReason})
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function CycleDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const phone = useIsPhone();
  const { message, notification } = App.useApp();
  const cycle = useCycle(id);
  const cycles = useCycles();
  const remove = useRemoveStep(id);
  // The step drawer; step null: adding a new step.
  const [drawer, setDrawer] = useState<{ open: boolean; step: CycleStep | null }>({
    open: false,
    step: null,
  });

  if (cycle.error) {
    return (
      <>
        <BackLink />
        <QueryError error={cycle.error} onRetry={() => cycle.refetch()} />
      </>
    );
  }
  if (!cycle.data) return <LoadingBlock />;
  const c = cycle.data;
  const editable = c.canManage && c.state === 'draft';
  const source = c.createdFromCycleId ? cycles.data?.items.find((x) => x.id === c.createdFromCycleId) : null;

  const removeStep = async (s: CycleStep) => {
    try {
      await remove.mutateAsync(s.id);
      message.success(`Đã xóa bước “${s.title}”.`);
    } catch (e) {
      if (isApiError(e) && e.status === 401) return;
      notification.error({
        title: 'Không xóa được bước',
        description: e instanceof Error ? e.message : 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
        duration: 10,
      });
    }
  };

  return (
    <>
      <BackLink />
      <PageHeader
        title={c.title}
        subtitle={
          <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
            <CycleStateTag state={c.state} />
            <RegimeTag regime={c.regime} />
            <Typography.Text type="secondary">{c.steps.length} bước</Typography.Text>
          </Flex>
        }
        extra={
          c.canManage ? (
            <>
              <MoveButton cycle={c} />
              <PlanDocumentButton cycleId={c.id} hasPlan={c.planDocumentSeriesId !== null} />
            </>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            styles={{ label: { width: phone ? 110 : 150 } }}
            items={[
              {
                key: 'regime',
                label: 'Chế độ áp dụng',
                children: REGIME_LABELS[c.regime],
                span: { xs: 1, md: 2 },
              },
              {
                key: 'source',
                label: 'Lập từ',
                children: c.createdFromCycleId ? (
                  source ? (
                    <Link to={`/ky-danh-gia/${source.id}`}>{source.title}</Link>
                  ) : (
                    'Kỳ năm trước'
                  )
                ) : (
                  'Kế hoạch mẫu (năm 2024 của Văn phòng)'
                ),
              },
              {
                key: 'plan',
                label: 'Kế hoạch (KH)',
                children: (
                  <PlanDocumentLinks
                    cycleId={c.id}
                    hasPlan={c.planDocumentSeriesId !== null}
                    canSeeDocuments={can('documents.view')}
                  />
                ),
              },
              { key: 'startedAt', label: 'Ngày bắt đầu', children: vnDateOfInstant(c.startedAt) || '—' },
              { key: 'closedAt', label: 'Ngày kết thúc', children: vnDateOfInstant(c.closedAt) || '—' },
            ]}
          />
        </Card>
        {c.state !== 'draft' ? (
          <Alert type="info" showIcon title={READ_ONLY_NOTES[c.state]} data-testid="read-only-note" />
        ) : null}
        <ReviewAlert steps={c.steps} />
        <Card
          title="Các bước"
          extra={
            editable ? (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDrawer({ open: true, step: null })}
                data-testid="add-step-button"
              >
                Thêm bước
              </Button>
            ) : null
          }
          // Narrow padding: the wide table keeps more room on a laptop screen.
          styles={{ body: { padding: phone ? 12 : '12px 16px' } }}
        >
          <CycleStepsTable
            steps={c.steps}
            today={c.today}
            editable={editable}
            onEdit={(step) => setDrawer({ open: true, step })}
            onRemove={removeStep}
          />
        </Card>
        <CycleFormsCard cycleId={c.id} year={c.year} canManage={c.canManage} />
      </Flex>
      {editable ? (
        <StepFormDrawer
          open={drawer.open}
          cycleId={c.id}
          step={drawer.step}
          steps={c.steps}
          onClose={() => setDrawer((d) => ({ ...d, open: false }))}
          onReload={async (stepId) => {
            const fresh = await cycle.refetch();
            return fresh.data?.steps.find((s) => s.id === stepId) ?? null;
          }}
        />
      ) : null}
    </>
  );
}

function BackLink() {
  return (
    <Link to="/ky-danh-gia" style={{ display: 'inline-flex', gap: 6, marginBottom: 8 }}>
      <ArrowLeftOutlined />
      Các kỳ đánh giá
    </Link>
  );
}
