/** "Lập danh sách cán bộ": a draft list of the people of one unit or of the whole agency. */
import { App, Form, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import type { Unit } from '../org/types.js';
import { UnitSelect } from '../org/UnitSelect.js';
import { useCreatePeopleList } from './useDocuments.js';

interface Values {
  scope: 'agency' | 'unit';
  unitId?: string;
}

export function PeopleListModal({
  open,
  units,
  unitsLoading,
  onClose,
  onCreated,
}: {
  open: boolean;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const create = useCreatePeopleList();

  useEffect(() => {
    if (open) form.setFieldsValue({ scope: 'unit', unitId: undefined });
  }, [open, form]);

  return (
    <Modal
      open={open}
      title="Lập danh sách cán bộ"
      okText="Lập danh sách"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'people-list-submit' }}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        Hệ thống lập dự thảo danh sách cán bộ, công chức, viên chức, người lao động từ dữ liệu nhân sự hiện có
        (bản Word và Excel). Có thể ban hành sau khi kiểm tra.
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ scope: 'unit' }}
        onFinish={(v) =>
          create.mutate(v.scope === 'agency' ? null : (v.unitId ?? null), {
            onSuccess: (r) => {
              message.success('Đã lập danh sách cán bộ (dự thảo).');
              onCreated(r.id);
            },
            onError: (e) => onError(e, form),
          })
        }
      >
        <Form.Item name="scope" label="Phạm vi">
          <Radio.Group
            options={[
              { value: 'unit', label: 'Một đơn vị' },
              { value: 'agency', label: 'Toàn cơ quan' },
            ]}
          />
        </Form.Item>
        {scope !== 'agency' ? (
          <Form.Item
            name="unitId"
            label="Đơn vị"
            rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
          >
            <UnitSelect units={units} loading={unitsLoading} aria-label="Đơn vị" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
