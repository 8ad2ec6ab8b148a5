/**
 * Which forms each person and each collective must fill (issue 5.3): computed from people's facts
 * when the cycle starts and again whenever a person's facts change while it runs. The secretary may
 * add a form or waive an assigned one, with a reason (audited). Recomputing never deletes a review
 * somebody has started writing, and never touches the secretary's decisions.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { collectiveFormFor, formsFor } from '../../../domain/forms/assign.js';
import { FORM_LABELS } from '../../../domain/forms/catalogue.js';
import type { FormCode } from '../../../domain/forms/types.js';
import type { Db, Tx } from '../../db/connect.js';
import { cycles, people, reviews, units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { ensureCycleForms, loadCycleFor } from './cycle-forms.js';

type Cycle = typeof cycles.$inferSelect;

const hasAnswers = (r: typeof reviews.$inferSelect) =>
  Object.keys(r.answers).length > 0 || Object.keys(r.scores).length > 0;

/** Bring the cycle's reviews in line with people's facts; `personId` limits it to one person. */
export async function assignReviews(
  tx: Tx,
  actor: Actor,
  cycle: Cycle,
  opts: { personId?: string } = {},
): Promise<{ created: number; removed: number }> {
  await ensureCycleForms(tx, cycle);
  const staff = await tx
    .select({ person: people, unitKind: units.kind })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(
      and(
        eq(people.agencyId, cycle.agencyId),
        opts.personId ? eq(people.id, opts.personId) : eq(people.active, true),
      ),
    );
  const existing = await tx
    .select()
    .from(reviews)
    .where(
      and(eq(reviews.cycleId, cycle.id), opts.personId ? eq(reviews.personId, opts.personId) : undefined),
    );
  const key = (personId: string | null, unitId: string, code: FormCode) =>
    `${personId ?? `u:${unitId}`}|${code}`;
  const have = new Map(existing.map((r) => [key(r.personId, r.unitId, r.formCode), r]));
  const want = new Map<string, typeof reviews.$inferInsert>();
  for (const { person: p, unitKind } of staff) {
    if (!p.active) continue;
    const { forms } = formsFor(
      {
        category: p.category,
        partyMember: p.partyMember,
        partyAdmittedOn: p.partyAdmittedOn,
        leadershipRank: p.leadershipRank,
        inLeadershipUnit: unitKind === 'leadership',
        nominee: p.nomineeParty2025,
      },
      cycle.regime,
      cycle.year,
    );
    for (const f of forms) {
      want.set(key(p.id, p.unitId, f.code), {
        agencyId: cycle.agencyId,
        cycleId: cycle.id,
        personId: p.id,
        unitId: p.unitId,
        formCode: f.code,
        assignedReason: f.reason,
      });
    }
  }
  if (!opts.personId) {
    const allUnits = await tx.select().from(units).where(eq(units.agencyId, cycle.agencyId));
    const code = collectiveFormFor(cycle.regime);
    for (const u of allUnits) {
      want.set(key(null, u.id, code), {
        agencyId: cycle.agencyId,
        cycleId: cycle.id,
        personId: null,
        unitId: u.id,
        formCode: code,
        assignedReason: `Báo cáo kiểm điểm của tập thể ${u.name} (kế hoạch mục II.1).`,
      });
    }
  }
  const toCreate = [...want.entries()].filter(([k]) => !have.has(k)).map(([, v]) => v);
  const toRemove = existing.filter(
    (r) =>
      r.assignment === 'auto' &&
      (r.personId !== null || !opts.personId) &&
      !want.has(key(r.personId, r.unitId, r.formCode)) &&
      r.state === 'draft' &&
      !hasAnswers(r),
  );
  if (toCreate.length > 0) await tx.insert(reviews).values(toCreate);
  if (toRemove.length > 0)
    await tx.delete(reviews).where(
      inArray(
        reviews.id,
        toRemove.map((r) => r.id),
      ),
    );
  if (toCreate.length + toRemove.length > 0) {
    await writeAudit(tx, actor, {
      action: 'reviews.assigned',
      entityType: 'cycle',
      entityId: cycle.id,
      summary:
        `Phân công biểu mẫu tự kiểm điểm cho ${cycle.title.toLowerCase()}: ` +
        `thêm ${toCreate.length}, bỏ ${toRemove.length} bản chưa viết.`,
      changes: {
        created: toCreate.map((r) => `${r.personId ?? r.unitId}:${r.formCode}`),
        removed: toRemove.map((r) => `${r.personId ?? r.unitId}:${r.formCode}`),
      },
    });
  }
  return { created: toCreate.length, removed: toRemove.length };
}

