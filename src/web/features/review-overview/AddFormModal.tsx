/** "Giao thêm biểu mẫu": the secretary gives a person a form the rules did not assign, with a reason. */
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { FORM_LABELS } from '../../../domain/forms/catalogue.js';
import type { FormCode, FormDefinition } from '../../../domain/forms/types.js';
import { matchesSearch } from '../../../domain/text.js';
import { apiGet } from '../../app/api.js';
import { useActionError } from './useActionError.js';
import { useAddReviewForm, usePeopleOptions } from './useReviewOverview.js';

interface Values {
  personId: string;
  formCode: FormCode;
  reason: string;
}

interface CycleFormsResponse {
  forms: { code: FormCode; definition: Pick<FormDefinition, 'subject'> }[];
}

export function AddFormModal({
  cycleId,
  open,
  onClose,
}: {
  cycleId: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const fail = useActionError();
  const add = useAddReviewForm(cycleId);
  const people = usePeopleOptions(open);
  const forms = useQuery({
    queryKey: ['cycles', 'forms', cycleId],
    queryFn: ({ signal }) =>
      apiGet<CycleFormsResponse>(`/api/cycles/${encodeURIComponent(cycleId)}/forms`, undefined, signal),
    enabled: open,
  });

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const personOptions = useMemo(
    () =>
      (people.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.fullName} — ${p.positionTitle}, ${p.unitName}`,
      })),
    [people.data],
  );
  const formOptions = useMemo(
    () =>
      (forms.data?.forms ?? [])
        .filter((f) => f.definition.subject === 'person')
        .map((f) => ({ value: f.code, label: FORM_LABELS[f.code] })),
    [forms.data],
  );

  return (
    <Modal
      open={open}
      title="Giao thêm biểu mẫu"
      okText="Giao biểu mẫu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'add-form-submit' }}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        Dùng khi một người cần viết thêm biểu mẫu mà quy tắc phân công không giao (ghi rõ lý do; thao tác được
        ghi nhật ký).
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        name="add-form"
        layout="vertical"
        onFinish={(v) =>
          add.mutate(
            { personId: v.personId, formCode: v.formCode, reason: v.reason.trim() },
            {
              onSuccess: () => {
                message.success('Đã giao thêm biểu mẫu.');
                onClose();
              },
              onError: (e) => fail(e, form),
            },
          )
        }
      >
        <Form.Item
          name="personId"
          label="Người viết"
          rules={[{ required: true, message: 'Vui lòng chọn người.' }]}
        >
          <Select
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
            loading={people.isLoading}
            options={personOptions}
            placeholder="Gõ tên để tìm"
          />
        </Form.Item>
        <Form.Item
          name="formCode"
          label="Biểu mẫu"
          rules={[{ required: true, message: 'Vui lòng chọn biểu mẫu.' }]}
        >
          <Select loading={forms.isLoading} options={formOptions} placeholder="Chọn biểu mẫu" />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do"
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng ghi lý do.' },
            { min: 3, message: 'Lý do cần ít nhất 3 ký tự.' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
