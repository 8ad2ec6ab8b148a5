/**
 * The annual cycle: created from the built-in 2024 template or from last year's cycle (dates one
 * year later, weekend/holiday dates flagged, regime following the year, nothing copied from
 * people's records); steps edited while it is a draft; started; closed (then read-only).
 * Each use case runs in one transaction and writes its audit row there.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  type CycleState,
  dependencyProblems,
  moveStepsToNextYear,
  planTemplate,
  regimeForYear,
  type StepDefinition,
} from '../../../domain/cycle.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import { cycleSteps, cycles } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { assignReviews } from '../reviews/assignment.js';

export const cycleTitle = (year: number) => `Kỳ đánh giá năm ${year}`;

export async function listCycles(db: Queryable, agencyId: string) {
  const rows = await db.select().from(cycles).where(eq(cycles.agencyId, agencyId)).orderBy(desc(cycles.year));
  return rows.map(publicCycle);
}

function publicCycle(c: typeof cycles.$inferSelect) {
  return {
    id: c.id,
    year: c.year,
    regime: c.regime,
    title: c.title,
    state: c.state,
    planDocumentSeriesId: c.planDocumentSeriesId,
    createdFromCycleId: c.createdFromCycleId,
    startedAt: c.startedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    version: c.version,
  };
}

async function loadCycle(db: Queryable, agencyId: string, id: string) {
  const c = (
    await db
      .select()
      .from(cycles)
      .where(and(eq(cycles.id, id), eq(cycles.agencyId, agencyId)))
  )[0];
  if (!c) throw notFound('kỳ đánh giá');
  return c;
}

export async function loadSteps(db: Queryable, cycleId: string) {
  return db
    .select()
    .from(cycleSteps)
    .where(eq(cycleSteps.cycleId, cycleId))
    .orderBy(asc(cycleSteps.sortOrder));
}

export async function getCycle(db: Queryable, agencyId: string, id: string) {
  const c = await loadCycle(db, agencyId, id);
  const steps = await loadSteps(db, id);
  return { ...publicCycle(c), steps };
}

function assertDraft(c: { state: CycleState }) {
  if (c.state === 'closed') throw new AppError('conflict', 'Kỳ đánh giá đã kết thúc; không thể sửa.');
  if (c.state !== 'draft') {
    throw new AppError('conflict', 'Kỳ đánh giá đã bắt đầu; chỉ sửa các bước khi kỳ còn ở trạng thái nháp.');
  }
}

async function insertSteps(
  tx: Tx,
  agencyId: string,
  cycleId: string,
  steps: (StepDefinition & { reviewReason?: string | null })[],
) {
  if (steps.length === 0) return;
  await tx.insert(cycleSteps).values(
    steps.map((s, i) => ({
      agencyId,
      cycleId,
      code: s.code,
      sortOrder: (i + 1) * 10,
      sectionRef: s.sectionRef,
      title: s.title,
      description: s.description,
      responsible: s.responsible,
      participants: s.participants,
      scope: s.scope,
      deadline: s.deadline,
      deadlineEnd: s.deadlineEnd,
      outputs: s.outputs,
      dependsOn: s.dependsOn,
      reviewReason: s.reviewReason ?? null,
    })),
  );
}

const stepDefinition = (r: typeof cycleSteps.$inferSelect): StepDefinition => ({
  code: r.code,
  sectionRef: r.sectionRef,
  title: r.title,
  description: r.description,
  responsible: r.responsible,
  participants: r.participants,
  scope: r.scope,
  deadline: r.deadline,
  deadlineEnd: r.deadlineEnd,
  outputs: r.outputs,
  dependsOn: r.dependsOn,
});

export interface CreateCycleInput {
  year: number;
  /** 'template' for the built-in plan, or the id of an earlier cycle to copy one year later. */
  from: 'template' | { cycleId: string };
  /** Public holidays (ISO) to flag when moving dates. */
  holidays?: string[];
}

/**
 * Create the cycle of an evaluation year as a draft. From a previous cycle only the plan is copied
 * (steps, one year later per year of difference); reviews, votes and results stay with their year.
 */
