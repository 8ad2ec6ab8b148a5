/**
 * "Xếp loại một người": the facts of one person and one year (employment, leave, discipline, the
 * general criteria, tasks; for leaders the unit's results; optional points) and, as they change,
 * whether the person is classified, the ceiling, the level and every reason with its article.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Divider,
  Flex,
  Form,
  type FormInstance,
  InputNumber,
  Radio,
  Row,
  Select,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  DISCIPLINE_SYSTEM_LABELS,
  DISCIPLINE_SYSTEMS,
  LEADERSHIP_RANK_LABELS,
  LEADERSHIP_RANKS,
  LEAVE_KIND_LABELS,
  LEAVE_KINDS,
} from '../../../domain/org.js';
import { LEVEL_LABELS, LEVELS } from '../../../domain/rules/types.js';
import { DateInput } from '../../components/DateInput.js';
import { CheckNotes, ReasonList } from './ReasonList.js';
import type { ClassifyResult, FactsValues } from './types.js';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));

const RANK_LABELS = { ...LEADERSHIP_RANK_LABELS, none: 'Không giữ chức vụ' };

function Count({
  name,
  label,
  tooltip,
  max,
}: {
  name: (string | number)[];
  label: ReactNode;
  tooltip?: string;
  max?: number;
}) {
  return (
    <Form.Item name={name} label={label} tooltip={tooltip} style={{ marginBottom: 12 }}>
      <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function FactsForm({
  form,
  initial,
  values,
  onChange,
}: {
  form: FormInstance<FactsValues>;
  initial: FactsValues;
  values: FactsValues;
  onChange: (all: FactsValues) => void;
}) {
  const leader = values.leadership !== 'none';
  return (
    <Form<FactsValues>
      form={form}
      name="facts"
      layout="vertical"
      component="div"
      data-testid="facts-form"
      initialValues={initial}
      onValuesChange={() => onChange(form.getFieldsValue(true) as FactsValues)}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        Thông tin cá nhân
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="category" label="Đối tượng">
            <Select options={options(CATEGORIES, CATEGORY_LABELS)} aria-label="Đối tượng" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="leadership" label="Chức vụ lãnh đạo, quản lý">
            <Select options={options(LEADERSHIP_RANKS, RANK_LABELS)} aria-label="Chức vụ lãnh đạo, quản lý" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="employmentStart" label="Ngày bắt đầu công tác">
            <DateInput aria-label="Ngày bắt đầu công tác" data-testid="employment-start" />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>
        Các đợt nghỉ trong năm
      </Divider>
      <Form.List name="leaves">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="top" data-testid="leave-row">
                <Col xs={24} sm={7}>
                  <Form.Item name={[f.name, 'kind']} label={i === 0 ? 'Loại nghỉ' : undefined}>
                    <Select options={options(LEAVE_KINDS, LEAVE_KIND_LABELS)} aria-label="Loại nghỉ" />
                  </Form.Item>
                </Col>
                <Col xs={11} sm={7}>
                  <Form.Item name={[f.name, 'from']} label={i === 0 ? 'Từ ngày' : undefined}>
                    <DateInput aria-label="Nghỉ từ ngày" />
                  </Form.Item>
                </Col>
                <Col xs={11} sm={7}>
                  <Form.Item name={[f.name, 'to']} label={i === 0 ? 'Đến ngày' : undefined}>
                    <DateInput aria-label="Nghỉ đến ngày" />
                  </Form.Item>
                </Col>
                <Col xs={2} sm={3} style={{ paddingTop: i === 0 ? 30 : 0 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Xóa đợt nghỉ"
                    onClick={() => remove(f.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start', marginBottom: 12 }}
              onClick={() => add({ kind: 'sick', from: null, to: null })}
            >
              Thêm đợt nghỉ
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>
        Kỷ luật
      </Divider>
      <Form.List name="disciplines">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="top" data-testid="discipline-row">
                <Col xs={12} sm={7}>
                  <Form.Item name={[f.name, 'system']} label={i === 0 ? 'Loại kỷ luật' : undefined}>
                    <Select
                      options={options(DISCIPLINE_SYSTEMS, DISCIPLINE_SYSTEM_LABELS)}
                      aria-label="Loại kỷ luật"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={7}>
                  <Form.Item name={[f.name, 'form']} label={i === 0 ? 'Hình thức' : undefined}>
                    <Select
                      options={options(DISCIPLINE_FORMS, DISCIPLINE_FORM_LABELS)}
                      aria-label="Hình thức kỷ luật"
                    />
                  </Form.Item>
                </Col>
                <Col xs={22} sm={7}>
                  <Form.Item name={[f.name, 'decidedOn']} label={i === 0 ? 'Ngày quyết định' : undefined}>
                    <DateInput aria-label="Ngày quyết định kỷ luật" />
                  </Form.Item>
                </Col>
                <Col xs={2} sm={3} style={{ paddingTop: i === 0 ? 30 : 0 }}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Xóa quyết định kỷ luật"
                    onClick={() => remove(f.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start', marginBottom: 12 }}
              onClick={() => add({ system: 'administrative', form: 'khien_trach', decidedOn: null })}
            >
              Thêm quyết định kỷ luật
            </Button>
          </Flex>
        )}
      </Form.List>

      <Divider titlePlacement="start" style={{ margin: '4px 0 12px' }}>
        Kết quả trong năm
      </Divider>
      <Form.Item
        name="general"
        label="Tiêu chí chung (chính trị tư tưởng, đạo đức, lối sống, tác phong, kỷ luật)"
      >
        <Radio.Group
          optionType="button"
          options={[
            { value: 'good', label: 'Tốt' },
            { value: 'meets', label: 'Đáp ứng' },
            { value: 'fails', label: 'Chưa đáp ứng' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="ideologicalDecline"
        label="Bị kết luận suy thoái về tư tưởng chính trị, “tự diễn biến”, “tự chuyển hóa”"
        valuePropName="checked"
      >
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      <Typography.Text strong>Chỉ tiêu, nhiệm vụ của cá nhân</Typography.Text>
      <Row gutter={12} style={{ marginTop: 8 }}>
        <Col xs={12} md={6}>
          <Count
            name={['tasks', 'total']}
            label="Được giao"
            tooltip="Tổng số chỉ tiêu, nhiệm vụ được giao trong năm"
          />
        </Col>
        <Col xs={12} md={6}>
          <Count
            name={['tasks', 'onTimeQuality']}
            label="Đúng hạn, đạt"
            tooltip="Hoàn thành đúng tiến độ, bảo đảm chất lượng, hiệu quả"
          />
        </Col>
        <Col xs={12} md={6}>
          <Count name={['tasks', 'exceeded']} label="Vượt mức" tooltip="Hoàn thành vượt mức yêu cầu" />
        </Col>
        <Col xs={12} md={6}>
          <Count
            name={['tasks', 'poor']}
            label="Chậm, chưa đạt"
            tooltip="Hoàn thành nhưng chậm tiến độ hoặc chưa bảo đảm chất lượng, hiệu quả"
          />
        </Col>
      </Row>

      {leader ? (
        <>
          <Typography.Text strong>Kết quả của đơn vị được giao phụ trách</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            <Col xs={12} md={6}>
              <Count
                name={['unit', 'targetsTotal']}
                label="Tổng số"
                tooltip="Tổng số chỉ tiêu, nhiệm vụ của đơn vị"
              />
            </Col>
            <Col xs={12} md={6}>
              <Count name={['unit', 'targetsCompleted']} label="Hoàn thành" />
            </Col>
            <Col xs={12} md={6}>
              <Count name={['unit', 'targetsExceeded']} label="Vượt mức" />
            </Col>
            <Col xs={12} md={6}>
              <Count
                name={['unit', 'targetsOnTime']}
                label="Đúng hạn, đạt"
                tooltip="Hoàn thành đúng tiến độ, bảo đảm chất lượng"
              />
            </Col>
          </Row>
          <Typography.Text strong>Số đơn vị trực thuộc quản lý trực tiếp, theo mức xếp loại</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            {LEVELS.map((l) => (
              <Col key={l} xs={12} md={6}>
                <Count name={['unit', 'subUnits', l]} label={l} tooltip={LEVEL_LABELS[l]} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}

      <Form.Item name="usePoints" label="Có chấm điểm theo thang 100 điểm" valuePropName="checked">
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
      {values.usePoints ? (
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name={['points', 'general']} label="Điểm tiêu chí chung">
              <InputNumber min={0} max={100} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['points', 'results']} label="Điểm kết quả thực hiện nhiệm vụ">
              <InputNumber min={0} max={100} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
    </Form>
  );
}

export function ClassifyResultCard({
  result,
  computing,
  waiting,
  other,
}: {
  result: ClassifyResult | undefined;
  computing: boolean;
  waiting: boolean;
  other: readonly string[];
}) {
  return (
    <Card size="small" title="Kết quả" data-testid="classify-result">
      <Spin spinning={computing && !waiting} delay={300}>
        <Flex vertical gap={12}>
          <CheckNotes waiting={waiting} other={other} />
          {result && !waiting && other.length === 0 ? (
            <>
              <Flex gap={8} wrap align="center">
                <Tag
                  color={result.evaluated ? 'green' : 'red'}
                  style={{ fontSize: 16, padding: '4px 12px' }}
                  data-testid="classify-verdict"
                >
                  {result.evaluated ? 'Được xếp loại' : 'Không xếp loại'}
                </Tag>
                {!result.evaluated ? <Typography.Text type="secondary">chỉ kiểm điểm</Typography.Text> : null}
              </Flex>
              {result.evaluated ? (
                <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
                  <dt>Mức cao nhất theo hoàn cảnh:</dt>
                  <dd style={{ margin: 0 }} data-testid="classify-max-level">
                    {result.maxLevel ? `${LEVEL_LABELS[result.maxLevel]} (${result.maxLevel})` : '—'}
                  </dd>
                  <dt>Mức xếp loại:</dt>
                  <dd style={{ margin: 0, fontWeight: 600 }} data-testid="classify-level">
                    {result.level ? `${LEVEL_LABELS[result.level]} (${result.level})` : '—'}
                  </dd>
                </dl>
              ) : null}
              <div>
                <Typography.Text strong>Lý do và căn cứ</Typography.Text>
                <ReasonList reasons={result.reasons} />
              </div>
            </>
          ) : !waiting && other.length === 0 ? (
            <Typography.Text type="secondary">Đang tính…</Typography.Text>
          ) : null}
        </Flex>
      </Spin>
    </Card>
  );
}
