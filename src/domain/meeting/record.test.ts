import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctionProblem, effectiveEntries } from './record.js';
import { ENTRY_KINDS, type Entry, type EntryBody, type EntryKind } from './types.js';

const text = (t: string): EntryBody => ({ kind: 'comment', text: t });

const entry = (
  id: string,
  seq: number,
  body: EntryBody,
  corrects: string | null = null,
  itemPosition: number | null = 1,
): Entry => ({ id, seq, itemPosition, speakerName: `Người nói ${id}`, body, corrects });

/** A body of each kind, for the kind checks. */
const BODIES: Record<EntryKind, EntryBody> = {
  comment: { kind: 'comment', text: 'Ý kiến' },
  note: { kind: 'note', text: 'Ghi chú' },
  conclusion: { kind: 'conclusion', strengths: 'Ưu', weaknesses: 'Hạn chế', text: 'Kết luận' },
  proposal: { kind: 'proposal', level: 'HTTNV', quotaBreach: false, quotaMessage: null, reason: null },
  response: { kind: 'response', accepts: true, text: 'Tiếp thu' },
  open_vote: {
    kind: 'open_vote',
    question: 'Thông qua biên bản',
    agree: 9,
    disagree: 0,
    abstain: 1,
    presentTotal: 10,
    membersTotal: 11,
    passed: true,
    purpose: 'minutes_approval',
  },
  chair_change: { kind: 'chair_change', chairPersonId: 'd', chairName: 'Phó', text: 'Phó chủ trì' },
};

