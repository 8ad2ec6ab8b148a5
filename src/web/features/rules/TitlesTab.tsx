/**
 * "Danh hiệu thi đua": Lao động tiên tiến and Chiến sĩ thi đua cơ sở for the person of the first tab
 * (employment, leave, discipline), at the level found there or one chosen here.
 */
import { Card, Flex, Form, type FormInstance, Select, Spin, Switch, Tag, Typography } from 'antd';
import { LEVEL_LABELS, LEVELS, TITLE_LABELS } from '../../../domain/rules/types.js';
import { CheckNotes, ReasonList } from './ReasonList.js';
import type { ClassifyResult, TitlesResult, TitlesValues } from './types.js';

export const DEFAULT_TITLES: TitlesValues = {
  level: 'auto',
  recognisedInitiative: false,
  acceptedResearch: false,
  pendingProceedings: false,
};

export function TitlesForm({
  form,
  initial,
  classified,
  onChange,
}: {
  form: FormInstance<TitlesValues>;
  initial: TitlesValues;
  classified: ClassifyResult | undefined;
  onChange: (all: TitlesValues) => void;
}) {
  const auto = classified
    ? classified.evaluated && classified.level
      ? LEVEL_LABELS[classified.level]
      : 'không xếp loại'
    : 'chưa có';
  return (
    <Form<TitlesValues>
      form={form}
      name="titles"
      layout="vertical"
      component="div"
      data-testid="titles-form"
      initialValues={initial}
      onValuesChange={() => onChange(form.getFieldsValue(true) as TitlesValues)}
    >
      <Typography.Paragraph type="secondary">
        Thông tin cá nhân (ngày bắt đầu công tác, các đợt nghỉ, kỷ luật) lấy từ thẻ “Xếp loại một người”.
      </Typography.Paragraph>
      <Form.Item name="level" label="Mức xếp loại chất lượng trong năm">
        <Select
          aria-label="Mức xếp loại chất lượng trong năm"
          options={[
            { value: 'auto', label: `Theo thẻ Xếp loại (${auto})` },
            ...LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] })),
            { value: 'none', label: 'Không xếp loại' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="recognisedInitiative"
        label="Có sáng kiến được công nhận cấp cơ sở"
        valuePropName="checked"
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      <Form.Item
        name="acceptedResearch"
        label="Có đề tài, đề án khoa học được nghiệm thu"
        valuePropName="checked"
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      <Form.Item
        name="pendingProceedings"
        label="Đang bị xem xét kỷ luật, điều tra, thanh tra, hoặc có khiếu nại, tố cáo đang xác minh"
        valuePropName="checked"
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
    </Form>
  );
}

export function TitlesResultCard({
  result,
  computing,
  waiting,
  other,
}: {
  result: TitlesResult | undefined;
  computing: boolean;
  waiting: boolean;
  other: readonly string[];
}) {
  return (
    <Card size="small" title="Điều kiện danh hiệu" data-testid="titles-result">
      <Spin spinning={computing && !waiting} delay={300}>
        <Flex vertical gap={12}>
          <CheckNotes waiting={waiting} other={other} />
          {result && !waiting && other.length === 0
            ? result.titles.map((t) => (
                <Flex key={t.title} vertical gap={6} data-testid="title-result" data-title={t.title}>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{TITLE_LABELS[t.title]}</Typography.Text>
                    <Tag color={t.eligible ? 'green' : 'red'}>
                      {t.eligible ? 'Đủ điều kiện' : 'Chưa đủ điều kiện'}
                    </Tag>
                  </Flex>
                  <ReasonList reasons={t.reasons} testId="title-reason" />
                </Flex>
              ))
            : null}
        </Flex>
      </Spin>
    </Card>
  );
}
