/**
 * Gợi ý kiểm điểm (issue 5.4): a unit head, a leader or the secretary addresses a suggestion to a
 * person or a collective, with a deadline; the writer answers it in the form's suggestions section,
 * and a review cannot be submitted while one is unanswered.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { people, reviewSuggestions, units } from '../../db/schema/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { isWriter, maySuggest } from './access.js';
import { loadCycleFor } from './cycle-forms.js';

export async function createSuggestion(
  db: Db,
  user: SessionUser,
  cycleId: string,
  input: { personId?: string; unitId?: string; text: string; deadline?: string | null },
) {
  return db.transaction(async (tx) => {
    const cycle = await loadCycleFor(tx, user.agencyId, cycleId);
    if (cycle.state !== 'running') throw new AppError('conflict', 'Kỳ đánh giá không còn diễn ra.');
    let unitId = input.unitId ?? null;
    let target = '';
    if (input.personId) {
      const p = (
        await tx
          .select()
          .from(people)
          .where(and(eq(people.id, input.personId), eq(people.agencyId, user.agencyId)))
      )[0];
      if (!p) throw notFound('người được gợi ý');
      if (p.id === user.personId) throw new AppError('validation', 'Không tự gửi gợi ý kiểm điểm cho mình.');
      unitId = p.unitId;
      target = p.fullName;
    } else {
      const u = unitId
        ? (
            await tx
              .select()
              .from(units)
              .where(and(eq(units.id, unitId), eq(units.agencyId, user.agencyId)))
          )[0]
        : undefined;
      if (!u) throw notFound('đơn vị');
      target = `tập thể ${u.name}`;
    }
    if (!unitId || !maySuggest(user, unitId)) throw forbidden();
    const [row] = await tx
      .insert(reviewSuggestions)
      .values({
        agencyId: user.agencyId,
        cycleId,
        personId: input.personId ?? null,
        unitId,
        fromAccountId: user.accountId,
        fromName: user.displayName,
        text: input.text,
        deadline: input.deadline ?? null,
      })
      .returning();
    if (!row) throw new Error('suggestion not created');
    await writeAudit(tx, actorOf(user), {
      action: 'suggestion.created',
      entityType: 'review_suggestion',
      entityId: row.id,
      summary: `${user.displayName} gửi gợi ý kiểm điểm tới ${target}.`,
    });
    return row;
  });
}

export async function answerSuggestion(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; answer: string },
) {
  return db.transaction(async (tx) => {
    const s = (
      await tx
        .select()
        .from(reviewSuggestions)
        .where(and(eq(reviewSuggestions.id, id), eq(reviewSuggestions.agencyId, user.agencyId)))
    )[0];
    if (!s) throw notFound('gợi ý kiểm điểm');
    if (!isWriter(user, { personId: s.personId, unitId: s.unitId })) throw forbidden();
    if (s.version !== input.version) throw staleVersion();
    const [row] = await tx
      .update(reviewSuggestions)
      .set({ answer: input.answer, answeredAt: new Date(), version: s.version + 1 })
      .where(and(eq(reviewSuggestions.id, id), eq(reviewSuggestions.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await writeAudit(tx, actorOf(user), {
      action: 'suggestion.answered',
      entityType: 'review_suggestion',
      entityId: id,
      summary: `${user.displayName} giải trình gợi ý kiểm điểm của ${s.fromName}.`,
    });
    return row;
  });
}
