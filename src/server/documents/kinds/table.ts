/**
 * Danh sách / Bảng tổng hợp: a titled table under the agency header, not numbered. Landscape when
 * it has more than 6 columns or its given widths add up to more than a portrait page holds
 * (NĐ 30/2020 allows landscape for table-heavy documents). The header row repeats on every page
 * and rows do not split. The same table exports as XLSX (row 1 = header, so it re-imports).
 */
import type { Paragraph, Table } from 'docx';
import { z } from 'zod';
import { formatVnDate } from '../../../domain/dates.js';
import { normalizeText } from '../../../domain/text.js';
import {
  bodyParagraph,
  buildDocument,
  contentWidth,
  type DataColumn,
  dataTable,
  wordWidth,
} from '../frame.js';
import { fittedWidths, safeSheetName, type TableColumn, tableToXlsx, toDate } from '../xlsx.js';
import {
  baseSpec,
  optionalText,
  recipientsSchema,
  signerSchema,
  text,
  toSigner,
  vnNumber,
} from './common.js';
import type { DocumentKind } from './types.js';

/** Above this many characters of given column widths the table goes landscape. */
export const PORTRAIT_MAX_WIDTH = 90;
export const PORTRAIT_MAX_COLUMNS = 6;

const column = z.object({
  key: z.string().trim().min(1, 'Vui lòng nhập mã cột.'),
  title: text('tên cột'),
  type: z.enum(['text', 'number', 'date']),
  /** Width in characters (DOCX: relative; XLSX: the column width). */
  width: z.number().positive().max(200).optional(),
});

const cell = z.union([z.string(), z.number(), z.null()]);

export const tableInput = z
  .object({
    typeName: z.enum(['DANH SÁCH', 'BẢNG TỔNG HỢP']),
    subject: text('trích yếu'),
    columns: z.array(column).min(1, 'Bảng cần ít nhất một cột.'),
    rows: z.array(z.record(z.string(), cell)),
    note: optionalText(),
    signer: signerSchema.optional(),
    recipients: recipientsSchema.optional(),
  })
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    t.columns.forEach((c, i) => {
      if (keys.has(c.key))
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `Mã cột "${c.key}" bị trùng.` });
      keys.add(c.key);
    });
    t.rows.forEach((r, i) => {
      for (const c of t.columns) {
        const v = r[c.key];
        if (v === null || v === undefined || v === '') continue;
        const where = `Dòng ${i + 1}, cột ${c.title}`;
        if (c.type === 'number' && (typeof v !== 'number' || !Number.isFinite(v)))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, c.key],
            message: `${where}: "${v}" không phải số.`,
          });
        if (c.type === 'date' && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || !toDate(v)))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, c.key],
            message: `${where}: "${v}" không phải ngày hợp lệ (YYYY-MM-DD).`,
          });
      }
    });
  })
  .transform((t) => ({
    ...t,
    rows: t.rows.map((r) => {
      const out: Record<string, string | number | null> = {};
      for (const c of t.columns) {
        const v = r[c.key];
        out[c.key] = v === undefined || v === '' ? null : typeof v === 'string' ? normalizeText(v) : v;
      }
      return out;
    }),
  }));

export type TableInput = z.output<typeof tableInput>;
export type TableInputIn = z.input<typeof tableInput>;

export function isLandscape(columns: { width?: number }[]): boolean {
  const given = columns.reduce((s, c) => s + (c.width ?? 0), 0);
  return columns.length > PORTRAIT_MAX_COLUMNS || given > PORTRAIT_MAX_WIDTH;
}

/** The cell text in the DOCX: numbers "1.234,5", dates dd/mm/yyyy. */
export function cellText(type: TableColumn['type'], v: string | number | null): string {
  if (v === null) return '';
  if (type === 'number' && typeof v === 'number') return vnNumber(v);
  if (type === 'date' && typeof v === 'string') return formatVnDate(v);
  return String(v);
}

/**
 * Widths for columns without given widths: each column's natural width (its longest cell on one
 * line), then max-min fair: columns narrower than a common cap keep their natural width, the
 * wider ones share the rest equally and wrap. Short columns (STT, dates, numbers) never wrap.
 */
export function fairWidths(natural: number[], total: number): number[] {
  if (natural.reduce((s, w) => s + w, 0) <= total) return natural;
  const order = natural.map((_, i) => i).sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0));
  const out = [...natural];
  let left = total;
  let count = natural.length;
  for (const [k, i] of order.entries()) {
    const cap = left / count;
    const w = natural[i] ?? 0;
    if (w > cap) {
      // This column and all wider ones share what is left equally.
      for (const j of order.slice(k)) out[j] = cap;
      break;
    }
    left -= w;
    count--;
  }
  return out;
}

function docxTable(t: TableInput, landscape: boolean): Table {
  const total = contentWidth(landscape);
  const texts = t.rows.map((r) => t.columns.map((c) => cellText(c.type, r[c.key] ?? null)));
  let widths: number[];
  if (t.columns.some((c) => c.width !== undefined)) {
    // Given widths are in characters; the others are estimated in the same unit.
    const fitted = fittedWidths(t.columns, t.rows);
    widths = t.columns.map((c, i) => c.width ?? Math.min(40, Math.max(5, fitted[i] ?? 10)));
  } else {
    const natural = t.columns.map(
      (c, i) => Math.max(wordWidth(c.title, true), ...texts.map((r) => wordWidth(r[i] ?? ''))) + 300,
    );
    widths = fairWidths(natural, total);
  }
  const columns: DataColumn[] = t.columns.map((c, i) => ({
    title: c.title,
    width: widths[i] ?? 1,
    align: c.type === 'number' ? 'right' : c.type === 'date' ? 'center' : 'left',
  }));
  return dataTable(columns, texts, total);
}

export const table: DocumentKind<TableInput> = {
  kind: 'table',
  label: 'Danh sách / Bảng tổng hợp',
  typeCode: null,
  frame: 'state',
  input: tableInput,
  subject: (input) => input.subject,
  docx(raw, ctx) {
    const t = tableInput.parse(raw);
    const landscape = isLandscape(t.columns);
    const body: (Paragraph | Table)[] = [docxTable(t, landscape)];
    if (t.rows.length === 0)
      body.push(bodyParagraph('(Không có dữ liệu.)', { italics: true, indent: false }));
    if (t.note) body.push(bodyParagraph('', { indent: false }), bodyParagraph(t.note, { italics: true }));
    return buildDocument(
      baseSpec(ctx, {
        typeName: t.typeName,
        subject: t.subject,
        body,
        signers: t.signer ? [toSigner(t.signer)] : [],
        recipients: t.recipients,
        landscape,
      }),
    );
  },
  async xlsx(raw) {
    const t = tableInput.parse(raw);
    return tableToXlsx({
      sheetName: safeSheetName(t.subject),
      title: `${t.typeName} ${t.subject}`,
      columns: t.columns,
      rows: t.rows,
    });
  },
};
