/**
 * The secret ballot of a unit (issue 6.3) — here the "Lao động tiên tiến" vote: prepare (candidates
 * with their eligibility from the rules engine, the roster), mark who is present, open (a fresh RSA
 * key), issue one blind-signed token per present member, cast anonymously, close (the private key
 * is erased, ballots rewritten in receipt order), enter the paper count, publish the list and the
 * result. See schema/ballots.ts for what is stored and decision 0008 for why it cannot be joined.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import { receiptOf } from '../../../domain/ballot/receipt.js';
import { reconcile } from '../../../domain/ballot/reconcile.js';
import { tallyCandidates } from '../../../domain/ballot/tally.js';
import { defaultThreshold } from '../../../domain/ballot/threshold.js';
import type { Candidate, Choice, PaperTally, Threshold, VoteMode } from '../../../domain/ballot/types.js';
import { verifyToken } from '../../../domain/ballot-token.js';
import { checkTitles } from '../../../domain/rules/titles.js';
import type { Level } from '../../../domain/rules/types.js';
import { BlindMessageError, blindSign, generateBallotKeys } from '../../ballot/keys.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import {
  accounts,
  ballots,
  ballotVoters,
  castBallots,
  type cycles,
  meetings,
  people,
} from '../../db/schema/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { cycleAndUnit } from '../cycles/lookup.js';
import { mayRun } from '../meetings/access.js';
import { runsUnit } from '../reviews/access.js';
import { selfProposedLevels } from '../reviews/proposed-levels.js';
import { rulingPersonFacts } from '../reviews/ruling.js';

type BallotRow = typeof ballots.$inferSelect;

/** Who prepares a unit's ballot. */
export const mayManage = runsUnit;

/** Who runs and counts a ballot: who prepares it, and the chair and secretary of the meeting holding it. */
export async function manages(db: Queryable, user: SessionUser, b: BallotRow): Promise<boolean> {
  if (mayManage(user, b.unitId)) return true;
  const m = (await db.select().from(meetings).where(eq(meetings.ballotId, b.id)))[0];
  return Boolean(m && mayRun(user, m));
}

async function loadBallot(db: Queryable, agencyId: string, id: string, lock = false): Promise<BallotRow> {
  const q = db
    .select()
    .from(ballots)
    .where(and(eq(ballots.id, id), eq(ballots.agencyId, agencyId)));
  const b = (await (lock ? q.for('update') : q))[0];
  if (!b) throw notFound('cuộc bỏ phiếu');
  return b;
}

/** Candidates with their eligibility for Lao động tiên tiến (rules engine, titles). */
async function candidatesFor(
  tx: Tx,
  cycle: typeof cycles.$inferSelect,
  personIds: string[],
  levels: ReadonlyMap<string, Level> | undefined,
) {
  const out: Candidate[] = [];
  const proposed = levels ?? (await selfProposedLevels(tx, cycle.id, personIds));
  for (const personId of personIds) {
    const person = (await tx.select().from(people).where(eq(people.id, personId)))[0];
    if (!person) continue;
    const level = proposed.get(personId) ?? null;
    if (!level) {
      out.push({
        id: personId,
        name: person.fullName,
        eligible: false,
        reason: levels
          ? 'Hội nghị chưa đề xuất mức xếp loại.'
          : 'Chưa có mức xếp loại đề xuất trong bản tự kiểm điểm.',
      });
      continue;
    }
    const facts = await rulingPersonFacts(tx, personId, cycle.year);
    const result = checkTitles({
      regime: cycle.regime,
      year: cycle.year,
      person: facts,
      level,
      recognisedInitiative: false,
      acceptedResearch: false,
      pendingProceedings: false,
    });
    const ldtt = result.titles.find((t) => t.title === 'LDTT');
    out.push({
      id: personId,
      name: person.fullName,
      eligible: Boolean(ldtt?.eligible),
      ...(ldtt && !ldtt.eligible
        ? { reason: ldtt.reasons.map((r) => `${r.message} (${r.article})`).join(' ') }
        : {}),
    });
  }
  return out;
}

export interface NewBallot {
  cycleId: string;
  unitId: string;
  title?: string;
  mode: VoteMode;
  threshold?: Threshold;
  /** The members the meeting's roll call found present (a ballot prepared at a meeting takes them over). */
  presentPersonIds?: readonly string[];
  /** The levels the meeting proposed (else each person's self-proposed level decides eligibility). */
  levels?: ReadonlyMap<string, Level>;
}

