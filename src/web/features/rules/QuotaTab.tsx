/**
 * "Tỷ lệ xuất sắc": groups of people with similar duties, how many each proposes as HTXSNV and
 * HTTNV, and whether an exception was approved; per group the cap and whether the proposal fits.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { CheckNotes, ReasonList } from './ReasonList.js';
import type { QuotaResult, QuotaValues } from './types.js';

export const DEFAULT_QUOTA: QuotaValues = {
  groups: [
    {
      group: 'Công chức không giữ chức vụ',
      HTXSNV: 2,
      HTTNV: 12,
      exceptionApproved: false,
      exceptionPct: null,
    },
    {
      group: 'Công chức lãnh đạo, quản lý',
      HTXSNV: 1,
      HTTNV: 6,
      exceptionApproved: false,
      exceptionPct: null,
    },
  ],
};

export function QuotaForm({
  form,
  initial,
  values,
  onChange,
}: {
  form: FormInstance<QuotaValues>;
  initial: QuotaValues;
  values: QuotaValues;
  onChange: (all: QuotaValues) => void;
}) {
  return (
    <Form<QuotaValues>
      form={form}
      name="quota"
      layout="vertical"
      component="div"
      data-testid="quota-form"
      initialValues={initial}
      onValuesChange={() => onChange(form.getFieldsValue(true) as QuotaValues)}
    >
      <Typography.Paragraph type="secondary">
        Mỗi nhóm gồm những người có nhiệm vụ tương đồng. Nhập số người dự kiến xếp loại Hoàn thành xuất sắc
        nhiệm vụ (HTXSNV) và Hoàn thành tốt nhiệm vụ (HTTNV) của nhóm.
      </Typography.Paragraph>
      <Form.List name="groups">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((f) => {
              const approved = Boolean(values.groups?.[f.name]?.exceptionApproved);
              return (
                <Card
                  key={f.key}
                  size="small"
                  data-testid="quota-row"
                  styles={{ body: { paddingBottom: 0 } }}
                >
                  <Flex gap={8} align="flex-start">
                    <Form.Item name={[f.name, 'group']} label="Nhóm" style={{ flex: 1, minWidth: 0 }}>
                      <Input maxLength={200} aria-label="Tên nhóm" />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="Xóa nhóm"
                      style={{ marginTop: 30 }}
                      onClick={() => remove(f.name)}
                    />
                  </Flex>
                  <Row gutter={8} align="top">
                    <Col xs={12} sm={6}>
                      <Form.Item name={[f.name, 'HTXSNV']} label="Số HTXSNV">
                        <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label="Số HTXSNV" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[f.name, 'HTTNV']} label="Số HTTNV">
                        <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label="Số HTTNV" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item
                        name={[f.name, 'exceptionApproved']}
                        label="Ngoại lệ"
                        tooltip="Cấp có thẩm quyền chấp thuận tỷ lệ cao hơn cho đơn vị có thành tích nổi trội"
                        valuePropName="checked"
                      >
                        <Switch
                          checkedChildren="Có"
                          unCheckedChildren="Không"
                          aria-label="Được cấp có thẩm quyền chấp thuận tỷ lệ cao hơn"
                        />
                      </Form.Item>
                    </Col>
                    {approved ? (
                      <Col xs={12} sm={6}>
                        <Form.Item name={[f.name, 'exceptionPct']} label="Tỷ lệ (%)">
                          <InputNumber
                            min={0}
                            max={100}
                            style={{ width: '100%' }}
                            aria-label="Tỷ lệ được chấp thuận (%)"
                          />
                        </Form.Item>
                      </Col>
                    ) : null}
                  </Row>
                </Card>
              );
            })}
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                add({ group: '', HTXSNV: 0, HTTNV: 0, exceptionApproved: false, exceptionPct: null })
              }
            >
              Thêm nhóm
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}

export function QuotaResultCard({
  result,
  computing,
  waiting,
  other,
}: {
  result: QuotaResult | undefined;
  computing: boolean;
  waiting: boolean;
  other: readonly string[];
}) {
  return (
    <Card size="small" title="Kết quả theo nhóm" data-testid="quota-result">
      <Spin spinning={computing && !waiting} delay={300}>
        <Flex vertical gap={12}>
          <CheckNotes waiting={waiting} other={other} />
          {result && !waiting && other.length === 0
            ? result.groups.map((g) => (
                <Flex key={g.group} vertical gap={6} data-testid="quota-group" data-ok={g.ok}>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{g.group}</Typography.Text>
                    <Tag color={g.ok ? 'green' : g.blocking ? 'red' : 'orange'} data-testid="quota-verdict">
                      {g.ok
                        ? 'Trong tỷ lệ'
                        : g.blocking
                          ? 'Vượt tỷ lệ (không cho phép)'
                          : 'Vượt tỷ lệ (cảnh báo)'}
                    </Tag>
                    <Typography.Text type="secondary">Tối đa {g.allowed} người HTXSNV</Typography.Text>
                  </Flex>
                  <ReasonList reasons={g.reasons} testId="quota-reason" />
                </Flex>
              ))
            : null}
        </Flex>
      </Spin>
    </Card>
  );
}
