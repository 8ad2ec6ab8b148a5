/**
 * Pure helpers of the rules check page: the forms' values into the API bodies (dates dd/mm/yyyy in
 * the pickers, ISO in the body), what must still be filled before asking the server, the server's
 * error paths back onto the form's fields, and the settings' values in words.
 */
import type { Regime } from '../../../domain/cycle.js';
import { fmtNumber } from '../../../domain/rules/format.js';
import { LEVELS, type Level } from '../../../domain/rules/types.js';
import { dayjsToIso, isoToDayjs } from '../../components/dates.js';
import type {
  ClassifyInput,
  ClassifyResult,
  FactsValues,
  QuotaInput,
  QuotaValues,
  TitlesInput,
  TitlesValues,
} from './types.js';

/** A form field's name path, as antd's Form takes it. */
export type NamePath = (string | number)[];

export interface FieldProblem {
  name: NamePath;
  message: string;
}

export interface Request<B> {
  body: B;
  /** Fields to fill before the server is asked (nothing is sent while any is listed). */
  missing: FieldProblem[];
  /** For each list the body sends, the form row of each item sent (empty rows are left out). */
  rows: Record<string, number[]>;
}

const DATE_MISSING = 'Vui lòng nhập ngày (dd/mm/yyyy).';
const COUNT_MISSING = 'Vui lòng nhập số.';

/** The regime's evaluation year: 2024, 2025, 2026. */
export const yearOfRegime = (regime: Regime): number => Number(regime);

/** Defaults: a công chức without a post, in service for years, tasks all done on time, most beyond. */
export function defaultFacts(): FactsValues {
  return {
    category: 'cong_chuc',
    leadership: 'none',
    employmentStart: isoToDayjs('2015-09-01'),
    leaves: [],
    disciplines: [],
    general: 'good',
    ideologicalDecline: false,
    tasks: { total: 10, onTimeQuality: 10, exceeded: 6, poor: 0 },
    unit: {
      targetsTotal: 10,
      targetsCompleted: 10,
      targetsExceeded: 6,
      targetsOnTime: 9,
      subUnits: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 },
    },
    usePoints: false,
    points: { general: 28, results: 65 },
  };
}

/** Sub-unit counts per level into the list the engine takes: {HTXSNV: 1, HTTNV: 2} → [HTXSNV, HTTNV, HTTNV]. */
export function subUnitLevels(counts: Partial<Record<Level, number | null>>): Level[] {
  return LEVELS.flatMap((l) => {
    const n = counts[l];
    return typeof n === 'number' && n > 0
      ? Array.from({ length: Math.min(Math.floor(n), 1000) }, () => l)
      : [];
  });
}

/** The person part, shared by classify and titles. */
function personRequest(v: FactsValues): Request<ClassifyInput['person']> {
  const missing: FieldProblem[] = [];
  const employmentStart = dayjsToIso(v.employmentStart);
  if (!employmentStart) missing.push({ name: ['employmentStart'], message: DATE_MISSING });
  const leaveRows: number[] = [];
  const leaves: ClassifyInput['person']['leaves'] = [];
  (v.leaves ?? []).forEach((l, i) => {
    const from = dayjsToIso(l?.from);
    const to = dayjsToIso(l?.to);
    if (!from && !to) return;
    if (!from) missing.push({ name: ['leaves', i, 'from'], message: DATE_MISSING });
    if (!to) missing.push({ name: ['leaves', i, 'to'], message: DATE_MISSING });
    leaveRows.push(i);
    leaves.push({ kind: l.kind, from: from ?? '', to: to ?? '' });
  });
  const disciplineRows: number[] = [];
  const disciplines: ClassifyInput['person']['disciplines'] = [];
  (v.disciplines ?? []).forEach((d, i) => {
    const decidedOn = dayjsToIso(d?.decidedOn);
    if (!decidedOn) {
      missing.push({ name: ['disciplines', i, 'decidedOn'], message: DATE_MISSING });
      return;
    }
    disciplineRows.push(i);
    disciplines.push({ system: d.system, form: d.form, decidedOn });
  });
  return {
    body: {
      category: v.category,
      leadership: v.leadership,
      employmentStart: employmentStart ?? '',
      leaves,
      disciplines,
    },
    missing,
    rows: { leaves: leaveRows, disciplines: disciplineRows },
  };
}

