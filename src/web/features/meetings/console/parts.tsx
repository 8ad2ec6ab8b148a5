/** Small pieces of the current item's panel: a titled section, the reviews discussed, a recorded entry. */
import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FORM_LABELS } from '../../../../domain/forms/catalogue.js';
import type { FormCode } from '../../../../domain/forms/types.js';
import { REVIEW_STATE_LABELS, type ReviewState } from '../../../../domain/review.js';
import { LEVEL_LABELS } from '../../../../domain/rules/types.js';
import type { MeetingEntryView, MeetingItemView } from '../types.js';
import { entryLines, reviewPath } from './format.js';

export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section data-testid={testId} style={{ marginBottom: 20 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const stateLabel = (s: string) => REVIEW_STATE_LABELS[s as ReviewState] ?? s;
const formLabel = (code: string) => FORM_LABELS[code as FormCode] ?? code;

/** The reviews of the item's subject (or the collective report), each with a link to read it. */
export function ItemReviews({ item, empty }: { item: MeetingItemView; empty: string }) {
  if (item.reviews.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={6} data-testid="item-reviews">
      {item.reviews.map((r) => (
        <Flex key={r.id} gap={8} wrap align="center">
          <Link to={reviewPath(r.id)} target="_blank" rel="noopener">
            <FileTextOutlined />{' '}
            {item.kind === 'collective_report' ? 'Xem báo cáo kiểm điểm tập thể' : 'Xem bản tự kiểm điểm'}
          </Link>
          <Typography.Text type="secondary">{formLabel(r.formCode)}</Typography.Text>
          <Tag>{stateLabel(r.state)}</Tag>
          {r.proposedLevel ? (
            <Typography.Text type="secondary">Tự đề xuất: {LEVEL_LABELS[r.proposedLevel]}</Typography.Text>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * One thing an item records once (the conclusion, the proposed level): what was recorded, else the
 * form to record it (for those who run the meeting), else a line saying it is not there yet.
 */
export function RecordedOr({
  entry,
  run,
  onCorrect,
  form,
  empty,
}: {
  entry: MeetingEntryView | null | undefined;
  run: boolean;
  onCorrect?: (entry: MeetingEntryView) => void;
  form: ReactNode;
  empty: string;
}) {
  if (entry) return <RecordedEntry entry={entry} onCorrect={onCorrect} />;
  return run ? form : empty;
}

/** What was recorded (a conclusion, a proposal), with "Đính chính" when the user may correct it. */
export function RecordedEntry({
  entry,
  onCorrect,
}: {
  entry: MeetingEntryView;
  onCorrect?: (entry: MeetingEntryView) => void;
}) {
  return (
    <Flex
      vertical
      gap={2}
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}
      data-testid={`recorded-${entry.body.kind}`}
    >
      {entryLines(entry.body).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one entry, fixed order
        <Typography.Text key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {line}
        </Typography.Text>
      ))}
      <Flex gap={8} align="center">
        {entry.corrected ? <Typography.Text type="warning">(đã đính chính)</Typography.Text> : null}
        {onCorrect ? (
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => onCorrect(entry)}
            style={{ paddingInline: 0 }}
          >
            Đính chính
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
