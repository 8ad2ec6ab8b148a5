/**
 * A per-user ICS feed of the deadlines that concern them (plan 4.6): the unit-level steps of their
 * unit and, for the leadership, unit heads and the cycle secretary, the agency-level steps of the
 * running cycle. Calendar apps cannot send cookies, so the feed URL carries a secret token; the
 * database keeps only its SHA-256, and making a new one revokes the old.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { buildIcs, type IcsEvent } from '../../../domain/ics.js';
import type { Db, Queryable } from '../../db/connect.js';
import { accounts, cycleSteps, cycles, units } from '../../db/schema/index.js';
import { notFound } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, resolveAccountUser, type SessionUser } from '../auth/service.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createCalendarToken(db: Db, user: SessionUser): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ calendarTokenHash: hash(token) })
      .where(eq(accounts.id, user.accountId));
    await writeAudit(tx, actorOf(user), {
      action: 'account.calendar_token_created',
      entityType: 'account',
      entityId: user.accountId,
      summary: `${user.displayName} tạo đường dẫn lịch hạn chót mới (đường dẫn cũ hết hiệu lực).`,
    });
  });
  return token;
}

export async function calendarFeed(db: Queryable, token: string, now: Date): Promise<string> {
  const account = (
    await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.calendarTokenHash, hash(token)))
  )[0];
  const user = account ? await resolveAccountUser(db, account.id) : null;
  if (!user) throw notFound('lịch');
  const cycle = (
    await db
      .select()
      .from(cycles)
      .where(and(eq(cycles.agencyId, user.agencyId), eq(cycles.state, 'running')))
  )[0];
  const events: IcsEvent[] = [];
  if (cycle) {
    const steps = await db
      .select()
      .from(cycleSteps)
      .where(eq(cycleSteps.cycleId, cycle.id))
      .orderBy(asc(cycleSteps.sortOrder));
    const unitName = user.unitId
      ? ((await db.select({ name: units.name }).from(units).where(eq(units.id, user.unitId)))[0]?.name ??
        null)
      : null;
    const seesAgencySteps = ['leadership', 'unit_head', 'secretary', 'admin'].some((r) =>
      user.roles.includes(r as never),
    );
    for (const s of steps) {
      if (!s.deadline) continue;
      const mine = s.scope === 'unit' ? Boolean(user.unitId) : seesAgencySteps;
      if (!mine) continue;
      events.push({
        uid: `${s.id}${s.scope === 'unit' ? `-${user.unitId}` : ''}@binhxet`,
        date: s.deadline,
        endDate: s.deadlineEnd,
        summary: `Hạn: ${s.title}`,
        description: [
          cycle.title,
          s.scope === 'unit' && unitName ? `Đơn vị: ${unitName}` : 'Cấp cơ quan',
          `Chủ trì: ${s.responsible}`,
        ].join('\n'),
      });
    }
  }
  return buildIcs(cycle ? `Hạn chót — ${cycle.title}` : 'Hạn chót — BinhXet', events, now);
}
