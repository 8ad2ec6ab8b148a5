import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriedWeaknesses, splitWeaknesses } from './carry-over.js';

describe('carrying last year’s weaknesses', () => {
  it('splits a written list into one weakness per line, without list marks', () => {
    expect(
      splitWeaknesses('- Chậm báo cáo quý.\n2) Chưa chủ động tham mưu.\n\n  a. Ít đọc tài liệu\nx'),
    ).toEqual(['Chậm báo cáo quý.', 'Chưa chủ động tham mưu.', 'Ít đọc tài liệu']);
  });
  it('carries open items with their status and new weaknesses as not resolved, once each', () => {
    const items = carriedWeaknesses({
      khac_phuc: [
        { weakness: 'Chậm báo cáo quý.', status: 'in_progress', percent: 60 },
        { weakness: 'Đi họp muộn.', status: 'resolved' },
      ],
      han_che: '- Chậm báo cáo quý.\n- Chưa chủ động tham mưu.',
    });
    expect(items).toEqual([
      { weakness: 'Chậm báo cáo quý.', status: 'in_progress', percent: 60 },
      { weakness: 'Chưa chủ động tham mưu.', status: 'not_resolved' },
    ]);
  });
  it('never carries a resolved item and ignores answers of the wrong shape', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weakness: fc.string({ minLength: 3 }),
            status: fc.constantFrom('resolved', 'in_progress', 'not_resolved' as const),
          }),
        ),
        (list) => {
          expect(carriedWeaknesses({ khac_phuc: list }).every((i) => i.status !== 'resolved')).toBe(true);
        },
      ),
    );
    expect(carriedWeaknesses({ khac_phuc: 'x', han_che: 3 })).toEqual([]);
  });
});
