/** What the record holds for one agenda item: comments by speaker, the conclusion, the proposed level, answers, votes. */
import { Flex, Tag, Typography } from 'antd';
import { ENTRY_KIND_LABELS } from '../../../../domain/meeting/types.js';
import type { MeetingEntryView } from '../types.js';
import { levelText } from './format.js';

export function ItemRecord({ entries }: { entries: readonly MeetingEntryView[] }) {
  if (entries.length === 0) {
    return <Typography.Text type="secondary">Chưa ghi nội dung nào.</Typography.Text>;
  }
  return (
    <Flex vertical gap={0} data-testid="item-record">
      {entries.map((e, i) => (
        <div
          key={e.id}
          data-testid="record-entry"
          data-kind={e.body.kind}
          style={{ padding: '10px 0', borderTop: i > 0 ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
        >
          <Flex gap={6} wrap align="center" style={{ marginBottom: 4 }}>
            <Typography.Text strong>{heading(e)}</Typography.Text>
            {e.corrected ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                Đã đính chính
              </Tag>
            ) : null}
          </Flex>
          <EntryBodyView entry={e} />
        </div>
      ))}
    </Flex>
  );
}

function heading(e: MeetingEntryView): string {
  const label = ENTRY_KIND_LABELS[e.body.kind];
  if (e.body.kind === 'comment' || e.body.kind === 'conclusion' || e.body.kind === 'response')
    return e.speakerName ? `${label} — ${e.speakerName}` : label;
  return label;
}

const para = { margin: 0, whiteSpace: 'pre-wrap' } as const;

function EntryBodyView({ entry: e }: { entry: MeetingEntryView }) {
  const b = e.body;
  switch (b.kind) {
    case 'comment':
    case 'note':
      return <Typography.Paragraph style={para}>{b.text}</Typography.Paragraph>;
    case 'conclusion':
      return <ConclusionText body={b} />;
    case 'proposal':
      return (
        <Flex vertical gap={2}>
          <Typography.Text>{levelText(b.level)}</Typography.Text>
          {b.quotaBreach ? (
            <Typography.Text type="danger">
              Vượt tỷ lệ{b.reason ? ` — lý do: ${b.reason}` : ''}
            </Typography.Text>
          ) : null}
        </Flex>
      );
    case 'response':
      return (
        <Typography.Paragraph style={para}>
          {b.accepts ? 'Tiếp thu kết luận.' : `Có ý kiến khác: ${b.text}`}
        </Typography.Paragraph>
      );
    case 'open_vote':
      return (
        <Typography.Paragraph style={para}>
          {b.question}: {b.agree} đồng ý, {b.disagree} không đồng ý, {b.abstain} không biểu quyết (
          {b.presentTotal} có mặt) — {b.passed ? 'thông qua' : 'không thông qua'}.
        </Typography.Paragraph>
      );
    case 'chair_change':
      return <Typography.Paragraph style={para}>{b.text}</Typography.Paragraph>;
  }
}

/** Strengths, weaknesses and the rest of a conclusion, each under its label when given. */
export function ConclusionText({ body }: { body: { strengths: string; weaknesses: string; text: string } }) {
  return (
    <Flex vertical gap={4}>
      {body.strengths ? (
        <Typography.Paragraph style={para}>
          <Typography.Text type="secondary">Ưu điểm: </Typography.Text>
          {body.strengths}
        </Typography.Paragraph>
      ) : null}
      {body.weaknesses ? (
        <Typography.Paragraph style={para}>
          <Typography.Text type="secondary">Hạn chế: </Typography.Text>
          {body.weaknesses}
        </Typography.Paragraph>
      ) : null}
      {body.text ? <Typography.Paragraph style={para}>{body.text}</Typography.Paragraph> : null}
    </Flex>
  );
}