export async function createBallot(db: Db, user: SessionUser, input: NewBallot) {
  if (!mayManage(user, input.unitId)) throw forbidden();
  return db.transaction((tx) => createBallotIn(tx, user, input));
}

/** Prepare a ballot inside the caller's transaction (the meeting prepares its ballot this way). */
export async function createBallotIn(tx: Tx, user: SessionUser, input: NewBallot) {
  const { cycle, unit } = await cycleAndUnit(tx, user.agencyId, input, { running: true });
  const members = await tx
    .select({ id: people.id, fullName: people.fullName, accountId: accounts.id })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.unitId, unit.id), eq(people.active, true)))
    .orderBy(asc(people.searchName));
  if (members.length === 0) throw new AppError('validation', 'Đơn vị chưa có thành viên nào.');
  const candidates = await candidatesFor(
    tx,
    cycle,
    members.map((m) => m.id),
    input.levels,
  );
  const [row] = await tx
    .insert(ballots)
    .values({
      agencyId: user.agencyId,
      cycleId: cycle.id,
      unitId: unit.id,
      title: input.title ?? `Bình xét danh hiệu "Lao động tiên tiến" năm ${cycle.year} — ${unit.name}`,
      mode: input.mode,
      threshold: input.threshold ?? defaultThreshold().value,
      candidates,
      membersTotal: members.length,
    })
    .returning();
  if (!row) throw new Error('ballot not created');
  // The roster in name order: its rows say nothing about when anyone voted.
  await tx.insert(ballotVoters).values(
    members.map((m) => ({
      ballotId: row.id,
      personId: m.id,
      accountId: m.accountId,
      fullName: m.fullName,
      present: input.presentPersonIds?.includes(m.id) ?? false,
    })),
  );
  await writeAudit(tx, actorOf(user), {
    action: 'ballot.created',
    entityType: 'ballot',
    entityId: row.id,
    summary: `Chuẩn bị bỏ phiếu kín: ${row.title} (${candidates.filter((c) => c.eligible).length}/${candidates.length} người đủ điều kiện).`,
  });
  return row;
}

export async function setPresence(
  db: Db,
  user: SessionUser,
  id: string,
  input: { personId: string; present: boolean },
) {
  return db.transaction(async (tx) => {
    const b = await loadBallot(tx, user.agencyId, id, true);
    if (!(await manages(tx, user, b))) throw forbidden();
    if (b.state !== 'prepared') throw new AppError('conflict', 'Chỉ điểm danh trước khi mở bỏ phiếu.');
    const [v] = await tx
      .update(ballotVoters)
      .set({ present: input.present })
      .where(and(eq(ballotVoters.ballotId, id), eq(ballotVoters.personId, input.personId)))
      .returning();
    if (!v) throw notFound('thành viên');
    await writeAudit(tx, actorOf(user), {
      action: 'ballot.presence',
      entityType: 'ballot',
      entityId: id,
      summary: `${v.fullName} ${input.present ? 'có mặt' : 'vắng mặt'} khi bỏ phiếu.`,
    });
    return { personId: v.personId, present: v.present };
  });
}

/** Open the ballot: a fresh key pair; the number present is fixed as the threshold's base. */
export async function openBallot(db: Db, user: SessionUser, id: string, version: number) {
  const keys = generateBallotKeys();
  return db.transaction(async (tx) => {
    const b = await loadBallot(tx, user.agencyId, id, true);
    if (!(await manages(tx, user, b))) throw forbidden();
    if (b.version !== version) throw staleVersion();
    if (b.state !== 'prepared') throw new AppError('conflict', 'Cuộc bỏ phiếu đã được mở.');
    const present = (
      await tx
        .select({ n: count() })
        .from(ballotVoters)
        .where(and(eq(ballotVoters.ballotId, id), eq(ballotVoters.present, true)))
    )[0]?.n;
    if (!present) throw new AppError('validation', 'Chưa điểm danh thành viên có mặt.');
    const [row] = await tx
      .update(ballots)
      .set({
        state: 'open',
        publicKey: keys.publicKey,
        privateKey: keys.privateKey,
        presentTotal: Number(present),
        openedAt: new Date(),
        version: version + 1,
      })
      .where(eq(ballots.id, id))
      .returning();
    await writeAudit(tx, actorOf(user), {
      action: 'ballot.opened',
      entityType: 'ballot',
      entityId: id,
      summary: `Mở bỏ phiếu kín: ${b.title}; ${present}/${b.membersTotal} thành viên có mặt.`,
    });
    return row;
  });
}

/**
 * Sign a member's blinded token: only while open, only for a present member with an account, once.
 * The roster row records that they got one; the blinded message and the signature are not stored.
 */
