/**
 * Self-reviews (issue 5.5–5.6): reading a review with everything its writer needs (form, ruling of
 * the rules engine on their record, suggestions to answer, what is missing, deadline), saving drafts
 * (each save is a version), the life-cycle moves, and the manager's and authority's scores.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { formatVnDate } from '../../../domain/dates.js';
import { missingAnswers, validateAnswers } from '../../../domain/forms/answers.js';
import { FORM_LABELS } from '../../../domain/forms/catalogue.js';
import { suggestedLevelFromScores, validateScores } from '../../../domain/forms/scoring.js';
import type { FormAnswers, FormDefinition, RemediationItem, Scores } from '../../../domain/forms/types.js';
import { allFields } from '../../../domain/forms/walk.js';
import {
  isEditable,
  isLate,
  nextReviewState,
  REVIEW_STATE_LABELS,
  type ReviewEvent,
} from '../../../domain/review.js';
import { settingValues } from '../../../domain/rules/settings.js';
import { type ClassifyResult, LEVEL_LABELS, type Level, levelRank } from '../../../domain/rules/types.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import {
  cycleSteps,
  cycles,
  people,
  reviewSuggestions,
  reviews,
  reviewVersions,
  units,
} from '../../db/schema/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { writeAudit } from '../audit/service.js';
import { actorOf, type SessionUser } from '../auth/service.js';
import { isReviewer, isSecretary, isWriter, mayScoreAs, mayView } from './access.js';
import { cycleFormMap } from './cycle-forms.js';
import { withPrefill } from './prefill.js';
import { rulingFor } from './ruling.js';

type ReviewRow = typeof reviews.$inferSelect;
type CycleRow = typeof cycles.$inferSelect;

/** The plan's deadline for the review: self-reviews and collective reports are both due at step II.1. */
async function deadlineOf(db: Queryable, cycleId: string, collective: boolean): Promise<string | null> {
  const code = collective ? 'bao-cao-tap-the' : 'tu-kiem-diem';
  const step = (
    await db
      .select()
      .from(cycleSteps)
      .where(and(eq(cycleSteps.cycleId, cycleId), eq(cycleSteps.code, code)))
  )[0];
  return step ? (step.deadlineEnd ?? step.deadline) : null;
}

async function loadContext(db: Queryable, user: SessionUser, id: string, lock = false) {
  const q = db
    .select()
    .from(reviews)
    .where(and(eq(reviews.id, id), eq(reviews.agencyId, user.agencyId)));
  const review = (await (lock ? q.for('update') : q))[0];
  if (!review) throw notFound('bản kiểm điểm');
  if (!mayView(user, review)) throw forbidden();
  const cycle = (await db.select().from(cycles).where(eq(cycles.id, review.cycleId)))[0] as CycleRow;
  const definition = (await cycleFormMap(db, cycle)).get(review.formCode);
  if (!definition) throw notFound('biểu mẫu');
  return { review, cycle, definition, leader: await holdsLeadershipPost(db, review.personId) };
}

/** Leaders-only sections of a form apply to heads, deputies and members of the leadership collective. */
async function holdsLeadershipPost(db: Queryable, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  const row = (
    await db
      .select({ rank: people.leadershipRank, unitKind: units.kind })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(eq(people.id, personId))
  )[0];
  return Boolean(row && (row.rank !== 'none' || row.unitKind === 'leadership'));
}

async function suggestionsFor(db: Queryable, r: ReviewRow) {
  return db
    .select()
    .from(reviewSuggestions)
    .where(
      and(
        eq(reviewSuggestions.cycleId, r.cycleId),
        r.personId
          ? eq(reviewSuggestions.personId, r.personId)
          : and(eq(reviewSuggestions.unitId, r.unitId), isNull(reviewSuggestions.personId)),
      ),
    )
    .orderBy(asc(reviewSuggestions.createdAt));
}

const remediationItems = (def: FormDefinition, answers: FormAnswers): RemediationItem[] => {
  const keys: string[] = [];
  const walk = (sections: FormDefinition['sections']) => {
    for (const s of sections) {
      for (const f of s.fields) if (f.type === 'remediation') keys.push(f.key);
      if (s.sections) walk(s.sections);
    }
  };
  walk(def.sections);
  return keys.flatMap((k) => (Array.isArray(answers[k]) ? (answers[k] as RemediationItem[]) : []));
};

