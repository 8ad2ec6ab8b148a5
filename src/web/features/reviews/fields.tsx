/**
 * The widgets of one form field: free text, one line, a level, last year's weaknesses, review
 * suggestions and earlier years' results. Each has an editable and a read-only (printed) look.
 */
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, InputNumber, Radio, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formatVnDate } from '../../../domain/dates.js';
import type { FormField, PriorResult, RemediationItem } from '../../../domain/forms/types.js';
import { LEVEL_LABELS, type Level } from '../../../domain/rules/types.js';
import { isApiError } from '../../app/api.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { useAnswerSuggestion } from './api.js';
import {
  formatTime,
  type LevelOption,
  REMEDIATION_STATUS_LABELS,
  REMEDIATION_STATUS_OPTIONS,
} from './format.js';
import type { ReviewSuggestion } from './types.js';

export const inputId = (key: string) => `review-input-${key}`;

const blankStyle = { color: 'rgba(0, 0, 0, 0.45)', fontStyle: 'italic' } as const;

/** Written text as on paper (line breaks kept), or a grey "(chưa ghi)". */
export function PrintedText({ value, empty = '(chưa ghi)' }: { value: unknown; empty?: string }) {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, textAlign: 'justify' }}>
      {text}
    </Typography.Paragraph>
  ) : (
    <Typography.Text style={blankStyle}>{empty}</Typography.Text>
  );
}

export function TextField({
  field,
  value,
  readOnly,
  onChange,
  labelledBy,
}: {
  field: FormField;
  value: unknown;
  readOnly: boolean;
  onChange: (v: string) => void;
  labelledBy?: string;
}) {
  if (readOnly) return <PrintedText value={value} />;
  return (
    <Input.TextArea
      id={inputId(field.key)}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : field.label}
      data-field={field.key}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      autoSize={{ minRows: 3, maxRows: 24 }}
      maxLength={20_000}
    />
  );
}

export function LineField({
  field,
  value,
  readOnly,
  onChange,
}: {
  field: FormField;
  value: unknown;
  readOnly: boolean;
  onChange: (v: string) => void;
}) {
  if (readOnly) {
    const text = typeof value === 'string' ? value.trim() : '';
    return text ? (
      <Typography.Text>{text}</Typography.Text>
    ) : (
      <Typography.Text style={blankStyle}>…</Typography.Text>
    );
  }
  return (
    <Input
      id={inputId(field.key)}
      data-field={field.key}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      maxLength={500}
    />
  );
}

export function LevelField({
  field,
  value,
  readOnly,
  options,
  onChange,
}: {
  field: FormField;
  value: unknown;
  readOnly: boolean;
  options: LevelOption[];
  onChange: (v: Level) => void;
}) {
  const current = typeof value === 'string' ? (value as Level) : null;
  if (readOnly) {
    return current && LEVEL_LABELS[current] ? (
      <Typography.Text strong>{LEVEL_LABELS[current]}</Typography.Text>
    ) : (
      <Typography.Text style={blankStyle}>(chưa chọn)</Typography.Text>
    );
  }
  return (
    <Radio.Group
      id={inputId(field.key)}
      aria-label={field.label}
      data-testid={`level-${field.key}`}
      value={current}
      onChange={(e) => onChange(e.target.value as Level)}
    >
      <Flex vertical gap={6}>
        {options.map((o) => {
          const radio = (
            <Radio key={o.value} value={o.value} disabled={o.disabled} data-level={o.value}>
              {o.label}
            </Radio>
          );
          return o.reason ? (
            <Tooltip key={o.value} title={o.reason} placement="right">
              <span data-testid="level-option-disabled" style={{ alignSelf: 'flex-start' }}>
                {radio}
              </span>
            </Tooltip>
          ) : (
            <span key={o.value} style={{ alignSelf: 'flex-start' }}>
              {radio}
            </span>
          );
        })}
      </Flex>
    </Radio.Group>
  );
}

const asRemediation = (value: unknown): RemediationItem[] =>
  Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as RemediationItem[]) : [];

