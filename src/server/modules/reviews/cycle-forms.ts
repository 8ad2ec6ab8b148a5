/**
 * The cycle's copy of the form definitions (issue 5.2): copied from the regime's catalogue when first
 * needed, adjustable by the secretary (wording, criteria, points) while the cycle is a draft.
 */
import { and, eq } from 'drizzle-orm';
import { formDefinitions } from '../../../domain/forms/catalogue.js';
import { definitionProblems } from '../../../domain/forms/definition-check.js';
import type { FormCode, FormDefinition } from '../../../domain/forms/types.js';
import type { Db, Queryable } from '../../db/connect.js';
import { cycleForms, cycles } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';

type Cycle = typeof cycles.$inferSelect;

export async function loadCycleFor(db: Queryable, agencyId: string, cycleId: string): Promise<Cycle> {
  const c = (
    await db
      .select()
      .from(cycles)
      .where(and(eq(cycles.id, cycleId), eq(cycles.agencyId, agencyId)))
  )[0];
  if (!c) throw notFound('kỳ đánh giá');
  return c;
}

/** Copy the regime's forms into the cycle if they are not there yet (idempotent). */
export async function ensureCycleForms(db: Queryable, cycle: Cycle): Promise<void> {
  const defs = formDefinitions(cycle.regime);
  if (defs.length === 0) return;
  await db
    .insert(cycleForms)
    .values(
      defs.map((definition) => ({
        agencyId: cycle.agencyId,
        cycleId: cycle.id,
        code: definition.code,
        definition,
      })),
    )
    .onConflictDoNothing();
}

export async function listCycleForms(db: Db, agencyId: string, cycleId: string) {
  const cycle = await loadCycleFor(db, agencyId, cycleId);
  const rows = await formRows(db, cycle);
  return { editable: cycle.state === 'draft', forms: rows.sort((a, b) => a.code.localeCompare(b.code)) };
}

/**
 * The cycle's forms; copied from the catalogue only when the cycle has none yet (cycles made before
 * forms existed), so reading a review does not write.
 */
async function formRows(db: Queryable, cycle: Cycle) {
  const read = () => db.select().from(cycleForms).where(eq(cycleForms.cycleId, cycle.id));
  const rows = await read();
  if (rows.length > 0) return rows;
  await ensureCycleForms(db, cycle);
  return read();
}

/** The definitions a cycle uses, by code. */
export async function cycleFormMap(db: Queryable, cycle: Cycle): Promise<Map<FormCode, FormDefinition>> {
  const rows = await formRows(db, cycle);
  return new Map(rows.map((r) => [r.code, r.definition]));
}

export async function updateCycleForm(
  db: Db,
  actor: Actor,
  cycleId: string,
  code: FormCode,
  version: number,
  definition: FormDefinition,
) {
  return db.transaction(async (tx) => {
    const cycle = await loadCycleFor(tx, actor.agencyId, cycleId);
    if (cycle.state !== 'draft') {
      throw new AppError('conflict', 'Chỉ sửa được biểu mẫu khi kỳ đánh giá còn là bản nháp (chưa bắt đầu).');
    }
    await ensureCycleForms(tx, cycle);
    if (definition.code !== code) {
      throw new AppError('validation', 'Mã biểu mẫu không khớp.', [
        { path: 'body.definition.code', message: 'Mã biểu mẫu không khớp.' },
      ]);
    }
    const problems = definitionProblems(definition);
    if (problems.length > 0) {
      throw new AppError(
        'validation',
        problems[0] ?? 'Biểu mẫu không hợp lệ.',
        problems.map((message) => ({ path: 'body.definition', message })),
      );
    }
    const [row] = await tx
      .update(cycleForms)
      .set({ definition, version: version + 1, updatedAt: new Date() })
      .where(and(eq(cycleForms.cycleId, cycleId), eq(cycleForms.code, code), eq(cycleForms.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await writeAudit(tx, actor, {
      action: 'cycle_form.updated',
      entityType: 'cycle',
      entityId: cycleId,
      summary: `Sửa biểu mẫu ${definition.title.toLowerCase()} (${code}) của ${cycle.title.toLowerCase()}.`,
      changes: { code, version: [version, version + 1] },
    });
    return row;
  });
}
