/** Add a unit (POST /api/units) or edit one (PATCH /api/units/:id with the version read). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../../domain/org.js';
import { apiPatch, apiPost, isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { StaleAlert } from '../../components/StaleAlert.js';
import type { Unit, UnitInput } from './types.js';
import { UnitSelect } from './UnitSelect.js';
import { subtreeIds } from './unitTree.js';
import { UNITS_QUERY_KEY } from './useUnits.js';

interface Values {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  sortOrder?: number | null;
}

const valuesOf = (u: Unit | null, parentId: string | null): Values =>
  u
    ? { code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, sortOrder: u.sortOrder }
    : { code: '', name: '', kind: 'phong', parentId, sortOrder: null };

export function UnitFormModal({
  open,
  unit,
  defaultParentId,
  units,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  /** null: add a new unit. */
  unit: Unit | null;
  defaultParentId: string | null;
  units: readonly Unit[];
  onClose: () => void;
  onSaved: (unitId: string) => void;
  onReload: () => Promise<Unit | null>;
}) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [stale, setStale] = useState<string | null>(null);
  const [current, setCurrent] = useState<Unit | null>(unit);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (!open) return;
    setCurrent(unit);
    setStale(null);
    form.resetFields();
    form.setFieldsValue(valuesOf(unit, defaultParentId));
  }, [open, unit, defaultParentId, form]);

  const exclude = useMemo(
    () => (current ? subtreeIds(units, current.id) : new Set<string>()),
    [units, current],
  );

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body: UnitInput = {
        code: v.code,
        name: v.name,
        kind: v.kind,
        parentId: v.parentId ?? null,
        ...(v.sortOrder !== null && v.sortOrder !== undefined ? { sortOrder: v.sortOrder } : {}),
      };
      return current
        ? apiPatch<{ id: string }>(`/api/units/${current.id}`, { version: current.version, ...body })
        : apiPost<{ id: string }>('/api/units', body);
    },
    onSuccess: async (row) => {
      message.success(current ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.');
      await queryClient.invalidateQueries({ queryKey: UNITS_QUERY_KEY });
      onSaved(row.id);
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'stale_version') setStale(e.message);
      else onError(e, form);
    },
  });

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      setCurrent(fresh);
      form.setFieldsValue(valuesOf(fresh, defaultParentId));
      setStale(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      okText={unit ? 'Lưu' : 'Thêm đơn vị'}
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      forceRender
    >
      {stale ? <StaleAlert message={stale} onReload={reload} reloading={reloading} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="name"
          label="Tên đơn vị"
          rules={[{ required: true, whitespace: true, min: 2, message: 'Vui lòng nhập tên đơn vị.' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label="Mã đơn vị"
          extra="Chỉ gồm chữ, số và . _ -; ví dụ: HCQT."
          rules={[
            { required: true, whitespace: true, message: 'Vui lòng nhập mã đơn vị.' },
            { pattern: /^[\p{L}0-9._-]+$/u, message: 'Mã đơn vị chỉ gồm chữ, số và . _ -' },
          ]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item
          name="kind"
          label="Loại đơn vị"
          rules={[{ required: true, message: 'Vui lòng chọn loại đơn vị.' }]}
        >
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="parentId" label="Đơn vị cấp trên">
          <UnitSelect
            units={units}
            exclude={exclude}
            allowClear
            placeholder="Không có (trực thuộc cơ quan)"
          />
        </Form.Item>
        <Form.Item name="sortOrder" label="Thứ tự hiển thị" extra="Số nhỏ hiển thị trước.">
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
