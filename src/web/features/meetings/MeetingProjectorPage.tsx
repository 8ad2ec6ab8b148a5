/**
 * /cuoc-hop/:id/man-hinh — the meeting room's projector: large type, no menu, refreshed every 3 s.
 * Before the start: time, place, attendance and (for those who run the meeting) the check-in QR code.
 * While running: the current item, who speaks, who chairs, attendance, the HTXSNV quota per group
 * (over-quota in red), the proposed levels so far and, at the ballot, how many have voted (never who
 * or how) then the result. Once locked: "Cuộc họp đã kết thúc" with the proposed levels.
 */
import { ExpandOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { QueryError } from '../../components/QueryError.js';
import { useMeeting } from './api.js';
import { CheckInQr } from './room/CheckInQr.js';
import {
  attendanceText,
  currentItem,
  meetingTimeText,
  PROJECTOR_POLL_MS,
  whenWhereText,
} from './room/format.js';
import { ProjectorBallot } from './room/ProjectorBallot.js';
import { ProposalsTable, QuotaTable } from './room/ProjectorTables.js';
import type { MeetingView } from './types.js';

const INK = '#141414';
const SOFT = '#3a3a3a';
const page: CSSProperties = {
  minHeight: '100vh',
  padding: '32px 48px',
  background: '#fff',
  color: INK,
  boxSizing: 'border-box',
};

export function MeetingProjectorPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id, PROJECTOR_POLL_MS);
  const m = meeting.data;
  // A failed refresh keeps what is on screen; only a failed first load shows the error.
  if (meeting.error && !m) {
    return (
      <div style={page}>
        <QueryError error={meeting.error} onRetry={() => meeting.refetch()} />
      </div>
    );
  }
  if (!m) return <LoadingBlock fullScreen />;
  return (
    <main style={page} data-testid="meeting-projector" data-state={m.state}>
      <Flex justify="space-between" align="start" gap={24}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 40, margin: 0, lineHeight: 1.25, color: INK }}>
            {m.title}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 24, color: SOFT }}>
            {m.stateLabel} · {whenWhereText(m)}
          </Typography.Text>
        </div>
        <Button
          icon={<ExpandOutlined />}
          aria-label="Toàn màn hình"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        />
      </Flex>
      <div style={{ marginTop: 36 }}>
        {m.state === 'prepared' ? (
          <Before meeting={m} />
        ) : m.state === 'running' ? (
          <Running meeting={m} />
        ) : (
          <Ended meeting={m} />
        )}
      </div>
    </main>
  );
}

function Big({ children, size = 32, testId }: { children: ReactNode; size?: number; testId?: string }) {
  return (
    <Typography.Text style={{ fontSize: size, lineHeight: 1.3, color: INK }} data-testid={testId}>
      {children}
    </Typography.Text>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 30, margin: '0 0 12px', color: INK }}>
      {children}
    </Typography.Title>
  );
}

function Before({ meeting: m }: { meeting: MeetingView }) {
  return (
    <Flex gap={64} align="center" wrap>
      <Flex vertical gap={20} style={{ flex: '1 1 720px' }}>
        <Typography.Title level={2} style={{ fontSize: 60, margin: 0, color: INK }}>
          Cuộc họp chưa bắt đầu
        </Typography.Title>
        <Big size={36}>Thời gian: {meetingTimeText(m.startsAt)}</Big>
        <Big size={36}>Địa điểm: {m.place}</Big>
        {m.chair ? <Big>Chủ trì: {m.chair.fullName}</Big> : null}
        <Big size={40} testId="attendance-count">
          <strong>{attendanceText(m)}</strong>
        </Big>
      </Flex>
      {m.checkinCode ? <CheckInQr meetingId={m.id} code={m.checkinCode} /> : null}
    </Flex>
  );
}

function Running({ meeting: m }: { meeting: MeetingView }) {
  const item = currentItem(m);
  const quota = m.quota ? (
    <section aria-label="Tỷ lệ hoàn thành xuất sắc nhiệm vụ theo nhóm">
      <Heading>Tỷ lệ hoàn thành xuất sắc nhiệm vụ theo nhóm</Heading>
      <QuotaTable groups={m.quota.groups} />
    </section>
  ) : null;
  const proposals = (
    <section aria-label="Mức xếp loại đề xuất">
      <Heading>Mức xếp loại đề xuất</Heading>
      <ProposalsTable meeting={m} />
    </section>
  );
  // At the ballot the count (then the result table) takes the whole width; the levels follow below.
  if (item?.kind === 'ballot') {
    return (
      <Flex vertical gap={40}>
        <Flex vertical gap={12}>
          <CurrentItem meeting={m} size={44} />
          <section aria-label="Bỏ phiếu kín" style={{ marginTop: 12 }}>
            <Heading>{m.ballot?.title ?? 'Bỏ phiếu kín'}</Heading>
            <ProjectorBallot ballot={m.ballot} />
          </section>
        </Flex>
        <Flex gap={56} align="start">
          <div style={{ flex: '3 1 0', minWidth: 0 }}>{quota}</div>
          <div style={{ flex: '2 1 0', minWidth: 0 }}>{proposals}</div>
        </Flex>
      </Flex>
    );
  }
  return (
    <Flex gap={56} align="start">
      <Flex vertical gap={18} style={{ flex: '3 1 0', minWidth: 0 }}>
        <CurrentItem meeting={m} size={54} />
        <div style={{ marginTop: 16 }}>{quota}</div>
      </Flex>
      <div style={{ flex: '2 1 0', minWidth: 0 }}>{proposals}</div>
    </Flex>
  );
}

/** The current item, who speaks, who chairs, how many are present. */
function CurrentItem({ meeting: m, size }: { meeting: MeetingView; size: number }) {
  const item = currentItem(m);
  return (
    <Flex vertical gap={18}>
      <Big size={26}>Nội dung đang họp</Big>
      <Typography.Title
        level={2}
        style={{ fontSize: size, margin: 0, lineHeight: 1.2, color: INK }}
        data-testid="current-item"
      >
        {item ? `${item.position}. ${item.title}` : '—'}
      </Typography.Title>
      {m.speaker ? (
        <Big size={40} testId="speaker">
          Đang phát biểu: <strong>{m.speaker.fullName}</strong>
        </Big>
      ) : null}
      <Flex gap="8px 48px" wrap>
        <Big testId="acting-chair">Chủ trì: {(m.actingChair ?? m.chair)?.fullName ?? '—'}</Big>
        <Big testId="attendance-count">{attendanceText(m)}</Big>
      </Flex>
    </Flex>
  );
}

function Ended({ meeting: m }: { meeting: MeetingView }) {
  return (
    <Flex vertical gap={28}>
      <Typography.Title level={2} style={{ fontSize: 60, margin: 0, color: INK }}>
        Cuộc họp đã kết thúc
      </Typography.Title>
      {m.endedAt ? <Big>Kết thúc lúc {meetingTimeText(m.endedAt)}</Big> : null}
      <section aria-label="Mức xếp loại đề xuất" style={{ maxWidth: 1400 }}>
        <Heading>Mức xếp loại đề xuất</Heading>
        <ProposalsTable meeting={m} />
      </section>
    </Flex>
  );
}
