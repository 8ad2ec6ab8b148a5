/**
 * The last item: the draft minutes read out (Word, PDF), the open vote approving them, and the end
 * of the meeting, which locks the record.
 */
import { LockOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useEndMeeting } from '../api.js';
import type { MeetingItemView, MeetingView } from '../types.js';
import { MinutesLinks } from './ConsoleHeader.js';
import { Section } from './parts.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';
import { VoteForm, VoteResults } from './VoteForm.js';

export function MinutesItem({ meeting: m, item }: { meeting: MeetingView; item: MeetingItemView }) {
  const run = m.me.canRun;
  return (
    <>
      <Section title="Dự thảo biên bản">
        <Flex gap={8} wrap>
          <MinutesLinks meetingId={m.id} />
        </Flex>
      </Section>
      <Section title="Biểu quyết thông qua biên bản" testId="vote-section">
        <VoteResults meeting={m} itemPosition={item.position} />
        {run ? (
          <VoteForm
            meeting={m}
            itemPosition={item.position}
            purpose="minutes_approval"
            title="Biểu quyết công khai thông qua biên bản hội nghị"
          />
        ) : null}
      </Section>
      {run ? <EndMeeting meeting={m} item={item} /> : null}
    </>
  );
}

function EndMeeting({ meeting: m, item }: { meeting: MeetingView; item: MeetingItemView }) {
  const end = useEndMeeting(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const confirm = async () => {
    const done = await fb.run(() => end.mutateAsync(m.version));
    if (done !== undefined) void message.success('Đã kết thúc cuộc họp; biên bản đã khóa.');
  };
  return (
    <Section title="Kết thúc cuộc họp">
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Typography.Paragraph type="secondary">
        Sau khi kết thúc, biên bản được khóa: không ghi thêm hoặc đính chính được nữa.
        {item.done ? '' : ' Biên bản cần được biểu quyết thông qua trước.'}
      </Typography.Paragraph>
      <Popconfirm
        title="Kết thúc cuộc họp?"
        description="Biên bản sẽ được khóa, không sửa được nữa."
        okText="Kết thúc và khóa"
        cancelText="Hủy"
        onConfirm={() => void confirm()}
      >
        <Button type="primary" danger icon={<LockOutlined />} loading={end.isPending}>
          Kết thúc cuộc họp và khóa biên bản
        </Button>
      </Popconfirm>
    </Section>
  );
}
