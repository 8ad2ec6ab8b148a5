/**
 * Progress of a running cycle: unit-level steps are tracked per unit, agency-level steps once.
 * The dashboard matrix (units × steps, coloured by deadline state) and each user's "what I must do
 * next and by when" both come from here; "today" is the agency's calendar day in Vietnam.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { type DeadlineState, deadlineState } from '../../../domain/cycle.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import {
  cycleSteps,
  cycles,
  type DossierState,
  reviews,
  stepProgress,
  unitDossiers,
  units,
} from '../../db/schema/index.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import type { SessionUser } from '../auth/service.js';
import { actorOf } from '../auth/service.js';

/** Units that hold their own review meeting: every unit but the leadership collective. */
async function trackedUnits(db: Queryable, agencyId: string) {
  return db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), ne(units.kind, 'leadership')))
    .orderBy(asc(units.sortOrder), asc(units.name));
}

async function runningOrGiven(db: Queryable, agencyId: string, cycleId?: string) {
  const where = cycleId
    ? and(eq(cycles.agencyId, agencyId), eq(cycles.id, cycleId))
    : and(eq(cycles.agencyId, agencyId), eq(cycles.state, 'running'));
  return (await db.select().from(cycles).where(where))[0] ?? null;
}

export interface ProgressCell {
  stepId: string;
  unitId: string | null;
  doneOn: string | null;
  state: DeadlineState;
  /** For the self-review steps: how many of the unit's reviews are submitted, of how many due. */
  count?: { done: number; total: number };
  /** For the unit dossier step: where the dossier stands (issue 6 §6). */
  dossier?: DossierState;
}

/** Steps whose cells show the unit's review count: personal self-reviews, the collective report. */
const COUNTED_STEPS: Record<string, 'person' | 'collective'> = {
  'tu-kiem-diem': 'person',
  'bao-cao-tap-the': 'collective',
};

/** The plan's step whose cells show the unit dossier's state. */
const DOSSIER_STEP = 'ho-so-don-vi';

/** Per unit: submitted (or later) and due reviews, personal and collective; waived ones are not due. */
async function reviewCounts(db: Queryable, cycleId: string) {
  const rows = await db
    .select({
      unitId: reviews.unitId,
      collective: sql<boolean>`${reviews.personId} IS NULL`,
      total: count(),
      done: sql<number>`count(*) FILTER (WHERE ${reviews.state} IN ('submitted', 'revising', 'final'))`,
    })
    .from(reviews)
    .where(and(eq(reviews.cycleId, cycleId), isNull(reviews.waivedReason)))
    .groupBy(reviews.unitId, sql`${reviews.personId} IS NULL`);
  return new Map(
    rows.map((r) => [
      `${r.unitId}:${r.collective ? 'collective' : 'person'}`,
      { done: Number(r.done), total: Number(r.total) },
    ]),
  );
}

/**
 * Levels proposed so far, per unit: from personal reviews handed in (submitted, revising, final).
 * "When known": a unit whose reviews are not in yet has no counts. Not-classified people count as none.
 */
async function levelCounts(db: Queryable, cycleId: string) {
  const rows = await db
    .select({ unitId: reviews.unitId, level: reviews.proposedLevel, n: count() })
    .from(reviews)
    .where(
      and(
        eq(reviews.cycleId, cycleId),
        isNotNull(reviews.personId),
        isNull(reviews.waivedReason),
        inArray(reviews.state, ['submitted', 'revising', 'final']),
      ),
    )
    .groupBy(reviews.unitId, reviews.proposedLevel);
  return rows.map((r) => ({ unitId: r.unitId, level: r.level, count: Number(r.n) }));
}

