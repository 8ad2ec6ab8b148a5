/** The annual cycle (kỳ đánh giá) of an agency and its steps. */
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CycleState, Regime, StepScope } from '../../../domain/cycle.js';
import { agencies, units } from './org.js';

export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    regime: text('regime').$type<Regime>().notNull(),
    title: text('title').notNull(),
    state: text('state').$type<CycleState>().notNull().default('draft'),
    /** The plan document (Kế hoạch) once generated: its document series. */
    planDocumentSeriesId: uuid('plan_document_series_id'),
    createdFromCycleId: uuid('created_from_cycle_id'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cycles_agency_year_uq').on(t.agencyId, t.year)],
);

export const cycleSteps = pgTable(
  'cycle_steps',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    sortOrder: integer('sort_order').notNull(),
    sectionRef: text('section_ref').notNull().default(''),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    responsible: text('responsible').notNull().default(''),
    participants: text('participants').notNull().default(''),
    scope: text('scope').$type<StepScope>().notNull(),
    deadline: date('deadline', { mode: 'string' }),
    deadlineEnd: date('deadline_end', { mode: 'string' }),
    outputs: jsonb('outputs').$type<string[]>().notNull().default([]),
    dependsOn: jsonb('depends_on').$type<string[]>().notNull().default([]),
    /** Set when the step was moved from last year's cycle and its new date needs a look. */
    reviewReason: text('review_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('cycle_steps_cycle_code_uq').on(t.cycleId, t.code),
    index('cycle_steps_cycle_idx').on(t.cycleId),
  ],
);

/**
 * Progress of a step: per unit for unit-level steps, once (unit_id null) for agency-level ones.
 * A row exists once someone has marked the step done (or undone it again).
 */
export const stepProgress = pgTable(
  'step_progress',
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
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('step_progress_step_unit_uq').on(
      t.stepId,
      sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('step_progress_cycle_idx').on(t.cycleId),
  ],
);

export type QuestionState = 'open' | 'forwarded' | 'answered';

/** Questions and problems raised during a cycle to the Chief of Office via HCQT (plan III.3). */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: uuid('unit_id').references(() => units.id),
    askedByAccountId: uuid('asked_by_account_id'),
    askedByName: text('asked_by_name').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    state: text('state').$type<QuestionState>().notNull().default('open'),
    forwardNote: text('forward_note'),
    answer: text('answer'),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    published: integer('published').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('questions_agency_cycle_idx').on(t.agencyId, t.cycleId)],
);
