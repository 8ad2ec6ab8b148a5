/**
 * The deadline-reminder sweep (plan 4.5): for every running cycle, each open step that is due within
 * a few days or has passed its deadline becomes a reminder to the people responsible — the unit's
 * head and deputies for unit-level steps, the cycle secretaries (HCQT) for agency-level steps — as an
 * in-app notification and, when SMTP is configured, an e-mail.
 *
 * Idempotent and safe with several app instances on one PostgreSQL: each reminder is a row of
 * `reminders` unique on (step, unit, kind, deadline), inserted with ON CONFLICT DO NOTHING; only the
 * transaction whose insert returned the row writes its notifications, e-mails and audit entry. A
 * concurrent sweep blocks on the unique index until the first commits, then inserts nothing.
 */
import { and, asc, eq } from 'drizzle-orm';
import { formatVnDate } from '../../../domain/dates.js';
import type { UnitKind } from '../../../domain/org.js';
import { deriveRoles, type Role } from '../../../domain/roles.js';
import type { Db, Queryable } from '../../db/connect.js';
import {
  accounts,
  cycles,
  emailOutbox,
  notifications,
  people,
  type ReminderKind,
  reminders,
  roleGrants,
  units,
} from '../../db/schema/index.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { cycleProgress } from '../cycles/progress.js';

/** Days before a deadline the "due soon" reminder goes out: the dashboard's "due in ≤ 3 days". */
export const REMINDER_SOON_DAYS = 3;

export interface SweepOptions {
  today: string;
  /** Queue e-mails (SMTP configured). */
  email: boolean;
  /** Where users open the app, for links in e-mails. */
  publicUrl?: string;
  /** Limit the sweep to one agency (the "send now" button); all agencies otherwise. */
  agencyId?: string;
  /** Who asked for the sweep; the periodic job runs as the system. */
  requestedBy?: string;
}

export interface SweepResult {
  reminders: number;
  notifications: number;
  emails: number;
}

export interface Recipient {
  accountId: string;
  unitId: string | null;
  roles: Role[];
  email: string | null;
}