export async function cycleProgress(db: Queryable, agencyId: string, cycleId: string, today: string) {
  const cycle = await runningOrGiven(db, agencyId, cycleId);
  if (!cycle) throw notFound('kỳ đánh giá');
  const [steps, unitRows, done, counts, levels] = await Promise.all([
    db.select().from(cycleSteps).where(eq(cycleSteps.cycleId, cycleId)).orderBy(asc(cycleSteps.sortOrder)),
    trackedUnits(db, agencyId),
    db.select().from(stepProgress).where(eq(stepProgress.cycleId, cycleId)),
    reviewCounts(db, cycleId),
    levelCounts(db, cycleId),
  ]);
  const dossiers = new Map(
    (
      await db
        .select({ unitId: unitDossiers.unitId, state: unitDossiers.state })
        .from(unitDossiers)
        .where(eq(unitDossiers.cycleId, cycleId))
    ).map((d) => [d.unitId, d.state]),
  );
  const doneOf = new Map(done.map((p) => [`${p.stepId}:${p.unitId ?? ''}`, p.doneOn]));
  const cells: ProgressCell[] = [];
  for (const s of steps) {
    const targets = s.scope === 'unit' ? unitRows.map((u) => u.id) : [null];
    for (const unitId of targets) {
      const doneOn = doneOf.get(`${s.id}:${unitId ?? ''}`) ?? null;
      const counted = COUNTED_STEPS[s.code];
      const count = counted && unitId ? counts.get(`${unitId}:${counted}`) : undefined;
      cells.push({
        stepId: s.id,
        unitId,
        doneOn,
        state: deadlineState(s, doneOn, today),
        ...(count ? { count } : {}),
        // Only where the unit has used the dossier: a step marked done by hand (records kept on paper)
        // shows as done, without a dossier state.
        ...(s.code === DOSSIER_STEP && unitId && dossiers.has(unitId)
          ? { dossier: dossiers.get(unitId) }
          : {}),
      });
    }
  }
  const summary = steps.map((s) => {
    const mine = cells.filter((c) => c.stepId === s.id);
    return {
      stepId: s.id,
      total: mine.length,
      done: mine.filter((c) => c.doneOn).length,
      overdue: mine.filter((c) => c.state === 'overdue').length,
    };
  });
  return {
    cycle: { id: cycle.id, title: cycle.title, state: cycle.state, year: cycle.year },
    today,
    units: unitRows,
    steps: steps.map((s) => ({
      id: s.id,
      code: s.code,
      title: s.title,
      scope: s.scope,
      responsible: s.responsible,
      deadline: s.deadline,
      deadlineEnd: s.deadlineEnd,
    })),
    cells,
    summary,
    levels,
  };
}

/**
 * Mark a step done (or not done) for a unit, or for the agency. The cycle secretary may mark any;
 * a unit head or deputy marks the unit-level steps of their own unit.
 */
export async function markStepProgress(
  db: Db,
  user: SessionUser,
  cycleId: string,
  stepId: string,
  input: { unitId: string | null; done: boolean; doneOn: string; note?: string },
  today: string,
) {
  return db.transaction(async (tx) => {
    const cycle = await runningOrGiven(tx, user.agencyId, cycleId);
    if (!cycle) throw notFound('kỳ đánh giá');
    if (cycle.state !== 'running')
      throw new AppError('conflict', 'Chỉ ghi nhận tiến độ khi kỳ đánh giá đang diễn ra.');
    const step = (
      await tx
        .select()
        .from(cycleSteps)
        .where(and(eq(cycleSteps.id, stepId), eq(cycleSteps.cycleId, cycleId)))
    )[0];
    if (!step) throw notFound('bước');
    if (step.scope === 'unit' && !input.unitId) {
      throw new AppError('validation', 'Bước này theo dõi theo từng đơn vị; vui lòng chọn đơn vị.', [
        { path: 'body.unitId', message: 'Vui lòng chọn đơn vị.' },
      ]);
    }
    if (step.scope === 'agency' && input.unitId) {
      throw new AppError('validation', 'Bước này thực hiện ở cấp cơ quan, không theo đơn vị.', [
        { path: 'body.unitId', message: 'Bỏ chọn đơn vị.' },
      ]);
    }
    const secretary = user.permissions.includes('cycles.manage');
    const ownUnit =
      (user.roles.includes('unit_head') || user.roles.includes('unit_deputy')) &&
      input.unitId === user.unitId;
    if (!secretary && !(step.scope === 'unit' && ownUnit)) throw forbidden();
    let unitName = 'cơ quan';
    if (input.unitId) {
      const unit = (
        await tx
          .select()
          .from(units)
          .where(and(eq(units.id, input.unitId), eq(units.agencyId, user.agencyId)))
      )[0];
      if (!unit) throw notFound('đơn vị');
      unitName = unit.name;
    }
    const doneOn = input.done ? input.doneOn : null;
    const existing = (
      await tx
        .select()
        .from(stepProgress)
        .where(
          and(
            eq(stepProgress.stepId, stepId),
            input.unitId ? eq(stepProgress.unitId, input.unitId) : isNull(stepProgress.unitId),
          ),
        )
    )[0];
    if (existing) {
      await tx
        .update(stepProgress)
        .set({
          doneOn,
          note: input.note ?? existing.note,
          updatedByName: user.displayName,
          updatedAt: new Date(),
          version: existing.version + 1,
        })
        .where(eq(stepProgress.id, existing.id));
    } else {
      await tx.insert(stepProgress).values({
        agencyId: user.agencyId,
        cycleId,
        stepId,
        unitId: input.unitId,
        doneOn,
        note: input.note ?? '',
        updatedByName: user.displayName,
      });
    }
    await writeAudit(tx, actorOf(user), {
      action: input.done ? 'cycle.step_done' : 'cycle.step_reopened',
      entityType: 'cycle',
      entityId: cycleId,
      summary: input.done
        ? `Ghi nhận ${unitName} hoàn thành bước "${step.title}" ngày ${doneOn?.split('-').reverse().join('/')}.`
        : `Bỏ ghi nhận hoàn thành bước "${step.title}" của ${unitName}.`,
      changes: { stepId, unitId: input.unitId, doneOn: [existing?.doneOn ?? null, doneOn] },
    });
    return { stepId, unitId: input.unitId, doneOn, state: deadlineState(step, doneOn, today) };
  });
}

