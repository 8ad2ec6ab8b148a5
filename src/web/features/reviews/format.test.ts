import { describe, expect, it } from 'vitest';
import { TAP_THE_M01 } from '../../../domain/forms/catalogue/collective.js';
import { HD25_02B } from '../../../domain/forms/catalogue/party.js';
import { VP_M01 } from '../../../domain/forms/catalogue/state.js';
import type { ScoreTable } from '../../../domain/forms/types.js';
import {
  actionLabel,
  circumstanceReasons,
  clockTime,
  eventLabel,
  fieldErrorsOf,
  formatTime,
  isLeaderWriter,
  isOverdue,
  levelOptions,
  prefillAnswers,
  primaryLevelKey,
  proposedLevelOf,
  rulingNotice,
  scoreRows,
  scoreView,
  selfScoresBody,
  selfScoresOf,
  withSelfScores,
} from './format.js';
import type { Ruling } from './types.js';

const ART_TIME = 'Điều 2 khoản 3 Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP';
const ART_DISC = 'Điều 2 khoản 5 điểm a Nghị định 90/2020/NĐ-CP, bổ sung bởi Nghị định 48/2023/NĐ-CP';

const newcomer: Ruling = {
  evaluated: false,
  maxLevel: null,
  level: null,
  reasons: [
    {
      code: 'not_evaluated_under_6_months',
      message: 'Làm việc dưới 6 tháng trong năm 2024 (từ 01/08/2024, được 5 tháng): không xếp loại.',
      article: ART_TIME,
    },
  ],
};

const disciplined: Ruling = {
  evaluated: true,
  maxLevel: 'KHTNV',
  level: 'KHTNV',
  reasons: [
    { code: 'discipline_in_year', message: 'Bị kỷ luật khiển trách trong năm 2024.', article: ART_DISC },
    { code: 'max_level', message: 'Mức cao nhất có thể xếp: Không hoàn thành nhiệm vụ.', article: ART_DISC },
    {
      code: 'criteria_met',
      message: 'Đạt các tiêu chí mức Hoàn thành xuất sắc nhiệm vụ.',
      article: 'Điều 8',
    },
    { code: 'capped', message: 'Chỉ xếp Không hoàn thành nhiệm vụ.', article: ART_DISC },
  ],
};

const clean: Ruling = {
  evaluated: true,
  maxLevel: 'HTXSNV',
  level: 'HTXSNV',
  reasons: [{ code: 'criteria_met', message: 'Đạt các tiêu chí.', article: 'Điều 8' }],
};

describe('levelOptions', () => {
  it('allows every level without a ruling (a collective) or without a ceiling', () => {
    for (const r of [null, clean]) {
      expect(levelOptions(r).map((o) => [o.value, o.disabled])).toEqual([
        ['HTXSNV', false],
        ['HTTNV', false],
        ['HTNV', false],
        ['KHTNV', false],
      ]);
    }
  });

  it('disables the levels above the ceiling, saying why with the article', () => {
    const options = levelOptions(disciplined);
    expect(options.map((o) => o.disabled)).toEqual([true, true, true, false]);
    expect(options[0]?.reason).toContain('Mức cao nhất có thể đề xuất là “Không hoàn thành nhiệm vụ”');
    expect(options[0]?.reason).toContain(ART_DISC);
    expect(options[3]?.reason).toBeNull();
  });

  it('disables every level for a person not classified this year', () => {
    const options = levelOptions(newcomer);
    expect(options.every((o) => o.disabled)).toBe(true);
    expect(options[2]?.reason).toMatch(/^Năm nay không xếp loại, chỉ kiểm điểm\. Làm việc dưới 6 tháng/);
    expect(options[2]?.reason).toContain('Điều 2 khoản 3');
  });

  it('caps at HTNV for a long leave', () => {
    const leave: Ruling = {
      evaluated: true,
      maxLevel: 'HTNV',
      level: 'HTNV',
      reasons: [{ code: 'leave_cap_htnv', message: 'Nghỉ 4 tháng.', article: ART_TIME }],
    };
    expect(levelOptions(leave).map((o) => o.disabled)).toEqual([true, true, false, false]);
    expect(levelOptions(leave)[0]?.reason).toContain('Nghỉ 4 tháng.');
  });
});

