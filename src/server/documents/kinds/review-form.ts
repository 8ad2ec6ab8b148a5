/**
 * A self-review form printed with what its writer filled in (issue 5.7): any form of the catalogue
 * (src/domain/forms, forms as data) in the frame the form asks for — the party header
 * ("ĐẢNG BỘ … / CHI BỘ …", "ĐẢNG CỘNG SẢN VIỆT NAM") for party forms (rules.md §2.2), the state header
 * otherwise (rules.md §5). Title and year bold and centred with the form's audience under them; the
 * personal details lines; every section heading as printed with the answers under it; last year's
 * weaknesses as a table with their remedy status (rules.md §7); the review suggestions with their
 * answers; prior years' results as a table; the point table with group subtotals and the total
 * (rules.md §6); proposed levels as four check boxes; the parts the manager and the competent
 * authority fill left with dotted lines and their own signature blocks; the writer's signature.
 * Anything not filled prints as a dotted line, so a blank form is useful on paper too.
 * A self-review has no number (typeCode null): the frame prints no "Số" line.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { z } from 'zod';
import { formatVnDate } from '../../../domain/dates.js';
import { toCapitals } from '../../../domain/document-format.js';
import { threeYearReviewYears } from '../../../domain/forms/catalogue/nominee.js';
import { formatPoints, scoreTotals } from '../../../domain/forms/scoring.js';
import {
  FIELD_AUTHORS,
  type FieldAuthor,
  type FormField,
  type FormSection,
  SCORE_COLUMNS,
  type Scores,
  type ScoreTable,
} from '../../../domain/forms/types.js';
import { LEVEL_LABELS, LEVELS, type Level } from '../../../domain/rules/types.js';
import { normalizeText } from '../../../domain/text.js';
import {
  bodyParagraph,
  buildDocument,
  contentWidth,
  dataTable,
  type Frame,
  fitColumnWidths,
  mm,
  type Signer,
  signatureTable,
  textRun,
  wordWidth,
} from '../frame.js';
import { isoDate, optionalText, signerSchema, text, toSigner } from './common.js';
import type { DocumentKind, RenderContext } from './types.js';

const nfc = (s: string) => s.normalize('NFC');

// The form definition, as far as printing needs it (the cycle's copy, already checked when saved).

const fieldSchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  type: z.enum(['text', 'line', 'level', 'remediation', 'suggestions', 'prior_results']),
  required: z.boolean().default(false),
  hint: z.string().optional(),
  filledBy: z.enum(FIELD_AUTHORS).optional(),
});

const sectionSchema: z.ZodType<FormSection> = z.lazy(() =>
  z.object({
    key: z.string().min(1),
    heading: z.string(),
    fields: z.array(fieldSchema).default([]),
    sections: z.array(sectionSchema).optional(),
    leadersOnly: z.boolean().optional(),
    showsScoreTable: z.boolean().optional(),
  }),
);

const points = z.number().min(0).max(1000);

const scoreTableSchema = z.object({
  scheme: z.string(),
  groups: z.array(
    z.object({
      key: z.string().min(1),
      label: z.string(),
      max: points,
      items: z.array(z.object({ key: z.string().min(1), label: z.string(), max: points })),
    }),
  ),
  bands: z.array(z.object({ level: z.enum(LEVELS), min: points, inclusive: z.boolean() })).default([]),
  max: points.optional(),
  source: z.string().default(''),
  verified: z.boolean().default(false),
});

const definitionSchema = z.object({
  code: z.string().min(1),
  title: z.string().trim().min(1, 'Biểu mẫu chưa có tiêu đề.'),
  audience: z.string().default(''),
  frame: z.enum(['state', 'party']),
  subject: z.enum(['person', 'collective']).default('person'),
  sections: z.array(sectionSchema).min(1, 'Biểu mẫu cần ít nhất một mục.'),
  scoreTable: scoreTableSchema.optional(),
});

const plain = () =>
  z
    .string()
    .default('')
    .transform((s) => normalizeText(s));

export const reviewFormInput = z.object({
  definition: definitionSchema,
  /** Field key → value, as the review stores them (text, level code, lists for the special types). */
  answers: z.record(z.string(), z.unknown()).default({}),
  scores: z
    .record(
      z.string(),
      z.object({ self: points.optional(), manager: points.optional(), authority: points.optional() }),
    )
    .default({}),
  /** The writer's proposed level: checks the box of the form's only level field when it has no answer. */
  proposedLevel: z.enum(LEVELS).nullable().default(null),
  /** The person reviewed; null for a collective's report. Fills the personal lines left blank. */
  person: z
    .object({
      fullName: text('họ và tên'),
      birthDate: isoDate('Ngày sinh').nullable().optional(),
      positionTitle: plain(),
      unitName: plain(),
      partyCell: optionalText(),
    })
    .nullable()
    .default(null),
  /** The collective reporting (collective forms). */
  unitName: optionalText(),
  /** Leaders-only sections are printed for leaders, and for anyone who filled them. */
  leader: z.boolean().default(false),
  year: z.number().int().min(2000).max(2100),
  /** Place name of the date line; the agency's by default. */
  place: optionalText(),
  /** ISO date of the date line (the day the review was submitted); null leaves it to be written by hand. */
  date: isoDate('Ngày').nullable().default(null),
  /**
   * The header's left column. Party forms default to "ĐẢNG BỘ <issuing body>" over the person's
   * "CHI BỘ …" [R: the agency's party organisation is not stored; rules.md §2.2 gives only the
   * pattern "ĐẢNG BỘ … / Chi bộ …"]; state forms to the agency's names.
   */
  heading: z.object({ parentBody: plain(), issuingBody: text('tên cơ quan, tổ chức') }).optional(),
  /** The review suggestions addressed to the writer, with their answers. */
  suggestions: z
    .array(
      z.object({
        text: text('nội dung gợi ý'),
        fromName: plain(),
        answer: z
          .string()
          .nullable()
          .default(null)
          .transform((s) => (s === null ? null : s.normalize('NFC').trim() || null)),
      }),
    )
    .default([]),
  /** Who signs at the end instead of "NGƯỜI TỰ KIỂM ĐIỂM" (a collective's head, TM. the unit). */
  signer: signerSchema.optional(),
});

