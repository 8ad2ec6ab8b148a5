/**
 * The record: while the meeting runs, what was written on the current item, and the whole record
 * (item by item) folded below; before and after, the whole record.
 */
import { Card, Collapse, Flex, Typography } from 'antd';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { currentItem } from './format.js';
import { RecordList } from './RecordList.js';

export function RecordCard({
  meeting: m,
  onCorrect,
}: {
  meeting: MeetingView;
  onCorrect?: (entry: MeetingEntryView) => void;
}) {
  const current = currentItem(m);
  const whole = <WholeRecord meeting={m} onCorrect={onCorrect} />;
  if (!current) {
    return (
      <Card title={`Biên bản (${m.entries.length} nội dung)`} data-testid="record">
        {whole}
      </Card>
    );
  }
  return (
    <Card title="Biên bản" data-testid="record">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {current.position}. {current.title}
      </Typography.Title>
      <RecordList
        meeting={m}
        entries={m.entries.filter((e) => e.itemPosition === current.position)}
        onCorrect={onCorrect}
        empty="Chưa ghi nội dung nào ở phần này."
      />
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'all',
            label: `Toàn bộ biên bản (${m.entries.length} nội dung)`,
            children: whole,
          },
        ]}
      />
    </Card>
  );
}

function WholeRecord({
  meeting: m,
  onCorrect,
}: {
  meeting: MeetingView;
  onCorrect?: (entry: MeetingEntryView) => void;
}) {
  const sections = m.items
    .map((item) => ({ item, entries: m.entries.filter((e) => e.itemPosition === item.position) }))
    .filter((s) => s.entries.length > 0);
  const loose = m.entries.filter((e) => e.itemPosition === null);
  if (sections.length === 0 && loose.length === 0)
    return <RecordList meeting={m} entries={[]} empty="Biên bản chưa có nội dung nào." />;
  return (
    <Flex vertical gap={12}>
      {loose.length > 0 ? <RecordList meeting={m} entries={loose} onCorrect={onCorrect} /> : null}
      {sections.map((s) => (
        <section key={s.item.position} data-position={s.item.position}>
          <Typography.Text strong>
            {s.item.position}. {s.item.title}
          </Typography.Text>
          <RecordList meeting={m} entries={s.entries} onCorrect={onCorrect} />
        </section>
      ))}
    </Flex>
  );
}