async function runningCycle(tx: Tx, agencyId: string) {
  return (
    await tx
      .select()
      .from(cycles)
      .where(and(eq(cycles.agencyId, agencyId), eq(cycles.state, 'running')))
  )[0];
}

/** After a person's facts changed: re-assign their forms in the running cycle, if there is one. */
export async function reassignPerson(tx: Tx, actor: Actor, personId: string): Promise<void> {
  const running = await runningCycle(tx, actor.agencyId);
  if (running) await assignReviews(tx, actor, running, { personId });
}

/** After an import changed many people: re-assign everyone's forms in the running cycle. */
export async function reassignRunningCycle(tx: Tx, actor: Actor): Promise<void> {
  const running = await runningCycle(tx, actor.agencyId);
  if (running) await assignReviews(tx, actor, running);
}

/** The secretary recomputes the assignment of a running cycle (e.g. after an import). */
export async function recomputeAssignment(db: Db, actor: Actor, cycleId: string) {
  return db.transaction(async (tx) => {
    const cycle = await loadCycleFor(tx, actor.agencyId, cycleId);
    if (cycle.state !== 'running') {
      throw new AppError('conflict', 'Chỉ phân công biểu mẫu khi kỳ đánh giá đang diễn ra.');
    }
    return assignReviews(tx, actor, cycle);
  });
}

/** The secretary adds a form the rules did not assign, with a reason. */
export async function addReviewForm(
  db: Db,
  actor: Actor,
  cycleId: string,
  input: { personId: string; formCode: FormCode; reason: string },
) {
  return db.transaction(async (tx) => {
    const cycle = await loadCycleFor(tx, actor.agencyId, cycleId);
    if (cycle.state === 'closed') throw new AppError('conflict', 'Kỳ đánh giá đã kết thúc.');
    await ensureCycleForms(tx, cycle);
    const person = (
      await tx
        .select()
        .from(people)
        .where(and(eq(people.id, input.personId), eq(people.agencyId, actor.agencyId)))
    )[0];
    if (!person) throw notFound('người');
    const [row] = await tx
      .insert(reviews)
      .values({
        agencyId: actor.agencyId,
        cycleId,
        personId: person.id,
        unitId: person.unitId,
        formCode: input.formCode,
        assignment: 'manual',
        assignedReason: input.reason,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict', `${person.fullName} đã có biểu mẫu này.`);
    await writeAudit(tx, actor, {
      action: 'review.form_added',
      entityType: 'review',
      entityId: row.id,
      summary: `Giao thêm ${FORM_LABELS[input.formCode]} cho ${person.fullName}. Lý do: ${input.reason}`,
    });
    return row;
  });
}

/** The secretary waives an assigned form (or restores it with reason null). */
export async function waiveReview(
  db: Db,
  actor: Actor,
  reviewId: string,
  version: number,
  reason: string | null,
) {
  return db.transaction(async (tx) => {
    const r = (
      await tx
        .select()
        .from(reviews)
        .where(and(eq(reviews.id, reviewId), eq(reviews.agencyId, actor.agencyId)))
    )[0];
    if (!r) throw notFound('bản kiểm điểm');
    const [row] = await tx
      .update(reviews)
      .set({ waivedReason: reason, version: version + 1, updatedAt: new Date() })
      .where(and(eq(reviews.id, reviewId), eq(reviews.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await writeAudit(tx, actor, {
      action: reason ? 'review.waived' : 'review.unwaived',
      entityType: 'review',
      entityId: reviewId,
      summary: reason
        ? `Miễn ${FORM_LABELS[r.formCode]}. Lý do: ${reason}`
        : `Bỏ miễn ${FORM_LABELS[r.formCode]}.`,
      changes: { waivedReason: [r.waivedReason, reason] },
    });
    return row;
  });
}
