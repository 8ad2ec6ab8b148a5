/**
 * Entries of the record as they stand (corrections applied): speaker, kind, what was said, when and
 * by whom it was written, "(đã đính chính)" with the earlier versions, and "Đính chính" on the kinds
 * that may be corrected while the meeting runs.
 */
import { EditOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { clockText, entryKindLabel, entryLines, isCorrectable, previousVersions } from './format.js';

const KIND_COLORS: Record<MeetingEntryView['body']['kind'], string> = {
  comment: 'blue',
  note: 'default',
  conclusion: 'purple',
  proposal: 'gold',
  response: 'cyan',
  open_vote: 'green',
  chair_change: 'magenta',
};

export function RecordList({
  meeting: m,
  entries,
  onCorrect,
  empty = 'Chưa ghi nội dung nào.',
}: {
  meeting: MeetingView;
  entries: readonly MeetingEntryView[];
  /** Given when the user may correct entries. */
  onCorrect?: (entry: MeetingEntryView) => void;
  empty?: string;
}) {
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="record-list">
      {entries.map((e, i) => (
        <EntryRow
          key={e.id}
          meeting={m}
          entry={e}
          first={i === 0}
          onCorrect={onCorrect && isCorrectable(e.body) ? () => onCorrect(e) : undefined}
        />
      ))}
    </ol>
  );
}

function EntryRow({
  meeting: m,
  entry: e,
  first,
  onCorrect,
}: {
  meeting: MeetingView;
  entry: MeetingEntryView;
  first: boolean;
  onCorrect?: () => void;
}) {
  const earlier = e.corrected ? previousVersions(m.record, e.id) : [];
  return (
    <li
      data-seq={e.seq}
      data-kind={e.body.kind}
      style={{ padding: '8px 0', borderTop: first ? undefined : '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex justify="space-between" align="start" gap={8} wrap>
        <span>
          <Tag color={KIND_COLORS[e.body.kind]}>{entryKindLabel(e.body)}</Tag>
          {e.speakerName ? <Typography.Text strong>{e.speakerName}</Typography.Text> : null}
          {e.corrected ? (
            <Typography.Text type="warning" style={{ marginInlineStart: 6 }}>
              (đã đính chính)
            </Typography.Text>
          ) : null}
        </span>
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {clockText(e.recordedAt)} · {e.recordedByName}
          </Typography.Text>
          {onCorrect ? (
            <Button size="small" type="link" icon={<EditOutlined />} onClick={onCorrect}>
              Đính chính
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <EntryText body={e.body} />
      {earlier.length > 0 ? (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'earlier',
              label: `Nội dung trước khi đính chính (${earlier.length})`,
              children: earlier.map((r) => (
                <div key={r.id} style={{ opacity: 0.75 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {clockText(r.recordedAt)} · {r.recordedByName}
                  </Typography.Text>
                  <EntryText body={r.body} />
                </div>
              )),
            },
          ]}
        />
      ) : null}
    </li>
  );
}

function EntryText({ body }: { body: MeetingEntryView['body'] }) {
  return (
    <div style={{ marginTop: 4 }}>
      {entryLines(body).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one entry, fixed order
        <Typography.Paragraph key={i} style={{ marginBottom: 2, whiteSpace: 'pre-wrap' }}>
          {line}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
