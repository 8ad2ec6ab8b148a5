/** "Trả lời": the answer text and whether to publish it to every unit. */
import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import type { Question } from './types.js';

export interface AnswerValues {
  answer: string;
  publish: boolean;
}

export function AnswerModal({
  question,
  saving,
  onClose,
  onSubmit,
}: {
  question: Question | null;
  saving: boolean;
  onClose: () => void;
  onSubmit: (q: Question, v: AnswerValues) => void;
}) {
  const [form] = Form.useForm<AnswerValues>();

  useEffect(() => {
    if (question) form.setFieldsValue({ answer: question.answer ?? '', publish: question.published });
  }, [question, form]);

  return (
    <Modal
      open={question !== null}
      title="Trả lời câu hỏi"
      okText="Gửi trả lời"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'answer-submit' }}
      forceRender
    >
      {question ? (
        <Typography.Paragraph>
          <Typography.Text strong>{question.subject}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{question.unitName}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          question && onSubmit(question, { answer: v.answer.trim(), publish: Boolean(v.publish) })
        }
      >
        <Form.Item
          name="answer"
          label="Nội dung trả lời"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập nội dung trả lời.' },
            { min: 3, message: 'Câu trả lời cần ít nhất 3 ký tự.' },
          ]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="publish" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="answer-publish">Công khai cho tất cả các đơn vị</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
