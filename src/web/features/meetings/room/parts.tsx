/** Small pieces of the meeting-room pages: the state tag and a card with a real heading. */
import { Card, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MeetingView } from '../types.js';

const STATE_COLORS: Record<MeetingView['state'], string> = {
  prepared: 'default',
  running: 'processing',
  locked: 'success',
};

export function MeetingStateTag({ meeting: m }: { meeting: Pick<MeetingView, 'state' | 'stateLabel'> }) {
  return (
    <Tag color={STATE_COLORS[m.state]} data-testid="meeting-state" data-state={m.state}>
      {m.stateLabel}
    </Tag>
  );
}

/** A card whose title is a heading (level 2), so that screen readers and tests find each part. */
export function Section({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

/** "Label: value" on one line (the value may wrap). */
export function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      <Typography.Text strong>{children}</Typography.Text>
    </div>
  );
}
