/**
 * Pure, immutable edits of a form definition for the secretary's editor (issue 5.2): sections and
 * fields added, removed, moved; the point table's groups, items and bands; keys for what is new; the
 * definition's problems worded with labels instead of keys. Every function returns a new definition
 * and leaves its input untouched.
 *
 * Keys: what the editor adds gets a temporary key (`moi.truong.1`); `finalizeKeys` turns each into a
 * readable one made from its label (`y_kien_chi_bo`, `y_kien_chi_bo_2`) just before saving. Existing
 * keys never change: answers and scores are stored by key.
 */
import { definitionProblems } from '../../../domain/forms/definition-check.js';
import type {
  FieldAuthor,
  FieldType,
  FormDefinition,
  FormField,
  FormFrame,
  FormSection,
  ScoreBand,
  ScoreGroup,
  ScoreItem,
  ScoreTable,
} from '../../../domain/forms/types.js';
import { allFields, allSections } from '../../../domain/forms/walk.js';
import { LEVELS, type Level } from '../../../domain/rules/types.js';
import { foldVietnamese } from '../../../domain/text.js';

/** Indexes from the form's top-level sections down to one section. */
export type SectionPath = readonly number[];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Đoạn văn (nhiều dòng)',
  line: 'Một dòng',
  level: 'Mức xếp loại',
  remediation: 'Kết quả khắc phục hạn chế đã chỉ ra',
  suggestions: 'Giải trình vấn đề được gợi ý',
  prior_results: 'Kết quả xếp loại các năm trước',
};

export const FIELD_AUTHOR_LABELS: Record<FieldAuthor, string> = {
  person: 'Người kiểm điểm',
  manager: 'Người quản lý trực tiếp',
  authority: 'Cấp có thẩm quyền',
};

export const FRAME_LABELS: Record<FormFrame, string> = {
  party: 'Khung văn bản Đảng',
  state: 'Khung văn bản hành chính',
};

/** Subsections are offered down to this depth (0 = top level): the paper prints three heading levels. */
export const MAX_SECTION_DEPTH = 2;

// ---------------------------------------------------------------------------------------------------
// Keys

type KeyKind = 'muc' | 'truong' | 'nhom' | 'tieu_chi';
const TEMP_PREFIX = 'moi.';

export const isTempKey = (key: string) => key.startsWith(TEMP_PREFIX);

/** `base`, else `base_2`, `base_3`… whichever is not taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const k = `${base}_${i}`;
    if (!taken.has(k)) return k;
  }
}

/**
 * A key from a label: without diacritics, lower case, words joined by "_", the leading numbering
 * ("1.", "IV.", "a)") dropped, at most 40 characters cut at a word. Empty when nothing is left.
 */
