/** The colour key of the dashboard. */
import { Flex, Typography } from 'antd';
import type { DeadlineState } from '../../../domain/cycle.js';
import { LEGEND_STATES, legendLabel, STATE_COLORS } from './format.js';

export function StateSwatch({ state }: { state: DeadlineState }) {
  const c = STATE_COLORS[state];
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 14,
        height: 14,
        borderRadius: 3,
        background: c.background,
        border: `1px solid ${c.border}`,
        flex: 'none',
      }}
    />
  );
}

export function StateLegend({ withNoDeadline = false }: { withNoDeadline?: boolean }) {
  const states: DeadlineState[] = [...LEGEND_STATES, ...(withNoDeadline ? (['no_deadline'] as const) : [])];
  return (
    <Flex
      gap="4px 16px"
      wrap
      align="center"
      data-testid="progress-legend"
      role="list"
      aria-label="Chú giải màu"
    >
      {states.map((s) => (
        <Flex key={s} gap={6} align="center" role="listitem">
          <StateSwatch state={s} />
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>{legendLabel(s)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