export async function createCycle(db: Db, actor: Actor, input: CreateCycleInput) {
  return db.transaction(async (tx) => {
    let steps: (StepDefinition & { reviewReason?: string | null })[];
    let createdFrom: string | null = null;
    if (input.from === 'template') {
      steps = planTemplate(input.year);
    } else {
      const source = await loadCycle(tx, actor.agencyId, input.from.cycleId);
      if (source.year >= input.year) {
        throw new AppError('validation', `Kỳ nguồn (năm ${source.year}) phải trước năm ${input.year}.`, [
          { path: 'body.fromCycleId', message: 'Chọn kỳ đánh giá của một năm trước.' },
        ]);
      }
      createdFrom = source.id;
      let moved: (StepDefinition & { reviewReason?: string | null })[] = (await loadSteps(tx, source.id)).map(
        stepDefinition,
      );
      for (let y = source.year; y < input.year; y++) moved = moveStepsToNextYear(moved, input.holidays ?? []);
      steps = moved;
    }
    const [row] = await tx
      .insert(cycles)
      .values({
        agencyId: actor.agencyId,
        year: input.year,
        regime: regimeForYear(input.year),
        title: cycleTitle(input.year),
        createdFromCycleId: createdFrom,
      })
      .returning();
    if (!row) throw new Error('cycle insert failed');
    await insertSteps(tx, actor.agencyId, row.id, steps);
    await writeAudit(tx, actor, {
      action: 'cycle.created',
      entityType: 'cycle',
      entityId: row.id,
      summary: `Tạo ${row.title.toLowerCase()} (${createdFrom ? 'từ kỳ năm trước' : 'từ kế hoạch mẫu'}), ${steps.length} bước.`,
      changes: { year: row.year, regime: row.regime, from: createdFrom ?? 'template' },
    });
    return row;
  });
}

export interface StepPatch {
  title?: string;
  description?: string;
  responsible?: string;
  participants?: string;
  sectionRef?: string;
  scope?: StepDefinition['scope'];
  deadline?: string | null;
  deadlineEnd?: string | null;
  outputs?: string[];
  dependsOn?: string[];
}

async function assertDependencies(tx: Tx, cycleId: string) {
  const problems = dependencyProblems((await loadSteps(tx, cycleId)).map(stepDefinition));
  if (problems.length > 0) {
    throw new AppError(
      'validation',
      problems[0] as string,
      problems.map((message) => ({ path: 'body.dependsOn', message })),
    );
  }
}

function checkRange(deadline: string | null, deadlineEnd: string | null) {
  if (deadline && deadlineEnd && deadlineEnd < deadline) {
    throw new AppError('validation', 'Ngày kết thúc khoảng thời hạn phải sau ngày bắt đầu.', [
      { path: 'body.deadlineEnd', message: 'Ngày kết thúc khoảng thời hạn phải sau ngày bắt đầu.' },
    ]);
  }
}