export async function issueToken(db: Db, user: SessionUser, id: string, blindedMsg: Uint8Array) {
  return db.transaction(async (tx) => {
    const b = await loadBallot(tx, user.agencyId, id);
    if (b.state !== 'open' || !b.privateKey)
      throw new AppError('conflict', 'Cuộc bỏ phiếu chưa mở hoặc đã kết thúc.');
    const [voter] = await tx
      .update(ballotVoters)
      .set({ tokenIssued: true })
      .where(
        and(
          eq(ballotVoters.ballotId, id),
          eq(ballotVoters.accountId, user.accountId),
          eq(ballotVoters.present, true),
          eq(ballotVoters.tokenIssued, false),
        ),
      )
      .returning({ personId: ballotVoters.personId });
    if (!voter) {
      throw new AppError(
        'conflict',
        'Bạn không có trong danh sách thành viên có mặt, hoặc đã nhận phiếu bầu điện tử của cuộc bỏ phiếu này.',
      );
    }
    let signature: Buffer;
    try {
      signature = blindSign(Buffer.from(b.privateKey), blindedMsg);
    } catch (err) {
      if (err instanceof BlindMessageError) {
        throw new AppError('validation', 'Yêu cầu phiếu bầu không hợp lệ.', [
          { path: 'body.blindedMessage', message: 'Yêu cầu phiếu bầu không hợp lệ.' },
        ]);
      }
      throw err;
    }
    await writeAudit(tx, actorOf(user), {
      action: 'ballot.token_issued',
      entityType: 'ballot',
      entityId: id,
      summary: `${user.displayName} nhận phiếu bầu điện tử (đã ký mù) của: ${b.title}.`,
    });
    return { blindSignature: signature };
  });
}

/**
 * Cast a ballot: no session, no user, no address — only the token, its signature and the choices.
 * A token casts once (unique receipt). Not audited: the audit log must not time a secret ballot.
 */
export async function castBallot(
  db: Db,
  id: string,
  input: { token: Uint8Array; signature: Uint8Array; choices: Record<string, Choice> },
) {
  const b = (await db.select().from(ballots).where(eq(ballots.id, id)))[0];
  if (!b) throw notFound('cuộc bỏ phiếu');
  if (b.state !== 'open' || !b.publicKey)
    throw new AppError('conflict', 'Cuộc bỏ phiếu chưa mở hoặc đã kết thúc.');
  if (!(await verifyToken(new Uint8Array(b.publicKey), input.token, input.signature))) {
    throw new AppError('validation', 'Phiếu bầu không hợp lệ (chữ ký không đúng).', [
      { path: 'body.signature', message: 'Chữ ký không đúng.' },
    ]);
  }
  const eligible = new Set(b.candidates.filter((c) => c.eligible).map((c) => c.id));
  const stray = Object.keys(input.choices).filter((k) => !eligible.has(k));
  if (stray.length > 0) {
    throw new AppError('validation', 'Phiếu có người không thuộc danh sách bình xét.', [
      { path: `body.choices.${stray[0]}`, message: 'Không thuộc danh sách bình xét.' },
    ]);
  }
  const receipt = await receiptOf(input.token);
  const inserted = await db
    .insert(castBallots)
    .values({ ballotId: id, receipt, choices: input.choices })
    .onConflictDoNothing()
    .returning({ id: castBallots.id });
  if (inserted.length === 0) throw new AppError('conflict', 'Phiếu bầu này đã được bỏ.');
  return { receipt };
}

/** Close: erase the private key, rewrite the ballots in receipt order (nothing follows casting order). */
export async function closeBallot(db: Db, user: SessionUser, id: string, version: number) {
  return db.transaction(async (tx) => {
    const b = await loadBallot(tx, user.agencyId, id, true);
    if (!(await manages(tx, user, b))) throw forbidden();
    if (b.version !== version) throw staleVersion();
    if (b.state !== 'open') throw new AppError('conflict', 'Cuộc bỏ phiếu không đang mở.');
    const cast = await tx.delete(castBallots).where(eq(castBallots.ballotId, id)).returning();
    cast.sort((x, y) => x.receipt.localeCompare(y.receipt));
    if (cast.length > 0) await tx.insert(castBallots).values(cast.map(({ id: _id, ...rest }) => rest));
    const [row] = await tx
      .update(ballots)
      .set({ state: 'closed', privateKey: null, closedAt: new Date(), version: version + 1 })
      .where(eq(ballots.id, id))
      .returning();
    await writeAudit(tx, actorOf(user), {
      action: 'ballot.closed',
      entityType: 'ballot',
      entityId: id,
      summary: `Kết thúc bỏ phiếu kín: ${b.title}; ${cast.length} phiếu điện tử.`,
    });
    return row;
  });
}

