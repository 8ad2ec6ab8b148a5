/**
 * Reviewing the collective: the report, the comments, the open vote approving it, the chair's
 * conclusion, and (optionally) the level proposed for the collective.
 */
import type { MeetingEntryView, MeetingItemView, MeetingView } from '../types.js';
import { CommentForm } from './CommentForm.js';
import { ConclusionForm } from './ConclusionForm.js';
import { latestOf } from './format.js';
import { ProposalForm } from './ProposalForm.js';
import { ItemReviews, RecordedOr, Section } from './parts.js';
import { VoteForm, VoteResults } from './VoteForm.js';

export function CollectiveItem({
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
  return (
    <>
      <Section title="Báo cáo kiểm điểm tập thể">
        <ItemReviews item={item} empty="Chưa có báo cáo kiểm điểm tập thể trong hệ thống." />
      </Section>
      {run ? (
        <Section title="Ý kiến phát biểu">
          <CommentForm meeting={m} itemPosition={item.position} />
        </Section>
      ) : null}
      <Section title="Biểu quyết thông qua báo cáo" testId="vote-section">
        <VoteResults meeting={m} itemPosition={item.position} />
        {run ? (
          <VoteForm
            meeting={m}
            itemPosition={item.position}
            purpose="report_approval"
            title="Biểu quyết công khai thông qua báo cáo kiểm điểm tập thể"
          />
        ) : null}
      </Section>
      <Section title="Kết luận của người chủ trì" testId="conclusion-section">
        <RecordedOr
          entry={conclusion}
          run={run}
          onCorrect={onCorrect}
          form={<ConclusionForm meeting={m} itemPosition={item.position} />}
          empty="Chưa có kết luận."
        />
      </Section>
      <Section title="Mức xếp loại đề xuất của tập thể (không bắt buộc)" testId="proposal-section">
        <RecordedOr
          entry={proposal}
          run={run}
          onCorrect={onCorrect}
          form={<ProposalForm meeting={m} itemPosition={item.position} />}
          empty="Chưa đề xuất."
        />
      </Section>
    </>
  );
}
