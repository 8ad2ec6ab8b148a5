/**
 * Add a step to a draft cycle or edit one (PATCH with the version read, only the changed fields).
 * If someone else saved the step first, the server's 409 stale_version message is shown with
 * "Tải lại", which refills the form from the newest data.
 */
import { App, Button, Col, Drawer, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { STEP_SCOPE_LABELS, STEP_SCOPES, type StepScope } from '../../../domain/cycle.js';
import { matchesSearch } from '../../../domain/text.js';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { DateInput } from '../../components/DateInput.js';
import { dayjsToIso, isoToDayjs } from '../../components/dates.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { cleanList, STEP_CODE_RULE, stepPatch, suggestStepCode, weekendName } from './format.js';
import type { CycleStep, StepFields } from './types.js';
import { useAddStep, useUpdateStep } from './useCycles.js';

interface Values {
  code: string;
  title: string;
  sectionRef: string;
  description: string;
  responsible: string;
  participants: string;
  scope: StepScope;
  deadline: Dayjs | null;
  deadlineEnd: Dayjs | null;
  outputs: string[];
  dependsOn: string[];
}

const EMPTY: Values = {
  code: '',
  title: '',
  sectionRef: '',
  description: '',
  responsible: '',
  participants: '',
  scope: 'unit',
  deadline: null,
  deadlineEnd: null,
  outputs: [],
  dependsOn: [],
};

const valuesOf = (s: CycleStep | null): Values =>
  s
    ? {
        code: s.code,
        title: s.title,
        sectionRef: s.sectionRef,
        description: s.description,
        responsible: s.responsible,
        participants: s.participants,
        scope: s.scope,
        deadline: isoToDayjs(s.deadline),
        deadlineEnd: isoToDayjs(s.deadlineEnd),
        outputs: s.outputs,
        dependsOn: s.dependsOn,
      }
    : EMPTY;

const fieldsOf = (v: Values): StepFields => ({
  title: v.title.trim(),
  description: (v.description ?? '').trim(),
  responsible: v.responsible.trim(),
  participants: (v.participants ?? '').trim(),
  sectionRef: (v.sectionRef ?? '').trim(),
  scope: v.scope,
  deadline: dayjsToIso(v.deadline),
  deadlineEnd: dayjsToIso(v.deadlineEnd),
  outputs: cleanList(v.outputs ?? []),
  dependsOn: v.dependsOn ?? [],
});

const SCOPE_OPTIONS = STEP_SCOPES.map((value) => ({ value, label: STEP_SCOPE_LABELS[value] }));
const required = (what: string) => ({ required: true, whitespace: true, message: `Vui lòng nhập ${what}.` });

/** A weekend date gets a note under the picker (the plan usually avoids days off). */
function dayNote(d: Dayjs | null | undefined, fallback: string): ReactNode {
  const name = weekendName(dayjsToIso(d));
  return name ? <Typography.Text type="warning">Lưu ý: ngày này là {name}.</Typography.Text> : fallback;
}

export function StepFormDrawer({
  open,
  cycleId,
  step,
  steps,
  onClose,
  onReload,
}: {
  open: boolean;
  cycleId: string;
  /** null: add a new step. */
  step: CycleStep | null;
  /** Every step of the cycle (for dependencies and unique codes). */
  steps: readonly CycleStep[];
  onClose: () => void;
  /** Loads the cycle again and returns the newest copy of the step being edited. */
  onReload: (stepId: string) => Promise<CycleStep | null>;
}) {
  const [form] = Form.useForm<Values>();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const update = useUpdateStep(cycleId);
  const add = useAddStep(cycleId);
  // The copy this form was filled from; a reload moves it forward.
  const [current, setCurrent] = useState<CycleStep | null>(step);
  const [stale, setStale] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  // The last code we filled in from the title: replaced as the title changes, unless the user typed one.
  const suggested = useRef('');
  const deadline = Form.useWatch('deadline', form);
  const deadlineEnd = Form.useWatch('deadlineEnd', form);
  const isNew = step === null;
  const number = steps.findIndex((s) => s.id === step?.id) + 1;

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the drawer opens or switches step
  useEffect(() => {
    if (!open) return;
    setCurrent(step);
    setStale(null);
    suggested.current = '';
    form.resetFields();
    form.setFieldsValue(valuesOf(step));
  }, [open, step?.id]);

  const otherSteps = useMemo(
    () =>
      steps
        .map((s, i) => ({ value: s.code, label: `${i + 1}. ${s.title}` }))
        .filter((o) => o.value !== current?.code),
    [steps, current],
  );
  const takenCodes = useMemo(() => new Set(steps.map((s) => s.code)), [steps]);
  const saving = update.isPending || add.isPending;

  const handleError = (e: unknown) => {
    if (isApiError(e) && e.code === 'stale_version') setStale(e.message);
    else if (isApiError(e) && e.status === 409 && e.code === 'conflict' && !e.details.length) {
      // The cycle is no longer a draft: say so; the page, reloaded, shows it read-only.
      onError(e);
      onClose();
    } else onError(e, form);
  };

  const save = async (v: Values) => {
    const fields = fieldsOf(v);
    try {
      if (!current) {
        await add.mutateAsync({ code: v.code.trim(), ...fields });
        message.success(`Đã thêm bước “${fields.title}”.`);
      } else {
        const patch = stepPatch(fieldsOf(valuesOf(current)), fields);
        if (Object.keys(patch).length === 0) {
          message.info('Không có thay đổi nào để lưu.');
          onClose();
          return;
        }
        await update.mutateAsync({ step: current, patch });
        message.success(`Đã lưu bước “${fields.title}”.`);
      }
      onClose();
    } catch (e) {
      handleError(e);
    }
  };

  const reload = async () => {
    if (!current) return;
    setReloading(true);
    try {
      const fresh = await onReload(current.id);
      if (!fresh) {
        message.warning('Bước này không còn trong kỳ đánh giá.');
        onClose();
        return;
      }
      setCurrent(fresh);
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh));
      setStale(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={saving ? undefined : onClose}
      size={phone ? '100%' : 640}
      title={isNew ? 'Thêm bước' : `Sửa bước ${number}`}
      forceRender
      styles={phone ? { body: { padding: 16 } } : undefined}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose} disabled={saving}>
            Hủy
          </Button>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={saving}
            disabled={stale !== null}
            data-testid="step-save"
          >
            {isNew ? 'Thêm bước' : 'Lưu'}
          </Button>
        </Flex>
      }
    >
      {stale ? <StaleAlert message={stale} onReload={reload} reloading={reloading} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={EMPTY}
        onFinish={save}
        data-testid="step-edit-form"
        onValuesChange={(changed: Partial<Values>) => {
          if (!isNew || changed.title === undefined) return;
          const code = (form.getFieldValue('code') as string | undefined) ?? '';
          if (code === '' || code === suggested.current) {
            suggested.current = changed.title.trim() ? suggestStepCode(changed.title, takenCodes) : '';
            form.setFieldsValue({ code: suggested.current });
          }
        }}
      >
        <Form.Item name="title" label="Tên bước" rules={[required('tên bước')]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          {isNew ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="code"
                label="Mã bước"
                extra="Chữ thường không dấu, số, dấu gạch ngang; không đổi được sau khi thêm."
                normalize={(v: string) => v.toLowerCase()}
                rules={[
                  required('mã bước'),
                  {
                    pattern: STEP_CODE_RULE,
                    message: 'Mã bước gồm 2–60 ký tự: chữ thường không dấu, số và dấu gạch ngang.',
                  },
                  {
                    validator: (_, v: string | undefined) =>
                      v && takenCodes.has(v.trim())
                        ? Promise.reject(new Error('Mã bước đã có trong kỳ.'))
                        : Promise.resolve(),
                  },
                ]}
              >
                <Input maxLength={60} autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="sectionRef" label="Mục trong kế hoạch" extra="Ví dụ: II.2.b">
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={isNew ? 24 : 12}>
            <Form.Item name="scope" label="Phạm vi">
              <Radio.Group options={SCOPE_OPTIONS} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label="Nội dung">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="responsible" label="Chủ trì thực hiện" rules={[required('người/đơn vị chủ trì')]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="participants" label="Thành phần tham gia">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="deadline"
              label="Thời hạn"
              extra={dayNote(deadline, 'Để trống nếu không ấn định ngày.')}
            >
              <DateInput aria-label="Thời hạn" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="deadlineEnd"
              label="Đến ngày (nếu là khoảng thời gian)"
              extra={dayNote(deadlineEnd, 'Ví dụ: từ 12/12 đến 15/12.')}
              dependencies={['deadline']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, end: Dayjs | null) => {
                    const start = getFieldValue('deadline') as Dayjs | null;
                    if (!end) return Promise.resolve();
                    if (!start)
                      return Promise.reject(new Error('Vui lòng nhập ngày bắt đầu (Thời hạn) trước.'));
                    if (end.isBefore(start, 'day')) {
                      return Promise.reject(
                        new Error('Ngày kết thúc khoảng thời hạn phải sau ngày bắt đầu.'),
                      );
                    }
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DateInput aria-label="Đến ngày" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="outputs" label="Sản phẩm" extra="Gõ tên sản phẩm rồi nhấn Enter; ví dụ: Biên bản.">
          <Select
            mode="tags"
            aria-label="Sản phẩm"
            tokenSeparators={[';']}
            suffixIcon={null}
            open={false}
            placeholder="Biên bản, báo cáo…"
          />
        </Form.Item>
        <Form.Item name="dependsOn" label="Thực hiện sau các bước" style={{ marginBottom: 0 }}>
          <Select
            mode="multiple"
            aria-label="Thực hiện sau các bước"
            allowClear
            placeholder="Không phụ thuộc bước nào"
            options={otherSteps}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
