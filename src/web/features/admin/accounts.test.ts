import { describe, expect, it } from 'vitest';
import {
  accountStatus,
  filterAccounts,
  formatVnTimeDate,
  isTemporarilyLocked,
  suggestUsername,
} from './accounts.js';

const NOW = new Date('2024-11-05T03:00:00Z'); // 10:00 in Vietnam

describe('formatVnTimeDate', () => {
  it('shows Vietnam time as HH:mm dd/mm/yyyy', () => {
    expect(formatVnTimeDate('2024-11-05T03:15:00Z')).toBe('10:15 05/11/2024');
    expect(formatVnTimeDate('2024-02-29T17:30:00Z')).toBe('00:30 01/03/2024');
  });
  it('leaves an unreadable value as it is', () => {
    expect(formatVnTimeDate('không phải ngày')).toBe('không phải ngày');
  });
});

describe('accountStatus', () => {
  it('active when neither disabled nor locked', () => {
    expect(accountStatus({ disabled: false, lockedUntil: null }, NOW)).toEqual({
      kind: 'active',
      text: 'Đang hoạt động',
      color: 'green',
    });
  });
  it('a lock that has run out no longer counts', () => {
    const s = accountStatus({ disabled: false, lockedUntil: '2024-11-05T02:59:59Z' }, NOW);
    expect(s.kind).toBe('active');
  });
  it('temporarily locked until a future time', () => {
    const s = accountStatus({ disabled: false, lockedUntil: '2024-11-05T03:15:00Z' }, NOW);
    expect(s).toEqual({ kind: 'locked', text: 'Tạm khóa đến 10:15 05/11/2024', color: 'orange' });
  });
  it('disabled wins over a running lock', () => {
    const s = accountStatus({ disabled: true, lockedUntil: '2024-11-05T03:15:00Z' }, NOW);
    expect(s.text).toBe('Đã khóa');
  });
  it('isTemporarilyLocked ignores garbage', () => {
    expect(isTemporarilyLocked({ lockedUntil: 'xyz' }, NOW)).toBe(false);
  });
});

describe('filterAccounts', () => {
  const items = [
    { displayName: 'Nguyễn Văn Hùng', username: 'hungnv' },
    { displayName: 'Trần Thị Đào', username: 'tp.hcqt' },
    { displayName: 'Quản trị hệ thống', username: 'quantri' },
  ];
  it('matches names without diacritics, in any case', () => {
    expect(filterAccounts(items, 'DAO').map((a) => a.username)).toEqual(['tp.hcqt']);
    expect(filterAccounts(items, 'nguyen hung').map((a) => a.username)).toEqual(['hungnv']);
  });
  it('matches usernames', () => {
    expect(filterAccounts(items, 'hcqt').map((a) => a.displayName)).toEqual(['Trần Thị Đào']);
  });
  it('an empty query keeps everything', () => {
    expect(filterAccounts(items, '   ')).toHaveLength(3);
  });
});

describe('suggestUsername', () => {
  it.each([
    ['Nguyễn Văn Hùng', 'hungnv'],
    ['Trần Thị Đào', 'daott'],
    ['  Lê   Thị  Ngọc Ánh ', 'anhltn'],
    ['Hồ Đức', 'duch'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(suggestUsername(name)).toBe(expected);
  });
});