export type ReviewFormInput = z.output<typeof reviewFormInput>;
export type ReviewFormInputIn = z.input<typeof reviewFormInput>;
type Definition = ReviewFormInput['definition'];

export const REMEDIATION_LABELS = {
  resolved: 'Đã khắc phục',
  in_progress: 'Đang khắc phục',
  not_resolved: 'Chưa khắc phục',
} as const;

/** "Đã khắc phục", "Đang khắc phục (60%)", "Chưa khắc phục". */
export function remediationStatusText(status: unknown, percent?: unknown): string {
  if (status === 'in_progress') {
    return typeof percent === 'number' && Number.isFinite(percent)
      ? `${REMEDIATION_LABELS.in_progress} (${formatPoints(percent)}%)`
      : REMEDIATION_LABELS.in_progress;
  }
  return status === 'resolved' || status === 'not_resolved' ? REMEDIATION_LABELS[status] : '';
}

export const CHECKED = '☒';
export const UNCHECKED = '☐';
/** One ellipsis "…" is one em wide in Times New Roman (and Liberation Serif): 14 pt = 280 twips. */
const ELLIPSIS_TWIPS = 280;
const BODY_INDENT = mm(12.7);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown): v is Level =>
  typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The paragraphs of a free-text answer: one per line, cleaned, blank lines dropped. */
export function answerParagraphs(v: unknown): string[] {
  return str(v)
    .split(/\r?\n/)
    .map(normalizeText)
    .filter((s) => s !== '');
}

/** A line of dots to fill by hand, after `prefixTwips` of text (estimated) on the same line. */
function dots(prefixTwips = 0): string {
  const room = contentWidth(false) - prefixTwips;
  return '…'.repeat(Math.max(3, Math.floor(room / ELLIPSIS_TWIPS) - 1));
}

/** Estimated width in twips of text at 14 pt (wordWidth measures 12 pt). */
const width14 = (s: string, bold = false) => Math.ceil((wordWidth(s, bold) * 14) / 12);

/** The capitalised Vietnamese title in sentence case: "BẢN KIỂM ĐIỂM CÁ NHÂN" → "Bản kiểm điểm cá nhân". */
function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi-VN');
  return lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
}

/** "Chi bộ Phòng Tổng hợp" from what the person wrote ("Phòng Tổng hợp" or "Chi bộ Phòng Tổng hợp"). */
export function partyCellName(cell: string): string {
  return /^chi bộ(?:\s|$)/iu.test(cell) ? cell : `Chi bộ ${cell}`;
}

// What a field's author is, which sections apply.

