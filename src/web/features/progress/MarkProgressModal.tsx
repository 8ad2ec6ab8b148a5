/**
 * Marks one step done for a unit (or for the agency) on a date, changes that date, or undoes it.
 * Opened from a matrix cell or a timeline row; the dashboard and the task list reload afterwards.
 */
import { App, Button, DatePicker, Descriptions, Modal, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DEADLINE_STATE_LABELS, STEP_SCOPE_LABELS } from '../../../domain/cycle.js';
import { formatVnDate } from '../../../domain/dates.js';
import { useApiErrorHandler } from '../../app/useApiErrorHandler.js';
import { DATE_FORMATS, dayjsToIso, isoToDayjs } from '../../components/dates.js';
import { deadlineText, dueHint, STATE_COLORS } from './format.js';
import type { ProgressCell, ProgressStep, ProgressUnit } from './types.js';
import { useMarkProgress } from './useProgress.js';

export interface MarkTarget {
  step: ProgressStep;
  /** null for an agency-level step. */
  unit: ProgressUnit | null;
  cell: ProgressCell;
}

interface Props {
  cycleId: string;
  target: MarkTarget | null;
  today: string;
  onClose: () => void;
}

export function MarkProgressModal({ cycleId, target, today, onClose }: Props) {
  return (
    <Modal
      open={target !== null}
      title="Ghi nhận tiến độ"
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
    >
      {target ? (
        <MarkForm
          key={`${target.step.id}:${target.unit?.id ?? ''}`}
          cycleId={cycleId}
          target={target}
          today={today}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}

function MarkForm({
  cycleId,
  target,
  today,
  onDone,
}: {
  cycleId: string;
  target: MarkTarget;
  today: string;
  onDone: () => void;
}) {
  const { step, unit, cell } = target;
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const mark = useMarkProgress(cycleId);
  const [date, setDate] = useState<Dayjs | null>(isoToDayjs(cell.doneOn ?? today));
  const [action, setAction] = useState<'done' | 'undo' | null>(null);
  const iso = dayjsToIso(date);
  const hint = cell.doneOn ? null : dueHint({ ...step, state: cell.state }, today);

  const submit = (done: boolean) => {
    if (done && !iso) return;
    setAction(done ? 'done' : 'undo');
    mark.mutate(
      { stepId: step.id, unitId: unit?.id ?? null, done, ...(done && iso ? { doneOn: iso } : {}) },
      {
        onSuccess: () => {
          message.success(
            done
              ? `Đã ghi nhận hoàn thành ngày ${formatVnDate(iso)}.`
              : 'Đã bỏ ghi nhận hoàn thành bước này.',
          );
          onDone();
        },
        onError: (e) => onError(e),
        onSettled: () => setAction(null),
      },
    );
  };

  return (
    <>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'step', label: 'Bước', children: step.title },
          { key: 'unit', label: 'Đơn vị', children: unit ? unit.name : STEP_SCOPE_LABELS.agency },
          { key: 'due', label: 'Hạn', children: deadlineText(step) },
          {
            key: 'state',
            label: 'Tình trạng',
            children: (
              <span>
                <Tag color={STATE_COLORS[cell.state].tag}>{DEADLINE_STATE_LABELS[cell.state]}</Tag>
                {cell.doneOn ? `ngày ${formatVnDate(cell.doneOn)}` : hint}
              </span>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <Typography.Text strong>
          <label htmlFor="mark-progress-date">Ngày hoàn thành</label>
        </Typography.Text>
        <DatePicker
          id="mark-progress-date"
          format={DATE_FORMATS}
          placeholder="dd/mm/yyyy"
          value={date}
          onChange={(d) => setDate(d)}
          allowClear={false}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          style={{ width: '100%', marginTop: 4 }}
          data-testid="mark-date"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Mặc định là hôm nay ({formatVnDate(today)}); không chọn được ngày sau hôm nay.
        </Typography.Text>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'flex-end', marginTop: 20 }}>
        {cell.doneOn ? (
          <Button
            danger
            onClick={() => submit(false)}
            loading={action === 'undo'}
            disabled={mark.isPending}
            data-testid="mark-undo"
          >
            Bỏ đánh dấu đã xong
          </Button>
        ) : null}
        <Button onClick={onDone} disabled={mark.isPending}>
          Hủy
        </Button>
        <Button
          type="primary"
          onClick={() => submit(true)}
          loading={action === 'done'}
          disabled={!iso || mark.isPending || (cell.doneOn !== null && iso === cell.doneOn)}
          data-testid="mark-submit"
        >
          {cell.doneOn ? 'Lưu ngày hoàn thành' : 'Đánh dấu đã xong'}
        </Button>
      </div>
    </>
  );
}
