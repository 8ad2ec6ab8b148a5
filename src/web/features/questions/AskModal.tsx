/** "Gửi câu hỏi": subject and content; the unit is the asker's own, the cycle the running one. */
import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { useAskQuestion } from './useQuestions.js';

interface Values {
  subject: string;
  body: string;
}

export function AskModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const ask = useAskQuestion();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  return (
    <Modal
      open={open}
      title="Gửi câu hỏi"
      okText="Gửi"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={ask.isPending}
      okButtonProps={{ 'data-testid': 'ask-submit' }}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        Câu hỏi, vướng mắc được gửi đến Chánh Văn phòng qua Phòng Hành chính - Quản trị. Đơn vị của bạn theo
        dõi được tình trạng và câu trả lời tại trang này.
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          ask.mutate(
            { subject: v.subject.trim(), body: v.body.trim() },
            {
              onSuccess: () => {
                message.success('Đã gửi câu hỏi.');
                onClose();
              },
              onError: (e) => onError(e, form),
            },
          )
        }
      >
        <Form.Item
          name="subject"
          label="Tiêu đề"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập tiêu đề.' },
            { min: 3, message: 'Tiêu đề cần ít nhất 3 ký tự.' },
          ]}
        >
          <Input maxLength={200} placeholder="Tóm tắt câu hỏi, vướng mắc" />
        </Form.Item>
        <Form.Item
          name="body"
          label="Nội dung"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập nội dung.' },
            { min: 3, message: 'Nội dung cần ít nhất 3 ký tự.' },
          ]}
        >
          <Input.TextArea
            rows={6}
            maxLength={5000}
            showCount
            placeholder="Trình bày cụ thể câu hỏi, vướng mắc"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
