/**
 * The unit's dossier (plan II.2.d): assembled from the records, checked for completeness, submitted
 * to HCQT by the unit (its head or deputy), accepted or returned with a reason by HCQT, resubmitted.
 * assembling → submitted → (returned → submitted)* → accepted. Each move is audited and told to the
 * other side; acceptance marks the plan's step "Hồ sơ đơn vị" done for the unit.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import { todayInVietnam } from '../../../domain/dates.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import { type DossierState, notifications, unitDossiers, units } from '../../db/schema/index.js';
import { AppError, forbidden, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { cycleAndUnit } from '../cycles/lookup.js';
import { recordStepDone } from '../cycles/progress.js';
import { recipientsOf, responsibleFor } from '../reminders/sweep.js';
import { runsUnit } from '../reviews/access.js';
import { dossierParts } from './parts.js';

export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  assembling: 'Đang hoàn thiện',
  submitted: 'Đã gửi, chờ tiếp nhận',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

const decides = (user: SessionUser) => user.permissions.includes('cycles.manage');

async function dossierRow(db: Queryable, cycleId: string, unitId: string, lock = false) {
  const q = db
    .select()
    .from(unitDossiers)
    .where(and(eq(unitDossiers.cycleId, cycleId), eq(unitDossiers.unitId, unitId)));
  return (await (lock ? q.for('update') : q))[0] ?? null;
}

/** The cycle and unit of a dossier the user may read: the unit's leaders, and those who see the cycle. */
export async function dossierSubject(db: Queryable, user: SessionUser, cycleId: string, unitId: string) {
  if (!runsUnit(user, unitId) && !user.permissions.includes('cycles.view')) throw forbidden();
  return cycleAndUnit(db, user.agencyId, { cycleId, unitId });
}

export async function getDossier(db: Queryable, user: SessionUser, cycleId: string, unitId: string) {
  const { cycle, unit } = await dossierSubject(db, user, cycleId, unitId);
  const row = await dossierRow(db, cycleId, unitId);
  const parts = await dossierParts(db, cycleId, unitId);
  const state: DossierState = row?.state ?? 'assembling';
  return {
    cycle: { id: cycle.id, year: cycle.year, title: cycle.title, state: cycle.state },
    unit: { id: unit.id, name: unit.name },
    state,
    stateLabel: DOSSIER_STATE_LABELS[state],
    returnReason: row?.returnReason ?? null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    decidedAt: row?.decidedAt?.toISOString() ?? null,
    version: row?.version ?? 0,
    complete: parts.every((p) => p.complete),
    parts,
    canSubmit:
      cycle.state === 'running' && runsUnit(user, unitId) && (state === 'assembling' || state === 'returned'),
    canDecide: decides(user) && state === 'submitted',
  };
}

/** Every unit's dossier state in the cycle (HCQT's inbox and the dashboard). */
export async function dossierStates(db: Queryable, agencyId: string, cycleId: string) {
  const rows = await db
    .select({
      unitId: units.id,
      unitName: units.name,
      state: unitDossiers.state,
      submittedAt: unitDossiers.submittedAt,
    })
    .from(units)
    .leftJoin(unitDossiers, and(eq(unitDossiers.unitId, units.id), eq(unitDossiers.cycleId, cycleId)))
    .where(and(eq(units.agencyId, agencyId), ne(units.kind, 'leadership')))
    .orderBy(asc(units.sortOrder), asc(units.name));
  return rows.map((r) => {
    const state: DossierState = r.state ?? 'assembling';
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      state,
      stateLabel: DOSSIER_STATE_LABELS[state],
      submittedAt: r.submittedAt?.toISOString() ?? null,
    };
  });
}

async function tell(
  tx: Tx,
  agencyId: string,
  accountIds: string[],
  title: string,
  body: string,
  link: string,
) {
  if (accountIds.length === 0) return;
  await tx
    .insert(notifications)
    .values(accountIds.map((accountId) => ({ agencyId, accountId, kind: 'dossier', title, body, link })));
}

const link = (cycleId: string, unitId: string) => `/ho-so-don-vi?cycleId=${cycleId}&unitId=${unitId}`;

