/** Edit the agency (PUT /api/agency with the version read), watching the header preview change. */
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { type CalendarDate, toCapitals } from '../../../domain/document-format.js';
import { apiPut, isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { AGENCY_FIELD_LABELS, AGENCY_FIELDS } from './agencyFields.js';
import { DocumentHeaderPreview } from './DocumentHeaderPreview.js';
import type { AgencyDetails, AgencyInput } from './types.js';

const valuesOf = (a: AgencyDetails): AgencyInput => ({
  name: a.name,
  shortName: a.shortName,
  issuingBodyName: a.issuingBodyName,
  parentBodyName: a.parentBodyName,
  documentCode: a.documentCode,
  placeName: a.placeName,
});

const required = (what: string) => ({ required: true, whitespace: true, message: `Vui lòng nhập ${what}.` });

export function AgencyForm({
  agency,
  today,
  onReload,
}: {
  agency: AgencyDetails;
  today: CalendarDate;
  onReload: () => Promise<void>;
}) {
  const [form] = Form.useForm<AgencyInput>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const initial = valuesOf(agency);
  const watched = Form.useWatch((v: AgencyInput) => v, form) ?? initial;
  const values = { ...initial, ...watched };
  const changed = AGENCY_FIELDS.some((f) => (values[f] ?? '') !== initial[f]);

  const save = useMutation({
    mutationFn: (v: AgencyInput) =>
      apiPut<{ id: string; version: number }>('/api/agency', {
        version: agency.version,
        ...v,
        issuingBodyName: toCapitals(v.issuingBodyName ?? ''),
        parentBodyName: toCapitals(v.parentBodyName ?? ''),
      }),
    onSuccess: async () => {
      // Both this page's copy and the header's (useAgency) live under ['agency']. The page then
      // starts a fresh form from the new version; the toast comes after, once that has happened.
      await queryClient.invalidateQueries({ queryKey: ['agency'] });
      message.success('Đã lưu thông tin cơ quan.');
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'stale_version') setStale(e.message);
      else onError(e, form);
    },
  });

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const capitalize = (field: 'issuingBodyName' | 'parentBodyName') => () => {
    const v = form.getFieldValue(field) as string | undefined;
    if (v) form.setFieldValue(field, toCapitals(v));
  };

  return (
    <Flex vertical gap={16}>
      <Card title="Xem trước phần đầu văn bản">
        <DocumentHeaderPreview
          parentBodyName={values.parentBodyName ?? ''}
          issuingBodyName={values.issuingBodyName ?? ''}
          documentCode={values.documentCode ?? ''}
          placeName={values.placeName ?? ''}
          date={today}
        />
      </Card>
      <Card title="Tên gọi và ký hiệu">
        {stale ? <StaleAlert message={stale} onReload={reload} reloading={reloading} /> : null}
        <Form<AgencyInput>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={(v) => save.mutate(v)}
          data-testid="agency-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={AGENCY_FIELD_LABELS.name} rules={[required('tên cơ quan')]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="shortName"
                label={AGENCY_FIELD_LABELS.shortName}
                extra="Hiển thị trên đầu trang của hệ thống."
                rules={[required('tên viết tắt')]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="issuingBodyName"
                label={AGENCY_FIELD_LABELS.issuingBodyName}
                rules={[required('tên cơ quan ban hành văn bản')]}
              >
                <Input maxLength={200} onBlur={capitalize('issuingBodyName')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="parentBodyName"
                label={AGENCY_FIELD_LABELS.parentBodyName}
                extra="Để trống nếu cơ quan không có cơ quan chủ quản."
              >
                <Input maxLength={200} onBlur={capitalize('parentBodyName')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="documentCode"
                label={AGENCY_FIELD_LABELS.documentCode}
                rules={[required('chữ viết tắt tên cơ quan')]}
              >
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="placeName"
                label={AGENCY_FIELD_LABELS.placeName}
                rules={[required('địa danh')]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={save.isPending}
              disabled={!changed || stale !== null}
            >
              Lưu thay đổi
            </Button>
            <Button icon={<UndoOutlined />} disabled={!changed} onClick={() => form.resetFields()}>
              Hoàn tác
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
