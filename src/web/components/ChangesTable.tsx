/**
 * Field changes as a small table (Trường / Trước / Sau). Accepts the shapes the server writes:
 * `{field: [before, after]}` for edits, or `{field: value}` for a created or removed record.
 */
import { Table } from 'antd';
import { fieldLabel, formatFieldValue } from './fieldLabels.js';

interface Row {
  key: string;
  field: string;
  before: string;
  after: string;
}

function rowsOf(changes: Record<string, unknown>, unitNames?: ReadonlyMap<string, string>): Row[] {
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (Array.isArray(value) && value.length === 2 && key !== 'unitsCreated') {
      rows.push({
        key,
        field: fieldLabel(key),
        before: formatFieldValue(key, value[0], unitNames),
        after: formatFieldValue(key, value[1], unitNames),
      });
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // A whole record (a history row added or removed): one line per field.
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === 'id') continue;
        rows.push({
          key: `${key}.${k}`,
          field: `${fieldLabel(key)} – ${fieldLabel(k)}`,
          before: '',
          after: formatFieldValue(k, v, unitNames),
        });
      }
    } else {
      rows.push({ key, field: fieldLabel(key), before: '', after: formatFieldValue(key, value, unitNames) });
    }
  }
  return rows;
}

export function ChangesTable({
  changes,
  unitNames,
  beforeTitle = 'Trước',
  afterTitle = 'Sau',
}: {
  changes: Record<string, unknown>;
  unitNames?: ReadonlyMap<string, string>;
  beforeTitle?: string;
  afterTitle?: string;
}) {
  const rows = rowsOf(changes, unitNames);
  const hasBefore = rows.some((r) => r.before !== '');
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 480 }}
      locale={{ emptyText: 'Không có chi tiết thay đổi.' }}
      columns={[
        { title: 'Trường', dataIndex: 'field', width: '30%' },
        ...(hasBefore ? [{ title: beforeTitle, dataIndex: 'before' }] : []),
        { title: hasBefore ? afterTitle : 'Giá trị', dataIndex: 'after' },
      ]}
    />
  );
}
