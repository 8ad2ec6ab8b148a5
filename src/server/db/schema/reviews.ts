/**
 * Self-reviews (issue 5): the cycle's copy of the form definitions, each person's and each
 * collective's review on its form with its versions, review suggestions, and results of earlier
 * years (for the 3-year form, stored or imported).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import type { FormAnswers, FormCode, FormDefinition, Scores } from '../../../domain/forms/types.js';
import type { ReviewState } from '../../../domain/review.js';
import type { Level } from '../../../domain/rules/types.js';
import { accounts } from './auth.js';
import { cycles } from './cycle.js';
import { agencies, people, units } from './org.js';

/** The cycle's copy of a form: the secretary may adjust it until the cycle starts. */
export const cycleForms = pgTable(
  'cycle_forms',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    code: text('code').$type<FormCode>().notNull(),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cycle_forms_cycle_code_uq').on(t.cycleId, t.code)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    /** A person's review; null for a collective's report. */
    personId: uuid('person_id').references(() => people.id),
    /** The person's unit when assigned, or the collective. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    formCode: text('form_code').$type<FormCode>().notNull(),
    state: text('state').$type<ReviewState>().notNull().default('draft'),
    /** Why the person has this form (the assignment rule), or the secretary's reason for adding it. */
    assignedReason: text('assigned_reason').notNull(),
    /** 'auto' from the person's facts, 'manual' added by the secretary. */
    assignment: text('assignment').$type<'auto' | 'manual'>().notNull().default('auto'),
    /** Set when the secretary waived a form the rules assigned (with the reason); the review is then not required. */
    waivedReason: text('waived_reason'),
    answers: jsonb('answers').$type<FormAnswers>().notNull().default({}),
    scores: jsonb('scores').$type<Scores>().notNull().default({}),
    proposedLevel: text('proposed_level').$type<Level>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedLate: boolean('submitted_late').notNull().default(false),
    returnComment: text('return_comment'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reviews_person_form_uq')
      .on(t.cycleId, t.personId, t.formCode)
      .where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('reviews_collective_form_uq')
      .on(t.cycleId, t.unitId, t.formCode)
      .where(sql`${t.personId} IS NULL`),
    index('reviews_cycle_unit_idx').on(t.cycleId, t.unitId),
  ],
);

/** Every saved state of a review: the version history the person and the secretary can read. */
export const reviewVersions = pgTable(
  'review_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    state: text('state').$type<ReviewState>().notNull(),
    answers: jsonb('answers').$type<FormAnswers>().notNull(),
    scores: jsonb('scores').$type<Scores>().notNull(),
    proposedLevel: text('proposed_level').$type<Level>(),
    /** What happened: 'save', 'submit', 'return', 'reopen', 'finalise'. */
    event: text('event').notNull(),
    note: text('note'),
    byAccountId: uuid('by_account_id').references(() => accounts.id),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_versions_review_version_uq').on(t.reviewId, t.version)],
);

/** Gợi ý kiểm điểm: addressed to a person or a collective, answered in the form before submission. */
export const reviewSuggestions = pgTable(
  'review_suggestions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    /** The person addressed; null when addressed to the collective (unitId). */
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    fromAccountId: uuid('from_account_id').references(() => accounts.id),
    fromName: text('from_name').notNull(),
    text: text('text').notNull(),
    deadline: date('deadline', { mode: 'string' }),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_suggestions_cycle_idx').on(t.cycleId, t.unitId)],
);

/** A person's classification in an earlier year: from a closed cycle or imported (XLSX). */
export const yearlyResults = pgTable(
  'yearly_results',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    level: text('level').$type<Level>(),
    /** e.g. "Lao động tiên tiến" — the emulation title of that year, if any. */
    title: text('title').notNull().default(''),
    source: text('source').$type<'import' | 'cycle'>().notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('yearly_results_person_year_uq').on(t.personId, t.year)],
);
