/** The state of a cycle (Nháp / Đang diễn ra / Đã kết thúc) and its rule regime ("Chế độ 2024"). */
import { Tag, Tooltip } from 'antd';
import { CYCLE_STATE_LABELS, type CycleState, REGIME_LABELS, type Regime } from '../../../domain/cycle.js';
import { regimeShortLabel } from './format.js';

const STATE_COLORS: Record<CycleState, string> = {
  draft: 'default',
  running: 'blue',
  closed: 'green',
};

export function CycleStateTag({ state }: { state: CycleState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }} data-testid="cycle-state">
      {CYCLE_STATE_LABELS[state]}
    </Tag>
  );
}

/** The short regime name; the full legal basis in a tooltip. */
export function RegimeTag({ regime }: { regime: Regime }) {
  return (
    <Tooltip title={REGIME_LABELS[regime]}>
      <Tag color="purple" style={{ marginInlineEnd: 0 }}>
        {regimeShortLabel(regime)}
      </Tag>
    </Tooltip>
  );
}
