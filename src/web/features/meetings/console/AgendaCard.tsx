/**
 * The agenda in its enforced order: each item done or what it still lacks, the current one
 * highlighted; "Chuyển sang" on the next item (the server refuses an out-of-order move and says
 * why), "Quay lại" on a finished one to correct it.
 */
import { ArrowRightOutlined, CheckCircleFilled, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useGoToItem } from '../api.js';
import type { MeetingView } from '../types.js';
import { AGENDA_STATE_LABELS, type AgendaRow, type AgendaState, agendaRows } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

const STATE_COLORS: Record<AgendaState, string> = {
  done: 'success',
  current: 'processing',
  open: 'warning',
  upcoming: 'default',
};

export function AgendaCard({ meeting: m }: { meeting: MeetingView }) {
  const go = useGoToItem(m.id);
  const fb = useFeedback(m.id);
  const rows = agendaRows(m, m.me.canRun);
  const move = (position: number) => void fb.run(() => go.mutateAsync({ version: m.version, position }));
  return (
    <Card title="Chương trình cuộc họp" data-testid="agenda">
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map((r) => (
          <AgendaItemRow
            key={r.item.position}
            row={r}
            pending={go.isPending && go.variables?.position === r.item.position}
            onMove={move}
          />
        ))}
      </ol>
    </Card>
  );
}

function AgendaItemRow({
  row: r,
  pending,
  onMove,
}: {
  row: AgendaRow;
  pending: boolean;
  onMove: (position: number) => void;
}) {
  const current = r.state === 'current';
  return (
    <li
      aria-current={current ? 'step' : undefined}
      data-position={r.item.position}
      data-state={r.state}
      style={{
        padding: '8px 10px',
        borderRadius: 6,
        marginBottom: 4,
        background: current ? '#e6f4ff' : undefined,
        border: current ? '1px solid #91caff' : '1px solid transparent',
      }}
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong={current}>
          {r.state === 'done' ? (
            <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 6 }} aria-hidden />
          ) : null}
          {r.item.position}. {r.item.title}
        </Typography.Text>
        <Tag color={STATE_COLORS[r.state]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {AGENDA_STATE_LABELS[r.state]}
        </Tag>
      </Flex>
      {r.missingText ? (
        <Typography.Text type={current ? 'warning' : 'danger'} style={{ fontSize: 13, display: 'block' }}>
          {r.missingText}
        </Typography.Text>
      ) : null}
      {r.action === 'next' ? (
        <Button
          size="small"
          type="primary"
          icon={<ArrowRightOutlined />}
          loading={pending}
          onClick={() => onMove(r.item.position)}
          style={{ marginTop: 4 }}
        >
          Chuyển sang
        </Button>
      ) : null}
      {r.action === 'back' ? (
        <Button
          size="small"
          type="link"
          icon={<RollbackOutlined />}
          loading={pending}
          aria-label={`Quay lại: ${r.item.title}`}
          onClick={() => onMove(r.item.position)}
          style={{ paddingInline: 0, height: 'auto' }}
        >
          Quay lại
        </Button>
      ) : null}
    </li>
  );
}
