/** What is going on now: the current agenda item, who chairs it, who is speaking, how many are present. */
import { Flex, Typography } from 'antd';
import type { MeetingView } from '../types.js';
import { attendanceText, currentItem } from './format.js';
import { Line } from './parts.js';

export function NowCard({ meeting: m }: { meeting: MeetingView }) {
  const item = currentItem(m);
  return (
    <Flex vertical gap={6} data-testid="now">
      {m.state === 'prepared' ? (
        <Typography.Text strong>Cuộc họp chưa bắt đầu.</Typography.Text>
      ) : m.state === 'locked' ? (
        <Typography.Text strong>Cuộc họp đã kết thúc.</Typography.Text>
      ) : item ? (
        <Typography.Text strong style={{ fontSize: 17 }} data-testid="current-item">
          {item.position}. {item.title}
        </Typography.Text>
      ) : null}
      {m.state === 'running' && m.speaker ? (
        <Line label="Người đang phát biểu">
          <span data-testid="speaker">{m.speaker.fullName}</span>
        </Line>
      ) : null}
      <Line label="Chủ trì">
        <span data-testid="acting-chair">{(m.actingChair ?? m.chair)?.fullName ?? '—'}</span>
      </Line>
      {m.secretary ? <Line label="Thư ký">{m.secretary.fullName}</Line> : null}
      <Typography.Text type="secondary" data-testid="attendance-count">
        {attendanceText(m)}
      </Typography.Text>
    </Flex>
  );
}