/** Who fills a section: 'person' unless every field in it (and under it) is the manager's or the authority's. */
function sectionAuthor(s: FormSection): FieldAuthor {
  const authors = new Set<FieldAuthor>();
  const visit = (x: FormSection) => {
    for (const f of x.fields) authors.add(f.filledBy ?? 'person');
    for (const sub of x.sections ?? []) visit(sub);
  };
  visit(s);
  const [only] = authors;
  return authors.size === 1 && only ? only : 'person';
}

function hasAnswer(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

function sectionAnswered(s: FormSection, answers: Record<string, unknown>): boolean {
  return (
    s.fields.some((f) => hasAnswer(answers[f.key])) ||
    (s.sections ?? []).some((x) => sectionAnswered(x, answers))
  );
}

/** The unnumbered lines under the title ("Họ và tên: …"): a top-level section of one-line fields. */
const isPersonalLines = (s: FormSection) =>
  s.fields.length > 0 && s.fields.every((f) => f.type === 'line') && !(s.sections ?? []).length;

/** A field label restating its section's heading is not printed; a numbered one ("1. …") is. */
const NUMBERED = /^\s*(?:\d+(?:\.\d+)*|[a-zđ]|[IVXLC]+)[.)]\s/i;

// Pieces of the body.

const SIZE = 14;

/** Headings and labels stay with what follows them. */
function heading(textValue: string, depth: number): Paragraph {
  return bodyParagraph([textRun(nfc(textValue), { bold: true, size: SIZE, italics: depth >= 2 })], {
    keepNext: true,
  });
}

function fieldLabel(label: string): Paragraph {
  return bodyParagraph([textRun(nfc(label), { italics: true, bold: true, size: SIZE })], { keepNext: true });
}

/** The personal lines: the answer, or the fact the system holds, or dots. */
function personalLines(s: FormSection, input: ReviewFormInput): Paragraph[] {
  const p = input.person;
  const facts: Record<string, string | undefined> = {
    ho_ten: p?.fullName,
    ngay_sinh: p?.birthDate ? formatVnDate(p.birthDate) : undefined,
    don_vi: p?.unitName || undefined,
    chi_bo: p?.partyCell,
    chuc_vu: p?.positionTitle || undefined,
    chuc_vu_chinh_quyen: p?.positionTitle || undefined,
  };
  return s.fields.map((f) => {
    const value = normalizeText(str(input.answers[f.key])) || facts[f.key] || '';
    const label = `- ${nfc(f.label)}: `;
    return bodyParagraph(
      [
        textRun(label, { size: SIZE }),
        textRun(value || dots(BODY_INDENT + width14(label) + ELLIPSIS_TWIPS), { size: SIZE }),
      ],
      { indent: true },
    );
  });
}

/** The four levels as check boxes, kept together (and with a signature after them). */
function levelBoxes(checked: Level | null, beforeSignature = false): Paragraph[] {
  return LEVELS.map((level, i) =>
    bodyParagraph(
      [
        textRun(`${level === checked ? CHECKED : UNCHECKED} `, { size: SIZE }),
        textRun(LEVEL_LABELS[level], { size: SIZE, bold: level === checked }),
      ],
      { indent: true, keepNext: beforeSignature || i < LEVELS.length - 1 },
    ),
  );
}

function remediationTable(value: unknown): (Paragraph | Table)[] {
  const items = Array.isArray(value) ? value.filter(isRecord) : null;
  if (items && items.length === 0) {
    return [bodyParagraph('Không có hạn chế, khuyết điểm nào phải khắc phục từ kỳ trước.')];
  }
  const rows = items
    ? items.map((item, i) => [
        String(i + 1),
        normalizeText(str(item.weakness)),
        remediationStatusText(item.status, item.percent),
        normalizeText(str(item.note)),
      ])
    : // Not filled: empty rows to write in by hand.
      [
        ['1', '', '', ''],
        ['2', '', '', ''],
        ['3', '', '', ''],
      ];
  return [
    dataTable(
      [
        { title: 'TT', width: 6, align: 'center' },
        { title: 'Hạn chế, khuyết điểm', width: 46 },
        { title: 'Kết quả khắc phục', width: 26 },
        { title: 'Ghi chú', width: 22 },
      ],
      rows,
      contentWidth(false),
    ),
    spacer(),
  ];
}

