/**
 * The document engine's use cases: create a draft from a kind and its input, issue it (take the
 * next number of the year for its type symbol, NĐ 30/2020 Phụ lục I), regenerate it as a new
 * version (the old one is kept), read its files (PDF converted on first request and kept).
 * Each use case runs in one transaction and writes its audit row there.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Packer } from 'docx';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../domain/dates.js';
import { partyNumberText, stateNumberText } from '../../../domain/document-format.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import type { DocumentFormat } from '../../db/schema/documents.js';
import { agencies, documentFiles, documents, numberRegisters } from '../../db/schema/index.js';
import { getKind } from '../../documents/kinds/index.js';
import type { DocumentKind, RenderContext } from '../../documents/kinds/types.js';
import { AppError, notFound } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';

export interface PdfService {
  convert(docx: Buffer, name?: string): Promise<Buffer>;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function kindOrFail(kind: string): DocumentKind<unknown> {
  const k = getKind(kind);
  if (!k)
    throw new AppError('validation', `Không có loại văn bản "${kind}".`, [
      { path: 'body.kind', message: 'Loại văn bản không hợp lệ.' },
    ]);
  return k;
}

function parseInput(k: DocumentKind<unknown>, input: unknown): unknown {
  const parsed = k.input.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      'Nội dung văn bản chưa hợp lệ. Vui lòng xem chi tiết từng trường.',
      parsed.error.issues.map((i) => ({
        path: ['body', 'input', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  }
  return parsed.data;
}

function numberText(k: DocumentKind<unknown>, agencyCode: string, n: number | null): string {
  if (!k.typeCode) return '';
  return k.frame === 'party'
    ? partyNumberText(n, k.typeCode, agencyCode)
    : stateNumberText(n, k.typeCode, agencyCode);
}

async function renderFiles(k: DocumentKind<unknown>, input: unknown, ctx: RenderContext) {
  const docx = Buffer.from(await Packer.toBuffer(k.docx(input, ctx)));
  const xlsx = k.xlsx ? await k.xlsx(input, ctx) : undefined;
  return { docx, xlsx };
}

async function loadAgencyHeading(db: Queryable, agencyId: string) {
  const a = (await db.select().from(agencies).where(eq(agencies.id, agencyId)))[0];
  if (!a) throw notFound('cơ quan');
  return a;
}

interface StoreInput {
  seriesId: string;
  version: number;
  kind: DocumentKind<unknown>;
  input: unknown;
  state: 'draft' | 'issued';
  year: number | null;
  number: number | null;
  numberText: string;
  issuedOn: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
  unitId?: string | null;
  cycleId?: string | null;
  files: { docx: Buffer; xlsx?: Buffer };
}

async function storeVersion(tx: Tx, actor: Actor, s: StoreInput) {
  const [row] = await tx
    .insert(documents)
    .values({
      agencyId: actor.agencyId,
      seriesId: s.seriesId,
      version: s.version,
      kind: s.kind.kind,
      typeCode: s.kind.typeCode,
      subject: s.kind.subject(s.input),
      state: s.state,
      year: s.year,
      number: s.number,
      numberText: s.numberText,
      issuedOn: s.issuedOn,
      sourceType: s.sourceType ?? null,
      sourceId: s.sourceId ?? null,
      unitId: s.unitId ?? null,
      cycleId: s.cycleId ?? null,
      input: s.input as object,
      checksum: sha256(s.files.docx),
      createdByAccountId: actor.accountId,
      createdByName: actor.name,
    })
    .returning();
  if (!row) throw new Error('document insert failed');
  const files: { format: DocumentFormat; content: Buffer }[] = [{ format: 'docx', content: s.files.docx }];
  if (s.files.xlsx) files.push({ format: 'xlsx', content: s.files.xlsx });
  for (const f of files) {
    await tx.insert(documentFiles).values({
      documentId: row.id,
      agencyId: actor.agencyId,
      format: f.format,
      content: f.content,
      size: f.content.length,
      sha256: sha256(f.content),
    });
  }
  return row;
}

export interface CreateDocumentInput {
  kind: string;
  input: unknown;
  unitId?: string | null;
  cycleId?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
}

/**
 * A draft: rendered without a number or date ("Số:      /BB-VP"), version 1 of a new series.
 * `alsoInTx` lets the use case that asked for the document record its link in the same transaction.
 */
