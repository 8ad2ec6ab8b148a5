/**
 * Secret ballots (issue 6.3) with RSA blind signatures (RFC 9474). Three tables, and nothing that
 * joins a ballot to a voter:
 * - `ballots`: the vote itself (candidates, threshold, mode, state, the public key; the private key
 *   only while the ballot is open — it is erased at close so no token can be signed afterwards);
 * - `ballot_voters`: the roster, one row per member, with *whether* they were present and *whether*
 *   they obtained a token — never the token, never when;
 * - `cast_ballots`: the ballots, keyed by a random id, holding the receipt (SHA-256 of the unblinded
 *   token, unique: a token casts once) and the choices — no voter, no session, no timestamp. At close
 *   the ballots are rewritten in receipt order, so their physical order no longer follows casting.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Candidate, Choice, PaperTally, Threshold, VoteMode } from '../../../domain/ballot/types.js';
import { accounts } from './auth.js';
import { cycles } from './cycle.js';
import { agencies, people, units } from './org.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export type BallotState = 'prepared' | 'open' | 'closed';

export const ballots = pgTable(
  'ballots',
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
    title: text('title').notNull(),
    mode: text('mode').$type<VoteMode>().notNull(),
    threshold: jsonb('threshold').$type<Threshold>().notNull(),
    candidates: jsonb('candidates').$type<Candidate[]>().notNull(),
    state: text('state').$type<BallotState>().notNull().default('prepared'),
    /** SubjectPublicKeyInfo (DER) of the ballot's RSA key: voters blind against it, anyone verifies with it. */
    publicKey: bytea('public_key'),
    /** PKCS#8 (DER) private key; set when the ballot opens, erased when it closes. */
    privateKey: bytea('private_key'),
    paper: jsonb('paper').$type<PaperTally>(),
    membersTotal: integer('members_total').notNull().default(0),
    presentTotal: integer('present_total').notNull().default(0),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ballots_cycle_unit_idx').on(t.cycleId, t.unitId)],
);

export const ballotVoters = pgTable(
  'ballot_voters',
  {
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    accountId: uuid('account_id').references(() => accounts.id),
    fullName: text('full_name').notNull(),
    present: boolean('present').notNull().default(false),
    /** That the member obtained a signed token — not the token, not when. */
    tokenIssued: boolean('token_issued').notNull().default(false),
  },
  (t) => [uniqueIndex('ballot_voters_pk').on(t.ballotId, t.personId)],
);

export const castBallots = pgTable(
  'cast_ballots',
  {
    /** Random: its order says nothing about when the ballot was cast. */
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the unblinded token: the voter's receipt; unique, so a token casts once. */
    receipt: text('receipt').notNull(),
    choices: jsonb('choices').$type<Record<string, Choice>>().notNull(),
  },
  (t) => [uniqueIndex('cast_ballots_receipt_uq').on(t.ballotId, t.receipt)],
);
