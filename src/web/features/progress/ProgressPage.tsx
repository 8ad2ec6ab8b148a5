/**
 * /ky-danh-gia/:id/tien-do: the cycle's progress dashboard. Unit-level steps as a units × steps
 * matrix, agency-level steps on a timeline, both coloured by deadline state against the agency's
 * "today". The secretary marks any step done; a unit head or deputy the steps of their own unit.
 */
import { ArrowLeftOutlined, FileSearchOutlined, FolderOpenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { CYCLE_STATE_LABELS } from '../../../domain/cycle.js';
import { formatVnDate } from '../../../domain/dates.js';
import { useAuth } from '../../app/auth.js';
import { REVIEWER_ROLES } from '../../app/layout/navItems.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { inboxPath, seesInbox } from '../dossiers/format.js';
import { SendRemindersButton } from '../notifications/SendRemindersButton.js';
import { AgencyTimeline } from './AgencyTimeline.js';
import { canMarkProgress, STATE_COLORS } from './format.js';
import { LevelCounts } from './LevelCounts.js';
import { MarkProgressModal, type MarkTarget } from './MarkProgressModal.js';
import { progressView } from './matrix.js';
import { OverdueList } from './OverdueList.js';
import { ProgressMatrix } from './ProgressMatrix.js';
import { StateLegend } from './StateLegend.js';
import { overdueItems } from './summaries.js';
import { timelineRange } from './timeline.js';
import type { ProgressStep } from './types.js';
import { useCycleProgress } from './useProgress.js';

export function ProgressPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const progress = useCycleProgress(id);
  const [target, setTarget] = useState<MarkTarget | null>(null);
  const data = progress.data;

  const view = useMemo(() => (data ? progressView(data) : null), [data]);
  const range = useMemo(
    () => (data ? timelineRange(data.steps.flatMap((s) => [s.deadline, s.deadlineEnd])) : null),
    [data],
  );
  const cycleState = data?.cycle.state ?? 'draft';
  const canMark = useCallback(
    (step: ProgressStep, unitId: string | null) => canMarkProgress(me, step, unitId, cycleState),
    [me, cycleState],
  );

  const back = (
    <NavButton to={`/ky-danh-gia/${encodeURIComponent(id)}`} icon={<ArrowLeftOutlined />}>
      Về kỳ đánh giá
    </NavButton>
  );

  if (progress.error) {
    return (
      <>
        <PageHeader title="Tiến độ kỳ đánh giá" extra={back} />
        <QueryError error={progress.error} onRetry={() => progress.refetch()} />
      </>
    );
  }
  if (!data || !view) return <LoadingBlock />;

  const agencyDone = view.agency.filter((a) => a.cell.doneOn).length;
  const agencyOverdue = view.agency.filter((a) => a.cell.state === 'overdue').length;
  const hasNoDeadline = data.cells.some((c) => c.state === 'no_deadline');
  const markHint = view.rows.some((r) => view.unitSteps.some((s) => canMark(s, r.unit.id)));
  // The inbox of the units' dossiers, for HCQT and the leadership.
  const inboxLink = seesInbox(me);

  return (
    <>
      <PageHeader
        title={`Tiến độ — ${data.cycle.title}`}
        subtitle={
          <span data-testid="progress-today">
            Hôm nay: {formatVnDate(data.today)}
            {data.cycle.state !== 'running' ? (
              <Tag style={{ marginInlineStart: 8 }}>{CYCLE_STATE_LABELS[data.cycle.state]}</Tag>
            ) : null}
          </span>
        }
        extra={
          <>
            {data.cycle.state === 'running' ? <SendRemindersButton /> : null}
            {me.roles.some((r) => REVIEWER_ROLES.includes(r)) ? (
              <NavButton
                to={`/ky-danh-gia/${encodeURIComponent(id)}/tu-kiem-diem`}
                icon={<FileSearchOutlined />}
              >
                Bản kiểm điểm
              </NavButton>
            ) : null}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => progress.refetch()}
              loading={progress.isFetching}
              aria-label="Tải lại"
            >
              Tải lại
            </Button>
            {back}
          </>
        }
      />
      <Flex vertical gap={16}>
        {data.cycle.state !== 'running' ? (
          <Alert
            type="info"
            showIcon
            title={
              data.cycle.state === 'draft'
                ? 'Kỳ đánh giá chưa bắt đầu; tiến độ được ghi nhận khi kỳ đang diễn ra.'
                : 'Kỳ đánh giá đã kết thúc; tiến độ chỉ để xem.'
            }
          />
        ) : null}
        <Card size="small">
          <Row gutter={[16, 12]}>
            <Col xs={12} md={6}>
              <Statistic
                title="Bước của đơn vị đã xong"
                value={view.totals.done}
                suffix={`/ ${view.totals.total}`}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Bước của đơn vị quá hạn"
                value={view.totals.overdue}
                styles={{
                  content: view.totals.overdue > 0 ? { color: STATE_COLORS.overdue.solid } : undefined,
                }}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Bước cấp cơ quan đã xong"
                value={agencyDone}
                suffix={`/ ${view.agency.length}`}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="Bước cấp cơ quan quá hạn"
                value={agencyOverdue}
                styles={{ content: agencyOverdue > 0 ? { color: STATE_COLORS.overdue.solid } : undefined }}
              />
            </Col>
          </Row>
        </Card>
        <StateLegend withNoDeadline={hasNoDeadline} />
        <Card title="Các bước của từng đơn vị" styles={{ body: { padding: 12 } }}>
          {markHint || inboxLink ? (
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">
                {markHint ? 'Bấm vào một ô để ghi nhận đơn vị đã xong bước đó (hoặc bỏ ghi nhận).' : null}
              </Typography.Text>
              {inboxLink ? (
                <NavButton size="small" to={inboxPath(id)} icon={<FolderOpenOutlined />}>
                  Hồ sơ các đơn vị
                </NavButton>
              ) : null}
            </Flex>
          ) : null}
          {view.unitSteps.length > 0 ? (
            <ProgressMatrix view={view} today={data.today} canMark={canMark} onMark={setTarget} />
          ) : (
            <Typography.Text type="secondary">Kỳ này không có bước nào theo từng đơn vị.</Typography.Text>
          )}
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <Card title="Việc quá hạn" styles={{ body: { padding: 12 } }}>
              <OverdueList items={overdueItems(view, data.today)} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="Mức xếp loại đề xuất (bản kiểm điểm đã nộp)" styles={{ body: { padding: 12 } }}>
              <LevelCounts levels={data.levels ?? []} units={data.units} />
            </Card>
          </Col>
        </Row>
        <Card title="Các bước cấp cơ quan" styles={{ body: { padding: 12 } }}>
          {view.agency.some((a) => canMark(a.step, null)) ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              Bấm vào tên bước hoặc mốc thời hạn để ghi nhận hoàn thành.
            </Typography.Paragraph>
          ) : null}
          <AgencyTimeline
            rows={view.agency}
            range={range}
            today={data.today}
            canMark={canMark}
            onMark={setTarget}
          />
        </Card>
      </Flex>
      <MarkProgressModal
        cycleId={data.cycle.id}
        target={target}
        today={data.today}
        onClose={() => setTarget(null)}
      />
    </>
  );
}