export async function createDocument(
  db: Db,
  actor: Actor,
  req: CreateDocumentInput,
  alsoInTx?: (tx: Tx, row: typeof documents.$inferSelect) => Promise<void>,
) {
  const k = kindOrFail(req.kind);
  const input = parseInput(k, req.input);
  const agency = await loadAgencyHeading(db, actor.agencyId);
  const files = await renderFiles(k, input, {
    agency,
    numberText: numberText(k, agency.documentCode, null),
    date: null,
  });
  return db.transaction(async (tx) => {
    const row = await storeVersion(tx, actor, {
      seriesId: randomUUID(),
      version: 1,
      kind: k,
      input,
      state: 'draft',
      year: null,
      number: null,
      numberText: numberText(k, agency.documentCode, null),
      issuedOn: null,
      sourceType: req.sourceType,
      sourceId: req.sourceId,
      unitId: req.unitId,
      cycleId: req.cycleId,
      files,
    });
    await writeAudit(tx, actor, {
      action: 'document.created',
      entityType: 'document',
      entityId: row.seriesId,
      summary: `Tạo dự thảo ${k.label.toLowerCase()} "${row.subject}".`,
      changes: { kind: k.kind, version: 1 },
    });
    await alsoInTx?.(tx, row);
    return row;
  });
}

/** DOCX and (for tables) XLSX of a would-be draft, stored nowhere: previews of what a use case will store. */
export async function renderUnstoredFiles(db: Queryable, agencyId: string, kind: string, input: unknown) {
  const k = kindOrFail(kind);
  const parsed = parseInput(k, input);
  const agency = await loadAgencyHeading(db, agencyId);
  return renderFiles(k, parsed, { agency, numberText: numberText(k, agency.documentCode, null), date: null });
}

/**
 * Take the next number of the year for the type symbol. The upsert locks the register row until
 * the transaction ends, so two issuers never get the same number, and a rolled-back issue gives
 * its number back (no gaps).
 */
export async function takeNumber(tx: Tx, agencyId: string, year: number, typeCode: string): Promise<number> {
  const [row] = await tx
    .insert(numberRegisters)
    .values({ agencyId, year, typeCode, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [numberRegisters.agencyId, numberRegisters.year, numberRegisters.typeCode],
      set: { lastNumber: sql`${numberRegisters.lastNumber} + 1` },
    })
    .returning({ n: numberRegisters.lastNumber });
  if (!row) throw new Error('number register failed');
  return row.n;
}

async function latestOfSeries(db: Queryable, agencyId: string, seriesId: string) {
  const row = (
    await db
      .select()
      .from(documents)
      .where(and(eq(documents.agencyId, agencyId), eq(documents.seriesId, seriesId)))
      .orderBy(desc(documents.version))
      .limit(1)
  )[0];
  if (!row) throw notFound('văn bản');
  return row;
}

async function seriesOf(db: Queryable, agencyId: string, documentId: string) {
  const row = (
    await db
      .select({ seriesId: documents.seriesId })
      .from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.agencyId, agencyId)))
  )[0];
  if (!row) throw notFound('văn bản');
  return row.seriesId;
}