function counts<K extends string>(
  group: string,
  values: Record<K, number | null> | undefined,
  keys: readonly K[],
  missing: FieldProblem[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const n = values?.[k];
    if (typeof n !== 'number' || !Number.isFinite(n))
      missing.push({ name: [group, k], message: COUNT_MISSING });
    out[k] = typeof n === 'number' ? n : 0;
  }
  return out;
}

/** The body of POST /api/rules/classify from the facts form. */
export function classifyRequest(regime: Regime, v: FactsValues): Request<ClassifyInput> {
  const person = personRequest(v);
  const missing = [...person.missing];
  const tasks = counts('tasks', v.tasks, ['total', 'onTimeQuality', 'exceeded', 'poor'] as const, missing);
  const body: ClassifyInput = {
    regime,
    year: yearOfRegime(regime),
    person: person.body,
    general: v.general,
    findings: { ideologicalDecline: Boolean(v.ideologicalDecline) },
    tasks,
  };
  if (v.leadership !== 'none') {
    const u = counts(
      'unit',
      v.unit,
      ['targetsTotal', 'targetsCompleted', 'targetsExceeded', 'targetsOnTime'] as const,
      missing,
    );
    body.unit = { ...u, subUnitLevels: subUnitLevels(v.unit?.subUnits ?? {}) };
  }
  if (v.usePoints) body.points = counts('points', v.points, ['general', 'results'] as const, missing);
  return { body, missing, rows: person.rows };
}

/** The level the titles are checked against: the classify tab's result, a chosen level, or none. */
export function titlesLevel(
  choice: TitlesValues['level'],
  classified: ClassifyResult | undefined,
): Level | null {
  if (choice === 'none') return null;
  if (choice === 'auto') return classified?.evaluated ? (classified.level ?? null) : null;
  return choice;
}

/** The body of POST /api/rules/titles: the person from the facts form, the rest from the titles form. */
export function titlesRequest(
  regime: Regime,
  facts: FactsValues,
  v: TitlesValues,
  classified: ClassifyResult | undefined,
): Request<TitlesInput> {
  const person = personRequest(facts);
  return {
    body: {
      regime,
      year: yearOfRegime(regime),
      person: person.body,
      level: titlesLevel(v.level, classified),
      recognisedInitiative: Boolean(v.recognisedInitiative),
      acceptedResearch: Boolean(v.acceptedResearch),
      pendingProceedings: Boolean(v.pendingProceedings),
    },
    missing: person.missing,
    rows: person.rows,
  };
}

/** The body of POST /api/rules/quota; a group without a name is left out until it has one. */
export function quotaRequest(regime: Regime, v: QuotaValues): Request<QuotaInput> {
  const missing: FieldProblem[] = [];
  const rows: number[] = [];
  const groups: QuotaInput['groups'] = [];
  (v.groups ?? []).forEach((g, i) => {
    if (!g) return;
    const name = (g.group ?? '').trim();
    if (!name) {
      missing.push({ name: ['groups', i, 'group'], message: 'Vui lòng nhập tên nhóm.' });
      return;
    }
    for (const k of ['HTXSNV', 'HTTNV'] as const) {
      if (typeof g[k] !== 'number') missing.push({ name: ['groups', i, k], message: COUNT_MISSING });
    }
    rows.push(i);
    groups.push({
      group: name,
      HTXSNV: g.HTXSNV ?? 0,
      HTTNV: g.HTTNV ?? 0,
      ...(g.exceptionApproved ? { exceptionApproved: true } : {}),
      ...(g.exceptionApproved && typeof g.exceptionPct === 'number' ? { exceptionPct: g.exceptionPct } : {}),
    });
  });
  if (groups.length === 0 && missing.length === 0) {
    missing.push({ name: ['groups', 0, 'group'], message: 'Cần ít nhất một nhóm.' });
  }
  return { body: { regime, groups }, missing, rows: { groups: rows } };
}

const PERSON_FIELDS = new Set([
  'category',
  'leadership',
  'employmentStart',
  'leaves',
  'disciplines',
  'transfers',
]);

