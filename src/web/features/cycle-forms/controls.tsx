/** Small controls shared by the form editor's parts: move/remove buttons and a points box. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, type InputNumberProps, Popconfirm, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { formatPoints } from '../../../domain/forms/scoring.js';
import type { FormDefinition } from '../../../domain/forms/types.js';

/** Applies one immutable edit to the definition being edited. */
export type Edit = (fn: (def: FormDefinition) => FormDefinition) => void;

/** "Đưa lên", "Đưa xuống" and "Xóa" (with a confirmation when `confirm` is given) for one element. */
export function RowActions({
  what,
  index,
  count,
  onMove,
  onRemove,
  confirm,
}: {
  /** "mục", "trường", "tiêu chí"… for the buttons' names. */
  what: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  confirm?: ReactNode;
}) {
  const remove = (
    <Button
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={`Xóa ${what}`}
      onClick={confirm ? undefined : onRemove}
    />
  );
  return (
    <Flex gap={2} style={{ flexShrink: 0 }}>
      <Tooltip title="Đưa lên">
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label={`Đưa ${what} lên`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        />
      </Tooltip>
      <Tooltip title="Đưa xuống">
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={`Đưa ${what} xuống`}
          disabled={index >= count - 1}
          onClick={() => onMove(1)}
        />
      </Tooltip>
      {confirm ? (
        <Popconfirm
          title={confirm}
          okText="Xóa"
          okButtonProps={{ danger: true }}
          cancelText="Hủy"
          onConfirm={onRemove}
        >
          {remove}
        </Popconfirm>
      ) : (
        <Tooltip title={`Xóa ${what}`}>{remove}</Tooltip>
      )}
    </Flex>
  );
}

/** What the box shows: "29,5" (decimal comma); as typed while typing. */
const pointsText: InputNumberProps<number>['formatter'] = (v, info) => {
  if (info.userTyping) return info.input;
  const n = typeof v === 'number' ? v : Number(v);
  return v === undefined || v === null || String(v) === '' || !Number.isFinite(n) ? '' : formatPoints(n);
};
const parsePoints = (s: string | undefined) => Number((s ?? '').trim().replace(',', '.'));

/** A number of points, 0–1000, at most two decimals; an emptied box counts 0. */
export function PointsInput({
  value,
  onChange,
  label,
  status,
  testId,
}: {
  value: number;
  onChange: (v: number) => void;
  label: string;
  status?: 'error';
  testId?: string;
}) {
  return (
    <InputNumber<number>
      aria-label={label}
      data-testid={testId}
      min={0}
      max={1000}
      step={1}
      formatter={pointsText}
      parser={parsePoints}
      status={status}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) / 100 : 0)}
      suffix="điểm"
      style={{ width: 116, flexShrink: 0 }}
    />
  );
}
