import { describe, expect, it } from 'vitest';
import {
  addGuest,
  defaultGuests,
  findHcqtUnit,
  type GuestOption,
  MAX_GUESTS,
  openSuggestions,
  removeGuest,
} from './guests.js';

const g = (id: string): GuestOption => ({ id, fullName: `Người ${id}`, positionTitle: '', unitName: '' });

describe('findHcqtUnit', () => {
  it('finds HCQT by code, else by name without diacritics', () => {
    const units = [
      { code: 'TH', name: 'Phòng Tổng hợp' },
      { code: 'HCQT', name: 'Phòng Hành chính - Quản trị' },
    ];
    expect(findHcqtUnit(units)?.code).toBe('HCQT');
    expect(findHcqtUnit([{ code: 'P1', name: 'Phòng Hành chính – Quản trị' }])?.code).toBe('P1');
    expect(findHcqtUnit([{ code: 'TH', name: 'Phòng Tổng hợp' }])).toBeUndefined();
  });
});

describe('guests', () => {
  it('leaves members of the unit and duplicates out of the defaults', () => {
    expect(defaultGuests([g('a'), g('b'), g('a')], new Set(['b'])).map((x) => x.id)).toEqual(['a']);
  });

  it('suggests only people not yet invited and not members', () => {
    expect(openSuggestions([g('a'), g('b'), g('c')], [g('a')], new Set(['c'])).map((x) => x.id)).toEqual([
      'b',
    ]);
  });

  it('adds once, up to the limit, and removes', () => {
    expect(addGuest([g('a')], g('a')).map((x) => x.id)).toEqual(['a']);
    expect(addGuest([g('a')], g('b')).map((x) => x.id)).toEqual(['a', 'b']);
    const full = Array.from({ length: MAX_GUESTS }, (_, i) => g(String(i)));
    expect(addGuest(full, g('x'))).toHaveLength(MAX_GUESTS);
    expect(removeGuest([g('a'), g('b')], 'a').map((x) => x.id)).toEqual(['b']);
  });
});
