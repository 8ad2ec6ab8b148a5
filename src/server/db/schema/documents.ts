/**
 * Documents the system generates. A document is a series of versions (same `series_id`); each
 * version keeps its rendered files. Numbers come from `number_registers`, per agency, year and
 * type symbol, taken only when a document is issued (NĐ 30/2020: numbers from 01 each year).
 */
import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cycles } from './cycle.js';
import { agencies, units } from './org.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const numberRegisters = pgTable(
  'number_registers',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    typeCode: text('type_code').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year, t.typeCode] })],
);

export type DocumentState = 'draft' | 'issued';
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    seriesId: uuid('series_id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    typeCode: text('type_code'),
    subject: text('subject').notNull(),
    state: text('state').$type<DocumentState>().notNull(),
    year: integer('year'),
    number: integer('number'),
    numberText: text('number_text').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** What record it renders (e.g. 'unit' + id, later 'meeting', 'cycle'); free for ad-hoc documents. */
    sourceType: text('source_type'),
    sourceId: text('source_id'),
    unitId: uuid('unit_id').references(() => units.id),
    /** The cycle (kỳ đánh giá) the document belongs to, when it belongs to one. */
    cycleId: uuid('cycle_id').references(() => cycles.id),
    /** The validated render input: a version can be re-rendered or compared later. */
    input: jsonb('input').notNull(),
    checksum: text('checksum').notNull(),
    createdByAccountId: uuid('created_by_account_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_series_version_uq').on(t.seriesId, t.version),
    index('documents_agency_kind_idx').on(t.agencyId, t.kind),
    index('documents_agency_source_idx').on(t.agencyId, t.sourceType, t.sourceId),
    index('documents_agency_cycle_idx').on(t.agencyId, t.cycleId),
  ],
);

export const documentFiles = pgTable(
  'document_files',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    format: text('format').$type<DocumentFormat>().notNull(),
    content: bytea('content').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.format] })],
);
