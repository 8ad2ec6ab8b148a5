/**
 * "Đính chính": the form of the entry's kind, prefilled with what it says, posting a new entry that
 * names the one it corrects (the record itself is never edited).
 */
import { Modal } from 'antd';
import type { MeetingEntryView, MeetingView } from '../types.js';
import { CommentForm } from './CommentForm.js';
import { ConclusionForm } from './ConclusionForm.js';
import { entryKindLabel } from './format.js';
import { ProposalForm } from './ProposalForm.js';

export function CorrectionModal({
  meeting: m,
  entry,
  onClose,
}: {
  meeting: MeetingView;
  entry: MeetingEntryView | null;
  onClose: () => void;
}) {
  const position = entry?.itemPosition ?? 0;
  const item = m.items.find((i) => i.position === position);
  return (
    <Modal
      open={entry !== null}
      title={entry ? `Đính chính: ${entryKindLabel(entry.body)}${item ? ` — ${item.title}` : ''}` : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
    >
      {entry?.body.kind === 'comment' || entry?.body.kind === 'note' ? (
        <CommentForm meeting={m} itemPosition={position} correcting={entry} onDone={onClose} />
      ) : null}
      {entry?.body.kind === 'conclusion' ? (
        <ConclusionForm meeting={m} itemPosition={position} correcting={entry} onDone={onClose} />
      ) : null}
      {entry?.body.kind === 'proposal' ? (
        <ProposalForm meeting={m} itemPosition={position} correcting={entry} onDone={onClose} />
      ) : null}
    </Modal>
  );
}
