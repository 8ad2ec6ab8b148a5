/**
 * The meeting's record is append-only (issue 6 §1): a correction is a new entry naming the one it
 * corrects. The effective record replaces each corrected entry by its latest correction, in the place
 * of the original (so the minutes read in the order things happened).
 */
import type { Entry } from './types.js';

export interface EffectiveEntry extends Entry {
  /** The entry was corrected: the ids of the entries it replaced, oldest first. */
  replaces: string[];
}

export function effectiveEntries(entries: readonly Entry[]): EffectiveEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Follow each correction back to the original it ultimately corrects.
  const rootOf = (e: Entry): Entry => {
    let cur = e;
    const seen = new Set<string>();
    while (cur.corrects && byId.has(cur.corrects) && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = byId.get(cur.corrects) as Entry;
    }
    return cur;
  };
  const latest = new Map<string, Entry>();
  const chain = new Map<string, string[]>();
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    const root = rootOf(e);
    const prev = latest.get(root.id);
    if (prev) chain.set(root.id, [...(chain.get(root.id) ?? []), prev.id]);
    latest.set(root.id, e);
  }
  return [...entries]
    .filter((e) => rootOf(e).id === e.id)
    .sort((a, b) => a.seq - b.seq)
    .map((root) => {
      const last = latest.get(root.id) as Entry;
      return { ...last, seq: root.seq, itemPosition: root.itemPosition, replaces: chain.get(root.id) ?? [] };
    });
}

/** The problem with correcting `targetId` by an entry of `kind`, or null. */
export function correctionProblem(
  entries: readonly Entry[],
  targetId: string,
  kind: Entry['body']['kind'],
): string | null {
  const target = entries.find((e) => e.id === targetId);
  if (!target) return 'Không tìm thấy nội dung cần đính chính trong biên bản cuộc họp này.';
  if (target.body.kind !== kind) return 'Nội dung đính chính phải cùng loại với nội dung được đính chính.';
  if (kind === 'chair_change' || kind === 'open_vote')
    return 'Không đính chính việc thay người chủ trì hoặc kết quả biểu quyết; hãy ghi ý kiến bổ sung.';
  return null;
}
