/**
 * The small forms of the overview: "Trả lại" (a required comment), "Gửi gợi ý kiểm điểm" (text and
 * an optional deadline) and "Miễn biểu mẫu" (a reason). Each reports its own errors.
 */
import { App, Form, type FormInstance, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import { DateInput } from '../../components/DateInput.js';
import { dayjsToIso } from '../../components/dates.js';
import { useActionError } from './useActionError.js';
import { useReturnReview, useSendSuggestion, useWaiveReview } from './useReviewOverview.js';

interface Target {
  id: string;
  version: number;
  /** Whose review, for the titles. */
  subject: string;
}

function TextModal<V extends object>({
  open,
  title,
  okText,
  intro,
  saving,
  onClose,
  onFinish,
  form,
  testId,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  intro?: ReactNode;
  saving: boolean;
  onClose: () => void;
  onFinish: (values: V) => void;
  form: FormInstance<V>;
  testId: string;
  children: ReactNode;
}) {
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': `${testId}-submit` }}
      forceRender
    >
      {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
      <Form<V> form={form} name={testId} layout="vertical" onFinish={onFinish} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}

export function ReturnModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const [form] = Form.useForm<{ comment: string }>();
  const { message } = App.useApp();
  const fail = useActionError();
  const ret = useReturnReview();
  return (
    <TextModal<{ comment: string }>
      open={target !== null}
      title={`Trả lại bản kiểm điểm — ${target?.subject ?? ''}`}
      okText="Trả lại"
      intro="Người viết nhận lại bản kiểm điểm kèm ý kiến này, sửa rồi nộp lại."
      saving={ret.isPending}
      onClose={onClose}
      form={form}
      testId="return-form"
      onFinish={(v) =>
        target &&
        ret.mutate(
          { id: target.id, version: target.version, comment: v.comment.trim() },
          {
            onSuccess: () => {
              message.success('Đã trả lại bản kiểm điểm để sửa.');
              onClose();
            },
            onError: (e) => fail(e, form),
          },
        )
      }
    >
      <Form.Item
        name="comment"
        label="Ý kiến, lý do trả lại"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi lý do trả lại.' }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount placeholder="Cần sửa, bổ sung những gì" />
      </Form.Item>
    </TextModal>
  );
}

export interface SuggestionTarget {
  personId: string | null;
  unitId: string;
  subject: string;
}

interface SuggestionValues {
  text: string;
  deadline: Dayjs | null;
}

export function SuggestionModal({
  cycleId,
  target,
  onClose,
}: {
  cycleId: string;
  target: SuggestionTarget | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SuggestionValues>();
  const { message } = App.useApp();
  const fail = useActionError();
  const send = useSendSuggestion(cycleId);
  return (
    <TextModal<SuggestionValues>
      open={target !== null}
      title={`Gửi gợi ý kiểm điểm — ${target?.subject ?? ''}`}
      okText="Gửi gợi ý"
      intro="Người được gợi ý phải giải trình trong bản kiểm điểm trước khi nộp."
      saving={send.isPending}
      onClose={onClose}
      form={form}
      testId="suggestion-form"
      onFinish={(v) =>
        target &&
        send.mutate(
          {
            ...(target.personId ? { personId: target.personId } : { unitId: target.unitId }),
            text: v.text.trim(),
            deadline: dayjsToIso(v.deadline),
          },
          {
            onSuccess: () => {
              message.success(`Đã gửi gợi ý kiểm điểm tới ${target.subject}.`);
              onClose();
            },
            onError: (e) => fail(e, form),
          },
        )
      }
    >
      <Form.Item
        name="text"
        label="Nội dung gợi ý"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập nội dung gợi ý.' },
          { min: 3, message: 'Nội dung gợi ý cần ít nhất 3 ký tự.' },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={5000}
          showCount
          placeholder="Những vấn đề cần làm rõ khi kiểm điểm"
        />
      </Form.Item>
      <Form.Item name="deadline" label="Hạn giải trình (không bắt buộc)">
        <DateInput />
      </Form.Item>
    </TextModal>
  );
}

export function WaiveModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const fail = useActionError();
  const waive = useWaiveReview();
  return (
    <TextModal<{ reason: string }>
      open={target !== null}
      title={`Miễn biểu mẫu — ${target?.subject ?? ''}`}
      okText="Miễn"
      intro="Biểu mẫu được miễn không tính vào số bản phải nộp. Có thể bỏ miễn sau."
      saving={waive.isPending}
      onClose={onClose}
      form={form}
      testId="waive-form"
      onFinish={(v) =>
        target &&
        waive.mutate(
          { id: target.id, version: target.version, reason: v.reason.trim() },
          {
            onSuccess: () => {
              message.success('Đã miễn biểu mẫu.');
              onClose();
            },
            onError: (e) => fail(e, form),
          },
        )
      }
    >
      <Form.Item
        name="reason"
        label="Lý do miễn"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng ghi lý do.' },
          { min: 3, message: 'Lý do cần ít nhất 3 ký tự.' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </TextModal>
  );
}
