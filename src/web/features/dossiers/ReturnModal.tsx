/** HCQT returns a submitted dossier to the unit: the reason is required and shown to the unit. */
import { Form, type FormInstance, Input, Modal } from 'antd';
import { useEffect } from 'react';

export const RETURN_REASON_REQUIRED = 'Vui lòng ghi lý do trả lại hồ sơ.';

export function ReturnModal({
  open,
  unitName,
  busy,
  onCancel,
  onReturn,
}: {
  open: boolean;
  unitName: string;
  busy: boolean;
  onCancel: () => void;
  /** The form is passed so that the server's field errors can be put on it. */
  onReturn: (reason: string, form: FormInstance) => Promise<void>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  return (
    <Modal
      open={open}
      title={`Trả lại hồ sơ của ${unitName}`}
      okText="Trả lại hồ sơ"
      okButtonProps={{ danger: true, loading: busy }}
      cancelText="Hủy"
      onCancel={onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark
        onFinish={(v) => onReturn(v.reason.trim(), form)}
        initialValues={{ reason: '' }}
      >
        <Form.Item
          name="reason"
          label="Lý do trả lại"
          extra="Đơn vị sẽ thấy lý do này trên hồ sơ và trong thông báo."
          rules={[{ required: true, whitespace: true, message: RETURN_REASON_REQUIRED }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
