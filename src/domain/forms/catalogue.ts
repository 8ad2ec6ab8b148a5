/**
 * The built-in form catalogue by regime (rules.md §0.1): the party forms change with the guide
 * (HD 25 for 2024, HD 43 from 2025), the state, nominee and collective forms stay. A cycle copies the
 * definitions of its regime when it is created; the copy, not this catalogue, is what people fill.
 */
import type { Regime } from '../cycle.js';
import { TAP_THE_M01 } from './catalogue/collective.js';
import { CV2397_M01, CV2397_M02 } from './catalogue/nominee.js';
import { HD25_02A, HD25_02B, HD43_2A, HD43_2B, HD43_2C } from './catalogue/party.js';
import { ND90_M03, VP_M01 } from './catalogue/state.js';
import { FORM_CODES, type FormCode, type FormDefinition } from './types.js';

const CATALOGUE: Record<FormCode, FormDefinition> = {
  VP_M01,
  HD25_02A,
  HD25_02B,
  HD43_2A,
  HD43_2B,
  HD43_2C,
  ND90_M03,
  CV2397_M01,
  CV2397_M02,
  TAP_THE_M01,
};

/** Short names for lists, menus and reasons. */
export const FORM_LABELS: Record<FormCode, string> = {
  VP_M01: 'Mẫu số 01 (Văn phòng) – công chức, người lao động chưa là đảng viên',
  HD25_02A: 'Mẫu 02A (HD 25) – đảng viên không giữ chức vụ lãnh đạo, quản lý',
  HD25_02B: 'Mẫu 02B (HD 25) – đảng viên giữ chức vụ lãnh đạo, quản lý',
  HD43_2A: 'Mẫu 2A (HD 43) – đảng viên giữ chức vụ lãnh đạo, quản lý',
  HD43_2B: 'Mẫu 2B (HD 43) – đảng viên không giữ chức vụ lãnh đạo, quản lý',
  HD43_2C: 'Mẫu 2C (HD 43) – đảng viên không làm việc trong hệ thống chính trị',
  ND90_M03: 'Mẫu số 03 (NĐ 90) – phiếu đánh giá, xếp loại viên chức',
  CV2397_M01: 'Mẫu 01 (CV 2397) – kiểm điểm 03 năm gần nhất',
  CV2397_M02: 'Mẫu 02 (CV 2397) – tự rà soát trách nhiệm 10 năm',
  TAP_THE_M01: 'Mẫu 01 – báo cáo kiểm điểm tập thể',
};

/** The forms valid in a regime, in catalogue order; fresh copies the caller may edit. */
export function formDefinitions(regime: Regime): FormDefinition[] {
  return FORM_CODES.map((code) => CATALOGUE[code])
    .filter((def) => def.regimes.includes(regime))
    .map((def) => structuredClone(def));
}

/** One form of a regime, or null when that form is not used in the regime. */
export function formDefinition(regime: Regime, code: FormCode): FormDefinition | null {
  const def = CATALOGUE[code];
  return def.regimes.includes(regime) ? structuredClone(def) : null;
}
