/** Filters of the people list: unit, category, party membership (when visible), leadership rank. */
import { Col, Row, Select } from 'antd';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  LEADERSHIP_RANK_LABELS,
  LEADERSHIP_RANKS,
} from '../../../domain/org.js';
import type { Unit } from '../org/types.js';
import { UnitSelect } from '../org/UnitSelect.js';
import { PeopleSearchBox } from './PeopleSearchBox.js';
import type { PeopleSearch } from './usePeopleSearch.js';

export function PeopleFilters({
  search,
  update,
  units,
  showParty,
}: {
  search: PeopleSearch;
  update: (patch: Partial<PeopleSearch>) => void;
  units: readonly Unit[];
  showParty: boolean;
}) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={showParty ? 7 : 8}>
        <PeopleSearchBox value={search.q} onSearch={(q) => update({ q })} />
      </Col>
      <Col xs={12} xl={showParty ? 5 : 6}>
        <UnitSelect
          aria-label="Lọc theo đơn vị"
          units={units}
          value={search.unitId}
          onChange={(unitId) => update({ unitId })}
          placeholder="Tất cả đơn vị"
          allowClear
        />
      </Col>
      <Col xs={12} xl={showParty ? 4 : 5}>
        <Select
          aria-label="Lọc theo loại"
          style={{ width: '100%' }}
          placeholder="Tất cả các loại"
          allowClear
          value={search.category}
          onChange={(category) => update({ category })}
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
        />
      </Col>
      {showParty ? (
        <Col xs={12} xl={3}>
          <Select
            aria-label="Lọc theo đảng viên"
            style={{ width: '100%' }}
            placeholder="Đảng viên"
            allowClear
            value={search.partyMember}
            onChange={(partyMember) => update({ partyMember })}
            options={[
              { value: 'true', label: 'Là đảng viên' },
              { value: 'false', label: 'Không là đảng viên' },
            ]}
          />
        </Col>
      ) : null}
      <Col xs={12} xl={5}>
        <Select
          aria-label="Lọc theo vai trò lãnh đạo"
          style={{ width: '100%' }}
          placeholder="Vai trò lãnh đạo"
          allowClear
          value={search.leadershipRank}
          onChange={(leadershipRank) => update({ leadershipRank })}
          options={LEADERSHIP_RANKS.map((r) => ({
            value: r,
            label: r === 'none' ? 'Không giữ chức vụ lãnh đạo' : LEADERSHIP_RANK_LABELS[r],
          }))}
        />
      </Col>
    </Row>
  );
}
