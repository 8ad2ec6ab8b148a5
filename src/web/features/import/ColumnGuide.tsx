/** The template's columns with what each expects, from the shared IMPORT_COLUMNS. */
import { Collapse, Table, Tag } from 'antd';
import { IMPORT_COLUMNS, type ImportColumn } from '../../../domain/people-import.js';

export function ColumnGuide() {
  return (
    <Collapse
      items={[
        {
          key: 'columns',
          label: 'Các cột trong tệp mẫu',
          children: (
            <Table<ImportColumn>
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 560 }}
              dataSource={[...IMPORT_COLUMNS]}
              columns={[
                { title: 'Cột', dataIndex: 'header', width: 200 },
                {
                  title: 'Bắt buộc',
                  dataIndex: 'required',
                  width: 100,
                  render: (r: boolean) => (r ? <Tag color="red">Bắt buộc</Tag> : null),
                },
                { title: 'Hướng dẫn', dataIndex: 'hint' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