/** The unit sends its dossier — only a complete one — to HCQT (first time or after a return). */
export async function submitDossier(
  db: Db,
  user: SessionUser,
  input: { cycleId: string; unitId: string; version: number },
  now: Date,
) {
  if (!runsUnit(user, input.unitId)) throw forbidden();
  return db.transaction(async (tx) => {
    const { cycle, unit } = await cycleAndUnit(tx, user.agencyId, input, { running: true });
    const row = await dossierRow(tx, cycle.id, unit.id, true);
    if ((row?.version ?? 0) !== input.version) throw staleVersion();
    if (row && row.state !== 'returned')
      throw new AppError('conflict', `Hồ sơ đang ở trạng thái "${DOSSIER_STATE_LABELS[row.state]}".`);
    const parts = await dossierParts(tx, cycle.id, unit.id);
    const gaps = parts.filter((p) => !p.complete);
    if (gaps.length > 0) {
      throw new AppError(
        'validation',
        `Hồ sơ chưa đủ: ${gaps.map((p) => `(${p.number}) ${p.title} — ${p.problems[0] ?? 'chưa có'}`).join('; ')}`,
        gaps.map((p) => ({ path: `parts.${p.code}`, message: p.problems.join(' ') })),
      );
    }
    const snapshot = parts.map((p) => ({ code: p.code, links: p.links }));
    const values = { state: 'submitted' as const, submittedAt: now, returnReason: null, snapshot };
    const [saved] = row
      ? await tx
          .update(unitDossiers)
          .set({ ...values, version: row.version + 1 })
          .where(eq(unitDossiers.id, row.id))
          .returning()
      : await tx
          .insert(unitDossiers)
          .values({ agencyId: user.agencyId, cycleId: cycle.id, unitId: unit.id, ...values })
          .returning();
    const secretaries = responsibleFor(await recipientsOf(tx, user.agencyId), null).map((r) => r.accountId);
    await tell(
      tx,
      user.agencyId,
      secretaries,
      `${unit.name} ${row ? 'gửi lại' : 'gửi'} hồ sơ kiểm điểm, xếp loại`,
      `Hồ sơ năm ${cycle.year} gồm 5 thành phần, chờ tiếp nhận.`,
      link(cycle.id, unit.id),
    );
    await writeAudit(tx, actorOf(user), {
      action: 'dossier.submitted',
      entityType: 'dossier',
      entityId: saved?.id ?? '',
      summary: `${unit.name} ${row ? 'gửi lại' : 'gửi'} hồ sơ năm ${cycle.year} về Phòng Hành chính - Quản trị.`,
      changes: { state: [row?.state ?? 'assembling', 'submitted'] },
    });
    return saved;
  });
}

/** HCQT returns the dossier with a reason, or accepts it. */
export async function decideDossier(
  db: Db,
  user: SessionUser,
  input: { cycleId: string; unitId: string; version: number; decision: 'accept' | 'return'; reason?: string },
  now: Date,
) {
  if (!decides(user)) throw forbidden();
  return db.transaction(async (tx) => {
    const { cycle, unit } = await cycleAndUnit(tx, user.agencyId, input);
    const row = await dossierRow(tx, cycle.id, unit.id, true);
    if (!row) throw new AppError('conflict', 'Đơn vị chưa gửi hồ sơ.');
    if (row.version !== input.version) throw staleVersion();
    if (row.state !== 'submitted')
      throw new AppError('conflict', `Hồ sơ đang ở trạng thái "${DOSSIER_STATE_LABELS[row.state]}".`);
    const reason = input.reason?.trim() ?? '';
    if (input.decision === 'return' && !reason) {
      throw new AppError('validation', 'Vui lòng ghi lý do trả lại hồ sơ.', [
        { path: 'body.reason', message: 'Vui lòng ghi lý do trả lại hồ sơ.' },
      ]);
    }
    const accepted = input.decision === 'accept';
    const [saved] = await tx
      .update(unitDossiers)
      .set({
        state: accepted ? 'accepted' : 'returned',
        returnReason: accepted ? null : reason,
        decidedAt: now,
        version: row.version + 1,
      })
      .where(eq(unitDossiers.id, row.id))
      .returning();
    if (accepted) {
      await recordStepDone(tx, user, {
        cycleId: cycle.id,
        stepCode: 'ho-so-don-vi',
        unitId: unit.id,
        doneOn: todayInVietnam(now),
        note: 'Phòng Hành chính - Quản trị đã tiếp nhận hồ sơ của đơn vị.',
      });
    }
    const leads = responsibleFor(await recipientsOf(tx, user.agencyId), unit.id).map((r) => r.accountId);
    await tell(
      tx,
      user.agencyId,
      leads,
      accepted ? `Hồ sơ của ${unit.name} đã được tiếp nhận` : `Hồ sơ của ${unit.name} bị trả lại`,
      accepted ? `Hồ sơ kiểm điểm, xếp loại năm ${cycle.year}.` : `Lý do: ${reason}`,
      link(cycle.id, unit.id),
    );
    await writeAudit(tx, actorOf(user), {
      action: accepted ? 'dossier.accepted' : 'dossier.returned',
      entityType: 'dossier',
      entityId: row.id,
      summary: accepted
        ? `Tiếp nhận hồ sơ năm ${cycle.year} của ${unit.name}.`
        : `Trả lại hồ sơ năm ${cycle.year} của ${unit.name}. Lý do: ${reason}`,
      changes: { state: ['submitted', saved?.state] },
    });
    return saved;
  });
}
