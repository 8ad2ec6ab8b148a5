/** "Tải bộ hồ sơ (ZIP)": the selected documents in one ZIP, named by the user. */
import { App, Checkbox, Flex, Form, Input, Modal, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../app/api.js';
import { UNSAFE_FILE_CHARS } from './format.js';
import { useBundleDocuments } from './useDocuments.js';

interface Values {
  name: string;
  includePdf: boolean;
}

export const DEFAULT_BUNDLE_NAME = 'Ho so';

export function BundleModal({ open, ids, onClose }: { open: boolean; ids: string[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message, notification } = App.useApp();
  const bundle = useBundleDocuments();

  useEffect(() => {
    if (open) {
      bundle.reset();
      form.setFieldsValue({ name: DEFAULT_BUNDLE_NAME, includePdf: true });
    }
  }, [open, form, bundle.reset]);

  return (
    <Modal
      open={open}
      title="Tải bộ hồ sơ (ZIP)"
      okText="Tải về"
      cancelText="Hủy"
      onCancel={bundle.isPending ? undefined : onClose}
      closable={!bundle.isPending}
      mask={{ closable: !bundle.isPending }}
      onOk={() => form.submit()}
      confirmLoading={bundle.isPending}
      cancelButtonProps={{ disabled: bundle.isPending }}
      okButtonProps={{ 'data-testid': 'bundle-submit' }}
      forceRender
    >
      <Spin spinning={bundle.isPending} description="Đang đóng gói hồ sơ…">
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ name: DEFAULT_BUNDLE_NAME, includePdf: true }}
          onFinish={(v) =>
            bundle.mutate(
              { ids, name: v.name, includePdf: v.includePdf },
              {
                onSuccess: () => {
                  message.success('Đã tạo tệp ZIP.');
                  onClose();
                },
                onError: (e) => {
                  if (isApiError(e) && e.status === 401) return;
                  notification.error({
                    title: 'Không tạo được bộ hồ sơ',
                    description: e.message,
                    duration: 10,
                  });
                },
              },
            )
          }
        >
          <Typography.Paragraph>
            {ids.length} văn bản đã chọn sẽ được đóng gói thành một tệp ZIP, kèm mục lục.
          </Typography.Paragraph>
          <Form.Item
            name="name"
            label="Tên bộ hồ sơ"
            extra="Dùng làm tên tệp ZIP."
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập tên bộ hồ sơ.' },
              {
                validator: (_, v: string | undefined) =>
                  v && UNSAFE_FILE_CHARS.test(v)
                    ? Promise.reject(new Error('Tên không được chứa các ký tự \\ / : * ? " < > |'))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input maxLength={120} aria-label="Tên bộ hồ sơ" />
          </Form.Item>
          <Form.Item name="includePdf" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>Kèm bản PDF của từng văn bản</Checkbox>
          </Form.Item>
          <Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              Khi kèm bản PDF, việc đóng gói có thể mất thêm vài giây.
            </Typography.Text>
          </Flex>
        </Form>
      </Spin>
    </Modal>
  );
}
