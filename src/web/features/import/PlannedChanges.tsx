/** Rows to add, rows to update (with their changes), units and accounts to create. */
import { Card, Flex, Table, Tag } from 'antd';
import { ChangesCell } from './ChangesCell.js';
import type { ImportPreview } from './types.js';

type AddRow = ImportPreview['toAdd'][number];
type UpdateRow = ImportPreview['toUpdate'][number];

const pageIfLong = (n: number) => (n > 20 ? { pageSize: 20, showSizeChanger: false } : false);

export function PlannedChanges({
  preview,
  unitNames,
}: {
  preview: ImportPreview;
  unitNames: ReadonlyMap<string, string>;
}) {
  return (
    <Flex vertical gap={16}>
      {preview.toAdd.length > 0 ? (
        <Card size="small" title={`Sẽ thêm mới (${preview.toAdd.length} người)`}>
          <Table<AddRow>
            rowKey="row"
            size="small"
            dataSource={preview.toAdd}
            pagination={pageIfLong(preview.toAdd.length)}
            scroll={{ x: 560 }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Mã cán bộ', dataIndex: 'staffCode', width: 120 },
              { title: 'Họ và tên', dataIndex: 'fullName' },
              { title: 'Đơn vị', dataIndex: 'unitName' },
            ]}
          />
        </Card>
      ) : null}
      {preview.toUpdate.length > 0 ? (
        <Card size="small" title={`Sẽ cập nhật (${preview.toUpdate.length} người)`}>
          <Table<UpdateRow>
            rowKey="row"
            size="small"
            dataSource={preview.toUpdate}
            pagination={pageIfLong(preview.toUpdate.length)}
            scroll={{ x: 640 }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Mã cán bộ', dataIndex: 'staffCode', width: 120 },
              { title: 'Họ và tên', dataIndex: 'fullName', width: 200 },
              {
                title: 'Thay đổi',
                dataIndex: 'changes',
                render: (changes: UpdateRow['changes']) => (
                  <ChangesCell changes={changes} unitNames={unitNames} />
                ),
              },
            ]}
          />
        </Card>
      ) : null}
      {preview.unitsToCreate.length > 0 ? (
        <Card size="small" title={`Đơn vị sẽ được tạo mới (${preview.unitsToCreate.length})`}>
          <Flex gap={8} wrap>
            {preview.unitsToCreate.map((u) => (
              <Tag key={u} color="purple">
                {u}
              </Tag>
            ))}
          </Flex>
        </Card>
      ) : null}
      {preview.accountsToCreate.length > 0 ? (
        <Card size="small" title={`Tài khoản sẽ được tạo (${preview.accountsToCreate.length})`}>
          <Flex gap={8} wrap>
            {preview.accountsToCreate.map((a) => (
              <Tag key={a}>{a}</Tag>
            ))}
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
