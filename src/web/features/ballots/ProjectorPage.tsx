/**
 * /bo-phieu/:id/man-hinh — the projector in the meeting room: the ballot's title, how many have voted
 * out of those present (never who, never how), the QR code of the voting page while open, and the
 * result table after closing. Large type, no menu; refreshes every 2 s.
 */
import { ExpandOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, QRCode, Typography } from 'antd';
import { useParams } from 'react-router';
import { thresholdText } from '../../../domain/ballot/threshold.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { QueryError } from '../../components/QueryError.js';
import { useBallot, useBallotResult } from './api.js';
import {
  BALLOT_STATE_LABELS,
  baseText,
  castPercent,
  LIVE_POLL_MS,
  projectorText,
  resultWarnings,
  votePath,
} from './format.js';
import { ResultTable } from './parts.js';
import type { BallotView } from './types.js';

const page: React.CSSProperties = {
  minHeight: '100vh',
  padding: '32px 48px',
  background: '#fff',
  boxSizing: 'border-box',
};

export function ProjectorPage() {
  const { id = '' } = useParams();
  const ballot = useBallot(id, { every: LIVE_POLL_MS, while: ['prepared', 'open'] });
  const b = ballot.data;
  // A failed refresh keeps what is on screen; only a failed first load shows the error.
  if (ballot.error && !b) {
    return (
      <div style={page}>
        <QueryError error={ballot.error} onRetry={() => ballot.refetch()} />
      </div>
    );
  }
  if (!b) return <LoadingBlock fullScreen />;
  return (
    <main style={page} data-testid="projector" data-state={b.state}>
      <Flex justify="space-between" align="start" gap={24}>
        <div>
          <Typography.Title style={{ fontSize: 44, margin: 0, lineHeight: 1.2 }}>{b.title}</Typography.Title>
          <Typography.Text style={{ fontSize: 26 }} type="secondary">
            {BALLOT_STATE_LABELS[b.state]} · Ngưỡng đạt: {thresholdText(b.threshold)}
          </Typography.Text>
        </div>
        <Button
          icon={<ExpandOutlined />}
          aria-label="Toàn màn hình"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        />
      </Flex>
      <div style={{ marginTop: 40 }}>
        {b.state === 'closed' ? <ProjectorResult ballot={b} /> : <ProjectorProgress ballot={b} />}
      </div>
    </main>
  );
}

function ProjectorProgress({ ballot: b }: { ballot: BallotView }) {
  const url = `${window.location.origin}${votePath(b.id)}`;
  return (
    <Flex gap={48} align="center" wrap>
      <Flex vertical gap={24} style={{ flex: '1 1 480px' }}>
        {b.state === 'prepared' ? (
          <Typography.Text style={{ fontSize: 48 }}>Chờ chủ tọa mở bỏ phiếu…</Typography.Text>
        ) : (
          <>
            <Typography.Text
              strong
              style={{ fontSize: 72, lineHeight: 1.1 }}
              data-testid="projector-progress"
            >
              {projectorText(b)}
            </Typography.Text>
            <Progress percent={castPercent(b)} size={{ height: 28 }} showInfo={false} />
            {b.mode === 'mixed' ? (
              <Typography.Text style={{ fontSize: 26 }} type="secondary">
                Phiếu giấy được kiểm riêng sau khi kết thúc.
              </Typography.Text>
            ) : null}
          </>
        )}
      </Flex>
      {b.mode !== 'paper' ? (
        <Flex vertical align="center" gap={8}>
          <QRCode value={url} size={260} />
          <Typography.Text style={{ fontSize: 22 }}>Quét để bỏ phiếu trên điện thoại</Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}

/** The result of a closed ballot in projector size (also shown by the meeting's projector). */
export function ProjectorResult({ ballot: b }: { ballot: BallotView }) {
  const result = useBallotResult(b.id, true, LIVE_POLL_MS);
  if (result.error && !result.data)
    return <QueryError error={result.error} onRetry={() => result.refetch()} />;
  if (!result.data) return <LoadingBlock />;
  const warnings = resultWarnings(result.data);
  return (
    <Flex vertical gap={24} data-testid="projector-result">
      <Typography.Text style={{ fontSize: 28 }}>{baseText(result.data.tally, b.threshold)}</Typography.Text>
      <ResultTable result={result.data} large />
      {warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={<span style={{ fontSize: 24 }}>Kết quả chưa công bố được: số liệu cần kiểm tra lại.</span>}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 24, fontSize: 20 }}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}
