/**
 * Agency-level steps on a time axis (plain divs, no chart library): month ticks from the cycle's
 * earliest to its latest deadline, one row per step with a bar on its deadline (or its date range)
 * coloured by state, and a vertical "Hôm nay" line. The secretary marks a step from its row.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Tooltip, Typography, theme } from 'antd';
import { formatVnDate } from '../../../domain/dates.js';
import { useIsPhone } from '../../components/useIsMobile.js';
import { cellDescription, deadlineText, STATE_COLORS, shortStepTitle } from './format.js';
import type { MarkTarget } from './MarkProgressModal.js';
import type { AgencyRow } from './matrix.js';
import { barSpan, dayCenter, inRange, monthTicks, type TimelineRange } from './timeline.js';
import type { ProgressStep } from './types.js';

interface Props {
  rows: AgencyRow[];
  range: TimelineRange | null;
  today: string;
  canMark: (step: ProgressStep, unitId: string | null) => boolean;
  onMark: (target: MarkTarget) => void;
}

const LABEL_WIDTH = 260;
const PHONE_LABEL_WIDTH = 136;
/** Room at both ends of the axis so a marker on the first or last day is not cut off. */
const AXIS_PADDING = 14;
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 40;
const MARKER_WIDTH = 16;
const MIN_CHART_WIDTH = 520;

export function AgencyTimeline({ rows, range, today, canMark, onMark }: Props) {
  const { token } = theme.useToken();
  const phone = useIsPhone();
  if (rows.length === 0) {
    return (
      <div data-testid="progress-timeline">
        <Typography.Text type="secondary">Kỳ này không có bước nào ở cấp cơ quan.</Typography.Text>
      </div>
    );
  }
  const ticks = range ? monthTicks(range) : [];
  const showToday = range !== null && inRange(today, range);
  const todayX = range ? dayCenter(today, range) : 0;
  const grid = token.colorBorderSecondary;
  const labelWidth = phone ? PHONE_LABEL_WIDTH : LABEL_WIDTH;

  return (
    <div data-testid="progress-timeline" style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `${labelWidth}px minmax(${MIN_CHART_WIDTH}px, 1fr)`,
          minWidth: labelWidth + MIN_CHART_WIDTH,
        }}
      >
        {/* Left: step names (they stay in view while the axis scrolls on a phone). */}
        <div
          style={{
            position: 'sticky',
            left: 0,
            zIndex: 5,
            background: token.colorBgContainer,
            borderInlineEnd: `1px solid ${grid}`,
          }}
        >
          <div style={{ height: AXIS_HEIGHT, borderBottom: `1px solid ${grid}` }} />
          {rows.map(({ step, cell }) => {
            const markable = canMark(step, null);
            const title = shortStepTitle(step);
            return (
              <div
                key={step.id}
                style={{
                  height: ROW_HEIGHT,
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'center',
                  paddingInlineEnd: 8,
                  borderBottom: `1px solid ${grid}`,
                  minWidth: 0,
                }}
              >
                <Tooltip title={step.title} placement="topLeft">
                  {markable ? (
                    <Typography.Link
                      ellipsis
                      onClick={() => onMark({ step, unit: null, cell })}
                      style={{ maxWidth: '100%' }}
                    >
                      {title}
                    </Typography.Link>
                  ) : (
                    <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                      {title}
                    </Typography.Text>
                  )}
                </Tooltip>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  Hạn {deadlineText(step)}
                  {cell.doneOn ? ` · xong ${formatVnDate(cell.doneOn).slice(0, 5)}` : ''}
                </Typography.Text>
              </div>
            );
          })}
        </div>
        {/* Right: the axis, the bars and today's line. */}
        <div style={{ paddingInline: AXIS_PADDING }}>
          <div style={{ position: 'relative' }}>
            <div style={{ position: 'relative', height: AXIS_HEIGHT, borderBottom: `1px solid ${grid}` }}>
              {ticks.map((t) => (
                <span
                  key={t.date}
                  data-testid="timeline-tick"
                  style={{
                    position: 'absolute',
                    left: `${t.x}%`,
                    bottom: 2,
                    paddingInlineStart: 4,
                    fontSize: 12,
                    color: token.colorTextSecondary,
                    whiteSpace: 'nowrap',
                  }}
                >
                  {t.label}
                </span>
              ))}
            </div>
            {rows.map(({ step, cell }) => {
              const c = STATE_COLORS[cell.state];
              const markable = canMark(step, null);
              const description = cellDescription(cell, step, today);
              // A date range is a bar over its days; a single deadline a marker centred on its day.
              const span =
                range && step.deadline
                  ? step.deadlineEnd && step.deadlineEnd > step.deadline
                    ? barSpan(step.deadline, step.deadlineEnd, range)
                    : { left: dayCenter(step.deadline, range), width: null }
                  : null;
              return (
                <div
                  key={step.id}
                  style={{ position: 'relative', height: ROW_HEIGHT, borderBottom: `1px solid ${grid}` }}
                >
                  {span ? (
                    <Tooltip title={`${step.title}: ${description}${markable ? ' Bấm để ghi nhận.' : ''}`}>
                      <button
                        type="button"
                        data-testid="progress-bar"
                        data-state={cell.state}
                        data-step={step.code}
                        aria-label={`${shortStepTitle(step)}: ${description}`}
                        disabled={!markable}
                        onClick={() => onMark({ step, unit: null, cell })}
                        style={{
                          position: 'absolute',
                          top: 11,
                          height: ROW_HEIGHT - 22,
                          left: `${span.left}%`,
                          width: span.width === null ? MARKER_WIDTH : `${span.width}%`,
                          minWidth: MARKER_WIDTH,
                          transform: span.width === null ? 'translateX(-50%)' : undefined,
                          padding: 0,
                          borderRadius: 4,
                          border: `1px solid ${cell.state === 'overdue' ? c.border : c.solid}`,
                          background: c.solid,
                          color: '#fff',
                          fontSize: 11,
                          display: 'flex',
                          alignItems: 'center',
                          justifyContent: 'center',
                          cursor: markable ? 'pointer' : 'default',
                          zIndex: 2,
                        }}
                      >
                        {cell.doneOn ? <CheckCircleFilled /> : null}
                      </button>
                    </Tooltip>
                  ) : (
                    <Typography.Text
                      type="secondary"
                      style={{ position: 'absolute', left: 8, top: 12, fontSize: 12 }}
                    >
                      Không có hạn
                    </Typography.Text>
                  )}
                </div>
              );
            })}
            {/* Month grid lines. */}
            {ticks.map((t) => (
              <div
                key={t.date}
                aria-hidden
                style={{
                  position: 'absolute',
                  left: `${t.x}%`,
                  top: 0,
                  bottom: 0,
                  borderInlineStart: `1px dashed ${grid}`,
                  pointerEvents: 'none',
                }}
              />
            ))}
            {showToday ? (
              <div
                data-testid="timeline-today"
                style={{
                  position: 'absolute',
                  left: `${todayX}%`,
                  top: 0,
                  bottom: 0,
                  borderInlineStart: `2px solid ${token.colorPrimary}`,
                  pointerEvents: 'none',
                  zIndex: 3,
                }}
              >
                <span
                  style={{
                    position: 'absolute',
                    top: 2,
                    left: 4,
                    fontSize: 11,
                    fontWeight: 600,
                    color: token.colorPrimary,
                    background: token.colorBgContainer,
                    padding: '0 3px',
                    whiteSpace: 'nowrap',
                  }}
                >
                  Hôm nay {formatVnDate(today).slice(0, 5)}
                </span>
              </div>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
