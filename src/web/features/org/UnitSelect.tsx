/** Pick a unit from the tree; search ignores Vietnamese diacritics. */
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { matchesSearch } from '../../../domain/text.js';
import type { Unit } from './types.js';
import { unitTreeOptions } from './unitTree.js';

interface Props {
  units: readonly Unit[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  exclude?: Set<string>;
  loading?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

export function UnitSelect({
  units,
  value,
  onChange,
  placeholder,
  allowClear,
  exclude,
  loading,
  id,
  style,
  ...rest
}: Props) {
  const treeData = useMemo(() => unitTreeOptions(units, exclude), [units, exclude]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? undefined)}
      placeholder={placeholder ?? 'Chọn đơn vị'}
      allowClear={allowClear}
      loading={loading}
      showSearch={{
        filterTreeNode: (input, node) => matchesSearch(String(node.title ?? ''), input),
      }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
