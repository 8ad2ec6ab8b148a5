/**
 * Checking a form's answers: what the person still has to fill before submitting, and whether the
 * stored values have the shape their field type calls for.
 */
import { LEVELS, type Level } from '../rules/types.js';
import type { FormAnswers, FormDefinition, FormField, RemediationItem } from './types.js';
import { allFields, filledByPerson } from './walk.js';

/** The longest text a field or item may hold. */
export const MAX_TEXT_LENGTH = 20_000;

export const REMEDIATION_STATUSES: readonly RemediationItem['status'][] = [
  'resolved',
  'in_progress',
  'not_resolved',
];

export interface MissingAnswer {
  key: string;
  label: string;
  sectionHeading: string;
}

export interface AnswerProblem {
  path: string;
  message: string;
}

export interface MissingOptions {
  /** Review suggestions addressed to the person or collective that are still open: each must be answered. */
  suggestionsOpen?: number;
  /** The person holds a leadership post: leaders-only sections apply to them. */
  leader?: boolean;
  /**
   * False when the person is not classified this year (NĐ 90 Điều 2 khoản 3: under 6 months worked):
   * they write the review but propose no level, so level fields are not asked for.
   */
  classified?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
const isLevel = (v: unknown): v is Level =>
  typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
const isStatus = (v: unknown) =>
  typeof v === 'string' && (REMEDIATION_STATUSES as readonly string[]).includes(v);

function answeredSuggestions(value: unknown): number {
  return Array.isArray(value) ? value.filter((s) => isRecord(s) && !isBlank(s.answer)).length : 0;
}

/**
 * Whether a field counts as filled. Remediation items are carried over from last year (rules.md §7):
 * no items means nothing to report; each item needs its weakness and a status. Suggestions are filled
 * when every open suggestion has an answer.
 */
export function fieldFilled(field: FormField, value: unknown, opts: MissingOptions = {}): boolean {
  switch (field.type) {
    case 'text':
    case 'line':
      return !isBlank(value);
    case 'level':
      return isLevel(value);
    case 'remediation':
      if (value === undefined || value === null) return true;
      return (
        Array.isArray(value) && value.every((i) => isRecord(i) && !isBlank(i.weakness) && isStatus(i.status))
      );
    case 'suggestions':
      return answeredSuggestions(value) >= (opts.suggestionsOpen ?? 0);
    case 'prior_results':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((r) => isRecord(r) && (r.level === null || isLevel(r.level)))
      );
  }
}

/**
 * The person's fields still to fill, in print order. Fields others fill (manager, authority) and
 * leaders-only sections for non-leaders are skipped. A suggestions field is missing whenever open
 * suggestions are unanswered, even though the form prints it as "(nếu có)".
 */
export function missingAnswers(
  def: FormDefinition,
  answers: FormAnswers,
  opts: MissingOptions = {},
): MissingAnswer[] {
  const out: MissingAnswer[] = [];
  for (const { field, section, leadersOnly } of allFields(def)) {
    if (!filledByPerson(field) || (leadersOnly && !opts.leader)) continue;
    if (field.type === 'level' && opts.classified === false) continue;
    const applies = field.type === 'suggestions' ? (opts.suggestionsOpen ?? 0) > 0 : field.required;
    if (applies && !fieldFilled(field, answers[field.key], opts)) {
      out.push({ key: field.key, label: field.label, sectionHeading: section.heading });
    }
  }
  return out;
}

/** Problems of one string inside an answer, or none. */
function textProblems(path: string, name: string, v: unknown, required: boolean): AnswerProblem[] {
  if (v === undefined && !required) return [];
  if (typeof v !== 'string') return [{ path, message: `${name} phải là văn bản.` }];
  if (v.length > MAX_TEXT_LENGTH) {
    return [{ path, message: `${name} dài ${v.length} ký tự; tối đa ${MAX_TEXT_LENGTH} ký tự.` }];
  }
  return [];
}