/** Issue: the number is taken now, the document re-rendered with it and the date, as a new version. */
export async function issueDocument(db: Db, actor: Actor, documentId: string, opts: { date?: string } = {}) {
  const seriesId = await seriesOf(db, actor.agencyId, documentId);
  const agency = await loadAgencyHeading(db, actor.agencyId);
  const date = opts.date ?? todayInVietnam();
  const year = Number(date.slice(0, 4));
  return db.transaction(async (tx) => {
    // Lock the series so two clicks on "Ban hành" do not issue it twice.
    await tx.execute(sql`select 1 from ${documents} where ${documents.seriesId} = ${seriesId} for update`);
    const latest = await latestOfSeries(tx, actor.agencyId, seriesId);
    if (latest.state === 'issued')
      throw new AppError('conflict', `Văn bản đã được ban hành với ${latest.numberText}.`);
    const k = kindOrFail(latest.kind);
    const n = k.typeCode ? await takeNumber(tx, actor.agencyId, year, k.typeCode) : null;
    const text = numberText(k, agency.documentCode, n);
    const files = await renderFiles(k, latest.input, { agency, numberText: text, date });
    const row = await storeVersion(tx, actor, {
      seriesId,
      version: latest.version + 1,
      kind: k,
      input: latest.input,
      state: 'issued',
      year,
      number: n,
      numberText: text,
      issuedOn: date,
      sourceType: latest.sourceType,
      sourceId: latest.sourceId,
      unitId: latest.unitId,
      cycleId: latest.cycleId,
      files,
    });
    await writeAudit(tx, actor, {
      action: 'document.issued',
      entityType: 'document',
      entityId: seriesId,
      summary: `Ban hành ${k.label.toLowerCase()} "${row.subject}"${text ? ` (${text})` : ''}.`,
      changes: { number: n, numberText: text, issuedOn: date, version: row.version },
    });
    return row;
  });
}

