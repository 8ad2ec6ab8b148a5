/**
 * Questions to the Chief of Office (plan III.3): a unit raises a question or problem during the
 * running cycle "through HCQT"; the secretary forwards it to the Chief or answers it; answers can be
 * published to every unit. Askers see their unit's questions; everyone sees published answers.
 */
import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/connect.js';
import { cycles, questions, units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';

export const canAnswer = (u: SessionUser) => u.permissions.includes('questions.answer');
export const canAsk = (u: SessionUser) => u.permissions.includes('questions.ask');

export async function listQuestions(db: Queryable, user: SessionUser, f: { state?: string }) {
  const where: SQL[] = [eq(questions.agencyId, user.agencyId)];
  if (f.state) where.push(eq(questions.state, f.state as 'open'));
  if (!canAnswer(user)) {
    const visible = user.unitId
      ? or(eq(questions.unitId, user.unitId), eq(questions.published, 1))
      : eq(questions.published, 1);
    where.push(visible as SQL);
  }
  const rows = await db
    .select({ q: questions, unitName: units.name })
    .from(questions)
    .leftJoin(units, eq(units.id, questions.unitId))
    .where(and(...where))
    .orderBy(desc(questions.createdAt));
  return rows.map(({ q, unitName }) => ({
    id: q.id,
    cycleId: q.cycleId,
    unitId: q.unitId,
    unitName,
    askedByName: q.askedByName,
    subject: q.subject,
    body: q.body,
    state: q.state,
    forwardNote: q.forwardNote,
    answer: q.answer,
    answeredByName: q.answeredByName,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    published: q.published === 1,
    createdAt: q.createdAt.toISOString(),
    version: q.version,
  }));
}

/** The route requires 'questions.ask'. */
export async function askQuestion(db: Db, user: SessionUser, input: { subject: string; body: string }) {
  return db.transaction(async (tx) => {
    const cycle = (
      await tx
        .select()
        .from(cycles)
        .where(and(eq(cycles.agencyId, user.agencyId), eq(cycles.state, 'running')))
    )[0];
    if (!cycle) throw new AppError('conflict', 'Chưa có kỳ đánh giá nào đang diễn ra.');
    const [row] = await tx
      .insert(questions)
      .values({
        agencyId: user.agencyId,
        cycleId: cycle.id,
        unitId: user.unitId,
        askedByAccountId: user.accountId,
        askedByName: user.displayName,
        subject: input.subject,
        body: input.body,
      })
      .returning();
    if (!row) throw new Error('question insert failed');
    await writeAudit(tx, actorOf(user), {
      action: 'question.asked',
      entityType: 'question',
      entityId: row.id,
      summary: `${user.displayName} gửi vướng mắc "${input.subject}" tới Chánh Văn phòng (qua Phòng Hành chính - Quản trị).`,
    });
    return row;
  });
}

type Move =
  | { kind: 'forward'; note?: string }
  | { kind: 'answer'; answer: string; publish: boolean }
  | { kind: 'publish'; published: boolean };

/** Forward to the Chief, answer, or (un)publish — routes require 'questions.answer'. */
export async function handleQuestion(db: Db, user: SessionUser, id: string, version: number, move: Move) {
  return db.transaction(async (tx) => {
    const q = (
      await tx
        .select()
        .from(questions)
        .where(and(eq(questions.id, id), eq(questions.agencyId, user.agencyId)))
    )[0];
    if (!q) throw notFound('câu hỏi');
    if (q.version !== version) throw staleVersion();
    let set: Partial<typeof questions.$inferInsert>;
    let summary: string;
    if (move.kind === 'forward') {
      if (q.state !== 'open') throw new AppError('conflict', 'Chỉ chuyển được câu hỏi đang chờ trả lời.');
      set = { state: 'forwarded', forwardNote: move.note ?? null };
      summary = `Chuyển vướng mắc "${q.subject}" tới Chánh Văn phòng.`;
    } else if (move.kind === 'answer') {
      set = {
        state: 'answered',
        answer: move.answer,
        answeredByName: user.displayName,
        answeredAt: new Date(),
        published: move.publish ? 1 : 0,
      };
      summary = `Trả lời vướng mắc "${q.subject}"${move.publish ? ' và công khai cho các đơn vị' : ''}.`;
    } else {
      if (q.state !== 'answered')
        throw new AppError('conflict', 'Chỉ công khai được câu hỏi đã có câu trả lời.');
      set = { published: move.published ? 1 : 0 };
      summary = `${move.published ? 'Công khai' : 'Thôi công khai'} câu trả lời cho vướng mắc "${q.subject}".`;
    }
    const [row] = await tx
      .update(questions)
      .set({ ...set, version: version + 1 })
      .where(and(eq(questions.id, id), eq(questions.version, version)))
      .returning({ version: questions.version });
    if (!row) throw staleVersion();
    await writeAudit(tx, actorOf(user), {
      action: `question.${move.kind === 'publish' ? (move.published ? 'published' : 'unpublished') : move.kind === 'forward' ? 'forwarded' : 'answered'}`,
      entityType: 'question',
      entityId: id,
      summary,
      changes: { state: [q.state, set.state ?? q.state] },
    });
    return row;
  });
}
