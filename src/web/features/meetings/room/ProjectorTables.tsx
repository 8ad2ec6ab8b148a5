/** The projector's tables: the HTXSNV quota per group (over-quota in red) and the proposed levels so far. */
import { Table, type TableColumnType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { LEVEL_LABELS } from '../../../../domain/rules/types.js';
import type { MeetingView } from '../types.js';
import { groupName, type ProposalRow, proposalRows } from './format.js';

const RED = '#cf1322';
const cell = { style: { fontSize: 24, padding: '8px 12px' } };
const head = { style: { fontSize: 20, padding: '8px 12px' } };
function big<T>(c: TableColumnType<T>): TableColumnType<T> {
  return { ...c, onCell: () => cell, onHeaderCell: () => head };
}
const num = (v: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{v}</span>;

type QuotaGroup = NonNullable<MeetingView['quota']>['groups'][number];

export function QuotaTable({ groups }: { groups: readonly QuotaGroup[] }) {
  return (
    <Table<QuotaGroup>
      data-testid="quota-table"
      size="middle"
      rowKey="group"
      pagination={false}
      dataSource={[...groups]}
      locale={{ emptyText: 'Chưa có số liệu.' }}
      onRow={(g) =>
        ({
          'data-group': g.group,
          'data-ok': String(g.ok),
          title: g.message,
          style: g.ok ? undefined : { background: '#fff1f0', color: RED, fontWeight: 600 },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        big<QuotaGroup>({ title: 'Nhóm', key: 'group', render: (_, g) => groupName(g.group) }),
        big<QuotaGroup>({
          title: 'Số người',
          dataIndex: 'members',
          key: 'members',
          align: 'right',
          render: num,
        }),
        big<QuotaGroup>({ title: 'HTXSNV', dataIndex: 'HTXSNV', key: 'HTXSNV', align: 'right', render: num }),
        big<QuotaGroup>({ title: 'HTTNV', dataIndex: 'HTTNV', key: 'HTTNV', align: 'right', render: num }),
        big<QuotaGroup>({
          title: 'Tối đa HTXSNV',
          dataIndex: 'allowed',
          key: 'allowed',
          align: 'right',
          render: num,
        }),
        big<QuotaGroup>({
          title: 'Tỷ lệ',
          key: 'ok',
          render: (_, g) => (
            <Tag
              color={g.ok ? 'green' : 'red'}
              data-testid="quota-status"
              style={{ fontSize: 20, padding: '4px 10px', lineHeight: 1.2, marginInlineEnd: 0 }}
            >
              {g.ok ? 'Trong tỷ lệ' : `Vượt ${g.HTXSNV - g.allowed} người`}
            </Tag>
          ),
        }),
      ]}
    />
  );
}

export function ProposalsTable({ meeting }: { meeting: Pick<MeetingView, 'proposals' | 'unit'> }) {
  const rows = proposalRows(meeting);
  return (
    <Table<ProposalRow>
      data-testid="proposals-table"
      size="middle"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: 'Chưa có mức xếp loại đề xuất nào.' }}
      onRow={(r) =>
        ({
          'data-name': r.name,
          'data-level': r.level,
          'data-breach': String(r.quotaBreach),
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        big<ProposalRow>({ title: 'Họ và tên', dataIndex: 'name', key: 'name' }),
        big<ProposalRow>({
          title: 'Mức xếp loại đề xuất',
          key: 'level',
          render: (_, r) => (
            <div>
              <span style={r.quotaBreach ? { color: RED, fontWeight: 600 } : undefined}>
                {LEVEL_LABELS[r.level]}
              </span>
              {r.quotaBreach ? (
                <div style={{ color: RED, fontSize: 18 }}>
                  Vượt tỷ lệ{r.reason ? ` — lý do: ${r.reason}` : ''}
                </div>
              ) : null}
            </div>
          ),
        }),
      ]}
    />
  );
}
