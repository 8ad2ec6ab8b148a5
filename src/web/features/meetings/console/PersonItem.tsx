/**
 * Reviewing one person: their self-review(s), the comments, the chair's conclusion, the proposed
 * level (with the live quota beside it), and the person's answer.
 */
import { Col, Row } from 'antd';
import type { MeetingEntryView, MeetingItemView, MeetingView } from '../types.js';
import { CommentForm } from './CommentForm.js';
import { ConclusionForm } from './ConclusionForm.js';
import { latestOf } from './format.js';
import { ProposalForm } from './ProposalForm.js';
import { ItemReviews, RecordedOr, Section } from './parts.js';
import { QuotaPanel } from './QuotaPanel.js';
import { ResponsePanel } from './ResponsePanel.js';

export function PersonItem({
  meeting: m,
  item,
  onCorrect,
}: {
  meeting: MeetingView;
  item: MeetingItemView;
  onCorrect?: (entry: MeetingEntryView) => void;
}) {
  const run = m.me.canRun;
  const conclusion = latestOf(m, item.position, 'conclusion');
  const proposal = latestOf(m, item.position, 'proposal');
  const selfProposed = item.reviews.find((r) => r.proposedLevel)?.proposedLevel ?? null;
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={14}>
        <Section title="Bản tự kiểm điểm">
          <ItemReviews item={item} empty="Không có bản tự kiểm điểm nào trong kỳ đánh giá này." />
        </Section>
        {run ? (
          <Section title="Ý kiến phát biểu">
            <CommentForm meeting={m} itemPosition={item.position} />
          </Section>
        ) : null}
        <Section title="Kết luận ưu điểm, hạn chế" testId="conclusion-section">
          <RecordedOr
            entry={conclusion}
            run={run}
            onCorrect={onCorrect}
            form={<ConclusionForm meeting={m} itemPosition={item.position} />}
            empty="Chưa có kết luận."
          />
        </Section>
        <Section title="Mức xếp loại đề xuất" testId="proposal-section">
          <RecordedOr
            entry={proposal}
            run={run}
            onCorrect={onCorrect}
            form={<ProposalForm meeting={m} itemPosition={item.position} selfProposed={selfProposed} />}
            empty="Chưa đề xuất."
          />
        </Section>
        <Section title="Ý kiến của người được kiểm điểm">
          <ResponsePanel meeting={m} item={item} />
        </Section>
      </Col>
      <Col xs={24} lg={10}>
        <QuotaPanel meeting={m} person={item.subject} />
      </Col>
    </Row>
  );
}
