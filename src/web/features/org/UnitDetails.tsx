/** The selected unit: its facts, an edit button (if allowed) and its people. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { UNIT_KIND_LABELS } from '../../../domain/org.js';
import type { Unit } from './types.js';
import { UnitPeople } from './UnitPeople.js';

export function UnitDetails({
  unit,
  parentName,
  canEdit,
  onEdit,
}: {
  unit: Unit;
  parentName: string | null;
  canEdit: boolean;
  onEdit: () => void;
}) {
  return (
    <Card
      title={unit.name}
      extra={
        canEdit ? (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            Sửa đơn vị
          </Button>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: 'Mã đơn vị', children: unit.code },
          { key: 'kind', label: 'Loại đơn vị', children: UNIT_KIND_LABELS[unit.kind] },
          { key: 'head', label: 'Người đứng đầu', children: unit.headName ?? 'Chưa có' },
          { key: 'count', label: 'Số người', children: unit.peopleCount },
          { key: 'parent', label: 'Đơn vị cấp trên', children: parentName ?? 'Trực thuộc cơ quan' },
        ]}
      />
      <UnitPeople unitId={unit.id} />
    </Card>
  );
}
