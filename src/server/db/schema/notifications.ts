/**
 * Reminders of deadlines (plan 4.5), the in-app notifications they produce, and the e-mail outbox.
 *
 * `reminders` is the exactly-once guard: one row per (step, unit, kind, deadline). The sweep inserts
 * with ON CONFLICT DO NOTHING, and only the transaction whose insert returned the row creates the
 * notifications and e-mails, so several app instances sweeping one PostgreSQL at once send each
 * reminder once.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './auth.js';
import { cycleSteps, cycles } from './cycle.js';
import { agencies, units } from './org.js';

export type ReminderKind = 'due_soon' | 'overdue';

export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    stepId: uuid('step_id')
      .notNull()
      .references(() => cycleSteps.id, { onDelete: 'cascade' }),
    /** The unit for unit-level steps; null for agency-level steps. */
    unitId: uuid('unit_id').references(() => units.id),
    kind: text('kind').$type<ReminderKind>().notNull(),
    /** The deadline the reminder is about: a moved deadline is a new reminder. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reminders_once_uq').on(
      t.stepId,
      sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.kind,
      t.deadline,
    ),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** A path inside the app the notification opens, e.g. /ky-danh-gia/<id>/tien-do. */
    link: text('link'),
    reminderId: uuid('reminder_id').references(() => reminders.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_account_idx').on(t.accountId, t.createdAt),
    uniqueIndex('notifications_reminder_account_uq').on(t.reminderId, t.accountId),
  ],
);

export type EmailState = 'pending' | 'sending' | 'sent' | 'failed';

/** E-mails waiting to go out; delivered after the creating transaction commits. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state').$type<EmailState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('email_outbox_state_idx').on(t.state, t.createdAt)],
);