/** A new version from new input; an issued document keeps its number and date. */
export async function regenerateDocument(db: Db, actor: Actor, documentId: string, newInput?: unknown) {
  const seriesId = await seriesOf(db, actor.agencyId, documentId);
  const agency = await loadAgencyHeading(db, actor.agencyId);
  const current = await latestOfSeries(db, actor.agencyId, seriesId);
  const k = kindOrFail(current.kind);
  const input = newInput === undefined ? current.input : parseInput(k, newInput);
  const files = await renderFiles(k, input, {
    agency,
    numberText: current.numberText,
    date: current.issuedOn,
  });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${documents} where ${documents.seriesId} = ${seriesId} for update`);
    const latest = await latestOfSeries(tx, actor.agencyId, seriesId);
    const row = await storeVersion(tx, actor, {
      seriesId,
      version: latest.version + 1,
      kind: k,
      input,
      state: latest.state,
      year: latest.year,
      number: latest.number,
      numberText: latest.numberText,
      issuedOn: latest.issuedOn,
      sourceType: latest.sourceType,
      sourceId: latest.sourceId,
      unitId: latest.unitId,
      cycleId: latest.cycleId,
      files,
    });
    await writeAudit(tx, actor, {
      action: 'document.regenerated',
      entityType: 'document',
      entityId: seriesId,
      summary: `Tạo lại ${k.label.toLowerCase()} "${row.subject}" (phiên bản ${row.version}).`,
      changes: { version: [latest.version, row.version] },
    });
    return row;
  });
}

export interface DocumentFilter {
  kind?: string;
  unitId?: string;
  cycleId?: string;
  state?: 'draft' | 'issued';
  sourceType?: string;
  sourceId?: string;
  /** Restrict to these units or agency-level documents (unit heads). */
  visibleUnitIds?: string[] | null;
}

/** The latest version of each series, newest first. */
export async function listDocuments(db: Queryable, agencyId: string, f: DocumentFilter) {
  const where: SQL[] = [
    eq(documents.agencyId, agencyId),
    sql`${documents.version} = (select max(d2.version) from ${documents} d2 where d2.series_id = ${documents.seriesId})`,
  ];
  if (f.kind) where.push(eq(documents.kind, f.kind));
  if (f.unitId) where.push(eq(documents.unitId, f.unitId));
  if (f.cycleId) where.push(eq(documents.cycleId, f.cycleId));
  if (f.state) where.push(eq(documents.state, f.state));
  if (f.sourceType) where.push(eq(documents.sourceType, f.sourceType));
  if (f.sourceId) where.push(eq(documents.sourceId, f.sourceId));
  if (f.visibleUnitIds) {
    where.push(
      f.visibleUnitIds.length
        ? sql`(${documents.unitId} is null or ${inArray(documents.unitId, f.visibleUnitIds)})`
        : sql`${documents.unitId} is null`,
    );
  }
  const rows = await db
    .select({
      id: documents.id,
      seriesId: documents.seriesId,
      version: documents.version,
      kind: documents.kind,
      subject: documents.subject,
      state: documents.state,
      numberText: documents.numberText,
      issuedOn: documents.issuedOn,
      unitId: documents.unitId,
      cycleId: documents.cycleId,
      sourceType: documents.sourceType,
      sourceId: documents.sourceId,
      createdByName: documents.createdByName,
      createdAt: documents.createdAt,
      formats: sql<
        string[]
      >`array(select f.format from ${documentFiles} f where f.document_id = ${documents.id} order by f.format)`,
    })
    .from(documents)
    .where(and(...where))
    .orderBy(desc(documents.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getDocument(db: Queryable, agencyId: string, id: string) {
  const row = (
    await db
      .select()
      .from(documents)
      .where(and(eq(documents.id, id), eq(documents.agencyId, agencyId)))
  )[0];
  if (!row) throw notFound('văn bản');
  const versions = await db
    .select({
      id: documents.id,
      version: documents.version,
      state: documents.state,
      numberText: documents.numberText,
      checksum: documents.checksum,
      createdByName: documents.createdByName,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(eq(documents.seriesId, row.seriesId))
    .orderBy(desc(documents.version));
  const formats = await db
    .select({ format: documentFiles.format, size: documentFiles.size })
    .from(documentFiles)
    .where(eq(documentFiles.documentId, id));
  const kind = getKind(row.kind);
  return {
    id: row.id,
    seriesId: row.seriesId,
    version: row.version,
    kind: row.kind,
    kindLabel: kind?.label ?? row.kind,
    subject: row.subject,
    state: row.state,
    numberText: row.numberText,
    issuedOn: row.issuedOn,
    unitId: row.unitId,
    cycleId: row.cycleId,
    sourceType: row.sourceType,
    sourceId: row.sourceId,
    checksum: row.checksum,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    files: formats,
    /** Table kinds export XLSX; every kind can be converted to PDF. */
    canXlsx: Boolean(kind?.xlsx),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

/** File name for downloads: "05-BB-VP Biên bản họp… (v2).docx", safe for every file system. */
export function fileNameOf(
  doc: { numberText: string; subject: string; version: number; state: string },
  format: DocumentFormat,
) {
  const number =
    doc.state === 'issued'
      ? doc.numberText
          .replace(/^Số:?\s*/, '')
          .replace(/[\s\u00a0]+/g, '')
          .replace(/\//g, '-')
      : 'Du-thao';
  const base = `${number ? `${number} ` : ''}${doc.subject}`
    .replace(/[\\/:*?"<>|]+/g, '-')
    .slice(0, 120)
    .trim();
  return `${base} (v${doc.version}).${format}`;
}

/**
 * The bytes of one format of a document version. A PDF is converted from the stored DOCX on the
 * first request and kept, so the PDF is the same document as the DOCX.
 */
export async function readDocumentFile(
  db: Db,
  agencyId: string,
  id: string,
  format: DocumentFormat,
  pdf: PdfService,
) {
  const doc = (
    await db
      .select()
      .from(documents)
      .where(and(eq(documents.id, id), eq(documents.agencyId, agencyId)))
  )[0];
  if (!doc) throw notFound('văn bản');
  const stored = (
    await db
      .select()
      .from(documentFiles)
      .where(and(eq(documentFiles.documentId, id), eq(documentFiles.format, format)))
  )[0];
  if (stored) return { doc, content: stored.content };
  if (format === 'xlsx') throw new AppError('not_found', 'Loại văn bản này không có bản Excel.');
  if (format !== 'pdf') throw notFound('tệp');
  const docx = (
    await db
      .select()
      .from(documentFiles)
      .where(and(eq(documentFiles.documentId, id), eq(documentFiles.format, 'docx')))
  )[0];
  if (!docx) throw notFound('tệp DOCX của văn bản');
  const content = await pdf.convert(docx.content, fileNameOf(doc, 'docx'));
  await db
    .insert(documentFiles)
    .values({
      documentId: id,
      agencyId,
      format: 'pdf',
      content,
      size: content.length,
      sha256: sha256(content),
    })
    .onConflictDoNothing();
  return { doc, content };
}
