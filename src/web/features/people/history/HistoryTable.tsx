/** A history table with an "add" button and a per-row delete (with confirmation) when editable. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { type HistoryPath, useRemoveHistory } from './useHistoryMutations.js';

export function HistoryTable<T extends { id: string }>({
  personId,
  version,
  path,
  rows,
  columns,
  canEdit,
  addText,
  emptyText,
  onAdd,
}: {
  personId: string;
  version: number;
  path: HistoryPath;
  rows: T[];
  columns: TableColumnsType<T>;
  canEdit: boolean;
  addText: string;
  emptyText: string;
  onAdd: () => void;
}) {
  const remove = useRemoveHistory(personId, path);
  const allColumns: TableColumnsType<T> = canEdit
    ? [
        ...columns,
        {
          title: '',
          key: 'actions',
          width: 60,
          render: (_: unknown, row: T) => (
            <Popconfirm
              title="Xóa dòng này?"
              okText="Xóa"
              cancelText="Không"
              okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutateAsync({ version, historyId: row.id }).catch(() => undefined)}
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label="Xóa" />
            </Popconfirm>
          ),
        },
      ]
    : columns;
  return (
    <Flex vertical gap={12}>
      {canEdit ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {addText}
          </Button>
        </div>
      ) : null}
      <Table<T>
        rowKey="id"
        size="small"
        columns={allColumns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText }}
      />
    </Flex>
  );
}