export interface Task {
  cycleId: string;
  stepId: string;
  title: string;
  responsible: string;
  unitId: string | null;
  unitName: string | null;
  deadline: string | null;
  deadlineEnd: string | null;
  state: DeadlineState;
  canMark: boolean;
}

/**
 * What the user must do next and by when, in the running cycle: the open steps of their unit
 * (unit heads and deputies may mark them), and for the secretary the open agency-level steps and
 * the units late on unit-level steps. Overdue first, then by deadline.
 */
export async function myTasks(
  db: Queryable,
  user: SessionUser,
  today: string,
): Promise<{ cycle: { id: string; title: string } | null; tasks: Task[] }> {
  const cycle = await runningOrGiven(db, user.agencyId);
  if (!cycle) return { cycle: null, tasks: [] };
  const p = await cycleProgress(db, user.agencyId, cycle.id, today);
  const secretary = user.permissions.includes('cycles.manage');
  const leadsUnit = user.roles.includes('unit_head') || user.roles.includes('unit_deputy');
  const unitName = new Map(p.units.map((u) => [u.id, u.name]));
  const stepOf = new Map(p.steps.map((s) => [s.id, s]));
  const tasks: Task[] = [];
  for (const c of p.cells) {
    if (c.doneOn) continue;
    const s = stepOf.get(c.stepId);
    if (!s) continue;
    const mine = c.unitId !== null && c.unitId === user.unitId;
    const include = mine || (secretary && (c.unitId === null || c.state === 'overdue'));
    if (!include) continue;
    tasks.push({
      cycleId: cycle.id,
      stepId: s.id,
      title: s.title,
      responsible: s.responsible,
      unitId: c.unitId,
      unitName: c.unitId ? (unitName.get(c.unitId) ?? null) : null,
      deadline: s.deadline,
      deadlineEnd: s.deadlineEnd,
      state: c.state,
      canMark: secretary || (mine && leadsUnit),
    });
  }
  const rank: Record<DeadlineState, number> = {
    overdue: 0,
    due_soon: 1,
    not_started: 2,
    no_deadline: 3,
    done_late: 4,
    done: 5,
  };
  tasks.sort(
    (a, b) => rank[a.state] - rank[b.state] || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  );
  return { cycle: { id: cycle.id, title: cycle.title }, tasks };
}

/**
 * A step done as a consequence of a record (the unit's meeting locked, its dossier accepted), in the
 * caller's transaction. An earlier date already recorded stands; returns whether anything changed.
 */
export async function recordStepDone(
  tx: Tx,
  user: SessionUser,
  input: { cycleId: string; stepCode: string; unitId: string; doneOn: string; note: string },
): Promise<boolean> {
  const step = (
    await tx
      .select()
      .from(cycleSteps)
      .where(and(eq(cycleSteps.cycleId, input.cycleId), eq(cycleSteps.code, input.stepCode)))
  )[0];
  if (!step) return false;
  const existing = (
    await tx
      .select()
      .from(stepProgress)
      .where(and(eq(stepProgress.stepId, step.id), eq(stepProgress.unitId, input.unitId)))
  )[0];
  if (existing?.doneOn) return false;
  if (existing) {
    await tx
      .update(stepProgress)
      .set({
        doneOn: input.doneOn,
        note: input.note,
        updatedByName: user.displayName,
        updatedAt: new Date(),
        version: existing.version + 1,
      })
      .where(eq(stepProgress.id, existing.id));
  } else {
    await tx.insert(stepProgress).values({
      agencyId: user.agencyId,
      cycleId: input.cycleId,
      stepId: step.id,
      unitId: input.unitId,
      doneOn: input.doneOn,
      note: input.note,
      updatedByName: user.displayName,
    });
  }
  await writeAudit(tx, actorOf(user), {
    action: 'cycle.step_done',
    entityType: 'cycle',
    entityId: input.cycleId,
    summary: `Bước "${step.title}" hoàn thành ngày ${input.doneOn.split('-').reverse().join('/')}: ${input.note}`,
    changes: { stepId: step.id, unitId: input.unitId, doneOn: [null, input.doneOn] },
  });
  return true;
}
