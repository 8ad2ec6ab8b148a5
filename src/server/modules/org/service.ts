/** Agency and units: reading the tree and editing units (audited, optimistic versions). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../domain/org.js';
import { normalizeText } from '../../../domain/text.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import { agencies, people, units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';

export async function getAgency(db: Queryable, agencyId: string) {
  const row = (await db.select().from(agencies).where(eq(agencies.id, agencyId)))[0];
  if (!row) throw notFound('cơ quan');
  return row;
}

export interface AgencyInput {
  name: string;
  shortName: string;
  issuingBodyName: string;
  parentBodyName: string;
  documentCode: string;
  placeName: string;
}

/** Edit the agency's names used in documents (Decree 30/2020 header block, numbering, place). */
export async function updateAgency(db: Db, actor: Actor, version: number, input: AgencyInput) {
  return db.transaction(async (tx) => {
    const before = await getAgency(tx, actor.agencyId);
    if (before.version !== version) throw staleVersion();
    const next: AgencyInput = {
      name: normalizeText(input.name),
      shortName: normalizeText(input.shortName),
      issuingBodyName: normalizeText(input.issuingBodyName),
      parentBodyName: normalizeText(input.parentBodyName),
      documentCode: normalizeText(input.documentCode).toUpperCase(),
      placeName: normalizeText(input.placeName),
    };
    const [row] = await tx
      .update(agencies)
      .set({ ...next, version: version + 1, updatedAt: new Date() })
      .where(and(eq(agencies.id, actor.agencyId), eq(agencies.version, version)))
      .returning();
    if (!row) throw staleVersion();
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of Object.keys(next) as (keyof AgencyInput)[])
      if (before[k] !== next[k]) changes[k] = [before[k], next[k]];
    await writeAudit(tx, actor, {
      action: 'agency.updated',
      entityType: 'agency',
      entityId: row.id,
      summary: `Sửa thông tin cơ quan "${row.name}".`,
      changes,
    });
    return row;
  });
}

export async function listUnits(db: Queryable, agencyId: string) {
  const [rows, stats] = await Promise.all([
    db
      .select()
      .from(units)
      .where(eq(units.agencyId, agencyId))
      .orderBy(asc(units.sortOrder), asc(units.name)),
    db
      .select({
        unitId: people.unitId,
        peopleCount: sql<number>`count(*)::int`,
        headName: sql<
          string | null
        >`min(case when ${people.leadershipRank} = 'head' then ${people.fullName} end)`,
      })
      .from(people)
      .where(and(eq(people.agencyId, agencyId), eq(people.active, true)))
      .groupBy(people.unitId),
  ]);
  const byUnit = new Map(stats.map((s) => [s.unitId, s]));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    code: r.code,
    name: r.name,
    kind: r.kind,
    sortOrder: r.sortOrder,
    version: r.version,
    peopleCount: Number(byUnit.get(r.id)?.peopleCount ?? 0),
    headName: byUnit.get(r.id)?.headName ?? null,
  }));
}

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  sortOrder?: number;
}

async function assertParent(tx: Tx, agencyId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw new AppError('validation', 'Một đơn vị không thể trực thuộc chính nó.');
  const parent = (
    await tx
      .select()
      .from(units)
      .where(and(eq(units.id, parentId), eq(units.agencyId, agencyId)))
  )[0];
  if (!parent)
    throw new AppError('validation', 'Đơn vị cấp trên không tồn tại.', [
      { path: 'body.parentId', message: 'Đơn vị cấp trên không tồn tại.' },
    ]);
}

/** Create a unit of the agency. Code and name are unique within the agency (409 otherwise). */
export async function createUnit(db: Db, actor: Actor, input: UnitInput) {
  return db.transaction(async (tx) => {
    await assertParent(tx, actor.agencyId, input.parentId);
    const [row] = await tx
      .insert(units)
      .values({
        agencyId: actor.agencyId,
        code: normalizeText(input.code).toUpperCase(),
        name: normalizeText(input.name),
        kind: input.kind,
        parentId: input.parentId ?? null,
        sortOrder: input.sortOrder ?? 100,
      })
      .returning();
    if (!row) throw new Error('insert failed');
    await writeAudit(tx, actor, {
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      summary: `Thêm đơn vị "${row.name}".`,
      changes: { code: row.code, name: row.name, kind: row.kind, parentId: row.parentId },
    });
    return row;
  });
}

/** Edit a unit. The caller names the version it read; a newer one means someone else edited it. */
export async function updateUnit(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  patch: Partial<UnitInput>,
) {
  return db.transaction(async (tx) => {
    const before = (
      await tx
        .select()
        .from(units)
        .where(and(eq(units.id, id), eq(units.agencyId, actor.agencyId)))
    )[0];
    if (!before) throw notFound('đơn vị');
    if (before.version !== version) throw staleVersion();
    await assertParent(tx, actor.agencyId, patch.parentId, id);
    const next = {
      code: patch.code !== undefined ? normalizeText(patch.code).toUpperCase() : before.code,
      name: patch.name !== undefined ? normalizeText(patch.name) : before.name,
      kind: patch.kind ?? before.kind,
      parentId: patch.parentId !== undefined ? patch.parentId : before.parentId,
      sortOrder: patch.sortOrder ?? before.sortOrder,
    };
    const [row] = await tx
      .update(units)
      .set({ ...next, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!row) throw staleVersion();
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of Object.keys(next) as (keyof typeof next)[]) {
      if (before[k] !== next[k]) changes[k] = [before[k], next[k]];
    }
    await writeAudit(tx, actor, {
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      summary: `Sửa đơn vị "${row.name}".`,
      changes,
    });
    return row;
  });
}
