/** /tien-do: the dashboard of the cycle that is running now, or a note that none is. */
import { Card, Empty } from 'antd';
import { Navigate } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useCycleList } from './useProgress.js';

export const NO_RUNNING_CYCLE_TEXT = 'Chưa có kỳ đánh giá nào đang diễn ra.';

export function RunningCycleProgress() {
  const cycles = useCycleList();
  if (cycles.error) {
    return (
      <>
        <PageHeader title="Tiến độ kỳ đánh giá" />
        <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
      </>
    );
  }
  if (!cycles.data) return <LoadingBlock />;
  const running = cycles.data.items.find((c) => c.state === 'running');
  if (running) return <Navigate replace to={`/ky-danh-gia/${encodeURIComponent(running.id)}/tien-do`} />;
  return (
    <>
      <PageHeader title="Tiến độ kỳ đánh giá" />
      <Card>
        <Empty description={NO_RUNNING_CYCLE_TEXT}>
          <NavButton to="/ky-danh-gia" type="primary">
            Xem các kỳ đánh giá
          </NavButton>
        </Empty>
      </Card>
    </>
  );
}