/** Last year's weaknesses, one block each: the weakness, its status, the percent while in progress, a note. */
export function RemediationField({
  field,
  value,
  readOnly,
  onChange,
}: {
  field: FormField;
  value: unknown;
  readOnly: boolean;
  onChange: (v: RemediationItem[]) => void;
}) {
  const items = asRemediation(value);
  const set = (i: number, patch: Partial<RemediationItem>) =>
    onChange(
      items.map((item, n) => {
        if (n !== i) return item;
        const next: RemediationItem = { ...item, ...patch };
        if (next.status !== 'in_progress') delete next.percent;
        if (next.note === '') delete next.note;
        return next;
      }),
    );

  if (readOnly) {
    if (items.length === 0) {
      return (
        <Typography.Text style={blankStyle}>Không có hạn chế, khuyết điểm nào từ kỳ trước.</Typography.Text>
      );
    }
    return (
      <ol style={{ margin: 0, paddingInlineStart: 22 }}>
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list has no ids; order is the identity.
          <li key={i} style={{ marginBottom: 6 }}>
            {item.weakness}{' '}
            <Tag style={{ marginInlineStart: 4 }}>
              {REMEDIATION_STATUS_LABELS[item.status] ?? '—'}
              {item.status === 'in_progress' && typeof item.percent === 'number' ? ` (${item.percent}%)` : ''}
            </Tag>
            {item.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{item.note}</div> : null}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <Flex vertical gap={10} data-field={field.key} id={inputId(field.key)}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">
          Chưa có hạn chế, khuyết điểm nào được chỉ ra ở kỳ trước. Nếu có, bấm “Thêm hạn chế, khuyết điểm”.
        </Typography.Text>
      ) : null}
      {items.map((item, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: the list has no ids; order is the identity.
          key={i}
          data-testid="remediation-item"
          style={{ border: '1px solid rgba(5, 5, 5, 0.12)', borderRadius: 6, padding: 10 }}
        >
          <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
            <Typography.Text strong>Hạn chế, khuyết điểm {i + 1}</Typography.Text>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`Bỏ hạn chế, khuyết điểm ${i + 1}`}
              onClick={() => onChange(items.filter((_, n) => n !== i))}
            />
          </Flex>
          <Input.TextArea
            aria-label={`Hạn chế, khuyết điểm ${i + 1}`}
            value={item.weakness ?? ''}
            onChange={(e) => set(i, { weakness: e.target.value })}
            autoSize={{ minRows: 1, maxRows: 8 }}
            placeholder="Nội dung hạn chế, khuyết điểm đã được chỉ ra"
          />
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Select
              aria-label={`Tình trạng khắc phục ${i + 1}`}
              style={{ width: 190 }}
              placeholder="Tình trạng"
              value={item.status}
              options={REMEDIATION_STATUS_OPTIONS}
              onChange={(status) => set(i, { status })}
            />
            {item.status === 'in_progress' ? (
              <InputNumber
                aria-label={`Mức độ khắc phục ${i + 1}`}
                min={0}
                max={100}
                suffix="%"
                style={{ width: 110 }}
                value={item.percent ?? null}
                onChange={(v) => set(i, { percent: typeof v === 'number' ? v : undefined })}
              />
            ) : null}
            <Input
              aria-label={`Ghi chú ${i + 1}`}
              style={{ flex: '1 1 200px', minWidth: 0 }}
              placeholder="Khó khăn, vướng mắc; trách nhiệm của cá nhân (nếu có)"
              value={item.note ?? ''}
              onChange={(e) => set(i, { note: e.target.value })}
            />
          </Flex>
        </div>
      ))}
      <Button
        icon={<PlusOutlined />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onChange([...items, { weakness: '', status: 'not_resolved' }])}
      >
        Thêm hạn chế, khuyết điểm
      </Button>
    </Flex>
  );
}