/**
 * Why a proposed level is refused, or null: the person is not classified this year, the level is above
 * the ceiling their circumstances set, or (regime 2025 on) HTXSNV while earlier weaknesses remain.
 */
export function levelProblem(
  level: Level | null,
  ruling: ClassifyResult | null,
  def: FormDefinition,
  answers: FormAnswers,
  regime: CycleRow['regime'],
): string | null {
  return rulingProblem(level, ruling) ?? remediationProblem(level, def, answers, regime);
}

/** A level the person's record does not allow this year (not classified, or above the ceiling). */
export function rulingProblem(level: Level | null, ruling: ClassifyResult | null): string | null {
  if (!level) return null;
  if (ruling && !ruling.evaluated) {
    const why = ruling.reasons[0];
    return `Năm nay không xếp loại, chỉ kiểm điểm${why ? `: ${why.message} (${why.article})` : '.'}`;
  }
  if (ruling?.maxLevel && levelRank(level) > levelRank(ruling.maxLevel)) {
    const why = ruling.reasons.find((r) => r.code === 'max_level') ?? ruling.reasons[0];
    return (
      `Không đề xuất được mức "${LEVEL_LABELS[level]}". ` +
      (why ? `${why.message} (${why.article})` : `Mức cao nhất: ${LEVEL_LABELS[ruling.maxLevel]}.`)
    );
  }
  return null;
}

/** HTXSNV while last year's weaknesses are still open, where the regime forbids it (QĐ 366 Điều 11). */
function remediationProblem(
  level: Level | null,
  def: FormDefinition,
  answers: FormAnswers,
  regime: CycleRow['regime'],
): string | null {
  if (level === 'HTXSNV' && settingValues(regime).remediationRequiredForHtxsnv) {
    const open = remediationItems(def, answers).filter((i) => i.status !== 'resolved');
    if (open.length > 0) {
      return (
        `Chưa khắc phục xong ${open.length} hạn chế, khuyết điểm đã chỉ ra ở kỳ trước: không được đề xuất ` +
        '"Hoàn thành xuất sắc nhiệm vụ" (Quy định 366-QĐ/TW, Điều 11).'
      );
    }
  }
  return null;
}

/**
 * The first refused level among the proposed level and every level the form asks for (a party form
 * asks two: as công chức / viên chức and as đảng viên), with the path of the field.
 */
function levelsProblem(
  proposedLevel: Level | null,
  answers: FormAnswers,
  ruling: ClassifyResult | null,
  def: FormDefinition,
  regime: CycleRow['regime'],
  prefix: string,
): { path: string; message: string } | null {
  const levels: [string, Level | null][] = [
    [`${prefix}proposedLevel`, proposedLevel],
    ...allFields(def)
      .filter(({ field }) => field.type === 'level' && typeof answers[field.key] === 'string')
      .map(({ field }): [string, Level | null] => [
        `${prefix}answers.${field.key}`,
        answers[field.key] as Level,
      ]),
  ];
  for (const [path, level] of levels) {
    const message = levelProblem(level, ruling, def, answers, regime);
    if (message) return { path, message };
  }
  return null;
}

