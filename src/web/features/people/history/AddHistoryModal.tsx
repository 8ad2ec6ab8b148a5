/** A modal form that adds one history row; the caller gives the fields and how to turn them into the value. */
import { App, Form, Modal } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { isApiError } from '../../../app/api.js';
import { useApiErrorHandler } from '../../../app/useApiErrorHandler.js';
import { type HistoryPath, useAddHistory, useStaleVersionDialog } from './useHistoryMutations.js';

export function AddHistoryModal<V extends object>({
  open,
  title,
  personId,
  version,
  path,
  initialValues,
  toValue,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  personId: string;
  version: number;
  path: HistoryPath;
  initialValues: Partial<V>;
  toValue: (values: V) => unknown;
  onClose: () => void;
  children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const staleDialog = useStaleVersionDialog(personId);
  const add = useAddHistory(personId, path);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
    }
  }, [open]);

  const submit = (values: V) =>
    add.mutate(
      { version, value: toValue(values) },
      {
        onSuccess: () => {
          message.success('Đã thêm.');
          onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.code === 'stale_version') {
            onClose();
            staleDialog(e.message);
          } else onError(e, form);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={title}
      okText="Thêm"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      forceRender
    >
      <Form<V> form={form} layout="vertical" onFinish={submit}>
        {children}
      </Form>
    </Modal>
  );
}
