/** Filters of the documents list: cycle, kind, state, unit. */
import { Col, Row, Select } from 'antd';
import { matchesSearch } from '../../../domain/text.js';
import type { Unit } from '../org/types.js';
import { UnitSelect } from '../org/UnitSelect.js';
import { STATE_LABELS } from './format.js';
import type { DocumentFilter, DocumentKindInfo, DocumentState } from './types.js';

const STATE_OPTIONS = (Object.keys(STATE_LABELS) as DocumentState[]).map((value) => ({
  value,
  label: STATE_LABELS[value],
}));

export function DocumentFilters({
  filter,
  onChange,
  kinds,
  kindsLoading,
  units,
  unitsLoading,
  cycles,
}: {
  filter: DocumentFilter;
  onChange: (f: DocumentFilter) => void;
  kinds: readonly DocumentKindInfo[];
  kindsLoading: boolean;
  units: readonly Unit[];
  unitsLoading: boolean;
  cycles: readonly { id: string; title: string }[];
}) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={8} xl={5}>
        <Select
          aria-label="Kỳ đánh giá"
          style={{ width: '100%' }}
          placeholder="Mọi kỳ đánh giá"
          allowClear
          value={filter.cycleId}
          onChange={(cycleId) => onChange({ ...filter, cycleId })}
          options={cycles.map((c) => ({ value: c.id, label: c.title }))}
        />
      </Col>
      <Col xs={24} md={8} xl={5}>
        <Select
          aria-label="Loại văn bản"
          style={{ width: '100%' }}
          placeholder="Mọi loại văn bản"
          allowClear
          loading={kindsLoading}
          showSearch={{ filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input) }}
          value={filter.kind}
          onChange={(kind) => onChange({ ...filter, kind })}
          options={kinds.map((k) => ({ value: k.kind, label: k.label }))}
        />
      </Col>
      <Col xs={24} md={8} xl={4}>
        <Select
          aria-label="Trạng thái"
          style={{ width: '100%' }}
          placeholder="Mọi trạng thái"
          allowClear
          value={filter.state}
          onChange={(state) => onChange({ ...filter, state })}
          options={STATE_OPTIONS}
        />
      </Col>
      <Col xs={24} md={8} xl={5}>
        <UnitSelect
          aria-label="Đơn vị"
          units={units}
          loading={unitsLoading}
          allowClear
          placeholder="Mọi đơn vị"
          value={filter.unitId}
          onChange={(unitId) => onChange({ ...filter, unitId })}
        />
      </Col>
    </Row>
  );
}