export async function getReview(db: Db, user: SessionUser, id: string, today: string) {
  const { review, cycle, definition, leader } = await loadContext(db, user, id);
  const [suggestions, versions, person, unit, deadline] = await Promise.all([
    suggestionsFor(db, review),
    db
      .select({
        version: reviewVersions.version,
        event: reviewVersions.event,
        state: reviewVersions.state,
        note: reviewVersions.note,
        byName: reviewVersions.byName,
        at: reviewVersions.at,
      })
      .from(reviewVersions)
      .where(eq(reviewVersions.reviewId, id))
      .orderBy(desc(reviewVersions.version)),
    review.personId
      ? db
          .select({
            id: people.id,
            fullName: people.fullName,
            positionTitle: people.positionTitle,
            birthDate: people.birthDate,
          })
          .from(people)
          .where(eq(people.id, review.personId))
      : Promise.resolve([]),
    db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, review.unitId)),
    deadlineOf(db, cycle.id, review.personId === null),
  ]);
  const ruling = review.personId ? await rulingFor(db, review.personId, cycle.regime, cycle.year) : null;
  const answers = await withPrefill(db, review, definition, cycle.year);
  const open = suggestions.filter((s) => !s.answer).length;
  const writer = isWriter(user, review);
  const reviewer = isReviewer(user, review);
  const running = cycle.state === 'running';
  const scorable = running && review.state !== 'final' && Boolean(definition.scoreTable);
  const may = (event: ReviewEvent) =>
    running &&
    nextReviewState(review.state, event) !== null &&
    (event === 'return' || event === 'reopen' ? reviewer : writer);
  return {
    review: {
      id: review.id,
      formCode: review.formCode,
      formLabel: FORM_LABELS[review.formCode],
      state: review.state,
      stateLabel: REVIEW_STATE_LABELS[review.state],
      answers,
      scores: review.scores,
      proposedLevel: review.proposedLevel,
      submittedAt: review.submittedAt,
      submittedLate: review.submittedLate,
      returnComment: review.returnComment,
      assignedReason: review.assignedReason,
      waivedReason: review.waivedReason,
      version: review.version,
    },
    definition,
    cycle: { id: cycle.id, title: cycle.title, year: cycle.year, regime: cycle.regime, state: cycle.state },
    person: person[0] ?? null,
    /** Holds a leadership post: the form's leaders-only sections apply. */
    leader,
    unit: unit[0] ?? null,
    deadline,
    late: isLate(deadline, today),
    ruling,
    suggestions,
    missing: missingAnswers(definition, answers, {
      suggestionsOpen: open,
      leader,
      classified: ruling?.evaluated ?? true,
    }),
    scoreSuggestion: definition.scoreTable
      ? suggestedLevelFromScores(definition.scoreTable, review.scores)
      : null,
    versions,
    can: {
      edit: running && writer && isEditable(review.state),
      submit: may('submit'),
      return: may('return'),
      reopen: may('reopen'),
      finalise: may('finalise'),
      scoreManager: scorable && mayScoreAs(user, review, 'manager'),
      scoreAuthority: scorable && mayScoreAs(user, review, 'authority'),
    },
  };
}

function fieldErrors(prefix: string, problems: { path: string; message: string }[]) {
  return new AppError(
    'validation',
    problems[0]?.message ?? 'Dữ liệu không hợp lệ.',
    problems.map((p) => ({ path: `${prefix}.${p.path}`, message: p.message })),
  );
}

async function recordVersion(
  tx: Tx,
  user: SessionUser,
  row: ReviewRow,
  event: string,
  note: string | null = null,
): Promise<void> {
  await tx.insert(reviewVersions).values({
    agencyId: row.agencyId,
    reviewId: row.id,
    version: row.version,
    state: row.state,
    answers: row.answers,
    scores: row.scores,
    proposedLevel: row.proposedLevel,
    event,
    note,
    byAccountId: user.accountId,
    byName: user.displayName,
  });
}

async function subjectName(db: Queryable, r: ReviewRow): Promise<string> {
  if (r.personId) {
    return (
      (await db.select({ n: people.fullName }).from(people).where(eq(people.id, r.personId)))[0]?.n ?? ''
    );
  }
  const u = (await db.select({ n: units.name }).from(units).where(eq(units.id, r.unitId)))[0]?.n ?? '';
  return `tập thể ${u}`;
}

export interface SaveInput {
  version: number;
  answers: FormAnswers;
  /** The writer's own column of the point table. */
  selfScores?: Record<string, number>;
  proposedLevel: Level | null;
}

