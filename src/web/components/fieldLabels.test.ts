import { describe, expect, it } from 'vitest';
import { fieldLabel, formatFieldValue } from './fieldLabels.js';

describe('field labels and values', () => {
  it('names known fields in Vietnamese and leaves unknown ones', () => {
    expect(fieldLabel('positionTitle')).toBe('Chức vụ');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });

  it('formats values for people', () => {
    const units = new Map([['u1', 'Phòng Tổng hợp']]);
    expect(formatFieldValue('category', 'vien_chuc')).toBe('Viên chức');
    expect(formatFieldValue('gender', 'female')).toBe('Nữ');
    expect(formatFieldValue('birthDate', '1985-09-05')).toBe('05/09/1985');
    expect(formatFieldValue('partyMember', true)).toBe('Có');
    expect(formatFieldValue('email', null)).toBe('—');
    expect(formatFieldValue('unitId', 'u1', units)).toBe('Phòng Tổng hợp');
    expect(formatFieldValue('unitsCreated', ['A', 'B'])).toBe('A, B');
    expect(formatFieldValue('leave', { id: 'x', kind: 'sick', from: '2024-03-01' })).toBe(
      'Loại: Nghỉ ốm; Từ ngày: 01/03/2024',
    );
  });
});
