/**
 * The chair's conclusion on an item: strengths, weaknesses and the rest (the server records it in
 * the name of whoever chairs the item). Also its correction, prefilled, posted with `corrects`.
 */
import { App, Button, Form, Input } from 'antd';
import { useAddEntry } from '../api.js';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

interface Values {
  strengths: string;
  weaknesses: string;
  text: string;
}

export function ConclusionForm({
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
  const body = correcting?.body.kind === 'conclusion' ? correcting.body : null;

  const submit = async (v: Values) => {
    const done = await fb.run(
      () =>
        add.mutateAsync({
          kind: 'conclusion',
          strengths: v.strengths ?? '',
          weaknesses: v.weaknesses ?? '',
          text: v.text ?? '',
          ...(correcting ? { corrects: correcting.id } : { itemPosition }),
        }),
      form,
    );
    if (done === undefined) return;
    void message.success(correcting ? 'Đã ghi đính chính kết luận.' : 'Đã ghi kết luận.');
    form.resetFields();
    onDone?.();
  };

  const area = <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />;
  return (
    <Form<Values>
      form={form}
      name={correcting ? 'fix-conclusion' : 'conclusion'}
      layout="vertical"
      initialValues={{
        strengths: body?.strengths ?? '',
        weaknesses: body?.weaknesses ?? '',
        text: body?.text ?? '',
      }}
      onFinish={submit}
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Form.Item name="strengths" label="Ưu điểm">
        {area}
      </Form.Item>
      <Form.Item name="weaknesses" label="Hạn chế">
        {area}
      </Form.Item>
      <Form.Item name="text" label="Nội dung kết luận">
        {area}
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {correcting ? 'Ghi đính chính' : 'Ghi kết luận'}
      </Button>
    </Form>
  );
}