/** Save the writer's draft: answers, their own scores and proposed level (autosave calls this too). */
export async function saveReview(db: Db, user: SessionUser, id: string, input: SaveInput) {
  return db.transaction(async (tx) => {
    const { review, cycle, definition } = await loadContext(tx, user, id, true);
    if (!isWriter(user, review)) throw forbidden();
    if (cycle.state !== 'running') throw new AppError('conflict', 'Kỳ đánh giá không còn diễn ra.');
    if (!isEditable(review.state)) {
      throw new AppError(
        'conflict',
        `Bản kiểm điểm đang ở trạng thái "${REVIEW_STATE_LABELS[review.state]}", không sửa được.`,
      );
    }
    if (review.version !== input.version) throw staleVersion();
    const answerProblems = validateAnswers(definition, input.answers);
    if (answerProblems.length > 0) throw fieldErrors('body.answers', answerProblems);
    const scores: Scores = structuredClone(review.scores);
    if (input.selfScores) {
      for (const item of Object.keys(scores)) delete scores[item]?.self;
      for (const [item, value] of Object.entries(input.selfScores))
        scores[item] = { ...scores[item], self: value };
      if (definition.scoreTable) {
        const scoreProblems = validateScores(definition.scoreTable, scores);
        if (scoreProblems.length > 0) throw fieldErrors('body.selfScores', scoreProblems);
      }
    }
    const ruling = review.personId ? await rulingFor(tx, review.personId, cycle.regime, cycle.year) : null;
    const problem = levelsProblem(
      input.proposedLevel,
      input.answers,
      ruling,
      definition,
      cycle.regime,
      'body.',
    );
    if (problem) throw new AppError('validation', problem.message, [problem]);
    const [row] = await tx
      .update(reviews)
      .set({
        answers: input.answers,
        scores,
        proposedLevel: input.proposedLevel,
        version: review.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(reviews.id, id), eq(reviews.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await recordVersion(tx, user, row, 'save');
    await writeAudit(tx, actorOf(user), {
      action: 'review.saved',
      entityType: 'review',
      entityId: id,
      summary: `Lưu bản nháp ${FORM_LABELS[review.formCode]} của ${await subjectName(tx, review)} (phiên bản ${row.version}).`,
    });
    return { version: row.version, state: row.state };
  });
}

const EVENT_TEXT: Record<Exclude<ReviewEvent, 'save'>, { action: string; verb: string }> = {
  submit: { action: 'review.submitted', verb: 'Nộp' },
  return: { action: 'review.returned', verb: 'Trả lại' },
  reopen: { action: 'review.reopened', verb: 'Mở lại để tiếp thu kết luận cuộc họp' },
  finalise: { action: 'review.finalised', verb: 'Hoàn tất' },
};

/** Submit, return (with a comment), reopen after the meeting, finalise. */
export async function moveReview(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; event: Exclude<ReviewEvent, 'save'>; comment?: string },
  today: string,
) {
  return db.transaction(async (tx) => {
    const { review, cycle, definition, leader } = await loadContext(tx, user, id, true);
    const reviewerEvent = input.event === 'return' || input.event === 'reopen';
    if (reviewerEvent ? !isReviewer(user, review) : !isWriter(user, review)) throw forbidden();
    if (cycle.state !== 'running') throw new AppError('conflict', 'Kỳ đánh giá không còn diễn ra.');
    if (review.version !== input.version) throw staleVersion();
    const next = nextReviewState(review.state, input.event);
    if (!next) {
      throw new AppError(
        'conflict',
        `Không thể ${EVENT_TEXT[input.event].verb.toLowerCase()} khi bản kiểm điểm đang ở trạng thái "${REVIEW_STATE_LABELS[review.state]}".`,
      );
    }
    if (input.event === 'return' && !input.comment?.trim()) {
      throw new AppError('validation', 'Vui lòng ghi lý do trả lại.', [
        { path: 'body.comment', message: 'Vui lòng ghi lý do trả lại.' },
      ]);
    }
    const deadline = await deadlineOf(tx, cycle.id, review.personId === null);
    if (input.event === 'submit' || input.event === 'finalise') {
      const open = (await suggestionsFor(tx, review)).filter((s) => !s.answer).length;
      const ruling = review.personId ? await rulingFor(tx, review.personId, cycle.regime, cycle.year) : null;
      const missing = missingAnswers(definition, review.answers, {
        suggestionsOpen: open,
        leader,
        classified: ruling?.evaluated ?? true,
      });
      if (missing.length > 0) {
        throw new AppError(
          'validation',
          `Còn ${missing.length} mục chưa điền: ${missing
            .slice(0, 3)
            .map((m) => m.label)
            .join('; ')}${missing.length > 3 ? '; …' : ''}.`,
          missing.map((m) => ({ path: `answers.${m.key}`, message: `Chưa điền: ${m.label}` })),
        );
      }
      const problem = levelsProblem(
        review.proposedLevel,
        review.answers,
        ruling,
        definition,
        cycle.regime,
        '',
      );
      if (problem) throw new AppError('validation', problem.message, [problem]);
    }
    const late = input.event === 'submit' && isLate(deadline, today);
    const [row] = await tx
      .update(reviews)
      .set({
        state: next,
        version: review.version + 1,
        updatedAt: new Date(),
        ...(input.event === 'submit'
          ? { submittedAt: new Date(), submittedLate: review.submittedLate || late }
          : {}),
        ...(input.event === 'return' ? { returnComment: input.comment?.trim() ?? null } : {}),
      })
      .where(and(eq(reviews.id, id), eq(reviews.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await recordVersion(tx, user, row, input.event, input.comment?.trim() || null);
    const name = await subjectName(tx, review);
    await writeAudit(tx, actorOf(user), {
      action: EVENT_TEXT[input.event].action,
      entityType: 'review',
      entityId: id,
      summary:
        `${EVENT_TEXT[input.event].verb} ${FORM_LABELS[review.formCode]} của ${name}` +
        (late && deadline ? ` (nộp muộn, hạn ${formatVnDate(deadline)})` : '') +
        (input.comment?.trim() ? `. Ý kiến: ${input.comment.trim()}` : '.'),
      changes: { state: [review.state, next] },
    });
    return { version: row.version, state: row.state, submittedLate: row.submittedLate };
  });
}

/** The direct manager's or the competent authority's column of the point table. */
export async function scoreReview(
  db: Db,
  user: SessionUser,
  id: string,
  input: { version: number; column: 'manager' | 'authority'; scores: Record<string, number> },
) {
  return db.transaction(async (tx) => {
    const { review, cycle, definition } = await loadContext(tx, user, id, true);
    if (!mayScoreAs(user, review, input.column)) throw forbidden();
    if (cycle.state !== 'running' || review.state === 'final') {
      throw new AppError('conflict', 'Bản kiểm điểm đã hoàn tất hoặc kỳ đánh giá không còn diễn ra.');
    }
    if (!definition.scoreTable) throw new AppError('conflict', 'Biểu mẫu này không chấm điểm.');
    if (review.version !== input.version) throw staleVersion();
    const scores: Scores = structuredClone(review.scores);
    for (const item of Object.keys(scores)) delete scores[item]?.[input.column];
    for (const [item, value] of Object.entries(input.scores))
      scores[item] = { ...scores[item], [input.column]: value };
    const problems = validateScores(definition.scoreTable, scores);
    if (problems.length > 0) throw fieldErrors('body.scores', problems);
    const [row] = await tx
      .update(reviews)
      .set({ scores, version: review.version + 1, updatedAt: new Date() })
      .where(and(eq(reviews.id, id), eq(reviews.version, input.version)))
      .returning();
    if (!row) throw staleVersion();
    await recordVersion(tx, user, row, `score_${input.column}`);
    await writeAudit(tx, actorOf(user), {
      action: 'review.scored',
      entityType: 'review',
      entityId: id,
      summary: `${input.column === 'manager' ? 'Người quản lý trực tiếp' : 'Cấp có thẩm quyền'} chấm điểm ${FORM_LABELS[review.formCode]} của ${await subjectName(tx, review)}.`,
    });
    return { version: row.version };
  });
}

/**
 * Reviews of a cycle the user may see: all for the secretary and leadership, their unit's for a head
 * or deputy, their own otherwise. One row per review with its state.
 */
export async function listReviews(
  db: Queryable,
  user: SessionUser,
  cycleId: string,
  filter: { unitId?: string; state?: ReviewRow['state'] },
) {
  const wide = isSecretary(user) || user.roles.includes('leadership');
  const head = user.roles.includes('unit_head') || user.roles.includes('unit_deputy');
  const rows = await db
    .select({
      id: reviews.id,
      personId: reviews.personId,
      personName: people.fullName,
      positionTitle: people.positionTitle,
      unitId: reviews.unitId,
      unitName: units.name,
      unitSort: units.sortOrder,
      formCode: reviews.formCode,
      state: reviews.state,
      submittedAt: reviews.submittedAt,
      submittedLate: reviews.submittedLate,
      proposedLevel: reviews.proposedLevel,
      waivedReason: reviews.waivedReason,
      assignment: reviews.assignment,
    })
    .from(reviews)
    .innerJoin(units, eq(units.id, reviews.unitId))
    .leftJoin(people, eq(people.id, reviews.personId))
    .where(
      and(
        eq(reviews.agencyId, user.agencyId),
        eq(reviews.cycleId, cycleId),
        filter.unitId ? eq(reviews.unitId, filter.unitId) : undefined,
        filter.state ? eq(reviews.state, filter.state) : undefined,
      ),
    );
  const visible = rows.filter((r) =>
    wide
      ? true
      : head && r.unitId === user.unitId
        ? true
        : r.personId !== null && r.personId === user.personId,
  );
  const collator = new Intl.Collator('vi');
  return visible
    .sort(
      (a, b) =>
        a.unitSort - b.unitSort ||
        collator.compare(a.unitName, b.unitName) ||
        (a.personId === null ? -1 : 0) - (b.personId === null ? -1 : 0) ||
        collator.compare(a.personName ?? '', b.personName ?? ''),
    )
    .map(({ unitSort: _s, ...r }) => ({ ...r, formLabel: FORM_LABELS[r.formCode] }));
}

/** The running cycle's reviews the user writes: their own, and their unit's collective report if they lead it. */
export async function myReviews(db: Queryable, user: SessionUser) {
  const cycle = (
    await db
      .select()
      .from(cycles)
      .where(and(eq(cycles.agencyId, user.agencyId), eq(cycles.state, 'running')))
  )[0];
  if (!cycle) return { cycle: null, items: [] };
  const rows = (await listReviews(db, user, cycle.id, {})).filter((r) => isWriter(user, r));
  return {
    cycle: { id: cycle.id, title: cycle.title, year: cycle.year },
    items: rows,
    deadline: await deadlineOf(db, cycle.id, false),
  };
}

/**
 * The check a level proposed at the unit meeting gets (issue 6 §2): the same as the person's own
 * proposal — what their record allows (rules engine) and, for HTXSNV, last year's weaknesses remedied
 * in each of their reviews this cycle.
 */
export async function proposedLevelProblem(
  tx: Queryable,
  cycle: CycleRow,
  personId: string,
  level: Level,
): Promise<string | null> {
  const ruling = await rulingFor(tx, personId, cycle.regime, cycle.year);
  const ruled = rulingProblem(level, ruling);
  if (ruled) return ruled;
  const forms = await cycleFormMap(tx, cycle);
  const rows = await tx
    .select()
    .from(reviews)
    .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.personId, personId), isNull(reviews.waivedReason)));
  for (const row of rows) {
    const def = forms.get(row.formCode);
    const problem = def ? remediationProblem(level, def, row.answers, cycle.regime) : null;
    if (problem) return problem;
  }
  return null;
}

/**
 * The unit meeting unlocks the person's handed-in reviews for the "tiếp thu" revision (plan II.2.c),
 * inside the meeting's transaction: submitted → revising, one version row and one audit entry each.
 * Reviews not handed in are left as they are. Returns how many were reopened.
 */
export async function reopenAfterMeeting(
  tx: Tx,
  user: SessionUser,
  cycleId: string,
  subject: { personId: string } | { unitId: string },
  meetingTitle: string,
): Promise<number> {
  const who =
    'personId' in subject
      ? eq(reviews.personId, subject.personId)
      : and(isNull(reviews.personId), eq(reviews.unitId, subject.unitId));
  const rows = await tx
    .update(reviews)
    .set({ state: 'revising', version: sql`${reviews.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reviews.cycleId, cycleId), eq(reviews.state, 'submitted'), who))
    .returning();
  for (const row of rows) {
    await recordVersion(tx, user, row, 'reopen', meetingTitle);
    await writeAudit(tx, actorOf(user), {
      action: EVENT_TEXT.reopen.action,
      entityType: 'review',
      entityId: row.id,
      summary: `${EVENT_TEXT.reopen.verb} ${FORM_LABELS[row.formCode]} của ${await subjectName(tx, row)} (${meetingTitle}).`,
      changes: { state: ['submitted', 'revising'] },
    });
  }
  return rows.length;
}