export function slugKey(label: string): string {
  const words = foldVietnamese(label)
    .replace(/^\(?([ivxlc]+|\d+|[a-z])[.)]\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}_${w}` : w;
    if (next.length > 40) break;
    out = next;
  }
  return out || (words[0]?.slice(0, 40) ?? '');
}

function tempKey(kind: KeyKind, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const k = `${TEMP_PREFIX}${kind}.${i}`;
    if (!taken.has(k)) return k;
  }
}

const sectionKeys = (def: FormDefinition) => new Set(allSections(def).map((s) => s.key));
const fieldKeys = (def: FormDefinition) => new Set(allFields(def).map((p) => p.field.key));
const groupKeys = (t: ScoreTable | undefined) => new Set((t?.groups ?? []).map((g) => g.key));
const itemKeys = (t: ScoreTable | undefined) =>
  new Set((t?.groups ?? []).flatMap((g) => g.items.map((i) => i.key)));

/** Replaces every temporary key with one made from the label, unique in its kind across the form. */
export function finalizeKeys(def: FormDefinition): FormDefinition {
  const kept = (keys: Set<string>) => new Set([...keys].filter((k) => !isTempKey(k)));
  const taken = {
    muc: kept(sectionKeys(def)),
    truong: kept(fieldKeys(def)),
    nhom: kept(groupKeys(def.scoreTable)),
    tieu_chi: kept(itemKeys(def.scoreTable)),
  };
  const fix = (kind: KeyKind, key: string, label: string): string => {
    if (!isTempKey(key)) return key;
    const k = uniqueKey(slugKey(label) || kind, taken[kind]);
    taken[kind].add(k);
    return k;
  };
  const visit = (sections: FormSection[]): FormSection[] =>
    sections.map((s) => ({
      ...s,
      key: fix('muc', s.key, s.heading),
      fields: s.fields.map((f) => ({ ...f, key: fix('truong', f.key, f.label) })),
      ...(s.sections ? { sections: visit(s.sections) } : {}),
    }));
  const out: FormDefinition = { ...def, sections: visit(def.sections) };
  if (def.scoreTable) {
    out.scoreTable = {
      ...def.scoreTable,
      groups: def.scoreTable.groups.map((g) => ({
        ...g,
        key: fix('nhom', g.key, g.label),
        items: g.items.map((i) => ({ ...i, key: fix('tieu_chi', i.key, i.label) })),
      })),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Arrays

/** The list with item `i` moved by `delta` places; unchanged when that would leave the list. */
export function moveItem<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(i, 1) as [T];
  out.splice(j, 0, item);
  return out;
}

const replaceAt = <T>(list: readonly T[], i: number, fn: (x: T) => T): T[] =>
  list.map((x, k) => (k === i ? fn(x) : x));

// ---------------------------------------------------------------------------------------------------
// Sections

/** The section at `path`, or undefined. */
export function sectionAt(def: Pick<FormDefinition, 'sections'>, path: SectionPath): FormSection | undefined {
  let list: readonly FormSection[] | undefined = def.sections;
  let found: FormSection | undefined;
  for (const i of path) {
    found = list?.[i];
    if (!found) return undefined;
    list = found.sections;
  }
  return found;
}

/** A subsection list left empty is dropped, as the catalogue writes a section without subsections. */
function withSubsections(s: FormSection, sections: FormSection[]): FormSection {
  if (sections.length > 0) return { ...s, sections };
  const { sections: _drop, ...rest } = s;
  return rest;
}

/** Applies `fn` to the list of sections under `parent` ([] = the form's top level). */
function editSiblings(
  def: FormDefinition,
  parent: SectionPath,
  fn: (list: FormSection[]) => FormSection[],
): FormDefinition {
  if (parent.length === 0) return { ...def, sections: fn(def.sections) };
  return editSection(def, parent, (s) => withSubsections(s, fn(s.sections ?? [])));
}

/** Applies `fn` to the section at `path`. */
export function editSection(
  def: FormDefinition,
  path: SectionPath,
  fn: (s: FormSection) => FormSection,
): FormDefinition {
  const visit = (list: FormSection[], rest: SectionPath): FormSection[] => {
    const [i, ...deeper] = rest;
    if (i === undefined || !list[i]) return list;
    return replaceAt(list, i, (s) =>
      deeper.length === 0 ? fn(s) : withSubsections(s, visit(s.sections ?? [], deeper)),
    );
  };
  return { ...def, sections: visit(def.sections, path) };
}

export interface SectionPatch {
  heading?: string;
  leadersOnly?: boolean;
}

export function updateSection(def: FormDefinition, path: SectionPath, patch: SectionPatch): FormDefinition {
  return editSection(def, path, (s) => {
    const next: FormSection = { ...s, ...patch };
    // Absent means "for everyone"; keep it absent rather than false.
    if (next.leadersOnly === false) delete next.leadersOnly;
    return next;
  });
}

/** Appends an empty section under `parent` ([] = at the top level); returns it with its path. */
export function addSection(
  def: FormDefinition,
  parent: SectionPath,
): { definition: FormDefinition; key: string; path: number[] } {
  const key = tempKey('muc', sectionKeys(def));
  const count = parent.length === 0 ? def.sections.length : (sectionAt(def, parent)?.sections?.length ?? 0);
  const section: FormSection = { key, heading: '', fields: [] };
  return {
    definition: editSiblings(def, parent, (list) => [...list, section]),
    key,
    path: [...parent, count],
  };
}

export function removeSection(def: FormDefinition, path: SectionPath): FormDefinition {
  const i = path.at(-1);
  if (i === undefined) return def;
  return editSiblings(def, path.slice(0, -1), (list) => list.filter((_, k) => k !== i));
}

export function moveSection(def: FormDefinition, path: SectionPath, delta: number): FormDefinition {
  const i = path.at(-1);
  if (i === undefined) return def;
  return editSiblings(def, path.slice(0, -1), (list) => moveItem(list, i, delta));
}

/** How many fields a section holds, its subsections included. */
export function fieldCount(section: FormSection): number {
  return allFields({ sections: [section] }).length;
}

// ---------------------------------------------------------------------------------------------------
// Fields

export type FieldPatch = Partial<Pick<FormField, 'label' | 'type' | 'required' | 'hint' | 'filledBy'>>;

/**
 * A field with the patch applied, kept as the catalogue writes it: no `filledBy` when the person fills
 * it, no empty hint, and never required when someone else fills it.
 */
export function patchField(field: FormField, patch: FieldPatch): FormField {
  const next: FormField = { ...field, ...patch };
  if (next.filledBy === undefined || next.filledBy === 'person') delete next.filledBy;
  else next.required = false;
  if (next.hint !== undefined && next.hint.trim() === '') delete next.hint;
  return next;
}

export function addField(
  def: FormDefinition,
  section: SectionPath,
): { definition: FormDefinition; key: string } {
  const key = tempKey('truong', fieldKeys(def));
  const field: FormField = { key, label: '', type: 'text', required: true };
  return { definition: editSection(def, section, (s) => ({ ...s, fields: [...s.fields, field] })), key };
}

export function updateField(
  def: FormDefinition,
  section: SectionPath,
  index: number,
  patch: FieldPatch,
): FormDefinition {
  return editSection(def, section, (s) => ({
    ...s,
    fields: replaceAt(s.fields, index, (f) => patchField(f, patch)),
  }));
}

export function removeField(def: FormDefinition, section: SectionPath, index: number): FormDefinition {
  return editSection(def, section, (s) => ({ ...s, fields: s.fields.filter((_, k) => k !== index) }));
}

export function moveField(
  def: FormDefinition,
  section: SectionPath,
  index: number,
  delta: number,
): FormDefinition {
  return editSection(def, section, (s) => ({ ...s, fields: moveItem(s.fields, index, delta) }));
}

// ---------------------------------------------------------------------------------------------------
// Point table

function editTable(def: FormDefinition, fn: (t: ScoreTable) => ScoreTable): FormDefinition {
  return def.scoreTable ? { ...def, scoreTable: fn(def.scoreTable) } : def;
}

function editGroup(def: FormDefinition, group: number, fn: (g: ScoreGroup) => ScoreGroup): FormDefinition {
  return editTable(def, (t) => ({ ...t, groups: replaceAt(t.groups, group, fn) }));
}

/** The table's printed total; undefined leaves it to the sum of the groups. */
export function setTableMax(def: FormDefinition, max: number | undefined): FormDefinition {
  return editTable(def, (t) => {
    const next = { ...t, max };
    if (max === undefined) delete next.max;
    return next;
  });
}

export function updateGroup(
  def: FormDefinition,
  group: number,
  patch: Partial<Pick<ScoreGroup, 'label' | 'max'>>,
): FormDefinition {
  return editGroup(def, group, (g) => ({ ...g, ...patch }));
}

export function addGroup(def: FormDefinition): { definition: FormDefinition; key: string } {
  const key = tempKey('nhom', groupKeys(def.scoreTable));
  const item = tempKey('tieu_chi', itemKeys(def.scoreTable));
  const group: ScoreGroup = { key, label: '', max: 0, items: [{ key: item, label: '', max: 0 }] };
  return { definition: editTable(def, (t) => ({ ...t, groups: [...t.groups, group] })), key };
}

export function removeGroup(def: FormDefinition, group: number): FormDefinition {
  return editTable(def, (t) => ({ ...t, groups: t.groups.filter((_, k) => k !== group) }));
}

export function moveGroup(def: FormDefinition, group: number, delta: number): FormDefinition {
  return editTable(def, (t) => ({ ...t, groups: moveItem(t.groups, group, delta) }));
}

export function addScoreItem(
  def: FormDefinition,
  group: number,
): { definition: FormDefinition; key: string } {
  const key = tempKey('tieu_chi', itemKeys(def.scoreTable));
  const item: ScoreItem = { key, label: '', max: 0 };
  return { definition: editGroup(def, group, (g) => ({ ...g, items: [...g.items, item] })), key };
}

export function updateScoreItem(
  def: FormDefinition,
  group: number,
  item: number,
  patch: Partial<Pick<ScoreItem, 'label' | 'max'>>,
): FormDefinition {
  return editGroup(def, group, (g) => ({
    ...g,
    items: replaceAt(g.items, item, (i) => ({ ...i, ...patch })),
  }));
}

export function removeScoreItem(def: FormDefinition, group: number, item: number): FormDefinition {
  return editGroup(def, group, (g) => ({ ...g, items: g.items.filter((_, k) => k !== item) }));
}

export function moveScoreItem(
  def: FormDefinition,
  group: number,
  item: number,
  delta: number,
): FormDefinition {
  return editGroup(def, group, (g) => ({ ...g, items: moveItem(g.items, item, delta) }));
}

export function updateBand(def: FormDefinition, band: number, patch: Partial<ScoreBand>): FormDefinition {
  return editTable(def, (t) => ({ ...t, bands: replaceAt(t.bands, band, (b) => ({ ...b, ...patch })) }));
}

/** The first level without a band, at the bottom, from 0 points; nothing when every level has one. */
export function addBand(def: FormDefinition): FormDefinition {
  return editTable(def, (t) => {
    const level = LEVELS.find((l) => !t.bands.some((b) => b.level === l));
    return level ? { ...t, bands: [...t.bands, { level, min: 0, inclusive: true }] } : t;
  });
}

export function moveBand(def: FormDefinition, band: number, delta: number): FormDefinition {
  return editTable(def, (t) => ({ ...t, bands: moveItem(t.bands, band, delta) }));
}

export function removeBand(def: FormDefinition, band: number): FormDefinition {
  return editTable(def, (t) => ({ ...t, bands: t.bands.filter((_, k) => k !== band) }));
}

/** The levels a band may take: its own and those no other band uses. */
export function bandLevelChoices(table: ScoreTable, band: number): Level[] {
  return LEVELS.filter((l) => l === table.bands[band]?.level || !table.bands.some((b) => b.level === l));
}

// ---------------------------------------------------------------------------------------------------
// Totals (in hundredths, as definitionProblems counts them)

const h = (n: number) => Math.round((Number.isFinite(n) ? n : 0) * 100);

export const itemsTotal = (g: ScoreGroup): number => g.items.reduce((s, i) => s + h(i.max), 0) / 100;
export const groupsTotal = (t: ScoreTable): number => t.groups.reduce((s, g) => s + h(g.max), 0) / 100;
export const samePoints = (a: number, b: number) => h(a) === h(b);

// ---------------------------------------------------------------------------------------------------
// Problems and comparison

const NAMED = /(Trường|Mục|Nhóm tiêu chí|Nhóm|Tiêu chí) “([^”]*)”/g;
const quote = (s: string) => `“${s.trim()}”`;
const blank = (s: string | undefined) => !s || s.trim() === '';

/**
 * Names by key for the problems' wording: a label when there is one, else the element's place
 * ("trường thứ 2 trong mục “II. …”"), so that no key reaches the screen.
 */
function namesByKind(def: FormDefinition) {
  const fields = new Map<string, string>();
  const sections = new Map<string, string>();
  const visit = (list: readonly FormSection[], parent: FormSection | null) => {
    list.forEach((s, i) => {
      const where = parent ? ` trong mục ${quote(parent.heading || '…')}` : ' của mẫu';
      sections.set(s.key, blank(s.heading) ? `thứ ${i + 1}${where}` : quote(s.heading));
      s.fields.forEach((f, k) => {
        fields.set(
          f.key,
          blank(f.label) ? `thứ ${k + 1} trong mục ${quote(s.heading || '…')}` : quote(f.label),
        );
      });
      visit(s.sections ?? [], s);
    });
  };
  visit(def.sections, null);
  const groups = new Map<string, string>();
  const items = new Map<string, string>();
  def.scoreTable?.groups.forEach((g, i) => {
    groups.set(g.key, blank(g.label) ? `thứ ${i + 1}` : quote(g.label));
    g.items.forEach((it, k) => {
      items.set(
        it.key,
        blank(it.label)
          ? `thứ ${k + 1} trong nhóm ${blank(g.label) ? `thứ ${i + 1}` : quote(g.label)}`
          : quote(it.label),
      );
    });
  });
  return { Trường: fields, Mục: sections, 'Nhóm tiêu chí': groups, Nhóm: groups, 'Tiêu chí': items } as const;
}

/** A problem message with each key it quotes replaced by the element's name. */
export function humanizeProblem(def: FormDefinition, message: string): string {
  const names = namesByKind(def);
  return message.replace(NAMED, (whole, kind: keyof typeof names, key: string) => {
    const name = names[kind].get(key);
    return name === undefined ? whole : `${kind} ${name}`;
  });
}

/** What stops the definition from being saved, worded for the secretary (empty: it can be saved). */
export function editorProblems(def: FormDefinition): string[] {
  const out: string[] = [];
  if (def.sections.length === 0) out.push('Mẫu phải có ít nhất một mục.');
  out.push(...definitionProblems(def).map((m) => humanizeProblem(def, m)));
  return [...new Set(out)];
}

const PATH_PREFIX = 'body.definition.';

/**
 * Where a server error detail points, in words: "Mục “II. …”, trường “…”" from
 * `body.definition.sections.1.fields.0.label`; null when the path says nothing more than the form.
 */
export function placeOfPath(def: FormDefinition, path: string): string | null {
  if (!path.startsWith(PATH_PREFIX)) return null;
  const parts = path.slice(PATH_PREFIX.length).split('.');
  const words: string[] = [];
  let list: readonly FormSection[] | undefined = def.sections;
  let section: FormSection | undefined;
  let group: ScoreGroup | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const n = Number(parts[i + 1]);
    if (part === 'title') words.push('tiêu đề');
    else if (part === 'audience') words.push('đối tượng');
    else if (part === 'sections' && Number.isInteger(n)) {
      section = list?.[n];
      words.push(section && !blank(section.heading) ? `mục ${quote(section.heading)}` : `mục thứ ${n + 1}`);
      list = section?.sections;
      i++;
    } else if (part === 'fields' && Number.isInteger(n)) {
      const f = section?.fields[n];
      words.push(f && !blank(f.label) ? `trường ${quote(f.label)}` : `trường thứ ${n + 1}`);
      i++;
    } else if (part === 'scoreTable') words.push('Bảng điểm');
    else if (part === 'groups' && Number.isInteger(n)) {
      group = def.scoreTable?.groups[n];
      words.push(group && !blank(group.label) ? `nhóm ${quote(group.label)}` : `nhóm thứ ${n + 1}`);
      i++;
    } else if (part === 'items' && Number.isInteger(n)) {
      const it = group?.items[n];
      words.push(it && !blank(it.label) ? `tiêu chí ${quote(it.label)}` : `tiêu chí thứ ${n + 1}`);
      i++;
    } else if (part === 'bands' && Number.isInteger(n)) {
      words.push(`khoảng điểm thứ ${n + 1}`);
      i++;
    }
  }
  const text = words.join(', ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : null;
}

/** The server's 400 details as lines to show: each placed in the form and without keys. */
export function serverProblems(
  def: FormDefinition,
  details: readonly { path: string; message: string }[],
): string[] {
  return [
    ...new Set(
      details.map((d) => {
        const place = placeOfPath(def, d.path);
        const message = humanizeProblem(def, d.message);
        return place ? `${place}: ${message}` : message;
      }),
    ),
  ];
}

/** JSON with object keys sorted, so that two definitions compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const sameDefinition = (a: FormDefinition, b: FormDefinition) => canonical(a) === canonical(b);
