/**
 * The biên bản kiểm phiếu of a closed ballot, from the document engine (issue 6.3: "Results and the
 * biên bản kiểm phiếu come from the engine"; rules.md §5.5). The counts are the ballot's own result
 * (`ballotResult`: the exact tally and the reconciliation), never typed again: members and present,
 * ballots per form (electronic: tokens issued and ballots cast; paper: what the counting committee
 * entered) and in total, each eligible candidate's agree, disagree and blank with the percentage of the
 * base and "Đạt"/"Không đạt" as the tally decided it, the threshold in the ballot's words, the people
 * not on the ballot with the rules engine's reason, and what did not reconcile, if anything.
 *
 * Only whoever may manage the ballot (the service's `manages`) gets its minutes, and only once it is
 * closed and, with paper ballots, once the paper count is entered. The committee defaults to the
 * person who asks, as "Tổ trưởng tổ kiểm phiếu"; the place to the unit at the agency; the time to when
 * the ballot closed (Vietnam time).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { thresholdText } from '../../../domain/ballot/threshold.js';
import { VOTE_MODE_LABELS } from '../../../domain/ballot/types.js';
import type { Db } from '../../db/connect.js';
import { agencies, ballots, ballotVoters, cycles, people, units } from '../../db/schema/index.js';
import {
  type CommitteeName,
  isCommitteeHead,
  type VoteCountInputIn,
} from '../../documents/kinds/vote-count.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import type { SessionUser } from '../auth/service.js';
import { ballotResult, manages } from './service.js';

/** Where the documents register keeps a ballot's minutes (source type + the ballot's id). */
export const BALLOT_SOURCE = 'ballot';

/** The role of the person who asks, when no committee is given. */
export const DEFAULT_COMMITTEE_ROLE = 'Tổ trưởng tổ kiểm phiếu';

export interface MinutesOptions {
  /** The counting committee, head first or anywhere; exactly one "Trưởng ban…"/"Tổ trưởng…". */
  committee?: { name: string; role: string }[];
  place?: string;
  /** `YYYY-MM-DD` (the time is when the ballot closed) or `YYYY-MM-DDTHH:mm`. */
  heldOn?: string;
}

export interface BallotMinutes {
  input: VoteCountInputIn;
  ballotId: string;
  unitId: string;
  unitName: string;
  cycleId: string;
  year: number;
}

/** A Date as Vietnam local time `YYYY-MM-DDTHH:mm` (UTC+7 all year). */
export const vietnamDateTime = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

/** "Tổ kiểm phiếu" when the roles say so (Tổ trưởng, Tổ viên), otherwise "Ban kiểm phiếu". */
export const committeeNameOf = (roles: string[]): CommitteeName =>
  roles.some((r) => /(^|\s)tổ(\s|$)/i.test(r)) ? 'Tổ kiểm phiếu' : 'Ban kiểm phiếu';

/**
 * The trích yếu from the ballot's title: `Bình xét … năm 2024 — Phòng Tổng hợp` becomes
 * `Bình xét … năm 2024 của Phòng Tổng hợp`, with typographic quotes.
 */
export function minutesSubject(title: string, unitName: string): string {
  let s = title.trim();
  for (const sep of [' — ', ' – ', ' - ']) {
    if (s.endsWith(`${sep}${unitName}`)) s = s.slice(0, s.length - sep.length - unitName.length).trim();
  }
  if (!s.includes(unitName)) s = `${s} của ${unitName}`;
  return s.replace(/"([^"]+)"/g, '“$1”');
}

function countedAt(heldOn: string | undefined, closedAt: Date | null): string {
  const closed = vietnamDateTime(closedAt ?? new Date());
  if (!heldOn) return closed;
  return heldOn.length === 10 ? `${heldOn}T${closed.slice(11)}` : heldOn.slice(0, 16);
}

