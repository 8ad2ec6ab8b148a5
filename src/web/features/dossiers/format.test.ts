import { describe, expect, it } from 'vitest';
import type { Permission, Role } from '../../../domain/roles.js';
import { NAV_ITEMS, navItemVisible } from '../../app/layout/navItems.js';
import {
  DOSSIER_STATE_COLORS,
  DOSSIER_STATE_LABELS,
  defaultTarget,
  dossierPath,
  fallbackFileName,
  filterByState,
  flaggedParts,
  inboxPath,
  isDossierState,
  linkFormat,
  missingPartsText,
  problemLine,
  seesInbox,
  stateCounts,
  stateDetail,
  submitBlockedReason,
  submitButtonText,
  vnDateOfInstant,
} from './format.js';
import { DOSSIER_STATES } from './types.js';

const part = (number: number, complete: boolean) => ({ number, complete });

describe('state labels and colours', () => {
  it('has a label and a colour for every state, returned in red, accepted in green', () => {
    for (const s of DOSSIER_STATES) {
      expect(DOSSIER_STATE_LABELS[s]).toBeTruthy();
      expect(DOSSIER_STATE_COLORS[s]).toBeTruthy();
    }
    expect(DOSSIER_STATE_LABELS.returned).toBe('Bị trả lại');
    expect(DOSSIER_STATE_COLORS.returned).toBe('red');
    expect(DOSSIER_STATE_COLORS.accepted).toBe('green');
    expect(DOSSIER_STATE_COLORS.submitted).toBe('blue');
  });

  it('recognises a state in the URL', () => {
    expect(isDossierState('submitted')).toBe(true);
    expect(isDossierState('sent')).toBe(false);
    expect(isDossierState(null)).toBe(false);
  });
});

describe('the submit button', () => {
  it('says "Gửi lại hồ sơ" after a return, else "Gửi hồ sơ"', () => {
    expect(submitButtonText('assembling')).toBe('Gửi hồ sơ');
    expect(submitButtonText('returned')).toBe('Gửi lại hồ sơ');
  });

  it('names the missing parts', () => {
    expect(missingPartsText([part(1, false), part(2, true), part(4, false), part(5, false)])).toBe(
      '(1), (4) và (5)',
    );
    expect(missingPartsText([part(1, true), part(3, false)])).toBe('(3)');
    expect(missingPartsText([part(1, true)])).toBe('');
  });

  it('is disabled with a reason while incomplete or outside the running cycle', () => {
    const incomplete = { complete: false, parts: [part(1, false), part(2, true)] };
    const complete = { complete: true, parts: [part(1, true), part(2, true)] };
    expect(submitBlockedReason(incomplete, 'running')).toContain('còn thiếu thành phần (1)');
    expect(submitBlockedReason(complete, 'running')).toBeNull();
    expect(submitBlockedReason(complete, null)).toBeNull();
    expect(submitBlockedReason(complete, 'closed')).toBe('Chỉ gửi được hồ sơ khi kỳ đánh giá đang diễn ra.');
  });
});

describe('dates', () => {
  it('shows an instant as its date in Vietnam', () => {
    expect(vnDateOfInstant('2024-11-04T18:30:00.000Z')).toBe('05/11/2024');
    expect(vnDateOfInstant('2024-11-04T08:00:00.000Z')).toBe('04/11/2024');
    expect(vnDateOfInstant(null)).toBe('');
    expect(vnDateOfInstant('not a date')).toBe('');
  });

  it('says when the dossier was sent or decided', () => {
    const at = '2024-11-04T03:00:00.000Z';
    expect(stateDetail({ state: 'submitted', submittedAt: at, decidedAt: null })).toBe(
      'Đã gửi ngày 04/11/2024, chờ Phòng Hành chính - Quản trị tiếp nhận.',
    );
    expect(stateDetail({ state: 'accepted', submittedAt: at, decidedAt: at })).toContain('đã tiếp nhận ngày');
    expect(stateDetail({ state: 'returned', submittedAt: at, decidedAt: at })).toContain('trả lại ngày');
    expect(stateDetail({ state: 'assembling', submittedAt: null, decidedAt: null })).toContain('chưa gửi');
  });
});