describe('rulingNotice', () => {
  it('warns a person not classified this year, with the reasons and articles', () => {
    expect(rulingNotice(newcomer)).toEqual({
      type: 'warning',
      title: 'Năm nay bạn không được xếp loại, chỉ kiểm điểm',
      reasons: newcomer.reasons,
    });
  });

  it('tells the ceiling below HTXSNV with the circumstances behind it, not the neutral criteria', () => {
    const n = rulingNotice(disciplined);
    expect(n?.type).toBe('info');
    expect(n?.title).toBe('Mức cao nhất có thể đề xuất: Không hoàn thành nhiệm vụ');
    expect(n?.reasons.map((r) => r.code)).toEqual(['discipline_in_year']);
  });

  it('says nothing when nothing limits the level, or for a collective', () => {
    expect(rulingNotice(clean)).toBeNull();
    expect(rulingNotice(null)).toBeNull();
  });

  it('falls back to every reason when none is a circumstance', () => {
    expect(circumstanceReasons(clean)).toEqual(clean.reasons);
  });
});

describe('event labels and times', () => {
  it.each([
    ['save', 'Lưu'],
    ['submit', 'Nộp'],
    ['return', 'Trả lại'],
    ['reopen', 'Mở lại để tiếp thu'],
    ['finalise', 'Hoàn tất'],
    ['score_manager', 'Chấm điểm'],
    ['score_authority', 'Chấm điểm'],
    ['something_new', 'something_new'],
  ])('%s → %s', (event, label) => {
    expect(eventLabel(event)).toBe(label);
  });

  it('shows instants in Vietnam time', () => {
    expect(formatTime('2024-10-20T03:05:09.000Z')).toBe('20/10/2024 10:05');
    expect(formatTime('2024-10-20T17:30:00.000Z')).toBe('21/10/2024 00:30');
    expect(clockTime('2024-10-20T03:05:09.000Z')).toBe('10:05');
    expect(formatTime(null)).toBe('');
  });
});

describe('the home card', () => {
  it('offers to write while the draft is open, to view otherwise', () => {
    expect(actionLabel('draft')).toBe('Viết');
    expect(actionLabel('returned')).toBe('Viết');
    expect(actionLabel('revising')).toBe('Viết');
    expect(actionLabel('submitted')).toBe('Xem');
    expect(actionLabel('final')).toBe('Xem');
  });

  it('marks a review overdue after its deadline until it is handed in', () => {
    expect(isOverdue('2024-10-25', '2024-10-25', 'draft')).toBe(false);
    expect(isOverdue('2024-10-25', '2024-10-26', 'draft')).toBe(true);
    expect(isOverdue('2024-10-25', '2024-10-26', 'returned')).toBe(true);
    expect(isOverdue('2024-10-25', '2024-10-26', 'submitted')).toBe(false);
    expect(isOverdue(null, '2024-10-26', 'draft')).toBe(false);
    expect(isOverdue('2024-10-25', null, 'draft')).toBe(false);
  });
});

describe('what a save sends', () => {
  it('takes the first level the writer fills as the proposed level', () => {
    expect(primaryLevelKey(HD25_02B)).toBe('xep_loai_cbccvc');
    expect(primaryLevelKey(VP_M01)).toBe('tu_xep_loai');
    expect(primaryLevelKey(TAP_THE_M01)).toBe('de_xuat_xep_loai');
    expect(proposedLevelOf(HD25_02B, { xep_loai_cbccvc: 'HTTNV', xep_loai_dang_vien: 'HTXSNV' }, clean)).toBe(
      'HTTNV',
    );
    expect(proposedLevelOf(HD25_02B, { xep_loai_cbccvc: 'GIOI' }, clean)).toBeNull();
    expect(proposedLevelOf(VP_M01, { tu_xep_loai: 'HTNV' }, newcomer)).toBeNull();
    expect(proposedLevelOf(TAP_THE_M01, { de_xuat_xep_loai: 'HTNV' }, null)).toBe('HTNV');
  });

  it('sends only the writer’s own numbers and keeps the others’ columns', () => {
    const stored = { a: { self: 10, manager: 12 }, b: { authority: 50 } };
    expect(selfScoresOf(stored)).toEqual({ a: 10 });
    expect(selfScoresBody({ a: 10, b: null })).toEqual({ a: 10 });
    expect(withSelfScores(stored, { a: null, b: 40 })).toEqual({
      a: { manager: 12 },
      b: { authority: 50, self: 40 },
    });
  });

  it('prefills empty personal lines from the record, never over what was typed', () => {
    const out = prefillAnswers(
      HD25_02B,
      { don_vi: 'Tổ Tổng hợp' },
      { fullName: 'Võ Văn Dũng', unitName: 'Phòng Tổng hợp', positionTitle: 'Trưởng phòng' },
    );
    expect(out).toEqual({
      ho_ten: 'Võ Văn Dũng',
      don_vi: 'Tổ Tổng hợp',
      chuc_vu_chinh_quyen: 'Trưởng phòng',
    });
  });
});