/** The ballot's minutes as the vote_count kind's input, and what the register files it under. */
export async function ballotMinutes(
  db: Db,
  user: SessionUser,
  ballotId: string,
  opts: MinutesOptions = {},
): Promise<BallotMinutes> {
  const b = (
    await db
      .select()
      .from(ballots)
      .where(and(eq(ballots.id, ballotId), eq(ballots.agencyId, user.agencyId)))
  )[0];
  if (!b) throw notFound('cuộc bỏ phiếu');
  if (!(await manages(db, user, b))) throw forbidden();
  if (b.state !== 'closed')
    throw new AppError('conflict', 'Biên bản kiểm phiếu chỉ lập được sau khi kết thúc bỏ phiếu.');
  if (b.mode !== 'electronic' && !b.paper)
    throw new AppError(
      'conflict',
      'Chưa nhập kết quả kiểm phiếu giấy. Tổ kiểm phiếu nhập kết quả phiếu giấy trước khi lập biên bản.',
    );

  const committee = opts.committee?.length
    ? opts.committee.map((c) => ({ fullName: c.name.trim(), role: c.role.trim() }))
    : [{ fullName: await nameOf(db, user), role: DEFAULT_COMMITTEE_ROLE }];
  const committeeName = committeeNameOf(committee.map((c) => c.role));
  if (committee.filter((c) => isCommitteeHead(c.role)).length !== 1) {
    const head = committeeName === 'Tổ kiểm phiếu' ? 'Tổ trưởng' : 'Trưởng ban';
    const message = `${committeeName} cần đúng một ${head}.`;
    throw new AppError('validation', message, [{ path: 'querystring.committee', message }]);
  }

  const [unit, cycle, agency] = await Promise.all([
    db.select().from(units).where(eq(units.id, b.unitId)),
    db.select().from(cycles).where(eq(cycles.id, b.cycleId)),
    db.select().from(agencies).where(eq(agencies.id, b.agencyId)),
  ]).then(([u, c, a]) => [u[0], c[0], a[0]] as const);
  if (!unit || !cycle || !agency) throw notFound('đơn vị hoặc kỳ đánh giá của cuộc bỏ phiếu');

  const result = await ballotResult(db, user, ballotId);
  const { tally, reconciliation } = result;
  const roster = await db
    .select({ tokenIssued: ballotVoters.tokenIssued })
    .from(ballotVoters)
    .where(eq(ballotVoters.ballotId, ballotId));
  const tokensIssued = roster.filter((v) => v.tokenIssued).length;

  const ids = b.candidates.map((c) => c.id);
  const titles = new Map(
    ids.length
      ? (
          await db
            .select({ id: people.id, title: people.positionTitle })
            .from(people)
            .where(inArray(people.id, ids))
        ).map((p) => [p.id, p.title] as const)
      : [],
  );
  const titleOf = (id: string) => titles.get(id) || undefined;

  const c = tally.ballots;
  const electronic =
    b.mode === 'paper'
      ? undefined
      : {
          issued: tokensIssued,
          returned: c.electronic,
          valid: c.electronic - c.electronicInvalid,
          invalid: c.electronicInvalid,
        };
  const paper = b.paper
    ? { issued: b.paper.issued, returned: b.paper.returned, valid: c.paperValid, invalid: c.paperInvalid }
    : undefined;
  const byId = new Map(b.candidates.map((x) => [x.id, x]));

  const input: VoteCountInputIn = {
    subject: minutesSubject(b.title, unit.name),
    countedAt: countedAt(opts.heldOn, b.closedAt),
    place: opts.place?.trim() || `${unit.name}, ${agency.name}`,
    method: `Bỏ phiếu kín bằng ${VOTE_MODE_LABELS[b.mode].toLowerCase()}`,
    committeeName,
    committee,
    membersTotal: b.membersTotal,
    membersPresent: b.presentTotal,
    ballotsIssued: (electronic?.issued ?? 0) + (paper?.issued ?? 0),
    ballotsReturned: (electronic?.returned ?? 0) + (paper?.returned ?? 0),
    ballotsValid: c.valid,
    ballotsInvalid: c.invalid,
    ballotsByForm: { electronic, paper },
    base: b.threshold.base === 'members' ? 'all' : 'present',
    thresholdPercent: b.threshold.pct,
    comparison: b.threshold.strict ? 'more_than' : 'at_least',
    thresholdWords: thresholdText(b.threshold),
    candidates: tally.perCandidate
      .filter((r) => r.eligible)
      .map((r) => ({
        fullName: r.name,
        title: titleOf(r.id),
        agree: r.agree,
        disagree: r.disagree,
        blank: r.blank,
        passed: r.passed,
      })),
    notOnBallot: tally.perCandidate
      .filter((r) => !r.eligible)
      .map((r) => ({
        fullName: r.name,
        title: titleOf(r.id),
        // "… trở lên. (Điều 24 …)" as the rules engine joins them → "… trở lên (Điều 24 …)".
        reason: (byId.get(r.id)?.reason || 'Không đủ điều kiện theo quy định').replace(/\.\s+\(/g, ' ('),
      })),
    discrepancies: [...new Set([...tally.problems, ...reconciliation.problems])],
  };
  return {
    input,
    ballotId,
    unitId: unit.id,
    unitName: unit.name,
    cycleId: cycle.id,
    year: cycle.year,
  };
}

/** The vote_count kind's input for a closed ballot (see `ballotMinutes`). */
export async function voteCountInputOf(
  db: Db,
  user: SessionUser,
  ballotId: string,
  opts: MinutesOptions = {},
): Promise<VoteCountInputIn> {
  return (await ballotMinutes(db, user, ballotId, opts)).input;
}

/** The asker's name as the people register has it; the account's display name otherwise. */
async function nameOf(db: Db, user: SessionUser): Promise<string> {
  if (!user.personId) return user.displayName;
  const p = (
    await db.select({ fullName: people.fullName }).from(people).where(eq(people.id, user.personId))
  )[0];
  return p?.fullName ?? user.displayName;
}
