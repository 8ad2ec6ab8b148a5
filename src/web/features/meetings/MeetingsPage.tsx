/**
 * /cuoc-hop — the meetings of the running cycle the user may follow (their unit's, or all for those
 * who see the whole cycle), and "Chuẩn bị cuộc họp" for a unit head or deputy and for HCQT.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Table } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { NO_RUNNING_CYCLE_TEXT } from '../progress/RunningCycleProgress.js';
import { useCycleList } from '../progress/useProgress.js';
import { useMeetings } from './api.js';
import { MeetingStateTag } from './console/ConsoleHeader.js';
import { createMeetingPath, meetingPath, meetingTimeText } from './console/format.js';
import type { MeetingListItem } from './types.js';

const TITLE = 'Cuộc họp';

export function MeetingsPage() {
  const { me, can } = useAuth();
  const cycles = useCycleList();
  const running = cycles.data?.items.find((c) => c.state === 'running');
  const meetings = useMeetings(running?.id);
  const mayPrepare =
    can('cycles.manage') ||
    (me.unitId !== null && (me.roles.includes('unit_head') || me.roles.includes('unit_deputy')));

  const error = cycles.error ?? meetings.error;
  if (error) {
    return (
      <>
        <PageHeader title={TITLE} />
        <QueryError
          error={error}
          onRetry={() => void (cycles.error ? cycles.refetch() : meetings.refetch())}
        />
      </>
    );
  }
  if (!cycles.data || (running && !meetings.data)) return <LoadingBlock />;
  if (!running) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Card>
          <Empty description={NO_RUNNING_CYCLE_TEXT} />
        </Card>
      </>
    );
  }
  const items = meetings.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={`Hội nghị kiểm điểm của các đơn vị — ${running.title}`}
        extra={
          mayPrepare ? (
            <NavButton
              type="primary"
              icon={<PlusOutlined />}
              to={createMeetingPath(running.id, can('cycles.manage') ? null : me.unitId)}
            >
              Chuẩn bị cuộc họp
            </NavButton>
          ) : null
        }
      />
      <Card>
        <Table<MeetingListItem>
          data-testid="meetings-table"
          rowKey="id"
          dataSource={items}
          pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có cuộc họp nào trong kỳ đánh giá này.' }}
          columns={[
            {
              title: 'Đơn vị',
              key: 'unit',
              render: (_, r) => <Link to={meetingPath(r.id)}>{r.unit?.name ?? r.title}</Link>,
            },
            { title: 'Thời gian', key: 'time', render: (_, r) => meetingTimeText(r.startsAt) },
            { title: 'Địa điểm', dataIndex: 'place', key: 'place' },
            { title: 'Chủ trì', dataIndex: 'chairName', key: 'chair' },
            { title: 'Trạng thái', key: 'state', render: (_, r) => <MeetingStateTag meeting={r} /> },
          ]}
        />
      </Card>
    </>
  );
}
