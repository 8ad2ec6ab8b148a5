/**
 * How far the units are: "Đã nộp x/y" per unit with a small bar (submitted, revising and final count
 * as submitted; waived forms are not required), and the number of reviews in each state.
 */
import { Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { REVIEW_STATES } from '../../../domain/review.js';
import {
  REVIEW_STATE_COLORS,
  type SubmissionCount,
  stateLabel,
  submittedPercent,
  submittedText,
  type UnitSummary,
} from './format.js';

function StateCounts({ count, testId }: { count: SubmissionCount; testId?: string }) {
  return (
    <Flex gap={4} wrap data-testid={testId}>
      {REVIEW_STATES.filter((s) => count.byState[s] > 0).map((s) => (
        <Tag key={s} color={REVIEW_STATE_COLORS[s]} style={{ marginInlineEnd: 0 }}>
          {stateLabel(s)}: {count.byState[s]}
        </Tag>
      ))}
      {count.waived > 0 ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          Đã miễn: {count.waived}
        </Tag>
      ) : null}
    </Flex>
  );
}

export function SubmissionSummary({
  total,
  units,
  selectedUnitId,
  onSelectUnit,
}: {
  total: SubmissionCount;
  units: UnitSummary[];
  selectedUnitId?: string;
  /** Given when the user sees several units: clicking one filters the table. */
  onSelectUnit?: (unitId: string | undefined) => void;
}) {
  const pct = submittedPercent(total);
  return (
    <Card
      size="small"
      title={
        units.length === 1 && units[0]
          ? `Tình hình nộp bản kiểm điểm — ${units[0].unitName}`
          : 'Tình hình nộp bản kiểm điểm'
      }
      data-testid="review-summary"
    >
      <Flex vertical gap={12}>
        <Flex gap="8px 16px" wrap align="center">
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="summary-total">
            {submittedText(total)}
          </Typography.Text>
          <Progress percent={pct} size="small" style={{ width: 180, margin: 0 }} />
          <StateCounts count={total} testId="summary-states" />
        </Flex>
        {units.length > 1 ? (
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
              gap: 8,
            }}
          >
            {units.map((u) => {
              const selected = u.unitId === selectedUnitId;
              return (
                <Flex
                  key={u.unitId}
                  vertical
                  gap={2}
                  data-testid="unit-summary"
                  data-unit={u.unitName}
                  style={{
                    border: `1px solid ${selected ? '#1d4ed8' : '#f0f0f0'}`,
                    borderRadius: 6,
                    padding: '6px 10px',
                    background: selected ? '#f0f5ff' : undefined,
                  }}
                >
                  <Flex justify="space-between" gap={8} align="baseline">
                    {onSelectUnit ? (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                        onClick={() => onSelectUnit(selected ? undefined : u.unitId)}
                        aria-pressed={selected}
                      >
                        {u.unitName}
                      </Button>
                    ) : (
                      <Typography.Text>{u.unitName}</Typography.Text>
                    )}
                    <Typography.Text style={{ whiteSpace: 'nowrap' }} data-testid="unit-submitted">
                      {submittedText(u)}
                    </Typography.Text>
                  </Flex>
                  <Progress
                    percent={submittedPercent(u)}
                    size="small"
                    showInfo={false}
                    style={{ margin: 0 }}
                    aria-label={`${u.unitName}: ${submittedText(u)}`}
                  />
                  <StateCounts count={u} />
                </Flex>
              );
            })}
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