describe('the inbox', () => {
  const items = [
    { state: 'submitted' as const, unitName: 'A' },
    { state: 'assembling' as const, unitName: 'B' },
    { state: 'submitted' as const, unitName: 'C' },
    { state: 'accepted' as const, unitName: 'D' },
  ];

  it('counts each state, zero included', () => {
    expect(stateCounts(items)).toEqual({ assembling: 1, submitted: 2, returned: 0, accepted: 1 });
  });

  it('filters by state, or not at all', () => {
    expect(filterByState(items, 'submitted').map((i) => i.unitName)).toEqual(['A', 'C']);
    expect(filterByState(items, undefined)).toHaveLength(4);
  });

  it('builds the paths', () => {
    expect(dossierPath('c1', 'u 1')).toBe('/ho-so-don-vi?cycleId=c1&unitId=u%201');
    expect(inboxPath('c1')).toBe('/ky-danh-gia/c1/ho-so');
  });
});

describe('where the menu entry leads', () => {
  const me = (roles: Role[], unitId: string | null, permissions: Permission[] = ['cycles.view']) => ({
    roles,
    unitId,
    permissions,
  });

  it('takes a unit head or deputy to their unit', () => {
    expect(defaultTarget(me(['staff', 'unit_head'], 'u1'))).toEqual({ kind: 'dossier', unitId: 'u1' });
    expect(defaultTarget(me(['staff', 'unit_deputy'], 'u2'))).toEqual({ kind: 'dossier', unitId: 'u2' });
  });

  it('takes HCQT and the leadership to the inbox', () => {
    expect(defaultTarget(me(['staff', 'secretary'], 'u3', ['cycles.view', 'cycles.manage']))).toEqual({
      kind: 'inbox',
    });
    expect(defaultTarget(me(['staff', 'leadership'], 'lead'))).toEqual({ kind: 'inbox' });
    expect(defaultTarget(me(['admin'], null))).toEqual({ kind: 'inbox' });
  });

  it('shows others their own unit, or explains there is none', () => {
    expect(defaultTarget(me(['staff'], 'u4'))).toEqual({ kind: 'dossier', unitId: 'u4' });
    expect(defaultTarget(me([], null)).kind).toBe('none');
  });

  it('offers the inbox link to HCQT and the leadership only', () => {
    expect(seesInbox(me(['staff', 'secretary'], 'u', ['cycles.view', 'cycles.manage']))).toBe(true);
    expect(seesInbox(me(['staff', 'leadership'], 'u'))).toBe(true);
    expect(seesInbox(me(['staff', 'unit_head'], 'u'))).toBe(false);
  });

  it('is in the menu of unit heads, deputies, HCQT and the leadership, not of staff', () => {
    const item = NAV_ITEMS.find((i) => i.path === '/ho-so-don-vi');
    if (!item) throw new Error('no /ho-so-don-vi item');
    expect(item.label).toBe('Hồ sơ đơn vị');
    const user = (roles: Role[]) => ({ roles, permissions: ['cycles.view'] as Permission[] });
    expect(navItemVisible(item, user(['staff', 'unit_head']))).toBe(true);
    expect(navItemVisible(item, user(['staff', 'unit_deputy']))).toBe(true);
    expect(navItemVisible(item, user(['staff', 'secretary']))).toBe(true);
    expect(navItemVisible(item, user(['staff', 'leadership']))).toBe(true);
    expect(navItemVisible(item, user(['staff']))).toBe(false);
  });
});

describe('the parts', () => {
  it('tells the gaps from the remarks', () => {
    expect(problemLine('Chưa bỏ phiếu kín bình xét thi đua.', false)).toEqual({
      text: 'Chưa bỏ phiếu kín bình xét thi đua.',
      remark: false,
    });
    expect(problemLine('Đang tiếp thu sau hội nghị (chưa hoàn tất): An.', true)).toEqual({
      text: 'Lưu ý: Đang tiếp thu sau hội nghị (chưa hoàn tất): An.',
      remark: true,
    });
    expect(problemLine('Chưa đề xuất mức xếp loại của tập thể (lưu ý).', false)).toEqual({
      text: 'Lưu ý: Chưa đề xuất mức xếp loại của tập thể.',
      remark: true,
    });
  });

  it('reads the parts a refused submit names', () => {
    expect(
      flaggedParts([
        { path: 'parts.minutes' },
        { path: 'parts.emulation' },
        { path: 'body.version' },
        { path: 'parts.nonsense' },
      ]),
    ).toEqual(['minutes', 'emulation']);
  });

  it('knows the format of a link and names a file without diacritics', () => {
    expect(linkFormat('/api/meetings/1/minutes?format=pdf')).toBe('pdf');
    expect(linkFormat('/api/dossiers/document?cycleId=1&part=levels&format=xlsx')).toBe('xlsx');
    expect(linkFormat('/api/x')).toBeNull();
    expect(fallbackFileName('Biên bản (Word) Đội', '/x?format=docx')).toBe('Bien-ban-Word-Doi.docx');
  });
});
