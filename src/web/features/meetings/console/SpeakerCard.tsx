/** Who has the floor (shown on the room screen): set by those who run the meeting, seen by all. */
import { SoundOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useSetSpeaker } from '../api.js';
import type { MeetingView } from '../types.js';
import { AttendeeSelect } from './AttendeeSelect.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

export function SpeakerCard({ meeting: m }: { meeting: MeetingView }) {
  const set = useSetSpeaker(m.id);
  const fb = useFeedback(m.id);
  const shown = set.isPending ? set.variables : (m.speaker?.personId ?? null);
  return (
    <Card
      size="small"
      title={
        <>
          <SoundOutlined /> Người đang phát biểu
        </>
      }
      data-testid="speaker"
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      {m.me.canRun && m.state === 'running' ? (
        <Flex vertical gap={4}>
          <label htmlFor="meeting-speaker">
            <Typography.Text type="secondary">Mời phát biểu (hiện trên màn hình phòng họp)</Typography.Text>
          </label>
          <AttendeeSelect
            id="meeting-speaker"
            aria-label="Người đang phát biểu"
            attendees={m.attendees}
            allowClear
            placeholder="Không ai đang phát biểu"
            value={shown ?? undefined}
            onChange={(v) => void fb.run(() => set.mutateAsync(v ?? null))}
            style={{ width: '100%' }}
          />
        </Flex>
      ) : (
        <Typography.Text strong data-testid="speaker-name">
          {m.speaker ? `Đồng chí ${m.speaker.fullName}` : 'Không ai đang phát biểu'}
        </Typography.Text>
      )}
    </Card>
  );
}
