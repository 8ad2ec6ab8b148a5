/**
 * Levels proposed in the self-reviews handed in so far: a bar of the agency's shares and a table per
 * unit. Proposals, not decisions: the unit meeting and the competent authority decide later.
 */
import { Flex, Table, Tooltip, Typography } from 'antd';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import { LEVEL_COLUMNS, type LevelColumn, type LevelRow, levelTable } from './summaries.js';
import type { LevelCount, ProgressUnit } from './types.js';

const LABEL: Record<LevelColumn, string> = { ...LEVEL_LABELS, none: 'Không xếp loại' };
const SHORT: Record<LevelColumn, string> = {
  HTXSNV: 'HTXSNV',
  HTTNV: 'HTTNV',
  HTNV: 'HTNV',
  KHTNV: 'KHTNV',
  none: 'Không XL',
};
const COLOR: Record<LevelColumn, string> = {
  HTXSNV: '#237804',
  HTTNV: '#52c41a',
  HTNV: '#faad14',
  KHTNV: '#f5222d',
  none: '#bfbfbf',
};

export function LevelCounts({ levels, units }: { levels: LevelCount[]; units: ProgressUnit[] }) {
  const { rows, total, sum } = levelTable(levels, units);
  if (sum === 0) {
    return <Typography.Text type="secondary">Chưa có bản kiểm điểm nào được nộp.</Typography.Text>;
  }
  return (
    <Flex vertical gap={12} data-testid="level-counts">
      <div
        role="img"
        aria-label={LEVEL_COLUMNS.map((c) => `${LABEL[c]}: ${total[c]}`).join(', ')}
        style={{ display: 'flex', height: 20, borderRadius: 4, overflow: 'hidden' }}
      >
        {LEVEL_COLUMNS.filter((c) => total[c] > 0).map((c) => (
          <Tooltip key={c} title={`${LABEL[c]}: ${total[c]}`}>
            <div style={{ flex: total[c], background: COLOR[c] }} />
          </Tooltip>
        ))}
      </div>
      <Table<LevelRow>
        size="small"
        rowKey={(r) => r.unit.id}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 620 }}
        columns={[
          { title: 'Đơn vị', render: (_, r) => r.unit.name },
          ...LEVEL_COLUMNS.map((c) => ({
            title: <Tooltip title={LABEL[c]}>{SHORT[c]}</Tooltip>,
            align: 'right' as const,
            width: 80,
            render: (_: unknown, r: LevelRow) => r.counts[c] || '',
          })),
          { title: 'Tổng', align: 'right' as const, width: 70, render: (_, r) => r.total },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>Cả cơ quan</Typography.Text>
            </Table.Summary.Cell>
            {LEVEL_COLUMNS.map((c, i) => (
              <Table.Summary.Cell key={c} index={i + 1} align="right">
                <span data-testid={`level-total-${c}`}>{total[c]}</span>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={LEVEL_COLUMNS.length + 1} align="right">
              {sum}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Flex>
  );
}
