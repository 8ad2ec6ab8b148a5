/**
 * "Việc cần làm" on the home page: the open steps of the running cycle that concern the user
 * (their unit's steps; for the secretary also the agency's steps and the units that are late),
 * overdue first, each with its deadline and state; "Đánh dấu đã xong" records it done today.
 */
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DEADLINE_STATE_LABELS } from '../../../domain/cycle.js';
import { formatVnDate } from '../../../domain/dates.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { QueryError } from '../../components/QueryError.js';
import { deadlineText, dueHint, STATE_COLORS } from '../progress/format.js';
import type { Task } from '../progress/types.js';
import { useMarkProgress, useMyTasks } from '../progress/useProgress.js';

/** How many tasks show before "Xem thêm". */
const FIRST_TASKS = 6;

export function MyTasksCard() {
  const tasks = useMyTasks();
  const [showAll, setShowAll] = useState(false);
  const data = tasks.data;
  const cycle = data?.cycle ?? null;
  const list = data?.tasks ?? [];
  const shown = showAll ? list : list.slice(0, FIRST_TASKS);

  return (
    <Card
      title="Việc cần làm"
      data-testid="my-tasks"
      loading={tasks.isLoading}
      extra={
        cycle ? (
          <Link to={`/ky-danh-gia/${encodeURIComponent(cycle.id)}/tien-do`}>Xem bảng tiến độ</Link>
        ) : null
      }
    >
      {tasks.error ? (
        <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : !data ? null : !cycle ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có kỳ đánh giá nào đang diễn ra." />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {cycle.title} · Hôm nay: {formatVnDate(data.today)}
          </Typography.Text>
          {list.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có việc nào đến hạn." />
          ) : (
            <>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {shown.map((t) => (
                  <li key={`${t.stepId}:${t.unitId ?? ''}`}>
                    <TaskItem task={t} today={data.today} />
                  </li>
                ))}
              </ul>
              {list.length > FIRST_TASKS ? (
                <Button type="link" onClick={() => setShowAll((v) => !v)} style={{ alignSelf: 'flex-start' }}>
                  {showAll ? 'Thu gọn' : `Xem thêm ${list.length - FIRST_TASKS} việc`}
                </Button>
              ) : null}
            </>
          )}
        </Flex>
      )}
    </Card>
  );
}

function TaskItem({ task, today }: { task: Task; today: string }) {
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const mark = useMarkProgress(task.cycleId);
  const hint = dueHint(task, today);
  const late = task.state === 'overdue';

  const markDone = () =>
    mark.mutate(
      { stepId: task.stepId, unitId: task.unitId, done: true, doneOn: today },
      {
        onSuccess: () => message.success(`Đã ghi nhận hoàn thành ngày ${formatVnDate(today)}.`),
        onError: (e) => onError(e),
      },
    );

  return (
    <Flex
      data-testid="task-item"
      data-state={task.state}
      justify="space-between"
      align="center"
      wrap
      gap="8px 16px"
      style={{
        padding: '10px 12px',
        borderInlineStart: `4px solid ${STATE_COLORS[task.state].solid}`,
        borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
      }}
    >
      <div style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Typography.Text strong style={{ display: 'block' }}>
          {task.title}
        </Typography.Text>
        <Flex gap="4px 12px" wrap align="center" style={{ marginTop: 4 }}>
          <Tag color={STATE_COLORS[task.state].tag} style={{ marginInlineEnd: 0 }}>
            {DEADLINE_STATE_LABELS[task.state]}
          </Tag>
          {task.unitName ? <Typography.Text type="secondary">{task.unitName}</Typography.Text> : null}
          <Typography.Text type="secondary">Hạn: {deadlineText(task)}</Typography.Text>
          {hint ? (
            <Typography.Text
              strong={late}
              style={{ color: late ? STATE_COLORS.overdue.solid : STATE_COLORS.due_soon.text }}
            >
              {hint}
            </Typography.Text>
          ) : null}
        </Flex>
      </div>
      {task.canMark ? (
        <Button
          icon={<CheckOutlined />}
          onClick={markDone}
          loading={mark.isPending}
          data-testid="task-mark-done"
        >
          Đánh dấu đã xong
        </Button>
      ) : null}
    </Flex>
  );
}
