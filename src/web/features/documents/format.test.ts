import { describe, expect, it } from 'vitest';
import {
  downloadFormats,
  fileNameFromDisposition,
  formatFileSize,
  numberLabel,
  shortChecksum,
  zipFileName,
} from './format.js';

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [12_595, '12,3 KB'],
    [1_048_575, '1 MB'],
    [1_572_864, '1,5 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('gives nothing for a bad size', () => {
    expect(formatFileSize(Number.NaN)).toBe('');
    expect(formatFileSize(-1)).toBe('');
  });
});

describe('numberLabel', () => {
  it.each([
    ['Số: 05/BB-VP', '05/BB-VP'],
    ['Số: 123/KH-SXD', '123/KH-SXD'],
    ['Số 05-BC/ĐU', '05-BC/ĐU'],
    ['Số:\u00a0\u00a0\u00a0\u00a0\u00a0/BB-VP', ''],
    ['', ''],
  ])('%j → %j', (text, label) => {
    expect(numberLabel(text)).toBe(label);
  });
});

describe('shortChecksum', () => {
  it('keeps the ends of a long digest', () => {
    const hex = 'a'.repeat(8) + 'b'.repeat(48) + 'c'.repeat(8);
    expect(shortChecksum(hex)).toBe('aaaaaaaa…cccccccc');
  });
  it('leaves a short one alone', () => {
    expect(shortChecksum('abc')).toBe('abc');
  });
});

describe('downloadFormats', () => {
  it('offers DOCX and PDF always, XLSX when stored or made by the kind', () => {
    expect(downloadFormats(['docx'], false)).toEqual(['docx', 'pdf']);
    expect(downloadFormats(['docx', 'xlsx'], false)).toEqual(['docx', 'pdf', 'xlsx']);
    expect(downloadFormats(['docx'], true)).toEqual(['docx', 'pdf', 'xlsx']);
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    const name = 'Danh sách cán bộ (v1).docx';
    const header = `attachment; filename="Danh sach can bo (v1).docx"; filename*=UTF-8''${encodeURIComponent(name)}`;
    expect(fileNameFromDisposition(header)).toBe(name);
  });
  it('falls back to the plain name', () => {
    expect(fileNameFromDisposition('attachment; filename="Ho so.zip"')).toBe('Ho so.zip');
    expect(fileNameFromDisposition('attachment; filename=a.pdf')).toBe('a.pdf');
  });
  it('gives null without a name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
  });
});

describe('zipFileName', () => {
  it.each([
    ['Ho so', 'Ho so.zip'],
    ['  Hồ sơ 2025 ', 'Hồ sơ 2025.zip'],
    ['a/b:c', 'a-b-c.zip'],
    ['x.ZIP', 'x.ZIP'],
    ['', 'Ho so.zip'],
  ])('%j → %j', (name, file) => {
    expect(zipFileName(name)).toBe(file);
  });
});
