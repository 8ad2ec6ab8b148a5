/** What the ballot endpoints return (src/server/modules/ballots): never who voted how. */
import type {
  Candidate,
  PaperTally,
  PublishedBallot,
  TallyResult,
  Threshold,
  VoteMode,
} from '../../../domain/ballot/types.js';

export type BallotState = 'prepared' | 'open' | 'closed';

export interface RosterEntry {
  personId: string;
  fullName: string;
  present: boolean;
  /** Without an account the member votes on paper. */
  hasAccount: boolean;
}

/** GET /api/ballots/:id. */
export interface BallotView {
  id: string;
  title: string;
  state: BallotState;
  mode: VoteMode;
  threshold: Threshold;
  candidates: Candidate[];
  /** The ballot's RSA public key (base64 SPKI) while open and after; null before opening. */
  publicKey: string | null;
  membersTotal: number;
  presentTotal: number;
  /** Members who obtained an electronic ballot (a blind-signed token). */
  tokensIssued: number;
  /** Electronic ballots cast. */
  ballotsCast: number;
  version: number;
  /** The signed-in member's own line of the roster, or null when not a member of the unit. */
  me: { present: boolean; tokenIssued: boolean } | null;
  /** The roll call, for those who run the ballot only. */
  roster: RosterEntry[] | null;
  canManage: boolean;
}

/** GET /api/ballots/:id/result (after close). */
export interface BallotResult {
  title: string;
  published: PublishedBallot[];
  tally: TallyResult;
  reconciliation: { ok: boolean; problems: string[] };
}

export interface CreateBallotInput {
  cycleId: string;
  unitId: string;
  mode: VoteMode;
  threshold?: Threshold;
}

export type PaperBody = PaperTally;