function priorResultsTable(value: unknown, year: number): (Paragraph | Table)[] {
  const given = Array.isArray(value) ? value.filter(isRecord) : [];
  const rows = given.length
    ? [...given]
        .sort((a, b) => Number(a.year) - Number(b.year))
        .map((r) => [
          String(r.year ?? ''),
          isLevel(r.level) ? LEVEL_LABELS[r.level] : r.level === null ? 'Không xếp loại' : '',
          normalizeText(str(r.note)),
        ])
    : threeYearReviewYears(year).map((y) => [String(y), '', '']);
  return [
    dataTable(
      [
        { title: 'Năm', width: 12, align: 'center' },
        { title: 'Mức xếp loại', width: 48 },
        { title: 'Ghi chú', width: 40 },
      ],
      rows,
      contentWidth(false),
    ),
    spacer(),
  ];
}

function suggestionsBlock(field: FormField, input: ReviewFormInput): Paragraph[] {
  // The stored suggestions; failing those, what the writer listed in the field.
  const listed = Array.isArray(input.answers[field.key]) ? (input.answers[field.key] as unknown[]) : [];
  const items = input.suggestions.length
    ? input.suggestions
    : listed.filter(isRecord).map((s) => ({
        text: normalizeText(str(s.suggestion)),
        fromName: '',
        answer: normalizeText(str(s.answer)) || null,
      }));
  if (items.length === 0) return [bodyParagraph('Không có vấn đề được gợi ý kiểm điểm.')];
  const out: Paragraph[] = [];
  items.forEach((s, i) => {
    const from = s.fromName ? ` (${s.fromName})` : '';
    out.push(
      bodyParagraph([
        textRun(`${i + 1}. Vấn đề được gợi ý${from}: `, { bold: true, size: SIZE }),
        textRun(s.text, { italics: true, size: SIZE }),
      ]),
    );
    const answer = answerParagraphs(s.answer);
    if (answer.length === 0) {
      const label = 'Giải trình: ';
      out.push(
        bodyParagraph([
          textRun(label, { bold: true, size: SIZE }),
          textRun(dots(BODY_INDENT + width14(label, true) + ELLIPSIS_TWIPS), { size: SIZE }),
        ]),
      );
      out.push(bodyParagraph(dots(), { indent: false }));
    } else {
      answer.forEach((a, j) => {
        const runs = [textRun(a, { size: SIZE })];
        if (j === 0) runs.unshift(textRun('Giải trình: ', { bold: true, size: SIZE }));
        out.push(bodyParagraph(runs));
      });
    }
  });
  return out;
}

/** An empty paragraph after a table, so the next heading does not stick to it. */
const spacer = (keepNext = false) => bodyParagraph('', { indent: false, keepNext });

export const SCORE_TABLE_COLUMNS = [
  'TT',
  'Tiêu chí',
  'Điểm tối đa',
  'Cá nhân tự chấm',
  'Người quản lý trực tiếp',
  'Cấp có thẩm quyền',
] as const;

/** "1. Nhóm tiêu chí chung" → "Nhóm tiêu chí chung". */
const withoutNumber = (label: string) => label.replace(NUMBERED, '').trim();

/**
 * The point table (rules.md §6): one row per criterion with its maximum and the three columns of
 * points, a bold row per group with its subtotal (a group of one criterion is a single bold row),
 * and the total. A column nobody has scored stays blank.
 */
export function scoreTableBlock(table: ScoreTable, scores: Scores, keepWithNext = false): Table {
  const totals = scoreTotals(table, scores);
  const show = (n: number | null | undefined) => (typeof n === 'number' ? formatPoints(n) : '');
  type Cell = { text: string; bold?: boolean; align?: 'left' | 'center' };
  const rows: Cell[][] = [];
  const line = (
    tt: string,
    label: string,
    max: number,
    values: (number | null | undefined)[],
    bold: boolean,
  ) =>
    rows.push([
      { text: tt, bold, align: 'center' },
      { text: nfc(label), bold, align: 'left' },
      { text: formatPoints(max), bold, align: 'center' },
      ...values.map((v) => ({ text: show(v), bold, align: 'center' as const })),
    ]);
  table.groups.forEach((g, gi) => {
    const tt = String(gi + 1);
    const sub = totals.perGroup[g.key];
    const groupValues = SCORE_COLUMNS.map((c) => sub?.[c]);
    if (g.items.length === 1) {
      line(tt, withoutNumber(g.label), g.max, groupValues, true);
      return;
    }
    line(tt, withoutNumber(g.label), g.max, groupValues, true);
    g.items.forEach((item, ii) => {
      line(
        `${tt}.${ii + 1}`,
        item.label,
        item.max,
        SCORE_COLUMNS.map((c) => scores[item.key]?.[c]),
        false,
      );
    });
  });
  const max = table.max ?? table.groups.reduce((s, g) => s + g.max, 0);
  line(
    '',
    'Tổng điểm',
    max,
    SCORE_COLUMNS.map((c) => totals.total[c]),
    true,
  );
  const width = contentWidth(false);
  const columns = [
    { title: SCORE_TABLE_COLUMNS[0], width: 6 },
    { title: SCORE_TABLE_COLUMNS[1], width: 40 },
    { title: SCORE_TABLE_COLUMNS[2], width: 12 },
    { title: SCORE_TABLE_COLUMNS[3], width: 13 },
    { title: SCORE_TABLE_COLUMNS[4], width: 15 },
    { title: SCORE_TABLE_COLUMNS[5], width: 14 },
  ];
  const widths = fitColumnWidths(
    columns,
    rows.map((r) => r.map((c) => c.text)),
    width,
  );
  // The table is short: it stays on one page (every row kept with the next), and with what
  // follows it when a signature does.
  const cell = (c: Cell, w: number, keepNext: boolean, header = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        cellParagraph(c.text, { bold: header || c.bold, center: header || c.align === 'center', keepNext }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell({ text: c.title }, widths[i] ?? 0, true, true)),
      }),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell(c, widths[i] ?? 0, keepWithNext || ri < rows.length - 1)),
          }),
      ),
    ],
  });
}