export async function recordPaperTally(
  db: Db,
  user: SessionUser,
  id: string,
  version: number,
  paper: PaperTally,
) {
  return db.transaction(async (tx) => {
    const b = await loadBallot(tx, user.agencyId, id, true);
    if (!(await manages(tx, user, b))) throw forbidden();
    if (b.version !== version) throw staleVersion();
    if (b.mode === 'electronic') throw new AppError('conflict', 'Cuộc bỏ phiếu này chỉ dùng phiếu điện tử.');
    if (b.state === 'prepared') throw new AppError('conflict', 'Cuộc bỏ phiếu chưa mở.');
    const [row] = await tx
      .update(ballots)
      .set({ paper, version: version + 1 })
      .where(eq(ballots.id, id))
      .returning();
    await writeAudit(tx, actorOf(user), {
      action: 'ballot.paper_counted',
      entityType: 'ballot',
      entityId: id,
      summary: `Ban kiểm phiếu nhập kết quả phiếu giấy: phát ra ${paper.issued}, thu về ${paper.returned}, hợp lệ ${paper.valid}, không hợp lệ ${paper.invalid}.`,
      changes: { paper },
    });
    return row;
  });
}

/** The ballot as voters and the chair see it: never how anyone voted. */
export async function getBallot(db: Queryable, user: SessionUser, id: string) {
  const b = await loadBallot(db, user.agencyId, id);
  const roster = await db
    .select()
    .from(ballotVoters)
    .where(eq(ballotVoters.ballotId, id))
    .orderBy(asc(ballotVoters.fullName));
  const mine = roster.find((v) => v.accountId === user.accountId) ?? null;
  const manage = await manages(db, user, b);
  // Its members, those who run it, HCQT and the leadership — not every member of the agency.
  const oversees = user.permissions.includes('cycles.manage') || user.roles.includes('leadership');
  if (!mine && !manage && !oversees) throw forbidden();
  const cast = (await db.select({ n: count() }).from(castBallots).where(eq(castBallots.ballotId, id)))[0]?.n;
  return {
    id: b.id,
    title: b.title,
    state: b.state,
    mode: b.mode,
    threshold: b.threshold,
    candidates: b.candidates,
    publicKey: b.publicKey ? Buffer.from(b.publicKey).toString('base64') : null,
    membersTotal: b.membersTotal,
    presentTotal: b.state === 'prepared' ? roster.filter((v) => v.present).length : b.presentTotal,
    tokensIssued: roster.filter((v) => v.tokenIssued).length,
    ballotsCast: Number(cast ?? 0),
    version: b.version,
    /** The counting committee's paper count, to those who count. */
    paper: manage ? b.paper : null,
    me: mine ? { present: mine.present, tokenIssued: mine.tokenIssued } : null,
    roster: manage
      ? roster.map((v) => ({
          personId: v.personId,
          fullName: v.fullName,
          present: v.present,
          hasAccount: v.accountId !== null,
        }))
      : null,
    canManage: manage,
  };
}

/** After close: every ballot (receipt and choices, in receipt order), the count, and the reconciliation. */
export async function ballotResult(db: Queryable, user: SessionUser, id: string) {
  const b = await loadBallot(db, user.agencyId, id);
  if (b.state !== 'closed') throw new AppError('conflict', 'Kết quả chỉ công bố sau khi kết thúc bỏ phiếu.');
  const published = await db
    .select({ receipt: castBallots.receipt, choices: castBallots.choices })
    .from(castBallots)
    .where(eq(castBallots.ballotId, id))
    .orderBy(asc(castBallots.receipt));
  const roster = await db.select().from(ballotVoters).where(eq(ballotVoters.ballotId, id));
  const tally = tallyCandidates({
    candidates: b.candidates,
    electronic: published.map((p) => ({ choices: p.choices })),
    paper: b.paper ?? null,
    mode: b.mode,
    threshold: b.threshold,
    membersTotal: b.membersTotal,
    presentTotal: b.presentTotal,
  });
  const tokensIssued = roster.filter((v) => v.tokenIssued).length;
  return {
    title: b.title,
    published,
    tally,
    reconciliation: reconcile({
      tokensIssued,
      votersMarkedVoted: tokensIssued,
      ballotsCast: published.length,
      paperIssued: b.paper?.issued,
      paperReturned: b.paper?.returned,
      presentTotal: b.presentTotal,
    }),
  };
}
