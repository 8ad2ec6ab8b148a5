import { describe, expect, it } from 'vitest';
import { REVIEW_STATES, type ReviewState } from '../../../domain/review.js';
import {
  answerText,
  columnBody,
  columnDraft,
  countsAsSubmitted,
  editableColumns,
  filterReviews,
  maySuggest,
  REVIEW_STATE_COLORS,
  subjectName,
  submittedPercent,
  submittedText,
  totalSummary,
  unitSummaries,
  withColumn,
} from './format.js';
import type { ReviewListItem } from './types.js';

let n = 0;
function review(over: Partial<ReviewListItem>): ReviewListItem {
  n += 1;
  return {
    id: `r${n}`,
    personId: `p${n}`,
    personName: `Người ${n}`,
    positionTitle: 'Chuyên viên',
    unitId: 'kt',
    unitName: 'Phòng Kinh tế',
    formCode: 'VP_M01',
    formLabel: 'Mẫu số 01 (Văn phòng) – công chức',
    state: 'draft',
    submittedAt: null,
    submittedLate: false,
    proposedLevel: null,
    waivedReason: null,
    assignment: 'auto',
    ...over,
  };
}

describe('state colours', () => {
  it('gives draft grey, submitted blue, returned orange, revising purple, final green', () => {
    expect(REVIEW_STATE_COLORS).toEqual({
      draft: 'default',
      submitted: 'blue',
      returned: 'orange',
      revising: 'purple',
      final: 'green',
    });
  });

  it('counts submitted, revising and final as handed in, not draft or returned', () => {
    const handedIn = REVIEW_STATES.filter(countsAsSubmitted);
    expect(handedIn).toEqual<ReviewState[]>(['submitted', 'revising', 'final']);
  });
});

describe('unitSummaries', () => {
  const items = [
    review({ unitId: 'ld', unitName: 'Lãnh đạo Văn phòng', state: 'submitted' }),
    review({ unitId: 'ld', unitName: 'Lãnh đạo Văn phòng', state: 'draft' }),
    review({ state: 'submitted' }),
    review({ state: 'revising' }),
    review({ state: 'final' }),
    review({ state: 'returned' }),
    review({ state: 'draft' }),
    // A waived form is not required, even when it had been submitted.
    review({ state: 'submitted', waivedReason: 'Nghỉ thai sản cả năm' }),
  ];

  it('counts per unit in the order the units come, waived forms left out of both numbers', () => {
    const units = unitSummaries(items);
    expect(units.map((u) => [u.unitName, u.submitted, u.required, u.waived])).toEqual([
      ['Lãnh đạo Văn phòng', 1, 2, 0],
      ['Phòng Kinh tế', 3, 5, 1],
    ]);
    expect(units[1]?.byState).toEqual({ draft: 1, submitted: 1, returned: 1, revising: 1, final: 1 });
  });

  it('sums every unit', () => {
    const total = totalSummary(items);
    expect(total).toMatchObject({ submitted: 4, required: 7, waived: 1 });
    expect(submittedText(total)).toBe('Đã nộp 4/7');
    expect(submittedPercent(total)).toBe(57);
  });

  it('is 0% with nothing required', () => {
    expect(submittedPercent({ submitted: 0, required: 0 })).toBe(0);
    expect(unitSummaries([])).toEqual([]);
  });
});

describe('filterReviews', () => {
  const items = [
    review({ personName: 'Nguyễn Văn Hùng', state: 'submitted' }),
    review({ personName: 'Nguyễn Văn Hưng', unitId: 'th', unitName: 'Phòng Tổng hợp' }),
    review({ personId: null, personName: null, positionTitle: null, formCode: 'TAP_THE_M01' }),
  ];

  it('finds names without diacritics', () => {
    expect(filterReviews(items, { q: 'hung' }).map(subjectName)).toEqual([
      'Nguyễn Văn Hùng',
      'Nguyễn Văn Hưng',
    ]);
    expect(filterReviews(items, { q: 'NGUYEN van HƯNG' })).toHaveLength(2);
  });

  it('names the collective after its unit and finds it', () => {
    expect(filterReviews(items, { q: 'tap the kinh te' }).map(subjectName)).toEqual([
      'Tập thể Phòng Kinh tế',
    ]);
  });

  it('filters by unit and state together', () => {
    expect(filterReviews(items, { unitId: 'kt', state: 'submitted' }).map(subjectName)).toEqual([
      'Nguyễn Văn Hùng',
    ]);
    expect(filterReviews(items, {})).toHaveLength(3);
  });
});