export async function recipientsOf(db: Queryable, agencyId: string): Promise<Recipient[]> {
  const rows = await db
    .select({
      accountId: accounts.id,
      unitId: people.unitId,
      leadershipRank: people.leadershipRank,
      unitKind: units.kind,
      email: people.email,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(and(eq(accounts.agencyId, agencyId), eq(accounts.disabled, 0)))
    .orderBy(asc(accounts.username));
  const grants = await db
    .select({ accountId: roleGrants.accountId, role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.agencyId, agencyId));
  return rows.map((r) => ({
    accountId: r.accountId,
    unitId: r.unitId ?? null,
    email: r.email ?? null,
    roles: deriveRoles(
      {
        unitKind: (r.unitKind as UnitKind | null) ?? null,
        leadershipRank: (r.leadershipRank as 'head' | 'deputy' | 'none' | null) ?? null,
      },
      grants.filter((g) => g.accountId === r.accountId).map((g) => g.role),
    ),
  }));
}

/**
 * The unit's head and deputies for a unit-level step; the cycle secretaries (else the administrators)
 * for agency-level steps and for units with nobody in charge who could act on it.
 */
export function responsibleFor(all: readonly Recipient[], unitId: string | null): Recipient[] {
  if (unitId) {
    const leads = all.filter(
      (r) => r.unitId === unitId && (r.roles.includes('unit_head') || r.roles.includes('unit_deputy')),
    );
    if (leads.length > 0) return leads;
  }
  const secretaries = all.filter((r) => r.roles.includes('secretary'));
  return secretaries.length > 0 ? secretaries : all.filter((r) => r.roles.includes('admin'));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface DueItem {
  stepId: string;
  unitId: string | null;
  kind: ReminderKind;
  deadline: string;
  stepTitle: string;
  responsible: string;
  unitName: string | null;
}

function message(item: DueItem, cycleTitle: string, today: string) {
  const where = item.unitName ? `Đơn vị: ${item.unitName}.` : 'Việc cấp cơ quan.';
  if (item.kind === 'due_soon') {
    const left = daysBetween(today, item.deadline);
    const when = left === 0 ? 'hôm nay' : `còn ${left} ngày`;
    return {
      title: `Sắp đến hạn: ${item.stepTitle}`,
      body: `Hạn chót ${formatVnDate(item.deadline)} (${when}). ${where} Chủ trì: ${item.responsible}. ${cycleTitle}.`,
    };
  }
  return {
    title: `Quá hạn: ${item.stepTitle}`,
    body: `Đã quá hạn chót ${formatVnDate(item.deadline)} mà chưa hoàn thành. ${where} Chủ trì: ${item.responsible}. ${cycleTitle}.`,
  };
}

/** The open steps of one running cycle that are due soon or overdue today. */
async function dueItems(db: Queryable, agencyId: string, cycleId: string, today: string): Promise<DueItem[]> {
  const p = await cycleProgress(db, agencyId, cycleId, today);
  const stepOf = new Map(p.steps.map((s) => [s.id, s]));
  const unitName = new Map(p.units.map((u) => [u.id, u.name]));
  const items: DueItem[] = [];
  for (const c of p.cells) {
    if (c.doneOn) continue;
    const s = stepOf.get(c.stepId);
    const deadline = s?.deadlineEnd ?? s?.deadline;
    if (!s || !deadline) continue;
    const soon = c.state === 'due_soon' && daysBetween(today, deadline) <= REMINDER_SOON_DAYS;
    if (!soon && c.state !== 'overdue') continue;
    items.push({
      stepId: s.id,
      unitId: c.unitId,
      kind: soon ? 'due_soon' : 'overdue',
      deadline,
      stepTitle: s.title,
      responsible: s.responsible,
      unitName: c.unitId ? (unitName.get(c.unitId) ?? null) : null,
    });
  }
  // One order for every instance: concurrent sweeps meet the same rows in the same order.
  return items.sort((a, b) =>
    `${a.stepId}${a.unitId ?? ''}${a.kind}`.localeCompare(`${b.stepId}${b.unitId ?? ''}${b.kind}`),
  );
}

async function sweepCycle(
  db: Db,
  cycle: { id: string; agencyId: string; title: string },
  opts: SweepOptions,
): Promise<SweepResult> {
  const items = await dueItems(db, cycle.agencyId, cycle.id, opts.today);
  if (items.length === 0) return { reminders: 0, notifications: 0, emails: 0 };
  const staff = await recipientsOf(db, cycle.agencyId);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(reminders)
      .values(
        items.map((i) => ({
          agencyId: cycle.agencyId,
          cycleId: cycle.id,
          stepId: i.stepId,
          unitId: i.unitId,
          kind: i.kind,
          deadline: i.deadline,
        })),
      )
      .onConflictDoNothing()
      .returning({
        id: reminders.id,
        stepId: reminders.stepId,
        unitId: reminders.unitId,
        kind: reminders.kind,
      });
    if (inserted.length === 0) return { reminders: 0, notifications: 0, emails: 0 };
    const itemOf = new Map(items.map((i) => [`${i.stepId}:${i.unitId ?? ''}:${i.kind}`, i]));
    const link = `/ky-danh-gia/${cycle.id}/tien-do`;
    const notes: (typeof notifications.$inferInsert)[] = [];
    const mailTo: (string | null)[] = [];
    for (const r of inserted) {
      const item = itemOf.get(`${r.stepId}:${r.unitId ?? ''}:${r.kind}`);
      if (!item) continue;
      const text = message(item, cycle.title, opts.today);
      for (const person of responsibleFor(staff, item.unitId)) {
        notes.push({
          agencyId: cycle.agencyId,
          accountId: person.accountId,
          kind: `deadline_${item.kind}`,
          title: text.title,
          body: text.body,
          link,
          reminderId: r.id,
        });
        mailTo.push(person.email);
      }
    }
    const created =
      notes.length > 0
        ? await tx.insert(notifications).values(notes).returning({ id: notifications.id })
        : [];
    const mails = opts.email
      ? created.flatMap((n, i) => {
          const to = mailTo[i];
          const note = notes[i];
          if (!to || !note) return [];
          const url = opts.publicUrl ? `\n\nMở BinhXet: ${opts.publicUrl}${link}` : '';
          return [
            {
              agencyId: cycle.agencyId,
              notificationId: n.id,
              toAddress: to,
              subject: `[BinhXet] ${note.title}`,
              body: `${note.body}${url}\n\n— Thư tự động từ BinhXet, vui lòng không trả lời thư này.`,
            },
          ];
        })
      : [];
    if (mails.length > 0) await tx.insert(emailOutbox).values(mails);
    const actor: Actor = { agencyId: cycle.agencyId, accountId: null, name: 'Hệ thống (nhắc hạn)' };
    await writeAudit(tx, actor, {
      action: 'reminders.sent',
      entityType: 'cycle',
      entityId: cycle.id,
      summary:
        `Gửi ${inserted.length} nhắc hạn (${created.length} thông báo, ${mails.length} thư điện tử) ` +
        `cho ${cycle.title}${opts.requestedBy ? `, theo yêu cầu của ${opts.requestedBy}` : ''}.`,
      changes: { today: opts.today, reminders: inserted.length },
    });
    return { reminders: inserted.length, notifications: created.length, emails: mails.length };
  });
}

/** Run one sweep over the running cycles (of one agency or all). Safe to run concurrently. */
export async function sweepReminders(db: Db, opts: SweepOptions): Promise<SweepResult> {
  const running = await db
    .select({ id: cycles.id, agencyId: cycles.agencyId, title: cycles.title })
    .from(cycles)
    .where(
      opts.agencyId
        ? and(eq(cycles.state, 'running'), eq(cycles.agencyId, opts.agencyId))
        : eq(cycles.state, 'running'),
    );
  const total: SweepResult = { reminders: 0, notifications: 0, emails: 0 };
  for (const cycle of running) {
    const r = await sweepCycle(db, cycle, opts);
    total.reminders += r.reminders;
    total.notifications += r.notifications;
    total.emails += r.emails;
  }
  return total;
}