/** The suggestions addressed to the person or collective, each with its answer ("giải trình"). */
export function SuggestionsField({
  field,
  suggestions,
  canAnswer,
}: {
  field: FormField;
  suggestions: ReviewSuggestion[];
  canAnswer: boolean;
}) {
  if (suggestions.length === 0) {
    return <Typography.Text style={blankStyle}>Không có vấn đề nào được gợi ý kiểm điểm.</Typography.Text>;
  }
  return (
    <ol style={{ margin: 0, paddingInlineStart: 22 }} id={inputId(field.key)} data-field={field.key}>
      {suggestions.map((s) => (
        <li key={s.id} style={{ marginBottom: 14 }}>
          <SuggestionItem suggestion={s} canAnswer={canAnswer} />
        </li>
      ))}
    </ol>
  );
}

function SuggestionItem({ suggestion: s, canAnswer }: { suggestion: ReviewSuggestion; canAnswer: boolean }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const answer = useAnswerSuggestion();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(s.answer ?? '');
  const open = !s.answer || editing;

  const send = async () => {
    try {
      await answer.mutateAsync({ id: s.id, version: s.version, answer: text.trim() });
      message.success('Đã gửi giải trình.');
      setEditing(false);
    } catch (e) {
      if (isApiError(e) && e.code === 'stale_version') {
        message.warning(`${e.message} Gợi ý đã được tải lại; vui lòng gửi lại.`);
      } else onError(e);
    }
  };

  return (
    <div data-testid="suggestion-item" data-answered={s.answer ? 'true' : 'false'}>
      <Typography.Paragraph style={{ marginBottom: 2, whiteSpace: 'pre-wrap' }}>
        <Typography.Text strong>Gợi ý: </Typography.Text>
        {s.text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        Người gợi ý: {s.fromName}
        {s.deadline ? ` · Hạn giải trình: ${formatVnDate(s.deadline)}` : ''}
      </Typography.Text>
      {open && canAnswer ? (
        <Flex vertical gap={6} style={{ marginTop: 6 }}>
          <Input.TextArea
            aria-label={`Giải trình gợi ý: ${s.text}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 12 }}
            maxLength={10_000}
            placeholder="Giải trình: nguyên nhân, trách nhiệm của cá nhân đối với vấn đề được gợi ý"
          />
          <Flex gap={8}>
            <Button
              type="primary"
              ghost
              icon={<SendOutlined />}
              disabled={text.trim().length < 3}
              loading={answer.isPending}
              onClick={send}
            >
              Gửi giải trình
            </Button>
            {editing ? <Button onClick={() => setEditing(false)}>Hủy</Button> : null}
          </Flex>
        </Flex>
      ) : s.answer ? (
        <div style={{ marginTop: 6 }}>
          <Typography.Text strong>Giải trình</Typography.Text>
          {s.answeredAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {' '}
              ({formatTime(s.answeredAt)})
            </Typography.Text>
          ) : null}
          <Typography.Text strong>: </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {s.answer}
          </Typography.Paragraph>
          {canAnswer ? (
            <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setEditing(true)}>
              Sửa giải trình
            </Button>
          ) : null}
        </div>
      ) : (
        <div style={{ marginTop: 6 }}>
          <Typography.Text style={blankStyle}>(chưa giải trình)</Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Earlier years' results (3-year review), read-only: they come from the stored results. */
export function PriorResultsField({ field, value }: { field: FormField; value: unknown }) {
  const rows = (Array.isArray(value) ? value : []).filter(
    (r): r is PriorResult => !!r && typeof r === 'object' && typeof (r as PriorResult).year === 'number',
  );
  return (
    <Table<PriorResult>
      id={inputId(field.key)}
      size="small"
      bordered
      pagination={false}
      rowKey="year"
      dataSource={rows}
      locale={{ emptyText: 'Chưa có kết quả các năm trước.' }}
      columns={[
        { title: 'Năm', dataIndex: 'year', width: 90 },
        {
          title: 'Mức xếp loại chất lượng',
          dataIndex: 'level',
          render: (l: Level | null) => (l ? LEVEL_LABELS[l] : 'Không xếp loại'),
        },
        { title: 'Ghi chú', dataIndex: 'note', render: (n?: string) => n ?? '' },
      ]}
    />
  );
}
