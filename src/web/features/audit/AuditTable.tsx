/** The audit entries; a row expands to show its changes and hash. */
import { Table, Tag } from 'antd';
import { formatVnDateTime } from '../../components/dates.js';
import { AuditEntryDetails } from './AuditEntryDetails.js';
import { actionColor, actionLabel } from './actions.js';
import type { AuditEntry } from './types.js';

export function AuditTable({
  entries,
  loading,
  unitNames,
}: {
  entries: AuditEntry[];
  loading: boolean;
  unitNames: ReadonlyMap<string, string>;
}) {
  return (
    <div data-testid="audit-table">
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        loading={loading}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: 'Không có bản ghi nào phù hợp.' }}
        expandable={{
          expandedRowRender: (entry) => <AuditEntryDetails entry={entry} unitNames={unitNames} />,
        }}
        columns={[
          {
            title: 'Thời gian',
            dataIndex: 'at',
            width: 170,
            render: (at: string) => formatVnDateTime(at),
          },
          { title: 'Người thực hiện', dataIndex: 'actorName', width: 190 },
          {
            title: 'Hành động',
            dataIndex: 'action',
            width: 210,
            render: (a: string) => <Tag color={actionColor(a)}>{actionLabel(a)}</Tag>,
          },
          { title: 'Nội dung', dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}
