/**
 * A comment in the record: who spoke and what they said. Also the correction of a comment (or a
 * note), prefilled, posted with `corrects`. The speaker defaults to whoever is speaking now.
 */
import { App, Button, Form, Input } from 'antd';
import { useEffect, useRef } from 'react';
import { useAddEntry } from '../api.js';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { AttendeeSelect } from './AttendeeSelect.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

interface Values {
  speakerPersonId?: string;
  text: string;
}

export function CommentForm({
  meeting: m,
  itemPosition,
  correcting,
  onDone,
}: {
  meeting: MeetingView;
  itemPosition: number;
  correcting?: MeetingEntryView;
  onDone?: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const add = useAddEntry(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const kind = correcting?.body.kind === 'note' ? 'note' : 'comment';
  const speakerNow = m.speaker?.personId;

  // Until someone picks a speaker by hand, follow the one the chair gave the floor to. (The form's
  // "touched" cannot tell: setting a value programmatically marks the field touched.)
  const picked = useRef(false);
  useEffect(() => {
    if (!correcting && !picked.current) form.setFieldValue('speakerPersonId', speakerNow ?? undefined);
  }, [correcting, form, speakerNow]);

  const initial: Partial<Values> = correcting
    ? {
        speakerPersonId: correcting.speakerPersonId ?? undefined,
        text:
          correcting.body.kind === 'comment' || correcting.body.kind === 'note' ? correcting.body.text : '',
      }
    : { speakerPersonId: speakerNow };

  const submit = async (v: Values) => {
    const done = await fb.run(
      () =>
        add.mutateAsync({
          kind,
          text: v.text,
          speakerPersonId: v.speakerPersonId ?? null,
          ...(correcting ? { corrects: correcting.id } : { itemPosition }),
        }),
      form,
    );
    if (done === undefined) return;
    void message.success(correcting ? 'Đã ghi đính chính.' : 'Đã ghi ý kiến.');
    picked.current = false;
    form.resetFields();
    onDone?.();
  };

  return (
    <Form<Values>
      form={form}
      name={correcting ? 'fix-comment' : 'comment'}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onValuesChange={(changed: Partial<Values>) => {
        if ('speakerPersonId' in changed) picked.current = true;
      }}
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Form.Item
        name="speakerPersonId"
        label="Người phát biểu"
        rules={kind === 'comment' ? [{ required: true, message: 'Vui lòng chọn người phát biểu.' }] : []}
      >
        <AttendeeSelect attendees={m.attendees} allowClear={kind === 'note'} />
      </Form.Item>
      <Form.Item
        name="text"
        label="Nội dung ý kiến"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi nội dung ý kiến.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {correcting ? 'Ghi đính chính' : 'Ghi ý kiến'}
      </Button>
    </Form>
  );
}
