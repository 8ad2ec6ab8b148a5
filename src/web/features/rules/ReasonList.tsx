/** The engine's reasons: each message with the article it applies; assumptions marked. */
import { Flex, Tag, Typography } from 'antd';
import type { Reason } from '../../../domain/rules/types.js';

export function ReasonList({
  reasons,
  testId = 'rule-reason',
}: {
  reasons: readonly Reason[];
  testId?: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <ol style={{ paddingInlineStart: 20, margin: 0 }}>
      {reasons.map((r) => (
        <li
          key={`${r.code}:${r.message}`}
          data-testid={testId}
          data-code={r.code}
          style={{ marginBottom: 8 }}
        >
          <Flex vertical gap={2}>
            <Typography.Text>
              {r.code.startsWith('assumed_') ? (
                <Tag color="orange" style={{ marginInlineEnd: 6 }}>
                  Giả định
                </Tag>
              ) : null}
              {r.message}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-article`}>
              {r.article}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ol>
  );
}

/** Server messages that belong to no field, and the "fill these first" note. */
export function CheckNotes({ waiting, other }: { waiting: boolean; other: readonly string[] }) {
  if (!waiting && other.length === 0) return null;
  return (
    <Flex vertical gap={4} role="alert" data-testid="check-notes">
      {waiting ? (
        <Typography.Text type="warning">Điền đủ các ô được đánh dấu đỏ để xem kết quả.</Typography.Text>
      ) : null}
      {other.map((m) => (
        <Typography.Text key={m} type="danger">
          {m}
        </Typography.Text>
      ))}
    </Flex>
  );
}
