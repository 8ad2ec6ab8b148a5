/**
 * Meetings (issue 6 §1, domain-model "Meetings and votes"): the meeting, its roster, its agenda and
 * its record. `meeting_entries` is append-only — a trigger refuses UPDATE and DELETE (migration
 * 0012) — and a correction is a new entry whose `corrects_entry_id` names the entry it replaces.
 * `unit_dossiers` holds the state of a unit's five-part dossier (plan II.2.d); its parts are read
 * from the records they come from, never copied.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AgendaKind,
  AttendeeRole,
  EntryBody,
  MeetingKind,
  MeetingState,
  PersonGroup,
} from '../../../domain/meeting/types.js';
import { accounts } from './auth.js';
import { ballots } from './ballots.js';
import { cycles } from './cycle.js';
import { agencies, people, units } from './org.js';

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    kind: text('kind').$type<MeetingKind>().notNull(),
    /** The unit meeting; null for the agency's meetings. */
    unitId: uuid('unit_id').references(() => units.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    chairPersonId: uuid('chair_person_id')
      .notNull()
      .references(() => people.id),
    secretaryPersonId: uuid('secretary_person_id')
      .notNull()
      .references(() => people.id),
    /** The deputy who chairs while the chair is reviewed, when the meeting names one. */
    deputyChairPersonId: uuid('deputy_chair_person_id').references(() => people.id),
    state: text('state').$type<MeetingState>().notNull().default('prepared'),
    currentPosition: integer('current_position'),
    /** Who is speaking now (projector); not part of the record. */
    speakerPersonId: uuid('speaker_person_id').references(() => people.id),
    /** The secret the QR code's minute-by-minute check-in code is derived from (check-in-code.ts). */
    checkinCode: text('checkin_code').notNull(),
    ballotId: uuid('ballot_id').references(() => ballots.id),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_cycle_idx').on(t.cycleId, t.unitId),
    // One unit review meeting per unit and cycle.
    uniqueIndex('meetings_unit_review_uq').on(t.cycleId, t.unitId).where(sql`${t.kind} = 'unit_review'`),
  ],
);

export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    accountId: uuid('account_id').references(() => accounts.id),
    fullName: text('full_name').notNull(),
    positionTitle: text('position_title').notNull().default(''),
    role: text('role').$type<AttendeeRole>().notNull(),
    present: boolean('present').notNull().default(false),
    /** Who checked them in: the secretary, or the member by scanning the QR code. */
    checkedInBy: text('checked_in_by').$type<'secretary' | 'self'>(),
    absenceReason: text('absence_reason'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('meeting_attendees_pk').on(t.meetingId, t.personId)],
);

export const meetingItems = pgTable(
  'meeting_items',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<AgendaKind>().notNull(),
    title: text('title').notNull(),
    subjectPersonId: uuid('subject_person_id').references(() => people.id),
    group: text('person_group').$type<PersonGroup>(),
  },
  (t) => [uniqueIndex('meeting_items_pk').on(t.meetingId, t.position)],
);

export const meetingEntries = pgTable(
  'meeting_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** 1, 2, 3… per meeting: the order of the record. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    itemPosition: integer('item_position'),
    kind: text('kind').$type<EntryBody['kind']>().notNull(),
    speakerPersonId: uuid('speaker_person_id').references(() => people.id),
    speakerName: text('speaker_name'),
    body: jsonb('body').$type<EntryBody>().notNull(),
    correctsEntryId: uuid('corrects_entry_id'),
    recordedByAccountId: uuid('recorded_by_account_id').references(() => accounts.id),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meeting_entries_seq_uq').on(t.meetingId, t.seq)],
);

export type DossierState = 'assembling' | 'submitted' | 'returned' | 'accepted';

export const unitDossiers = pgTable(
  'unit_dossiers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    state: text('state').$type<DossierState>().notNull().default('assembling'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    /** The parts as they were when submitted (document ids and versions), for the record. */
    snapshot: jsonb('snapshot'),
  },
  (t) => [uniqueIndex('unit_dossiers_uq').on(t.cycleId, t.unitId)],
);