/** Edit a step of a draft cycle; moving its date clears the "needs a look" flag. */
export async function updateStep(
  db: Db,
  actor: Actor,
  cycleId: string,
  stepId: string,
  version: number,
  patch: StepPatch,
) {
  return db.transaction(async (tx) => {
    const c = await loadCycle(tx, actor.agencyId, cycleId);
    assertDraft(c);
    const before = (
      await tx
        .select()
        .from(cycleSteps)
        .where(and(eq(cycleSteps.id, stepId), eq(cycleSteps.cycleId, cycleId)))
    )[0];
    if (!before) throw notFound('bước');
    if (before.version !== version) throw staleVersion();
    const next = { ...before, ...patch };
    checkRange(next.deadline, next.deadlineEnd);
    const dateMoved = patch.deadline !== undefined || patch.deadlineEnd !== undefined;
    const [row] = await tx
      .update(cycleSteps)
      .set({ ...patch, reviewReason: dateMoved ? null : before.reviewReason, version: version + 1 })
      .where(and(eq(cycleSteps.id, stepId), eq(cycleSteps.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await assertDependencies(tx, cycleId);
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of Object.keys(patch) as (keyof StepPatch)[]) {
      if (JSON.stringify(before[k]) !== JSON.stringify(row[k])) changes[k] = [before[k], row[k]];
    }
    await writeAudit(tx, actor, {
      action: 'cycle.step_updated',
      entityType: 'cycle',
      entityId: cycleId,
      summary: `Sửa bước "${row.title}" của ${c.title.toLowerCase()}.`,
      changes,
    });
    return row;
  });
}

export async function addStep(db: Db, actor: Actor, cycleId: string, step: StepDefinition) {
  return db.transaction(async (tx) => {
    const c = await loadCycle(tx, actor.agencyId, cycleId);
    assertDraft(c);
    checkRange(step.deadline, step.deadlineEnd);
    const existing = await loadSteps(tx, cycleId);
    if (existing.some((s) => s.code === step.code)) {
      throw new AppError('conflict', `Đã có bước mã "${step.code}".`, [
        { path: 'body.code', message: 'Mã bước đã có trong kỳ.' },
      ]);
    }
    const sortOrder = (existing.at(-1)?.sortOrder ?? 0) + 10;
    const [row] = await tx
      .insert(cycleSteps)
      .values({ agencyId: actor.agencyId, cycleId, sortOrder, ...step })
      .returning();
    await assertDependencies(tx, cycleId);
    await writeAudit(tx, actor, {
      action: 'cycle.step_added',
      entityType: 'cycle',
      entityId: cycleId,
      summary: `Thêm bước "${step.title}" vào ${c.title.toLowerCase()}.`,
      changes: { step: { code: step.code, deadline: step.deadline } },
    });
    return row;
  });
}

export async function removeStep(db: Db, actor: Actor, cycleId: string, stepId: string) {
  return db.transaction(async (tx) => {
    const c = await loadCycle(tx, actor.agencyId, cycleId);
    assertDraft(c);
    const steps = await loadSteps(tx, cycleId);
    const step = steps.find((s) => s.id === stepId);
    if (!step) throw notFound('bước');
    const dependents = steps.filter((s) => s.dependsOn.includes(step.code));
    if (dependents.length > 0) {
      throw new AppError(
        'conflict',
        `Không xóa được: các bước sau phụ thuộc vào bước này: ${dependents.map((s) => `"${s.title}"`).join(', ')}.`,
      );
    }
    await tx.delete(cycleSteps).where(eq(cycleSteps.id, stepId));
    await writeAudit(tx, actor, {
      action: 'cycle.step_removed',
      entityType: 'cycle',
      entityId: cycleId,
      summary: `Xóa bước "${step.title}" khỏi ${c.title.toLowerCase()}.`,
      changes: { step: { code: step.code, title: step.title, deadline: step.deadline } },
    });
  });
}

const TRANSITIONS: Record<
  'start' | 'close',
  { from: CycleState; to: CycleState; action: string; verb: string }
> = {
  start: { from: 'draft', to: 'running', action: 'cycle.started', verb: 'Bắt đầu' },
  close: { from: 'running', to: 'closed', action: 'cycle.closed', verb: 'Kết thúc' },
};

/** Start a draft (every step must have a title; dependencies valid) or close a running cycle. */
export async function changeCycleState(
  db: Db,
  actor: Actor,
  cycleId: string,
  version: number,
  move: 'start' | 'close',
) {
  const t = TRANSITIONS[move];
  return db.transaction(async (tx) => {
    const c = await loadCycle(tx, actor.agencyId, cycleId);
    if (c.version !== version) throw staleVersion();
    if (c.state !== t.from) {
      throw new AppError(
        'conflict',
        `Không thể ${t.verb.toLowerCase()} ${c.title.toLowerCase()} khi đang ở trạng thái này.`,
      );
    }
    if (move === 'start') {
      const steps = await loadSteps(tx, cycleId);
      if (steps.length === 0) throw new AppError('validation', 'Kỳ đánh giá chưa có bước nào.');
      await assertDependencies(tx, cycleId);
      const running = (
        await tx
          .select()
          .from(cycles)
          .where(and(eq(cycles.agencyId, actor.agencyId), eq(cycles.state, 'running')))
      )[0];
      if (running) throw new AppError('conflict', `${running.title} đang diễn ra; hãy kết thúc kỳ đó trước.`);
    }
    const now = new Date();
    const [row] = await tx
      .update(cycles)
      .set({
        state: t.to,
        version: version + 1,
        ...(move === 'start' ? { startedAt: now } : { closedAt: now }),
      })
      .where(and(eq(cycles.id, cycleId), eq(cycles.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await writeAudit(tx, actor, {
      action: t.action,
      entityType: 'cycle',
      entityId: cycleId,
      summary: `${t.verb} ${c.title.toLowerCase()}.`,
      changes: { state: [c.state, t.to] },
    });
    // Starting the cycle gives each person and each collective the forms their facts call for.
    if (move === 'start') await assignReviews(tx, actor, row);
    return row;
  });
}
