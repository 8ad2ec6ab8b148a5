import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  documentDate,
  partyNumberText,
  placeDateLine,
  sampleDocumentNumber,
  stateNumberText,
  toCapitals,
  todayInVietnam,
} from './document-format.js';

describe('documentDate', () => {
  it.each([
    [{ year: 2024, month: 11, day: 5 }, 'ngày 05 tháng 11 năm 2024'],
    [{ year: 2025, month: 1, day: 9 }, 'ngày 09 tháng 01 năm 2025'],
    [{ year: 2025, month: 2, day: 28 }, 'ngày 28 tháng 02 năm 2025'],
    [{ year: 2025, month: 3, day: 10 }, 'ngày 10 tháng 3 năm 2025'],
    [{ year: 2025, month: 9, day: 1 }, 'ngày 01 tháng 9 năm 2025'],
    [{ year: 2025, month: 12, day: 31 }, 'ngày 31 tháng 12 năm 2025'],
  ])('%o → %s', (date, text) => {
    expect(documentDate(date)).toBe(text);
  });
});

describe('placeDateLine', () => {
  it('puts the place name first', () => {
    expect(placeDateLine('Quảng Ngãi', { year: 2024, month: 11, day: 5 })).toBe(
      'Quảng Ngãi, ngày 05 tháng 11 năm 2024',
    );
  });
  it('trims the place; without one the date starts with a capital', () => {
    expect(placeDateLine('  Hà Nội ', { year: 2024, month: 2, day: 1 })).toBe(
      'Hà Nội, ngày 01 tháng 02 năm 2024',
    );
    expect(placeDateLine(' ', { year: 2024, month: 2, day: 1 })).toBe('Ngày 01 tháng 02 năm 2024');
  });
});

describe('sampleDocumentNumber', () => {
  it('uses the agency code', () => {
    expect(sampleDocumentNumber('VP')).toBe('Số: 01/KH-VP');
    expect(sampleDocumentNumber(' ')).toBe('Số: 01/KH');
  });
});

describe('todayInVietnam', () => {
  it('is the calendar day in UTC+7', () => {
    expect(todayInVietnam(new Date('2024-11-04T17:30:00Z'))).toEqual({ year: 2024, month: 11, day: 5 });
    expect(todayInVietnam(new Date('2024-11-04T16:59:00Z'))).toEqual({ year: 2024, month: 11, day: 4 });
  });
});

describe('toCapitals', () => {
  it('keeps Vietnamese marks', () => {
    expect(toCapitals('ủy ban nhân dân tỉnh quảng ngãi')).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
  });
});

describe('document numbers', () => {
  it.each([
    [1, 'BB', 'VP', 'Số: 01/BB-VP'],
    [9, 'KH', 'VP', 'Số: 09/KH-VP'],
    [10, 'TTr', 'VPUBND', 'Số: 10/TTr-VPUBND'],
    [123, 'QĐ', 'VP', 'Số: 123/QĐ-VP'],
  ])('state number %i %s-%s → %s', (n, type, issuer, text) => {
    expect(stateNumberText(n, type, issuer)).toBe(text);
  });

  it('leaves room for the number on a draft', () => {
    expect(stateNumberText(null, 'BB', 'VP')).toMatch(/^Số: \u00a0+\/BB-VP$/);
  });

  it.each([
    [12, 'BB', 'ĐU', 'Số 12-BB/ĐU'],
    [3, 'BC', 'ĐU', 'Số 03-BC/ĐU'],
  ])('party number %i %s/%s → %s', (n, type, issuer, text) => {
    expect(partyNumberText(n, type, issuer)).toBe(text);
  });

  it('reads ISO dates', () => {
    expect(calendarDate('2024-11-05')).toEqual({ year: 2024, month: 11, day: 5 });
  });
});
