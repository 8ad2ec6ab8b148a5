/** The item being discussed: who chairs it, and the panel of its kind. */
import { Card, Typography } from 'antd';
import type { MeetingEntryView, MeetingItemView, MeetingView } from '../types.js';
import { BallotItem } from './BallotItem.js';
import { CollectiveItem } from './CollectiveItem.js';
import { MinutesItem } from './MinutesItem.js';
import { PersonItem } from './PersonItem.js';

export function CurrentItemCard({
  meeting: m,
  item,
  onCorrect,
}: {
  meeting: MeetingView;
  item: MeetingItemView;
  onCorrect?: (entry: MeetingEntryView) => void;
}) {
  return (
    <Card
      title={`Đang họp: ${item.position}. ${item.title}`}
      styles={{ title: { whiteSpace: 'normal' } }}
      data-testid="current-item"
      data-kind={item.kind}
      data-position={item.position}
    >
      {m.actingChair ? (
        <Typography.Paragraph type="secondary" data-testid="item-chair">
          Chủ trì phần này: đồng chí {m.actingChair.fullName}
        </Typography.Paragraph>
      ) : null}
      {item.kind === 'collective_report' ? (
        <CollectiveItem meeting={m} item={item} onCorrect={onCorrect} />
      ) : null}
      {item.kind === 'person' ? <PersonItem meeting={m} item={item} onCorrect={onCorrect} /> : null}
      {item.kind === 'ballot' ? <BallotItem meeting={m} /> : null}
      {item.kind === 'minutes' ? <MinutesItem meeting={m} item={item} /> : null}
    </Card>
  );
}
