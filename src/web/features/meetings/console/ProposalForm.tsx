/**
 * The proposed level of the person (or the collective) under review. The server checks it against
 * the rules engine (a level above what the record allows is refused: the reason shows under the
 * select) and the quota of the person's group: over it, the server asks for a reason — the form
 * then shows the quota message and a required "Lý do đề xuất vượt tỷ lệ", and sends it again.
 */
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../../domain/rules/types.js';
import { useProposeLevel } from '../api.js';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { quotaReasonAsked } from './feedback.js';
import { FeedbackAlert, useFeedback } from './useFeedback.js';

interface Values {
  level?: Level;
  reason?: string;
}

export function ProposalForm({
  meeting: m,
  itemPosition,
  selfProposed,
  correcting,
  onDone,
}: {
  meeting: MeetingView;
  itemPosition: number;
  /** The level the person's own review proposes (shown as a hint). */
  selfProposed?: Level | null;
  correcting?: MeetingEntryView;
  onDone?: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const propose = useProposeLevel(m.id);
  const fb = useFeedback(m.id);
  const { message } = App.useApp();
  const body = correcting?.body.kind === 'proposal' ? correcting.body : null;
  // The server's quota message once it asked for a reason (or the breach being corrected).
  const [asked, setAsked] = useState<string | null>(body?.quotaBreach ? (body.quotaMessage ?? '') : null);

  const submit = async (v: Values) => {
    if (!v.level) return;
    const level = v.level;
    fb.clear();
    try {
      await propose.mutateAsync({
        level,
        ...(asked !== null && v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(correcting ? { corrects: correcting.id } : { itemPosition }),
      });
    } catch (e) {
      const quota = quotaReasonAsked(e);
      if (quota !== null) {
        setAsked(quota);
        form.setFields([
          { name: 'reason', errors: asked !== null ? ['Vui lòng ghi lý do đề xuất vượt tỷ lệ.'] : [] },
        ]);
        return;
      }
      fb.report(e, form);
      return;
    }
    void message.success(
      correcting ? 'Đã ghi đính chính mức xếp loại đề xuất.' : 'Đã ghi mức xếp loại đề xuất.',
    );
    setAsked(null);
    form.resetFields();
    onDone?.();
  };

  return (
    <Form<Values>
      form={form}
      name={correcting ? 'fix-proposal' : 'proposal'}
      layout="vertical"
      initialValues={{ level: body?.level, reason: body?.reason ?? '' }}
      onFinish={submit}
      onValuesChange={(changed: Values) => {
        // Another level is checked afresh: the server asks for the reason again if it is still over.
        if ('level' in changed)
          setAsked(body?.quotaBreach && changed.level === body.level ? (body.quotaMessage ?? '') : null);
      }}
    >
      <FeedbackAlert feedback={fb.feedback} onClose={fb.clear} />
      <Form.Item
        name="level"
        label="Mức xếp loại đề xuất"
        rules={[{ required: true, message: 'Vui lòng chọn mức xếp loại đề xuất.' }]}
        extra={selfProposed ? `Tự đánh giá: ${LEVEL_LABELS[selfProposed]}.` : undefined}
      >
        <Select<Level>
          placeholder="Chọn mức xếp loại"
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
        />
      </Form.Item>
      {asked !== null ? (
        <>
          {asked ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={asked}
              style={{ marginBottom: 12 }}
              data-testid="quota-breach"
            />
          ) : null}
          <Form.Item
            name="reason"
            label="Lý do đề xuất vượt tỷ lệ"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do đề xuất vượt tỷ lệ.' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={propose.isPending}>
        {correcting ? 'Ghi đính chính' : 'Ghi mức xếp loại đề xuất'}
      </Button>
    </Form>
  );
}
