/** The people table, in the server's (Vietnamese name) order, with server-side paging. */
import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { CATEGORY_LABELS } from '../../../domain/org.js';
import { formatVnDate } from '../../components/dates.js';
import type { PeopleResponse, PersonListItem } from './types.js';

export function PeopleTable({
  data,
  loading,
  showParty,
  onPage,
}: {
  data: PeopleResponse | undefined;
  loading: boolean;
  showParty: boolean;
  onPage: (page: number, pageSize: number) => void;
}) {
  const columns: TableColumnsType<PersonListItem> = [
    { title: 'Mã cán bộ', dataIndex: 'staffCode', width: 110 },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      render: (name: string, p) => <Link to={`/nhan-su/${p.id}`}>{name}</Link>,
    },
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Chức vụ', dataIndex: 'positionTitle' },
    { title: 'Loại', dataIndex: 'category', render: (c: PersonListItem['category']) => CATEGORY_LABELS[c] },
    ...(showParty
      ? [
          {
            title: 'Đảng viên',
            dataIndex: 'partyMember',
            width: 100,
            render: (v: boolean | null) => (v === null ? '' : v ? 'Có' : 'Không'),
          },
        ]
      : []),
    { title: 'Ngày sinh', dataIndex: 'birthDate', width: 110, render: (d: string | null) => formatVnDate(d) },
  ];
  return (
    <div data-testid="people-table">
      <Table<PersonListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: 'Không có người nào phù hợp.' }}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total, [from, to]) => `${from}–${to} trong ${total} người`,
          onChange: onPage,
        }}
      />
    </div>
  );
}
