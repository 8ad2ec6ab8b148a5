/** /to-chuc: the unit tree; the selected unit's people; add and edit units when allowed. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import type { Unit } from './types.js';
import { UnitDetails } from './UnitDetails.js';
import { UnitFormModal } from './UnitFormModal.js';
import { UnitTree } from './UnitTree.js';
import { useUnits } from './useUnits.js';

type Editing = { mode: 'add' } | { mode: 'edit'; unit: Unit } | null;

export function OrgPage() {
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const selectedId = params.get('donVi');

  if (units.error) return <QueryError error={units.error} onRetry={() => units.refetch()} />;
  if (!units.data) return <LoadingBlock />;

  const { items, canEdit } = units.data;
  const selected = items.find((u) => u.id === selectedId) ?? null;
  const parentName = selected?.parentId
    ? (items.find((u) => u.id === selected.parentId)?.name ?? null)
    : null;
  const select = (id: string) => setParams({ donVi: id }, { replace: true });

  return (
    <>
      <PageHeader
        title="Cơ cấu tổ chức"
        subtitle={`${items.length} đơn vị`}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'add' })}>
              Thêm đơn vị
            </Button>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title="Các đơn vị" styles={{ body: { paddingInline: 8 } }}>
            {items.length > 0 ? (
              <UnitTree units={items} selectedId={selectedId} onSelect={select} />
            ) : (
              <Empty description="Chưa có đơn vị nào." />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected ? (
            <UnitDetails
              unit={selected}
              parentName={parentName}
              canEdit={canEdit}
              onEdit={() => setEditing({ mode: 'edit', unit: selected })}
            />
          ) : (
            <Card>
              <Empty description="Chọn một đơn vị trong cây để xem danh sách người." />
            </Card>
          )}
        </Col>
      </Row>
      <UnitFormModal
        open={editing !== null}
        unit={editing?.mode === 'edit' ? editing.unit : null}
        defaultParentId={null}
        units={items}
        onClose={() => setEditing(null)}
        onSaved={(id) => {
          setEditing(null);
          select(id);
        }}
        onReload={async () => {
          const fresh = await units.refetch();
          const id = editing?.mode === 'edit' ? editing.unit.id : null;
          return fresh.data?.items.find((u) => u.id === id) ?? null;
        }}
      />
    </>
  );
}
