/** The member's own line of the roll call, with how to check in while it can still be done. */
import { Alert, Flex, Tag, Typography } from 'antd';
import type { MeetingView } from '../types.js';
import { checkInHint, MY_ATTENDANCE_LABELS, myAttendance } from './format.js';

const COLORS = { present: 'green', absent: 'red', not_checked_in: 'orange', not_on_roster: 'default' };

export function MyAttendance({ meeting: m }: { meeting: MeetingView }) {
  const { status, absenceReason } = myAttendance(m);
  const hint = checkInHint(m);
  return (
    <Flex vertical gap={8} data-testid="my-attendance" data-status={status}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>Bạn:</Typography.Text>
        <Tag color={COLORS[status]} style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}>
          {MY_ATTENDANCE_LABELS[status]}
        </Tag>
      </Flex>
      {absenceReason ? <Typography.Text type="secondary">Lý do vắng: {absenceReason}</Typography.Text> : null}
      {status === 'not_on_roster' ? (
        <Typography.Text type="secondary">Bạn theo dõi cuộc họp, không tham gia biểu quyết.</Typography.Text>
      ) : null}
      {hint ? <Alert type="warning" showIcon title={hint} data-testid="check-in-hint" /> : null}
    </Flex>
  );
}
