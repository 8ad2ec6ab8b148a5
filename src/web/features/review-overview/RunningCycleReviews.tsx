/** /ban-kiem-diem: the overview of the running cycle's reviews, or a note that no cycle is running. */
import { Card, Empty } from 'antd';
import { Navigate } from 'react-router';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { NavButton } from '../../components/NavButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { NO_RUNNING_CYCLE_TEXT } from '../progress/RunningCycleProgress.js';
import { useCycleList } from '../progress/useProgress.js';

export function RunningCycleReviews() {
  const cycles = useCycleList();
  if (cycles.error) {
    return (
      <>
        <PageHeader title="Bản kiểm điểm" />
        <QueryError error={cycles.error} onRetry={() => cycles.refetch()} />
      </>
    );
  }
  if (!cycles.data) return <LoadingBlock />;
  const running = cycles.data.items.find((c) => c.state === 'running');
  if (running) return <Navigate replace to={`/ky-danh-gia/${encodeURIComponent(running.id)}/tu-kiem-diem`} />;
  return (
    <>
      <PageHeader title="Bản kiểm điểm" />
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
