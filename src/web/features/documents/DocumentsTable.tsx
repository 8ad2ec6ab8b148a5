/**
 * The documents (latest version of each), newest first. Rows can be ticked for a ZIP bundle;
 * a click on a row (outside its checkbox and download buttons) opens the details.
 */
import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatVnDate } from '../../components/dates.js';
import { DownloadLinks } from './DownloadLinks.js';
import { downloadFormats, numberLabel } from './format.js';
import { StateTag } from './StateTag.js';
import type { DocumentKindInfo, DocumentRow } from './types.js';

/** Clicks on these do their own thing and must not open the drawer. */
const OWN_CLICK = 'a, button, input, label, .ant-table-selection-column';

export function NumberCell({ row }: { row: Pick<DocumentRow, 'state' | 'numberText'> }) {
  if (row.state === 'draft') return <StateTag state="draft" />;
  const n = numberLabel(row.numberText);
  return n ? <span style={{ whiteSpace: 'nowrap' }}>{n}</span> : <StateTag state="issued" />;
}

export function DocumentsTable({
  items,
  loading,
  kinds,
  selectedIds,
  onSelect,
  onOpen,
  emptyText,
}: {
  items: DocumentRow[];
  loading: boolean;
  kinds: ReadonlyMap<string, DocumentKindInfo>;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  onOpen: (id: string) => void;
  emptyText: ReactNode;
}) {
  return (
    <div data-testid="documents-table">
      <Table<DocumentRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1040 }}
        locale={{ emptyText }}
        rowSelection={{
          selectedRowKeys: selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onSelect(keys.map(String)),
          columnWidth: 44,
        }}
        onRow={(row) => ({
          onClick: (e) => {
            if ((e.target as HTMLElement).closest(OWN_CLICK)) return;
            onOpen(row.id);
          },
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: 'Số, ký hiệu',
            key: 'number',
            width: 120,
            render: (_, row) => <NumberCell row={row} />,
          },
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 130,
            render: (kind: string) => kinds.get(kind)?.label ?? kind,
          },
          {
            title: 'Trích yếu',
            dataIndex: 'subject',
            render: (subject: string, row) => (
              <Typography.Link
                role="button"
                tabIndex={0}
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(row.id);
                  }
                }}
              >
                {subject}
              </Typography.Link>
            ),
          },
          {
            title: 'Ngày ban hành',
            dataIndex: 'issuedOn',
            width: 128,
            render: (d: string | null) => formatVnDate(d) || '—',
          },
          {
            title: 'Phiên bản',
            dataIndex: 'version',
            width: 86,
            align: 'center',
          },
          { title: 'Người lập', dataIndex: 'createdByName', width: 140 },
          {
            title: 'Tải về',
            key: 'download',
            width: 178,
            render: (_, row) => (
              <DownloadLinks
                id={row.id}
                formats={downloadFormats(row.formats, kinds.get(row.kind)?.xlsx ?? false)}
                label={`văn bản “${row.subject}”`}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
