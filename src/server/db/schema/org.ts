/**
 * Organisation tables. Every row carries `agency_id` so many agencies can share one database
 * (and the tables can later be partitioned by agency).
 * `version` columns implement optimistic concurrency: an update names the version it read.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Category,
  DisciplineForm,
  DisciplineSystem,
  Gender,
  LeadershipRank,
  LeaveKind,
  UnitKind,
} from '../../../domain/org.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  issuingBodyName: text('issuing_body_name').notNull(),
  parentBodyName: text('parent_body_name').notNull(),
  documentCode: text('document_code').notNull(),
  placeName: text('place_name').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_agency_code_uq').on(t.agencyId, t.code),
    uniqueIndex('units_agency_name_uq').on(t.agencyId, t.name),
  ],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    staffCode: text('staff_code').notNull(),
    fullName: text('full_name').notNull(),
    /** Diacritic-free lower-case name for search ("nguyen van hung"). */
    searchName: text('search_name').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    positionTitle: text('position_title').notNull().default(''),
    leadershipRank: text('leadership_rank').$type<LeadershipRank>().notNull().default('none'),
    category: text('category').$type<Category>().notNull(),
    partyMember: boolean('party_member').notNull().default(false),
    partyAdmittedOn: date('party_admitted_on', { mode: 'string' }),
    employmentStart: date('employment_start', { mode: 'string' }),
    similarGroup: text('similar_group').notNull(),
    /** Who evaluates this person (NĐ 90/2020 Điều 16–18): free text, e.g. "Chánh Văn phòng". */
    evaluationAuthority: text('evaluation_authority').notNull().default(''),
    email: text('email'),
    nomineeParty2025: boolean('nominee_party_2025').notNull().default(false),
    standingCommitteeManaged: boolean('standing_committee_managed').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Staff codes are compared without regard to case (the import matches "vp001" to "VP001").
    uniqueIndex('people_agency_staff_code_ci_uq').on(t.agencyId, sql`upper(${t.staffCode})`),
    index('people_agency_unit_idx').on(t.agencyId, t.unitId),
  ],
);

/** The columns every history table of a person shares (leave, discipline, transfer). */
const personHistoryColumns = () => ({
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const leavePeriods = pgTable(
  'leave_periods',
  {
    ...personHistoryColumns(),
    kind: text('kind').$type<LeaveKind>().notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('leave_periods_person_idx').on(t.personId)],
);

export const disciplines = pgTable(
  'disciplines',
  {
    ...personHistoryColumns(),
    system: text('system').$type<DisciplineSystem>().notNull(),
    form: text('form').$type<DisciplineForm>().notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    reason: text('reason').notNull().default(''),
  },
  (t) => [index('disciplines_person_idx').on(t.personId)],
);

export const transfersIn = pgTable(
  'transfers_in',
  {
    ...personHistoryColumns(),
    previousAgency: text('previous_agency').notNull(),
    monthsThere: integer('months_there').notNull(),
    transferredOn: date('transferred_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('transfers_in_person_idx').on(t.personId)],
);