/** A 12 pt paragraph for a table cell. */
function cellParagraph(value: string, opts: { bold?: boolean; center: boolean; keepNext?: boolean }) {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: opts.keepNext,
    spacing: { before: 40, after: 40 },
    children: [textRun(value, { bold: opts.bold, size: 12 })],
  });
}

// The signers.

const SIGN_NOTE = '(Ký, ghi rõ họ tên)';

function signerFor(author: FieldAuthor, input: ReviewFormInput, frame: Frame): Signer {
  if (author === 'manager') return { title: 'NGƯỜI QUẢN LÝ TRỰC TIẾP', note: SIGN_NOTE, fullName: '' };
  if (author === 'authority') return { title: 'CẤP CÓ THẨM QUYỀN', note: SIGN_NOTE, fullName: '' };
  if (input.signer) return toSigner(input.signer);
  if (!input.person) {
    return {
      prefix: 'TM.',
      onBehalfOf: input.unitName ?? 'Tập thể',
      title: 'THỦ TRƯỞNG ĐƠN VỊ',
      note: SIGN_NOTE,
      fullName: '',
    };
  }
  return {
    title: 'NGƯỜI TỰ KIỂM ĐIỂM',
    ...(frame === 'party' ? { note: SIGN_NOTE } : {}),
    fullName: input.person.fullName,
  };
}

// The whole body.

type Block = Paragraph | Table;
/** A piece of the body; `beforeSignature`: a signature block follows it, keep its end with it. */
type Part = (beforeSignature: boolean) => Block[];

/** Text paragraphs, or dotted lines when empty; the last one kept with a signature that follows. */
function textBlock(value: unknown, emptyLines: number, beforeSignature: boolean): Paragraph[] {
  const paras = answerParagraphs(value);
  const lines = paras.length ? paras : Array.from({ length: emptyLines }, () => null);
  return lines.map((p, i) => {
    const keepNext = beforeSignature && i === lines.length - 1;
    return p === null ? bodyParagraph(dots(), { indent: false, keepNext }) : bodyParagraph(p, { keepNext });
  });
}

