/**
 * The audit log: every state change writes one entry in the same transaction as the change.
 * Entries are chained per agency: hash = SHA-256(previous hash + canonical entry), so any edit,
 * deletion or reordering breaks the chain and `verifyAuditChain` finds where.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import { foldVietnamese } from '../../../domain/text.js';
import type { Queryable, Tx } from '../../db/connect.js';
import { auditEntries, auditHeads } from '../../db/schema/index.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  agencyId: string;
  accountId: string | null;
  name: string;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** One Vietnamese sentence a reader understands without the diff. */
  summary: string;
  /** What changed: { field: [before, after] } or a small description object. */
  changes?: Record<string, unknown>;
}

interface HashedFields {
  agencyId: string;
  seq: number;
  at: string;
  actorAccountId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  changes: unknown;
}

/** JSON with object keys sorted, so the hash does not depend on key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(f)).digest('hex');
}

export async function writeAudit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  await writeAuditBatch(tx, actor, [input]);
}

/** Lock the chain's tip: concurrent transactions of one agency append one after another. */
async function lockHead(tx: Tx, agencyId: string) {
  const read = () => tx.select().from(auditHeads).where(eq(auditHeads.agencyId, agencyId)).for('update');
  const head = (await read())[0];
  if (head) return head;
  await tx.insert(auditHeads).values({ agencyId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const created = (await read())[0];
  if (!created) throw new Error('audit head missing');
  return created;
}

/** Append several entries (e.g. one per imported person) under one lock of the chain. */
export async function writeAuditBatch(tx: Tx, actor: Actor, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const head = await lockHead(tx, actor.agencyId);
  const at = new Date();
  let prevHash = head.hash;
  let seq = head.seq;
  const rows = inputs.map((input) => {
    seq += 1;
    const fields: HashedFields = {
      agencyId: actor.agencyId,
      seq,
      at: at.toISOString(),
      actorAccountId: actor.accountId,
      actorName: actor.name,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      summary: input.summary,
      changes: JSON.parse(canonicalJson(input.changes ?? {})),
    };
    const hash = entryHash(prevHash, fields);
    const row = {
      ...fields,
      at,
      prevHash,
      hash,
      searchText: foldVietnamese(`${fields.actorName} ${fields.summary}`),
    };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditEntries).values(rows.slice(i, i + 500));
  await tx.update(auditHeads).set({ seq, hash: prevHash }).where(eq(auditHeads.agencyId, actor.agencyId));
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** First entry whose hash or link does not match, if any. */
  brokenAtSeq: number | null;
  headMatches: boolean;
}

/** Recompute every hash of an agency's chain, in pages so a long log does not fill memory. */
export async function verifyAuditChain(db: Queryable, agencyId: string): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  const pageSize = 1000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.agencyId, agencyId), gt(auditEntries.seq, lastSeq)))
      .orderBy(asc(auditEntries.seq))
      .limit(pageSize);
    for (const r of rows) {
      const expected = entryHash(prev, {
        agencyId: r.agencyId,
        seq: r.seq,
        at: r.at.toISOString(),
        actorAccountId: r.actorAccountId,
        actorName: r.actorName,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        summary: r.summary,
        changes: r.changes,
      });
      if (r.seq !== lastSeq + 1 || r.prevHash !== prev || r.hash !== expected) {
        return { ok: false, checked, brokenAtSeq: r.seq, headMatches: false };
      }
      prev = r.hash;
      lastSeq = r.seq;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  const head = (await db.select().from(auditHeads).where(eq(auditHeads.agencyId, agencyId)))[0];
  const headMatches = head ? head.seq === lastSeq && head.hash === prev : lastSeq === 0;
  return { ok: headMatches, checked, brokenAtSeq: null, headMatches };
}
