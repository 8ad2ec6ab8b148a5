/**
 * /cuoc-hop/moi?cycleId=&unitId= — prepare a unit's review meeting (issue 6 §1, plan II.2): the
 * server builds the agenda in the enforced order and the roster, and sends the invitations; then the
 * console opens with the agenda to check.
 */
import { Card, Empty } from 'antd';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth.js';
import { Forbidden } from '../../components/Forbidden.js';
import { LoadingBlock } from '../../components/LoadingBlock.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useUnits } from '../org/useUnits.js';
import { NO_RUNNING_CYCLE_TEXT } from '../progress/RunningCycleProgress.js';
import { useCycleList, useMyTasks } from '../progress/useProgress.js';
import { PrepareForm } from './prepare/PrepareForm.js';

const TITLE = 'Chuẩn bị cuộc họp';

export function CreateMeetingPage() {
  const { me, can } = useAuth();
  const [params] = useSearchParams();
  const cycles = useCycleList();
  const units = useUnits();
  const tasks = useMyTasks();

  const secretary = can('cycles.manage');
  const head = me.unitId !== null && (me.roles.includes('unit_head') || me.roles.includes('unit_deputy'));
  if (!secretary && !head) return <Forbidden />;

  const error = cycles.error ?? units.error;
  if (error) {
    return (
      <>
        <PageHeader title={TITLE} />
        <QueryError error={error} onRetry={() => void (cycles.error ? cycles.refetch() : units.refetch())} />
      </>
    );
  }
  // The agency's "today" (pinned in the demo) is only the default day: do not wait for it forever.
  if (!cycles.data || !units.data || tasks.isLoading) return <LoadingBlock />;
  const wanted = params.get('cycleId');
  const cycle = cycles.data.items.find((c) => (wanted ? c.id === wanted : c.state === 'running'));
  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle="Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng của đơn vị: thời gian, địa điểm, thành phần, khách mời."
      />
      {cycle?.state !== 'running' ? (
        <Card>
          <Empty description={`${NO_RUNNING_CYCLE_TEXT} Chỉ chuẩn bị cuộc họp trong kỳ đang diễn ra.`} />
        </Card>
      ) : (
        <Card title={cycle.title}>
          <PrepareForm
            cycleId={cycle.id}
            units={units.data.items}
            anyUnit={secretary}
            ownUnitId={me.unitId}
            initialUnitId={params.get('unitId')}
            today={tasks.data?.today ?? null}
          />
        </Card>
      )}
    </>
  );
}