describe('fieldErrorsOf', () => {
  it('places save, submit and level errors on their fields', () => {
    const e = fieldErrorsOf([
      { path: 'body.answers.han_che', message: 'A' },
      { path: 'body.answers.khac_phuc[0].weakness', message: 'B' },
      { path: 'answers.pham_chat', message: 'C' },
      { path: 'body.selfScores.tieu_chi_chung.self', message: 'D' },
      { path: 'body.proposedLevel', message: 'E' },
      { path: 'proposedLevel', message: 'F' },
      { path: 'body.version', message: 'G' },
    ]);
    expect(e).toEqual({
      answers: { han_che: ['A'], khac_phuc: ['B'], pham_chat: ['C'] },
      scores: { tieu_chi_chung: ['D'] },
      level: ['E', 'F'],
      other: ['G'],
    });
  });
});

describe('isLeaderWriter', () => {
  const leaderKey = { key: 'ket_qua_don_vi', label: '6.', sectionHeading: 'Phần dành cho…' };
  it('knows a leader from the roles, the server’s missing list, or an answer already written', () => {
    expect(isLeaderWriter(VP_M01, {}, [], true)).toBe(true);
    expect(isLeaderWriter(VP_M01, {}, [leaderKey], false)).toBe(true);
    expect(isLeaderWriter(VP_M01, { ket_qua_don_vi: 'Đơn vị hoàn thành' }, [], false)).toBe(true);
    expect(isLeaderWriter(VP_M01, {}, [{ ...leaderKey, key: 'uu_nhuoc_diem' }], false)).toBe(false);
  });
});

const TABLE: ScoreTable = {
  scheme: 'TEST',
  groups: [
    { key: 'chung', label: '1. Chung', max: 30, items: [{ key: 'c', label: 'Chung', max: 30 }] },
    {
      key: 'kq',
      label: '2. Kết quả',
      max: 70,
      items: [
        { key: 'k1', label: 'Nhiệm vụ', max: 50 },
        { key: 'k2', label: 'Sản phẩm', max: 20 },
      ],
    },
  ],
  bands: [
    { level: 'HTXSNV', min: 90, inclusive: true },
    { level: 'HTTNV', min: 70, inclusive: true },
    { level: 'HTNV', min: 50, inclusive: true },
    { level: 'KHTNV', min: 0, inclusive: true },
  ],
  max: 100,
  source: 'test',
  verified: true,
};

describe('the point table', () => {
  it('prints a one-item group on one line, a larger group with its items, then the total', () => {
    expect(scoreRows(TABLE).map((r) => [r.kind, r.label, r.max])).toEqual([
      ['single', '1. Chung', 30],
      ['group', '2. Kết quả', 70],
      ['item', 'Nhiệm vụ', 50],
      ['item', 'Sản phẩm', 20],
      ['total', 'Tổng điểm', 100],
    ]);
  });

  it('suggests the level as the points cross each band', () => {
    const at = (c: number, k1: number, k2: number) => scoreView(TABLE, withSelfScores({}, { c, k1, k2 }));
    expect(scoreView(TABLE, withSelfScores({}, { c: 20 })).level).toBeNull();
    expect(at(20, 20, 5)).toMatchObject({ level: 'KHTNV', total: 45 });
    expect(at(25, 30, 10)).toMatchObject({ level: 'HTNV', total: 65, bandText: 'từ 50 đến dưới 70 điểm' });
    expect(at(25, 40, 10)).toMatchObject({ level: 'HTTNV', total: 75, bandText: 'từ 70 đến dưới 90 điểm' });
    expect(at(29.75, 45.25, 15)).toMatchObject({
      level: 'HTXSNV',
      total: 90,
      bandText: 'từ 90 điểm trở lên',
    });
    expect(at(25, 40, 10).totals.perGroup.kq?.self).toBe(50);
  });

  it('follows the most authoritative column scored in full', () => {
    const v = scoreView(TABLE, {
      c: { self: 30, manager: 20 },
      k1: { self: 50, manager: 30 },
      k2: { self: 20, manager: 10 },
    });
    expect(v).toMatchObject({ column: 'manager', level: 'HTNV', total: 60 });
  });
});
