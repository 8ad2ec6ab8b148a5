/** The people of one unit (GET /api/people?unitId=…), as a compact table. */
import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { CATEGORY_LABELS, LEADERSHIP_RANK_LABELS } from '../../../domain/org.js';
import { apiGet } from '../../app/api.js';
import { QueryError } from '../../components/QueryError.js';
import type { PeopleResponse, PersonListItem } from '../people/types.js';

export function UnitPeople({ unitId }: { unitId: string }) {
  const people = useQuery({
    queryKey: ['people', { unitId, pageSize: 500 }],
    queryFn: ({ signal }) => apiGet<PeopleResponse>('/api/people', { unitId, pageSize: 500 }, signal),
  });
  if (people.error) return <QueryError error={people.error} onRetry={() => people.refetch()} />;
  return (
    <Table<PersonListItem>
      rowKey="id"
      size="small"
      loading={people.isLoading}
      dataSource={people.data?.items ?? []}
      pagination={false}
      scroll={{ x: 560 }}
      locale={{ emptyText: 'Đơn vị chưa có người nào.' }}
      columns={[
        {
          title: 'Họ và tên',
          dataIndex: 'fullName',
          render: (name: string, p) => <Link to={`/nhan-su/${p.id}`}>{name}</Link>,
        },
        { title: 'Chức vụ', dataIndex: 'positionTitle' },
        {
          title: 'Vai trò lãnh đạo',
          dataIndex: 'leadershipRank',
          render: (r: PersonListItem['leadershipRank']) =>
            r === 'none' ? null : (
              <Tag color={r === 'head' ? 'gold' : 'blue'}>{LEADERSHIP_RANK_LABELS[r]}</Tag>
            ),
        },
        {
          title: 'Loại',
          dataIndex: 'category',
          render: (c: PersonListItem['category']) => CATEGORY_LABELS[c],
        },
      ]}
    />
  );
}