describe('effectiveEntries: each corrected entry reads as its latest correction, in its place', () => {
  it('an empty record', () => {
    expect(effectiveEntries([])).toEqual([]);
  });

  it('no corrections → the same entries in the same order, replacing nothing', () => {
    const es = [
      entry('a', 1, text('A')),
      entry('b', 2, text('B'), null, 2),
      entry('c', 3, text('C'), null, null),
    ];
    expect(effectiveEntries(es)).toEqual(es.map((e) => ({ ...e, replaces: [] })));
  });

  it('reads in seq order whatever order the entries come in', () => {
    const es = [entry('c', 3, text('C')), entry('a', 1, text('A')), entry('b', 2, text('B'))];
    expect(effectiveEntries(es).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('a correction replaces its target in the target’s place, with the target’s seq and item', () => {
    const es = [
      entry('a', 1, text('A'), null, 1),
      entry('b', 2, text('B'), null, 2),
      entry('c', 3, text('C'), null, 3),
      entry('b2', 4, text('B sửa'), 'b', 5),
    ];
    expect(effectiveEntries(es)).toEqual([
      { ...es[0], replaces: [] },
      {
        id: 'b2',
        seq: 2,
        itemPosition: 2,
        speakerName: 'Người nói b2',
        body: text('B sửa'),
        corrects: 'b',
        replaces: ['b'],
      },
      { ...es[2], replaces: [] },
    ]);
  });

  it('a correction recorded without an item still lands on the target’s item', () => {
    const es = [entry('a', 1, text('A'), null, 4), entry('a2', 2, text('A sửa'), 'a', null)];
    expect(effectiveEntries(es)).toMatchObject([{ id: 'a2', itemPosition: 4, seq: 1 }]);
  });

  it('a chain of corrections resolves to the last; replaces lists the replaced ids oldest first', () => {
    const es = [
      entry('x', 1, text('X')),
      entry('a', 2, text('A')),
      entry('a2', 3, text('A lần 2'), 'a'),
      entry('y', 4, text('Y')),
      entry('a3', 5, text('A lần 3'), 'a2'),
      entry('a4', 6, text('A lần 4'), 'a3'),
    ];
    const r = effectiveEntries(es);
    expect(r.map((e) => [e.id, e.seq, e.replaces])).toEqual([
      ['x', 1, []],
      ['a4', 2, ['a', 'a2', 'a3']],
      ['y', 4, []],
    ]);
    expect(r[1]?.body).toEqual(text('A lần 4'));
    expect(r[1]?.corrects).toBe('a3');
  });

  it('two corrections naming the same original: the later one wins', () => {
    const es = [
      entry('a', 1, text('A')),
      entry('a2', 2, text('A lần 2'), 'a'),
      entry('a3', 3, text('A lần 3'), 'a'),
    ];
    expect(effectiveEntries(es)).toMatchObject([
      { id: 'a3', seq: 1, replaces: ['a', 'a2'], body: text('A lần 3') },
    ]);
  });

  it('the last by seq wins even when the entries come out of order', () => {
    const es = [
      entry('a3', 3, text('A lần 3'), 'a2'),
      entry('a', 1, text('A')),
      entry('a2', 2, text('A lần 2'), 'a'),
    ];
    expect(effectiveEntries(es)).toMatchObject([{ id: 'a3', seq: 1, replaces: ['a', 'a2'] }]);
  });

  it('several originals corrected independently', () => {
    const es = [
      entry('a', 1, text('A')),
      entry('b', 2, text('B')),
      entry('b2', 3, text('B2'), 'b'),
      entry('a2', 4, text('A2'), 'a'),
      entry('b3', 5, text('B3'), 'b2'),
    ];
    expect(effectiveEntries(es).map((e) => [e.id, e.seq, e.replaces])).toEqual([
      ['a2', 1, ['a']],
      ['b3', 2, ['b', 'b2']],
    ]);
  });

  it('a correction naming an entry not in the record stands on its own', () => {
    const es = [entry('a', 1, text('A')), entry('b', 2, text('B'), 'gone')];
    expect(effectiveEntries(es).map((e) => [e.id, e.seq, e.replaces])).toEqual([
      ['a', 1, []],
      ['b', 2, []],
    ]);
  });

  it('a cycle of corrections (impossible in the store) does not loop forever', () => {
    const es = [entry('a', 1, text('A'), 'b'), entry('b', 2, text('B'), 'a')];
    expect(() => effectiveEntries(es)).not.toThrow();
  });

  it('does not change its input', () => {
    const es = [entry('b', 2, text('B')), entry('a', 1, text('A')), entry('b2', 3, text('B2'), 'b')];
    const copy = structuredClone(es);
    effectiveEntries(es);
    expect(es).toEqual(copy);
  });

  /** A record of up to 30 entries with seq 1..n; each may correct any earlier entry. */
  const recordArb = fc
    .array(fc.record({ correct: fc.boolean(), pick: fc.nat(), item: fc.option(fc.nat(9)), t: fc.string() }), {
      maxLength: 30,
    })
    .map((specs) =>
      specs.map((s, i): Entry => {
        const corrects = s.correct && i > 0 ? `e${(s.pick % i) + 1}` : null;
        return entry(`e${i + 1}`, i + 1, text(`${i + 1}:${s.t}`), corrects, s.item);
      }),
    );
  const withShuffle = recordArb.chain((es) =>
    fc.record({
      es: fc.constant(es),
      shuffled: fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }),
    }),
  );

  it('property: one effective entry per original; each reads as the last of its chain, in its place', () => {
    fc.assert(
      fc.property(withShuffle, ({ es, shuffled }) => {
        const byId = new Map(es.map((e) => [e.id, e]));
        const rootOf = (e: Entry): Entry => (e.corrects ? rootOf(byId.get(e.corrects) as Entry) : e);
        const r = effectiveEntries(shuffled);
        const originals = es.filter((e) => e.corrects === null);
        expect(r).toHaveLength(originals.length);
        expect(r.map((e) => e.seq)).toEqual(originals.map((e) => e.seq));
        for (const [k, eff] of r.entries()) {
          const root = originals[k] as Entry;
          const chain = es.filter((e) => rootOf(e).id === root.id).sort((a, b) => a.seq - b.seq);
          const last = chain.at(-1) as Entry;
          expect(eff.body).toEqual(last.body);
          expect(eff.id).toBe(last.id);
          expect(eff.itemPosition).toBe(root.itemPosition);
          expect(eff.replaces).toEqual(chain.slice(0, -1).map((e) => e.id));
        }
        // Every entry is either shown or replaced, exactly once.
        const seen = r.flatMap((e) => [e.id, ...e.replaces]).sort();
        expect(seen).toEqual(es.map((e) => e.id).sort());
        // Order of the input does not matter.
        expect(r).toEqual(effectiveEntries(es));
      }),
    );
  });
});

describe('correctionProblem', () => {
  const record = ENTRY_KINDS.map((k, i) => entry(k, i + 1, BODIES[k]));

  it('an unknown target', () => {
    expect(correctionProblem(record, 'nope', 'comment')).toBe(
      'Không tìm thấy nội dung cần đính chính trong biên bản cuộc họp này.',
    );
    expect(correctionProblem([], 'comment', 'comment')).toBe(
      'Không tìm thấy nội dung cần đính chính trong biên bản cuộc họp này.',
    );
  });

  const kinds = ENTRY_KINDS.flatMap((target) => ENTRY_KINDS.map((kind) => ({ target, kind })));
  it.each(kinds)('correcting a $target by a $kind', ({ target, kind }) => {
    const problem = correctionProblem(record, target, kind);
    if (target !== kind)
      expect(problem).toBe('Nội dung đính chính phải cùng loại với nội dung được đính chính.');
    else if (kind === 'chair_change' || kind === 'open_vote')
      expect(problem).toBe(
        'Không đính chính việc thay người chủ trì hoặc kết quả biểu quyết; hãy ghi ý kiến bổ sung.',
      );
    else expect(problem).toBeNull();
  });

  it('a correction may itself be corrected', () => {
    const es = [entry('a', 1, text('A')), entry('a2', 2, text('A2'), 'a')];
    expect(correctionProblem(es, 'a2', 'comment')).toBeNull();
  });
});
