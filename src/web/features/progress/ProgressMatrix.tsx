/**
 * Unit-level steps: one row per unit, one column per step, each cell coloured by its deadline
 * state and showing the done day; the last column counts each unit's done steps, the footer each
 * step's done units (and overdue ones, in red). A cell the user may mark opens the mark dialog.
 */
import { Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useIsPhone } from '../../components/useIsMobile.js';
import {
  cellDescription,
  cellDetail,
  cellText,
  countDescription,
  DOSSIER_CELL_TEXT,
  deadlineText,
  STATE_COLORS,
  shortDeadlineText,
  shortStepTitle,
} from './format.js';
import type { MarkTarget } from './MarkProgressModal.js';
import type { MatrixRow, ProgressView } from './matrix.js';
import type { ProgressCell, ProgressStep, ProgressUnit } from './types.js';

interface Props {
  view: ProgressView;
  today: string;
  canMark: (step: ProgressStep, unitId: string | null) => boolean;
  onMark: (target: MarkTarget) => void;
}

const CELL_PADDING = 3;

function Cell({
  step,
  unit,
  cell,
  today,
  markable,
  onMark,
}: {
  step: ProgressStep;
  unit: ProgressUnit;
  cell: ProgressCell;
  today: string;
  markable: boolean;
  onMark: (target: MarkTarget) => void;
}) {
  const c = STATE_COLORS[cell.state];
  const description =
    cellDescription(cell, step, today) +
    countDescription(cell.count) +
    (cell.dossier ? ` ${DOSSIER_CELL_TEXT[cell.dossier]}.` : '');
  const style = {
    display: 'flex',
    flexDirection: 'column' as const,
    alignItems: 'center',
    justifyContent: 'center',
    width: '100%',
    minHeight: 40,
    padding: '2px 4px',
    borderRadius: 4,
    background: c.background,
    border: `1px ${cell.state === 'no_deadline' ? 'dashed' : 'solid'} ${c.border}`,
    color: c.text,
    fontSize: 13,
    fontWeight: cell.state === 'overdue' ? 600 : 400,
    lineHeight: 1.2,
    textAlign: 'center' as const,
    whiteSpace: 'nowrap' as const,
    font: 'inherit',
    cursor: markable ? 'pointer' : 'default',
  };
  const common = {
    'data-testid': 'progress-cell',
    'data-state': cell.state,
    'data-unit': unit.name,
    'data-step': step.code,
  };
  const count = cellDetail(cell);
  const text = (
    <>
      <span>{cellText(cell, step, today)}</span>
      {count ? (
        <span data-testid="progress-cell-count" style={{ fontSize: 11, opacity: 0.85 }}>
          {count}
        </span>
      ) : null}
    </>
  );
  return (
    <Tooltip title={`${unit.name} — ${step.title}: ${description}${markable ? ' Bấm để ghi nhận.' : ''}`}>
      {markable ? (
        <button
          type="button"
          {...common}
          style={style}
          aria-label={`${unit.name}, ${shortStepTitle(step)}: ${description}`}
          onClick={() => onMark({ step, unit, cell })}
        >
          {text}
        </button>
      ) : (
        <div {...common} style={style}>
          {text}
        </div>
      )}
    </Tooltip>
  );
}

export function ProgressMatrix({ view, today, canMark, onMark }: Props) {
  const phone = useIsPhone();
  const stepColumns: TableColumnsType<MatrixRow> = view.unitSteps.map((step) => ({
    key: step.id,
    title: (
      <Tooltip title={`${step.title} — hạn ${deadlineText(step)}`}>
        <div style={{ minWidth: 76, maxWidth: 100, whiteSpace: 'normal', lineHeight: 1.25 }}>
          <div>{shortStepTitle(step)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {shortDeadlineText(step)}
          </Typography.Text>
        </div>
      </Tooltip>
    ),
    align: 'center',
    onCell: () => ({ style: { padding: CELL_PADDING } }),
    render: (_: unknown, row: MatrixRow) => {
      const cell = row.cells[step.id];
      if (!cell) return null;
      return (
        <Cell
          step={step}
          unit={row.unit}
          cell={cell}
          today={today}
          markable={canMark(step, row.unit.id)}
          onMark={onMark}
        />
      );
    },
  }));

  const columns: TableColumnsType<MatrixRow> = [
    {
      key: 'unit',
      title: 'Đơn vị',
      fixed: 'left',
      width: phone ? 118 : 176,
      render: (_: unknown, row: MatrixRow) => (
        <span style={{ display: 'block', whiteSpace: 'normal', fontSize: phone ? 13 : undefined }}>
          {row.unit.name}
        </span>
      ),
    },
    ...stepColumns,
    {
      key: 'done',
      title: 'Đã xong',
      align: 'center',
      width: 76,
      render: (_: unknown, row: MatrixRow) => (
        <span style={{ whiteSpace: 'nowrap' }} data-testid="unit-done-count">
          <strong>{row.done}</strong>/{row.total}
        </span>
      ),
    },
  ];

  return (
    <div data-testid="progress-matrix">
      <Table<MatrixRow>
        rowKey={(r) => r.unit.id}
        columns={columns}
        dataSource={view.rows}
        pagination={false}
        size="small"
        bordered
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có đơn vị nào để theo dõi.' }}
        summary={() =>
          view.rows.length > 0 ? (
            <Table.Summary>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>Số đơn vị đã xong</strong>
                </Table.Summary.Cell>
                {view.unitSteps.map((step, i) => {
                  const f = view.footer[step.id];
                  return (
                    <Table.Summary.Cell key={step.id} index={i + 1} align="center">
                      <div data-testid="step-summary" data-step={step.code} style={{ whiteSpace: 'nowrap' }}>
                        {f ? `${f.done}/${f.total} đơn vị` : ''}
                      </div>
                      {f && f.overdue > 0 ? (
                        <div
                          style={{ color: STATE_COLORS.overdue.solid, fontSize: 12, whiteSpace: 'nowrap' }}
                        >
                          {f.overdue} quá hạn
                        </div>
                      ) : null}
                    </Table.Summary.Cell>
                  );
                })}
                <Table.Summary.Cell index={view.unitSteps.length + 1} align="center">
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <strong>{view.totals.done}</strong>/{view.totals.total}
                  </span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </div>
  );
}
