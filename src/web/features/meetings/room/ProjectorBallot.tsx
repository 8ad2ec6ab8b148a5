/**
 * The ballot item on the projector: "Đã bỏ x/y phiếu" while open (how many — never who or how),
 * the result once closed (the ballot projector's own result view).
 */
import { Flex, Progress, Typography } from 'antd';
import { LoadingBlock } from '../../../components/LoadingBlock.js';
import { QueryError } from '../../../components/QueryError.js';
import { useBallot } from '../../ballots/api.js';
import { castPercent } from '../../ballots/format.js';
import { ProjectorResult } from '../../ballots/ProjectorPage.js';
import type { MeetingView } from '../types.js';
import { ballotCastText } from './format.js';

export function ProjectorBallot({ ballot: b }: { ballot: MeetingView['ballot'] }) {
  if (!b) {
    return <Typography.Text style={{ fontSize: 36 }}>Đang chuẩn bị bỏ phiếu kín…</Typography.Text>;
  }
  if (b.state === 'closed') return <ClosedBallot ballotId={b.id} />;
  if (b.state === 'prepared') {
    return <Typography.Text style={{ fontSize: 36 }}>Chờ chủ tọa mở bỏ phiếu…</Typography.Text>;
  }
  if (b.mode === 'paper') {
    return (
      <Typography.Text style={{ fontSize: 36 }}>
        Đang bỏ phiếu giấy; kết quả công bố sau khi kiểm phiếu.
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={20} data-testid="ballot-progress">
      <Typography.Text strong style={{ fontSize: 72, lineHeight: 1.1 }} data-testid="ballot-cast">
        {ballotCastText(b)}
      </Typography.Text>
      <Progress
        percent={castPercent(b)}
        size={{ height: 28 }}
        showInfo={false}
        aria-label="Tỷ lệ đã bỏ phiếu"
      />
      {b.mode === 'mixed' ? (
        <Typography.Text style={{ fontSize: 24 }}>
          Phiếu giấy được kiểm riêng sau khi kết thúc.
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function ClosedBallot({ ballotId }: { ballotId: string }) {
  const ballot = useBallot(ballotId);
  if (ballot.error && !ballot.data)
    return <QueryError error={ballot.error} onRetry={() => ballot.refetch()} />;
  if (!ballot.data) return <LoadingBlock />;
  return <ProjectorResult ballot={ballot.data} />;
}