describe('answerText', () => {
  it('reads text, levels and lists', () => {
    expect(answerText({ type: 'text' }, '  Hoàn thành tốt  ')).toBe('Hoàn thành tốt');
    expect(answerText({ type: 'line' }, '   ')).toBeNull();
    expect(answerText({ type: 'level' }, 'HTTNV')).toBe('Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(answerText({ type: 'level' }, 'XYZ')).toBeNull();
    expect(
      answerText({ type: 'remediation' }, [
        { weakness: 'Chậm báo cáo', status: 'in_progress', percent: 60 },
        { weakness: 'Hồ sơ thiếu', status: 'resolved', note: 'đã bổ sung' },
      ]),
    ).toBe('1. Chậm báo cáo (đang khắc phục 60%)\n2. Hồ sơ thiếu (đã khắc phục) — đã bổ sung');
    expect(answerText({ type: 'suggestions' }, [{ suggestion: 'Làm rõ việc A', answer: '' }])).toBe(
      '1. Gợi ý: Làm rõ việc A\n   Giải trình: (chưa giải trình)',
    );
    expect(
      answerText({ type: 'prior_results' }, [
        { year: 2022, level: 'HTXSNV' },
        { year: 2023, level: null, note: 'nghỉ thai sản' },
      ]),
    ).toBe('Năm 2022: Hoàn thành xuất sắc nhiệm vụ\nNăm 2023: Không xếp loại — nghỉ thai sản');
    expect(answerText({ type: 'remediation' }, [])).toBeNull();
    expect(answerText({ type: 'text' }, undefined)).toBeNull();
  });
});

describe('the edited column of the point table', () => {
  const stored = { a: { self: 20, manager: 18 }, b: { self: 60 } };

  it('reads a column and replaces it for live totals, leaving the others', () => {
    expect(columnDraft(stored, 'manager')).toEqual({ a: 18 });
    expect(withColumn(stored, 'manager', { a: null, b: 55.5 })).toEqual({
      a: { self: 20 },
      b: { self: 60, manager: 55.5 },
    });
    expect(withColumn({ a: { manager: 3 } }, 'manager', {})).toEqual({});
  });

  it('sends only the filled cells', () => {
    expect(columnBody({ a: 25, b: null, c: Number.NaN })).toEqual({ a: 25 });
  });

  it('edits the columns the server allows', () => {
    expect(editableColumns({ scoreManager: true, scoreAuthority: true })).toEqual(['manager', 'authority']);
    expect(editableColumns({ scoreManager: false, scoreAuthority: true })).toEqual(['authority']);
    expect(editableColumns({ scoreManager: false, scoreAuthority: false })).toEqual([]);
  });
});

describe('maySuggest', () => {
  const review = { personId: 'p1', unitId: 'kt' };
  it('lets the secretary, the leadership and the unit head suggest, nobody to themselves', () => {
    expect(
      maySuggest({ personId: 'x', unitId: 'hc', roles: ['staff'], permissions: ['cycles.manage'] }, review),
    ).toBe(true);
    expect(maySuggest({ personId: 'x', unitId: 'ld', roles: ['leadership'], permissions: [] }, review)).toBe(
      true,
    );
    expect(maySuggest({ personId: 'x', unitId: 'kt', roles: ['unit_head'], permissions: [] }, review)).toBe(
      true,
    );
    expect(maySuggest({ personId: 'x', unitId: 'th', roles: ['unit_head'], permissions: [] }, review)).toBe(
      false,
    );
    expect(maySuggest({ personId: 'x', unitId: 'kt', roles: ['staff'], permissions: [] }, review)).toBe(
      false,
    );
    expect(maySuggest({ personId: 'p1', unitId: 'kt', roles: ['leadership'], permissions: [] }, review)).toBe(
      false,
    );
  });
});
