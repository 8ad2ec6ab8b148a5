/** Audit filters: date range, action, who, and free text in the summary. */
import { SearchOutlined } from '@ant-design/icons';
import { Col, DatePicker, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { matchesSearch } from '../../../domain/text.js';
import { dayjsToIso, isoToDayjs } from '../../components/dates.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { ACTION_LABELS } from './actions.js';
import type { AuditFilter } from './types.js';

const ACTION_OPTIONS = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }));

export function AuditFilters({
  filter,
  onChange,
}: {
  filter: AuditFilter;
  onChange: (f: AuditFilter) => void;
}) {
  const [actor, setActor] = useState(filter.actor ?? '');
  const [q, setQ] = useState(filter.q ?? '');
  const debouncedActor = useDebouncedValue(actor.trim());
  const debouncedQ = useDebouncedValue(q.trim());

  // biome-ignore lint/correctness/useExhaustiveDependencies: apply the text filters once typing settles
  useEffect(() => {
    if (debouncedActor !== (filter.actor ?? '') || debouncedQ !== (filter.q ?? '')) {
      onChange({ ...filter, actor: debouncedActor || undefined, q: debouncedQ || undefined });
    }
  }, [debouncedActor, debouncedQ]);

  const range: [Dayjs | null, Dayjs | null] = [isoToDayjs(filter.from), isoToDayjs(filter.to)];

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={7}>
        <DatePicker.RangePicker
          aria-label="Khoảng thời gian"
          format="DD/MM/YYYY"
          placeholder={['Từ ngày', 'Đến ngày']}
          style={{ width: '100%' }}
          value={range}
          allowEmpty={[true, true]}
          onChange={(v) =>
            onChange({
              ...filter,
              from: dayjsToIso(v?.[0]) ?? undefined,
              to: dayjsToIso(v?.[1]) ?? undefined,
            })
          }
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Select
          aria-label="Hành động"
          style={{ width: '100%' }}
          placeholder="Mọi hành động"
          allowClear
          showSearch={{ filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input) }}
          value={filter.action}
          onChange={(action) => onChange({ ...filter, action })}
          options={ACTION_OPTIONS}
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Input
          aria-label="Người thực hiện"
          placeholder="Người thực hiện"
          allowClear
          value={actor}
          onChange={(e) => setActor(e.target.value)}
        />
      </Col>
      <Col xs={24} md={12} xl={7}>
        <Input
          aria-label="Tìm trong nội dung"
          placeholder="Tìm trong nội dung"
          prefix={<SearchOutlined />}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </Col>
    </Row>
  );
}