function listProblems(
  key: string,
  name: string,
  value: unknown,
  item: (name: string, path: string, v: Record<string, unknown>, n: number) => AnswerProblem[],
): AnswerProblem[] {
  if (!Array.isArray(value)) return [{ path: key, message: `${name} phải là một danh sách.` }];
  return value.flatMap((v, i) => {
    const path = `${key}[${i}]`;
    return isRecord(v)
      ? item(name, path, v, i + 1)
      : [{ path, message: `${name}, dòng ${i + 1}: dữ liệu không hợp lệ.` }];
  });
}

function remediationItem(name: string, path: string, v: Record<string, unknown>, n: number): AnswerProblem[] {
  const at = `${name}, dòng ${n}`;
  const out = [
    ...textProblems(`${path}.weakness`, `${at}: hạn chế, khuyết điểm`, v.weakness, true),
    ...textProblems(`${path}.note`, `${at}: ghi chú`, v.note, false),
  ];
  if (v.status !== undefined && !isStatus(v.status)) {
    out.push({
      path: `${path}.status`,
      message: `${at}: tình trạng phải là đã khắc phục, đang khắc phục hoặc chưa khắc phục.`,
    });
  }
  if (v.percent !== undefined) {
    const p = v.percent;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100) {
      out.push({ path: `${path}.percent`, message: `${at}: mức độ khắc phục phải là số từ 0 đến 100 (%).` });
    }
  }
  return out;
}

function suggestionItem(name: string, path: string, v: Record<string, unknown>, n: number): AnswerProblem[] {
  const at = `${name}, dòng ${n}`;
  return [
    ...textProblems(`${path}.id`, `${at}: mã gợi ý`, v.id, false),
    ...textProblems(`${path}.suggestion`, `${at}: nội dung gợi ý`, v.suggestion, true),
    ...textProblems(`${path}.answer`, `${at}: nội dung giải trình`, v.answer, false),
  ];
}

function priorResultItem(name: string, path: string, v: Record<string, unknown>, n: number): AnswerProblem[] {
  const at = `${name}, dòng ${n}`;
  const out = textProblems(`${path}.note`, `${at}: ghi chú`, v.note, false);
  if (typeof v.year !== 'number' || !Number.isInteger(v.year) || v.year < 1900 || v.year > 2100) {
    out.push({ path: `${path}.year`, message: `${at}: năm phải là số nguyên từ 1900 đến 2100.` });
  }
  if (v.level !== undefined && v.level !== null && !isLevel(v.level)) {
    out.push({ path: `${path}.level`, message: `${at}: “${String(v.level)}” không phải mã mức xếp loại.` });
  }
  return out;
}

function valueProblems(field: FormField, value: unknown): AnswerProblem[] {
  const key = field.key;
  const name = `“${field.label}”`;
  switch (field.type) {
    case 'text':
    case 'line':
      return textProblems(key, name, value, true);
    case 'level':
      return isLevel(value)
        ? []
        : [
            {
              path: key,
              message: `${name}: “${String(value)}” không phải mã mức xếp loại (${LEVELS.join(', ')}).`,
            },
          ];
    case 'remediation':
      return listProblems(key, name, value, remediationItem);
    case 'suggestions':
      return listProblems(key, name, value, suggestionItem);
    case 'prior_results': {
      const out = listProblems(key, name, value, priorResultItem);
      const years = Array.isArray(value) ? value.filter(isRecord).map((r) => r.year) : [];
      if (new Set(years).size !== years.length)
        out.push({ path: key, message: `${name}: một năm được ghi hai lần.` });
      return out;
    }
  }
}

/**
 * Shape problems in stored answers: keys the form does not have, values of the wrong type, level
 * codes that do not exist, remediation status and percent, text longer than MAX_TEXT_LENGTH.
 * Empty (undefined or null) values are not problems here; missingAnswers reports them.
 */
export function validateAnswers(def: FormDefinition, answers: FormAnswers): AnswerProblem[] {
  if (!isRecord(answers)) return [{ path: '', message: 'Nội dung bản kiểm điểm không hợp lệ.' }];
  const fields = new Map(allFields(def).map(({ field }) => [field.key, field]));
  const out: AnswerProblem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const field = fields.get(key);
    if (!field) {
      out.push({ path: key, message: `Mục “${key}” không có trong mẫu ${def.code}.` });
      continue;
    }
    if (value === undefined || value === null) continue;
    out.push(...valueProblems(field, value));
  }
  return out;
}
