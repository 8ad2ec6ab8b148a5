/**
 * /ky-danh-gia: the agency's review cycles (one a year, latest first) and, for the secretary,
 * "Tạo kỳ đánh giá" (from the Office's 2024 template or from an earlier year's cycle).
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { CreateCycleModal } from './CreateCycleModal.js';
import { CycleStateTag, RegimeTag } from './CycleTags.js';
import { vnDateOfInstant } from './format.js';
import type { Cycle } from './types.js';
import { useCycles } from './useCycles.js';

export function CyclesPage() {
  const { can } = useAuth();
  const cycles = useCycles();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const items = cycles.data?.items ?? [];
  // Before the first answer, the permission it is based on (so the button does not jump in).
  const canManage = cycles.data?.canManage ?? can('cycles.manage');

  const createButton = canManage ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setCreating(true)}
      data-testid="create-cycle-button"
    >
      Tạo kỳ đánh giá
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Kỳ đánh giá"
        subtitle="Kế hoạch kiểm điểm, đánh giá, xếp loại và bình xét thi đua của từng năm."
        extra={createButton}
      />
      <Card>
        {cycles.error ? (
          <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
        ) : (
          <div data-testid="cycles-list">
            <Table<Cycle>
              rowKey="id"
              size="middle"
              loading={cycles.isLoading}
              dataSource={items}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      canManage
                        ? 'Chưa có kỳ đánh giá nào. Tạo kỳ đầu tiên từ kế hoạch mẫu của Văn phòng.'
                        : 'Chưa có kỳ đánh giá nào.'
                    }
                  >
                    {canManage ? (
                      <Button type="primary" onClick={() => setCreating(true)}>
                        Tạo kỳ đánh giá
                      </Button>
                    ) : null}
                  </Empty>
                ),
              }}
              onRow={(row) => ({
                onClick: (e) => {
                  if ((e.target as HTMLElement).closest('a, button')) return;
                  void navigate(`/ky-danh-gia/${row.id}`);
                },
                style: { cursor: 'pointer' },
              })}
              columns={[
                {
                  title: 'Kỳ đánh giá',
                  dataIndex: 'title',
                  render: (title: string, row) => (
                    <Link to={`/ky-danh-gia/${row.id}`} style={{ fontWeight: 600 }}>
                      {title}
                    </Link>
                  ),
                },
                {
                  title: 'Trạng thái',
                  dataIndex: 'state',
                  width: 140,
                  render: (state: Cycle['state']) => <CycleStateTag state={state} />,
                },
                {
                  title: 'Chế độ áp dụng',
                  dataIndex: 'regime',
                  width: 150,
                  render: (regime: Cycle['regime']) => <RegimeTag regime={regime} />,
                },
                {
                  title: 'Ngày bắt đầu',
                  dataIndex: 'startedAt',
                  width: 130,
                  render: (d: string | null) => vnDateOfInstant(d) || '—',
                },
                {
                  title: 'Ngày kết thúc',
                  dataIndex: 'closedAt',
                  width: 130,
                  render: (d: string | null) => vnDateOfInstant(d) || '—',
                },
              ]}
            />
          </div>
        )}
      </Card>
      <CreateCycleModal
        open={creating}
        cycles={items}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate(`/ky-danh-gia/${id}`);
        }}
      />
    </>
  );
}
