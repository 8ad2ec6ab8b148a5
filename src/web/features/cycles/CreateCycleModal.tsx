/**
 * "Tạo kỳ đánh giá" in two steps: (1) the evaluation year and where the plan comes from — the
 * Office's 2024 template or an earlier year's cycle, whose dates move to the new year; (2) public
 * holidays to flag moved dates that fall on them, and a summary with the rule regime that applies.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Modal,
  Radio,
  Select,
  Steps,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { REGIME_LABELS, regimeForYear } from '../../../domain/cycle.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { DateInput } from '../../components/DateInput.js';
import { dayjsToIso } from '../../components/dates.js';
import { defaultCycleYear, sourceCycles } from './format.js';
import type { Cycle } from './types.js';
import { useCreateCycle } from './useCycles.js';

type Source = 'template' | 'previous';

interface Values {
  year: number | null;
  source: Source;
  fromCycleId?: string;
  holidays: (Dayjs | null)[];
}

export const TEMPLATE_SOURCE_LABEL = 'Từ kế hoạch mẫu (năm 2024 của Văn phòng)';
export const PREVIOUS_SOURCE_LABEL = 'Từ kỳ năm trước';

const MIN_YEAR = 2020;
const MAX_YEAR = 2100;

function initialValues(cycles: readonly Cycle[]): Values {
  const year = defaultCycleYear(
    cycles.map((c) => c.year),
    todayInVietnam(),
  );
  const from = sourceCycles(cycles, year)[0];
  return { year, source: from ? 'previous' : 'template', fromCycleId: from?.id, holidays: [] };
}

export function CreateCycleModal({
  open,
  cycles,
  onClose,
  onCreated,
}: {
  open: boolean;
  cycles: readonly Cycle[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const create = useCreateCycle();
  const [step, setStep] = useState(0);
  const year = Form.useWatch('year', form) ?? null;
  const source = Form.useWatch('source', form) ?? 'template';
  const fromCycleId = Form.useWatch('fromCycleId', form);

  const existingYears = useMemo(() => new Set(cycles.map((c) => c.year)), [cycles]);
  const sources = useMemo(() => sourceCycles(cycles, year), [cycles, year]);
  const fromCycle = cycles.find((c) => c.id === fromCycleId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (!open) return;
    setStep(0);
    create.reset();
    form.resetFields();
    form.setFieldsValue(initialValues(cycles));
  }, [open]);

  /** A new year: keep the chosen source cycle if it still comes before it, else take the latest that does. */
  const onYearChange = (y: number | null) => {
    const options = sourceCycles(cycles, y);
    const current = form.getFieldValue('fromCycleId') as string | undefined;
    if (!options.some((c) => c.id === current)) {
      form.setFieldsValue({ fromCycleId: options[0]?.id, source: options[0] ? source : 'template' });
    }
  };

  const next = async () => {
    try {
      await form.validateFields(['year', 'source', 'fromCycleId']);
      setStep(1);
    } catch {
      // The fields show what is missing.
    }
  };

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    if (!v.year) return;
    const holidays = [
      ...new Set(v.holidays.map((d) => dayjsToIso(d)).filter((d): d is string => d !== null)),
    ];
    try {
      const r = await create.mutateAsync({
        year: v.year,
        fromCycleId: v.source === 'previous' ? (v.fromCycleId ?? null) : null,
        holidays: v.source === 'previous' ? holidays.sort() : [],
      });
      onCreated(r.id);
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        // The year was taken meanwhile (the unique index): show it on the year field.
        setStep(0);
        form.setFields([{ name: 'year', errors: [`Năm ${v.year} đã có kỳ đánh giá. ${e.message}`] }]);
      }
      onError(e, form);
    }
  };

  const regime = year ? regimeForYear(year) : null;
  const footer =
    step === 0 ? (
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>Hủy</Button>
        <Button type="primary" onClick={next} data-testid="create-cycle-next">
          Tiếp tục
        </Button>
      </Flex>
    ) : (
      <Flex justify="end" gap={8}>
        <Button onClick={() => setStep(0)} disabled={create.isPending}>
          Quay lại
        </Button>
        <Button type="primary" onClick={submit} loading={create.isPending} data-testid="create-cycle-submit">
          Tạo kỳ đánh giá
        </Button>
      </Flex>
    );

  return (
    <Modal
      open={open}
      title="Tạo kỳ đánh giá"
      onCancel={create.isPending ? undefined : onClose}
      closable={!create.isPending}
      mask={{ closable: !create.isPending }}
      footer={footer}
      width={640}
      forceRender
    >
      <Steps
        size="small"
        current={step}
        items={[{ title: 'Năm và nguồn kế hoạch' }, { title: 'Ngày nghỉ lễ và xác nhận' }]}
        style={{ marginBlock: '8px 20px' }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: null, source: 'template', holidays: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('year' in changed) onYearChange(changed.year ?? null);
        }}
      >
        <div hidden={step !== 0}>
          <Form.Item
            name="year"
            label="Năm đánh giá"
            extra={regime ? `Chế độ áp dụng: ${REGIME_LABELS[regime]}` : undefined}
            rules={[
              { required: true, message: 'Vui lòng nhập năm đánh giá.' },
              {
                validator: (_, v: number | null) => {
                  if (v === null || v === undefined) return Promise.resolve();
                  if (v < MIN_YEAR || v > MAX_YEAR) {
                    return Promise.reject(new Error(`Năm đánh giá từ ${MIN_YEAR} đến ${MAX_YEAR}.`));
                  }
                  if (existingYears.has(v)) {
                    return Promise.reject(
                      new Error(`Năm ${v} đã có kỳ đánh giá; mở kỳ đó trong danh sách để sửa.`),
                    );
                  }
                  return Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber
              min={MIN_YEAR}
              max={MAX_YEAR}
              precision={0}
              controls
              style={{ width: 160 }}
              aria-label="Năm đánh giá"
            />
          </Form.Item>
          <Form.Item name="source" label="Lập kế hoạch" style={{ marginBottom: 8 }}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              <Radio value="template">{TEMPLATE_SOURCE_LABEL}</Radio>
              <Radio value="previous" disabled={sources.length === 0}>
                {PREVIOUS_SOURCE_LABEL}
                {sources.length === 0 ? (
                  <Typography.Text type="secondary"> (chưa có kỳ nào trước năm này)</Typography.Text>
                ) : null}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {source === 'previous' ? (
            <Form.Item
              name="fromCycleId"
              label="Kỳ nguồn"
              extra="Các bước được sao chép; mọi thời hạn chuyển sang năm mới, giữ nguyên ngày, tháng. Kết quả đánh giá của năm cũ không được sao chép."
              rules={[{ required: true, message: 'Vui lòng chọn kỳ nguồn.' }]}
            >
              <Select
                aria-label="Kỳ nguồn"
                options={sources.map((c) => ({ value: c.id, label: c.title }))}
                style={{ maxWidth: 320 }}
              />
            </Form.Item>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              Các bước theo Kế hoạch năm 2024 của Văn phòng, giữ nguyên ngày, tháng của từng mốc trong năm đã
              chọn. Có thể sửa từng bước sau khi tạo.
            </Typography.Paragraph>
          )}
        </div>
        <div hidden={step !== 1}>
          {source === 'previous' ? (
            <Form.Item
              label="Ngày nghỉ lễ (không bắt buộc)"
              extra="Ngày nghỉ lễ để hệ thống đánh dấu các mốc rơi vào ngày nghỉ. Thứ Bảy, Chủ nhật luôn được đánh dấu."
            >
              <Form.List name="holidays">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((field, i) => (
                      <Flex key={field.key} gap={8} align="center">
                        <Form.Item name={field.name} noStyle>
                          <DateInput
                            aria-label={`Ngày nghỉ lễ ${i + 1}`}
                            defaultPickerValue={year ? dayjs(`${year}-01-01`) : undefined}
                            style={{ width: 200 }}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={`Bỏ ngày nghỉ lễ ${i + 1}`}
                          onClick={() => remove(field.name)}
                        />
                      </Flex>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add(null)}
                      style={{ alignSelf: 'flex-start' }}
                      data-testid="add-holiday"
                    >
                      Thêm ngày nghỉ lễ
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
          ) : null}
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 150 } }}
            items={[
              { key: 'year', label: 'Năm đánh giá', children: year ?? '—' },
              {
                key: 'source',
                label: 'Lập kế hoạch',
                children:
                  source === 'previous' && fromCycle
                    ? `${PREVIOUS_SOURCE_LABEL}: ${fromCycle.title}`
                    : TEMPLATE_SOURCE_LABEL,
              },
              {
                key: 'regime',
                label: 'Chế độ áp dụng',
                children: regime ? (
                  <span data-testid="create-cycle-regime">{REGIME_LABELS[regime]}</span>
                ) : (
                  '—'
                ),
              },
            ]}
          />
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="Kỳ đánh giá được tạo ở trạng thái Nháp: kiểm tra, sửa các bước và thời hạn rồi bấm “Bắt đầu kỳ”."
          />
        </div>
      </Form>
    </Modal>
  );
}
