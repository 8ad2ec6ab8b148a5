/**
 * Checks a form definition, typically the cycle's copy after the secretary edited wording, criteria or
 * points, before it is saved. Every message is Vietnamese and names what to fix.
 */
import { LEVELS } from '../rules/types.js';
import { FIELD_AUTHORS, type FieldType, type FormDefinition, type ScoreTable } from './types.js';
import { allFields, allSections } from './walk.js';

/** A form longer than this is a mistake (the longest official form has about 20 fields). */
export const MAX_FIELDS = 200;

const FIELD_TYPES: readonly FieldType[] = [
  'text',
  'line',
  'level',
  'remediation',
  'suggestions',
  'prior_results',
];

const h = (n: number) => Math.round(n * 100);
const pts = (n: number) => String(n).replace('.', ',');
const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
const validPoints = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return [...dup];
}

function tableProblems(table: ScoreTable): string[] {
  const out: string[] = [];
  if (table.groups.length === 0) out.push('Bảng điểm chưa có nhóm tiêu chí nào.');
  for (const k of duplicates(table.groups.map((g) => g.key))) out.push(`Mã nhóm tiêu chí “${k}” bị trùng.`);
  // Scores are stored by item key across the whole table, so item keys are unique across groups.
  const itemKeys = table.groups.flatMap((g) => g.items.map((i) => i.key));
  for (const k of duplicates(itemKeys)) out.push(`Mã tiêu chí “${k}” bị trùng trong bảng điểm.`);

  for (const g of table.groups) {
    const name = blank(g.label) ? `“${g.key}”` : `“${g.label}”`;
    if (blank(g.key)) out.push('Một nhóm tiêu chí chưa có mã.');
    if (blank(g.label)) out.push(`Nhóm tiêu chí “${g.key}” chưa có tên.`);
    if (g.items.length === 0) out.push(`Nhóm tiêu chí ${name} chưa có tiêu chí nào.`);
    for (const i of g.items) {
      if (blank(i.key)) out.push(`Nhóm ${name}: một tiêu chí chưa có mã.`);
      if (blank(i.label)) out.push(`Tiêu chí “${i.key}” chưa có tên.`);
      if (!validPoints(i.max) || i.max === 0)
        out.push(`Tiêu chí “${i.key}”: điểm tối đa phải là số lớn hơn 0.`);
    }
    const sum = g.items.reduce((s, i) => s + h(i.max), 0);
    if (!validPoints(g.max) || h(g.max) !== sum) {
      out.push(
        `Nhóm ${name}: điểm tối đa ${pts(g.max)} khác tổng điểm tối đa các tiêu chí (${pts(sum / 100)}).`,
      );
    }
  }

  const groupSum = table.groups.reduce((s, g) => s + h(g.max), 0);
  if (table.max !== undefined && h(table.max) !== groupSum) {
    out.push(`Tổng điểm tối đa ${pts(table.max)} khác tổng điểm tối đa các nhóm (${pts(groupSum / 100)}).`);
  }

  if (table.bands.length === 0) out.push('Bảng điểm chưa có khoảng điểm xếp loại nào.');
  for (const b of table.bands) {
    if (!(LEVELS as readonly string[]).includes(b.level))
      out.push(`Khoảng điểm có mức “${b.level}” không hợp lệ.`);
    if (!validPoints(b.min)) out.push(`Khoảng điểm mức ${b.level}: điểm sàn phải là số không âm.`);
    else if (b.min > groupSum / 100) {
      out.push(`Khoảng điểm mức ${b.level}: điểm sàn ${pts(b.min)} lớn hơn tổng điểm tối đa.`);
    }
  }
  for (const l of duplicates(table.bands.map((b) => b.level))) out.push(`Mức ${l} có hơn một khoảng điểm.`);
  table.bands.forEach((b, i) => {
    const prev = i > 0 ? table.bands[i - 1] : undefined;
    if (prev && !(h(prev.min) > h(b.min))) {
      out.push(
        `Các khoảng điểm phải xếp theo điểm sàn giảm dần: mức ${b.level} (${pts(b.min)}) đứng sau mức ${prev.level} (${pts(prev.min)}).`,
      );
    }
  });
  return out;
}

export function definitionProblems(def: FormDefinition): string[] {
  const out: string[] = [];
  if (blank(def.title)) out.push('Mẫu chưa có tiêu đề.');
  if (blank(def.source)) out.push('Mẫu chưa ghi nguồn (văn bản, điều khoản).');
  if (def.regimes.length === 0) out.push('Mẫu chưa gắn với năm đánh giá nào.');

  const sections = allSections(def);
  for (const k of duplicates(sections.map((s) => s.key))) out.push(`Mã mục “${k}” bị trùng.`);
  for (const s of sections) {
    if (blank(s.key)) out.push(`Mục “${s.heading}” chưa có mã.`);
    if (blank(s.heading)) out.push(`Mục “${s.key}” chưa có tiêu đề.`);
  }

  const fields = allFields(def).map((p) => p.field);
  if (fields.length > MAX_FIELDS) out.push(`Mẫu có ${fields.length} trường; tối đa ${MAX_FIELDS} trường.`);
  // Answers are keyed by field key alone, so keys are unique across the whole form.
  for (const k of duplicates(fields.map((f) => f.key))) out.push(`Mã trường “${k}” bị trùng.`);
  for (const f of fields) {
    if (blank(f.key)) out.push(`Trường “${f.label}” chưa có mã.`);
    if (blank(f.label)) out.push(`Trường “${f.key}” chưa có nhãn.`);
    if (!FIELD_TYPES.includes(f.type)) out.push(`Trường “${f.key}”: kiểu “${String(f.type)}” không hợp lệ.`);
    if (f.filledBy !== undefined && !FIELD_AUTHORS.includes(f.filledBy)) {
      out.push(`Trường “${f.key}”: người ghi “${String(f.filledBy)}” không hợp lệ.`);
    }
    if ((f.filledBy ?? 'person') !== 'person' && f.required) {
      out.push(`Trường “${f.key}” do người khác ghi nên không thể bắt buộc cá nhân điền.`);
    }
  }

  if (def.scoreTable) out.push(...tableProblems(def.scoreTable));
  // A table that no section claims is printed after the last section, so that is not a problem.
  const tableSections = sections.filter((s) => s.showsScoreTable);
  if (tableSections.length > 0 && !def.scoreTable)
    out.push('Mẫu có mục in bảng điểm nhưng chưa có bảng điểm.');
  if (tableSections.length > 1) out.push('Bảng điểm chỉ được in ở một mục.');
  return out;
}