function formBody(input: ReviewFormInput, frame: Frame): { body: Block[]; last: FieldAuthor } {
  const def = input.definition;
  const parts: (Part | { sign: Signer })[] = [];
  const levelFields: FormField[] = [];
  const collectLevels = (sections: FormSection[]) => {
    for (const s of sections) {
      for (const f of s.fields)
        if (f.type === 'level' && (f.filledBy ?? 'person') === 'person') levelFields.push(f);
      collectLevels(s.sections ?? []);
    }
  };
  collectLevels(def.sections);
  let scorePrinted = false;
  const scorePart =
    (table: ScoreTable): Part =>
    (before) => [scoreTableBlock(table, input.scores, before), spacer(before)];

  const field = (f: FormField, section: FormSection) => {
    const value = input.answers[f.key];
    const others = (f.filledBy ?? 'person') !== 'person';
    if (section.fields.length > 1 || NUMBERED.test(f.label)) parts.push(() => [fieldLabel(f.label)]);
    switch (f.type) {
      case 'text':
      case 'line':
        parts.push((before) => textBlock(value, others ? 3 : 2, before));
        return;
      case 'level': {
        const fallback = !others && levelFields.length === 1 ? input.proposedLevel : null;
        parts.push((before) => levelBoxes(isLevel(value) ? value : fallback, before));
        return;
      }
      case 'remediation':
        parts.push(() => remediationTable(value));
        return;
      case 'suggestions':
        parts.push(() => suggestionsBlock(f, input));
        return;
      case 'prior_results':
        parts.push(() => priorResultsTable(value, input.year));
        return;
    }
  };

  const section = (s: FormSection, depth: number) => {
    if (s.leadersOnly && !input.leader && !sectionAnswered(s, input.answers)) return;
    parts.push(() => [heading(s.heading, depth)]);
    for (const f of s.fields) field(f, s);
    if (s.showsScoreTable && def.scoreTable) {
      parts.push(scorePart(def.scoreTable));
      scorePrinted = true;
    }
    for (const sub of s.sections ?? []) section(sub, depth + 1);
  };

  let author: FieldAuthor = 'person';
  def.sections.forEach((s, i) => {
    if (i === 0 && isPersonalLines(s)) {
      parts.push(() => personalLines(s, input));
      return;
    }
    const next = sectionAuthor(s);
    if (next !== author) {
      // The previous author signs before the next one's part (NĐ 90/2020 Mẫu số 02, 03).
      if (def.scoreTable && !scorePrinted) {
        parts.push(scorePart(def.scoreTable));
        scorePrinted = true;
      }
      parts.push({ sign: signerFor(author, input, frame) });
      author = next;
    }
    section(s, 0);
  });
  if (def.scoreTable && !scorePrinted) parts.push(scorePart(def.scoreTable));

  const body: Block[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'function') {
      const following = parts[i + 1];
      body.push(...part(following === undefined || typeof following !== 'function'));
    } else {
      body.push(spacer(true), signatureTable(part.sign, frame), spacer());
    }
  });
  return { body, last: author };
}

function headingFor(input: ReviewFormInput, ctx: RenderContext, frame: Frame) {
  if (input.heading) return input.heading;
  if (frame === 'state') {
    // A collective's report comes from the unit, under the agency.
    return !input.person && input.unitName
      ? { parentBody: ctx.agency.issuingBodyName, issuingBody: input.unitName }
      : { parentBody: ctx.agency.parentBodyName, issuingBody: ctx.agency.issuingBodyName };
  }
  const cell = normalizeText(str(input.answers.chi_bo)) || input.person?.partyCell;
  const party = `Đảng bộ ${ctx.agency.issuingBodyName}`;
  return {
    // "ĐẢNG BỘ / VĂN PHÒNG UBND TỈNH" rather than a break in the middle of the body's name.
    parentBody: party.length > 26 ? `Đảng bộ\n${ctx.agency.issuingBodyName}` : party,
    issuingBody: cell ? partyCellName(cell) : 'Chi bộ …………………',
  };
}

/** The trích yếu for lists and file names: "Bản kiểm điểm cá nhân năm 2024 của Trần Văn Trưởng". */
function subjectOf(input: ReviewFormInput): string {
  const who = input.person?.fullName ?? input.unitName;
  return `${sentenceCase(nfc(input.definition.title))} năm ${input.year}${who ? ` của ${who}` : ''}`;
}

function render(raw: unknown, ctx: RenderContext) {
  const input = reviewFormInput.parse(raw);
  const def: Definition = input.definition;
  const frame: Frame = def.frame === 'party' ? 'party' : 'state';
  const { body, last } = formBody(input, frame);
  const heading = headingFor(input, ctx, frame);
  return buildDocument({
    frame,
    parentBody: heading.parentBody,
    issuingBody: heading.issuingBody,
    // A self-review has no number, whatever the context says.
    numberText: '',
    placeName: input.place ?? ctx.agency.placeName,
    date: input.date ?? ctx.date,
    typeName: toCapitals(nfc(def.title)),
    subject: `Năm ${input.year}`,
    subjectNote: def.audience ? nfc(def.audience) : undefined,
    body,
    signers: [signerFor(last, input, frame)],
  });
}

export const reviewForm: DocumentKind<ReviewFormInput> = {
  kind: 'review_form',
  label: 'Bản kiểm điểm',
  typeCode: null,
  // The form decides; party forms render in the party frame.
  frame: 'state',
  input: reviewFormInput,
  subject: subjectOf,
  docx: render,
};