const segments = (path: string): (string | number)[] =>
  path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * The form field a server error detail is about, or null when the form has no such field (it is
 * then shown above the result). `rows` maps the indexes of the lists sent back to the form's rows.
 */
export function fieldOfDetail(path: string, rows: Record<string, number[]> = {}): NamePath | null {
  if (!path.startsWith('body.')) return null;
  let segs = segments(path.slice('body.'.length));
  if (segs[0] === 'person') {
    segs = segs.slice(1);
    if (!PERSON_FIELDS.has(String(segs[0]))) return null;
  }
  const [head, ...rest] = segs;
  if (head === undefined) return null;
  switch (head) {
    case 'category':
    case 'leadership':
    case 'employmentStart':
    case 'general':
      return [head];
    case 'findings':
      return rest[0] === 'ideologicalDecline' ? ['ideologicalDecline'] : null;
    case 'leaves':
    case 'disciplines':
    case 'groups': {
      const [index, field] = rest;
      if (typeof index !== 'number' || typeof field !== 'string') return null;
      const row = rows[head]?.[index] ?? index;
      return [head, row, field];
    }
    case 'tasks':
    case 'points':
      return typeof rest[0] === 'string' ? [head, rest[0]] : null;
    case 'unit':
      if (rest.length === 0) return ['unit', 'targetsTotal'];
      return typeof rest[0] === 'string' && rest[0] !== 'subUnitLevels' ? ['unit', rest[0]] : null;
    default:
      return null;
  }
}

const key = (name: NamePath) => name.join('.');

/** Problems grouped by field (several messages for one field are joined); details without a field apart. */
export function placeProblems(
  details: readonly { path: string; message: string }[],
  rows: Record<string, number[]>,
): { fields: FieldProblem[]; other: string[] } {
  const byField = new Map<string, FieldProblem>();
  const other: string[] = [];
  for (const d of details) {
    const name = fieldOfDetail(d.path, rows);
    if (!name) {
      other.push(d.message);
      continue;
    }
    const k = key(name);
    const had = byField.get(k);
    byField.set(k, { name, message: had ? `${had.message} ${d.message}` : d.message });
  }
  return { fields: [...byField.values()], other };
}

const WORDS: Record<string, string> = {
  calendar: 'Theo tháng dương lịch',
  days: 'Theo số ngày',
  decidedOn: 'Ngày quyết định',
  effectiveFrom: 'Ngày có hiệu lực',
  nd90: 'Nghị định 90/2020/NĐ-CP',
  nd335: 'Nghị định 335/2025/NĐ-CP',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  HTTNV: 'Số người hoàn thành tốt nhiệm vụ',
  HTTNV_AND_HTXSNV: 'Số người hoàn thành tốt và xuất sắc nhiệm vụ',
  floor: 'Làm tròn xuống',
  round: 'Làm tròn',
  ceil: 'Làm tròn lên',
};

function isBand(v: unknown): v is { level: string; min: number; inclusive: boolean } {
  const b = v as { level?: unknown; min?: unknown };
  return typeof v === 'object' && v !== null && typeof b.level === 'string' && typeof b.min === 'number';
}

/** A setting's value in words: "6 tháng", "20%", "Có", "HTXSNV từ 90 điểm; …", "Không đặt". */
export function formatSettingValue(settingKey: string, value: unknown): string {
  if (value === null || value === undefined) return 'Không đặt';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') {
    if (/Pct$/.test(settingKey)) return `${fmtNumber(value)}%`;
    if (/Months$/.test(settingKey)) return `${fmtNumber(value)} tháng`;
    if (/^daysPer/.test(settingKey)) return `${fmtNumber(value)} ngày`;
    if (/^pointMax/.test(settingKey)) return `${fmtNumber(value)} điểm`;
    return fmtNumber(value);
  }
  if (typeof value === 'string') return WORDS[value] ?? value;
  if (Array.isArray(value) && value.every(isBand)) {
    return value.map((b) => `${b.level} ${b.inclusive ? 'từ' : 'trên'} ${fmtNumber(b.min)} điểm`).join('; ');
  }
  return JSON.stringify(value);
}
