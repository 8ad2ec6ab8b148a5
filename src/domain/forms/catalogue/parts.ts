/**
 * Building blocks shared by the catalogue files: field constructors, the personal-details lines and
 * the QĐ 366 point table. Data only; each family file cites its own sources.
 */
import type { FieldAuthor, FieldType, FormField, FormSection, ScoreTable } from '../types.js';

interface FieldOptions {
  required?: boolean;
  hint?: string;
  filledBy?: FieldAuthor;
}

function field(type: FieldType, key: string, label: string, o: FieldOptions = {}): FormField {
  const filledBy = o.filledBy ?? 'person';
  return {
    key,
    label,
    type,
    // What others fill is never required of the person (see FormField.filledBy).
    required: filledBy === 'person' ? (o.required ?? true) : false,
    ...(o.hint ? { hint: o.hint } : {}),
    ...(filledBy !== 'person' ? { filledBy } : {}),
  };
}

export const text = (key: string, label: string, o?: FieldOptions) => field('text', key, label, o);
export const line = (key: string, label: string, o?: FieldOptions) => field('line', key, label, o);
export const level = (key: string, label: string, o?: FieldOptions) => field('level', key, label, o);
export const remediation = (key: string, label: string, o?: FieldOptions) =>
  field('remediation', key, label, o);
/** Answers to review suggestions: required only when suggestions are open (see missingAnswers). */
export const suggestions = (key: string, label: string, o?: FieldOptions) =>
  field('suggestions', key, label, { required: false, ...o });
export const priorResults = (key: string, label: string, o?: FieldOptions) =>
  field('prior_results', key, label, o);

/** The unnumbered lines under the title ("Họ và tên: … Ngày sinh: …"). */
export function personalLines(fields: FormField[]): FormSection {
  return { key: 'thong_tin', heading: 'Thông tin cá nhân', fields };
}

export const FULL_NAME = line('ho_ten', 'Họ và tên');
export const BIRTH_DATE = line('ngay_sinh', 'Ngày sinh');
export const WORK_UNIT = line('don_vi', 'Đơn vị công tác');
export const PARTY_CELL = line('chi_bo', 'Chi bộ');
export const PARTY_POST = line('chuc_vu_dang', 'Chức vụ Đảng', { required: false });
export const GOVERNMENT_POST = line('chuc_vu_chinh_quyen', 'Chức vụ chính quyền');

/**
 * QĐ 366-QĐ/TW Điều 11 scale (rules.md §2.5, §6): tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 70;
 * HTXSNV from 90, HTTNV 70 to < 90, HTNV 50 to < 70, KHTNV below 50 — every lower bound inclusive.
 * The forms print one line per group ("1. Nhóm tiêu chí chung: …/30"), so each group has one item;
 * a committee that concretises the criteria (HD 43 mục 1) splits the items in its cycle copy.
 */
export function qd366Table(scheme: string, source: string, verified: boolean): ScoreTable {
  return {
    scheme,
    groups: [
      {
        key: 'chung',
        label: '1. Nhóm tiêu chí chung',
        max: 30,
        items: [{ key: 'tieu_chi_chung', label: 'Nhóm tiêu chí chung', max: 30 }],
      },
      {
        key: 'ket_qua',
        label: '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
        max: 70,
        items: [{ key: 'ket_qua_nhiem_vu', label: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ', max: 70 }],
      },
    ],
    bands: [
      { level: 'HTXSNV', min: 90, inclusive: true },
      { level: 'HTTNV', min: 70, inclusive: true },
      { level: 'HTNV', min: 50, inclusive: true },
      { level: 'KHTNV', min: 0, inclusive: true },
    ],
    max: 100,
    source,
    verified,
  };
}
