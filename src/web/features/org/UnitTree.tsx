/** The organisation tree: unit name, kind, head and people count; selecting a unit reports its id. */
import { TeamOutlined } from '@ant-design/icons';
import { Flex, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree/index.js';
import { useMemo } from 'react';
import { UNIT_KIND_LABELS } from '../../../domain/org.js';
import type { Unit } from './types.js';
import { buildUnitTree, type UnitNode } from './unitTree.js';

function UnitTitle({ unit }: { unit: Unit }) {
  return (
    <Flex gap={6} wrap align="center" style={{ padding: '2px 0' }}>
      <Typography.Text strong>{unit.name}</Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{UNIT_KIND_LABELS[unit.kind]}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        <TeamOutlined /> {unit.peopleCount} người
        {unit.headName ? ` · Người đứng đầu: ${unit.headName}` : ''}
      </Typography.Text>
    </Flex>
  );
}

export function UnitTree({
  units,
  selectedId,
  onSelect,
}: {
  units: readonly Unit[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const treeData = useMemo(() => {
    const toData = (n: UnitNode): DataNode => ({
      key: n.unit.id,
      title: <UnitTitle unit={n.unit} />,
      children: n.children.map(toData),
    });
    return buildUnitTree(units).map(toData);
  }, [units]);
  return (
    <Tree
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (typeof key === 'string') onSelect(key);
      }}
      defaultExpandAll
      blockNode
      aria-label="Cây đơn vị"
    />
  );
}
