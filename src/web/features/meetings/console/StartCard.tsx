/** Before the meeting: the start, once the chair and at least one member are marked present. */
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useStartMeeting } from '../api.js';
import type { MeetingView } from '../types.js';
import { presenceText } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

export function StartCard({ meeting: m }: { meeting: MeetingView }) {
  const start = useStartMeeting(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const chairPresent = m.attendees.some((a) => a.personId === m.chair?.personId && a.present);
  const go = async () => {
    const done = await fb.run(() => start.mutateAsync(m.version));
    if (done !== undefined) void message.success('Đã bắt đầu cuộc họp.');
  };
  return (
    <Card data-testid="start-card">
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex vertical>
          <Typography.Text strong>{presenceText(m.attendees)}</Typography.Text>
          <Typography.Text type="secondary">
            {chairPresent
              ? 'Điểm danh xong thì bắt đầu; người đến muộn vẫn điểm danh được trong khi họp.'
              : `Cần điểm danh người chủ trì (đồng chí ${m.chair?.fullName ?? ''}) trước khi bắt đầu.`}
          </Typography.Text>
        </Flex>
        <Button
          type="primary"
          size="large"
          icon={<PlayCircleOutlined />}
          loading={start.isPending}
          onClick={() => void go()}
        >
          Bắt đầu cuộc họp
        </Button>
      </Flex>
    </Card>
  );
}
