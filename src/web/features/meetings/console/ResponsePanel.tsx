/**
 * The person's answer to the conclusion: what they said (given on their phone, or recorded by the
 * secretary on their behalf) — "Tiếp thu", or "Có ý kiến khác" with what they object to.
 */
import { App, Button, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRespond } from '../api.js';
import type { MeetingItemView, MeetingView } from '../types.js';
import { clockText, responsesOf } from './format.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

export function ResponsePanel({ meeting: m, item }: { meeting: MeetingView; item: MeetingItemView }) {
  const responses = responsesOf(m, item.position);
  const respond = useRespond(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const editable = m.me.canRun && m.state === 'running';
  const answer = async (accepts: boolean) => {
    const done = await fb.run(() =>
      respond.mutateAsync({
        itemPosition: item.position,
        accepts,
        ...(text.trim() ? { text: text.trim() } : {}),
      }),
    );
    if (done === undefined) return;
    void message.success('Đã ghi ý kiến của người được kiểm điểm.');
    setText('');
  };
  return (
    <Flex vertical gap={8} data-testid="responses">
      {responses.length === 0 ? (
        <Typography.Text type="secondary">Người được kiểm điểm chưa có ý kiến về kết luận.</Typography.Text>
      ) : (
        responses.map((r) => (
          <span key={r.id}>
            <Tag color={r.body.accepts ? 'green' : 'orange'}>
              {r.body.accepts ? 'Tiếp thu' : 'Có ý kiến khác'}
            </Tag>
            {r.body.text ? <Typography.Text>{r.body.text} </Typography.Text> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ({clockText(r.recordedAt)}, {r.recordedByName})
            </Typography.Text>
          </span>
        ))
      )}
      {editable ? (
        <>
          <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
          {!item.done ? (
            <Typography.Text type="secondary">
              Ghi được sau khi có kết luận và mức xếp loại đề xuất.
            </Typography.Text>
          ) : null}
          <label htmlFor={`response-${item.position}`}>
            <Typography.Text>Ý kiến của người được kiểm điểm</Typography.Text>
          </label>
          <Input.TextArea
            id={`response-${item.position}`}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={3000}
            placeholder="Bắt buộc khi có ý kiến khác; không bắt buộc khi tiếp thu"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Flex gap={8} wrap>
            <Button
              onClick={() => void answer(true)}
              disabled={!item.done}
              loading={respond.isPending && respond.variables?.accepts}
            >
              Tiếp thu
            </Button>
            <Button
              onClick={() => void answer(false)}
              disabled={!item.done}
              loading={respond.isPending && respond.variables?.accepts === false}
            >
              Có ý kiến khác
            </Button>
          </Flex>
        </>
      ) : null}
    </Flex>
  );
}
