/** The file's problems: row and column as Excel shows them, and what to fix. */
import { Table } from 'antd';
import type { ImportProblem } from './types.js';

export function ProblemsTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <div data-testid="import-problems">
      <Table<ImportProblem & { key: number }>
        size="small"
        dataSource={problems.map((p, i) => ({ ...p, key: i }))}
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 520 }}
        columns={[
          { title: 'Dòng', dataIndex: 'row', width: 64, render: (r: number) => (r > 0 ? r : '') },
          { title: 'Cột', dataIndex: 'column', width: 150, render: (c: string) => c || 'Cả tệp' },
          { title: 'Lỗi', dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
