/**
 * Append-only audit log, hash-chained per agency. `audit_heads` holds the chain's tip; writers lock
 * it (SELECT … FOR UPDATE) so concurrent transactions append in a single order.
 */
import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './org.js';

export const auditEntries = pgTable(
  'audit_entries',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    /** Actor and summary folded (no diacritics, lower case) for search; not part of the hash. */
    searchText: text('search_text').notNull().default(''),
    changes: jsonb('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_entries_agency_seq_uq').on(t.agencyId, t.seq),
    index('audit_entries_agency_entity_idx').on(t.agencyId, t.entityType, t.entityId),
    index('audit_entries_agency_at_idx').on(t.agencyId, t.at),
  ],
);

export const auditHeads = pgTable('audit_heads', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
