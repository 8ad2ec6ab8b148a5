/** A cycle and a unit of the user's agency, each refused as not found when it is not theirs. */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/connect.js';
import { cycles, units } from '../../db/schema/index.js';
import { AppError, notFound } from '../../http/errors.js';

export const CYCLE_NOT_RUNNING = 'Kỳ đánh giá không còn diễn ra.';

export async function cycleAndUnit(
  db: Queryable,
  agencyId: string,
  ids: { cycleId: string; unitId: string },
  opts: { running?: boolean } = {},
) {
  const [cycle, unit] = await Promise.all([
    db
      .select()
      .from(cycles)
      .where(and(eq(cycles.id, ids.cycleId), eq(cycles.agencyId, agencyId))),
    db
      .select()
      .from(units)
      .where(and(eq(units.id, ids.unitId), eq(units.agencyId, agencyId))),
  ]);
  if (!cycle[0]) throw notFound('kỳ đánh giá');
  if (!unit[0]) throw notFound('đơn vị');
  if (opts.running && cycle[0].state !== 'running') throw new AppError('conflict', CYCLE_NOT_RUNNING);
  return { cycle: cycle[0], unit: unit[0] };
}
