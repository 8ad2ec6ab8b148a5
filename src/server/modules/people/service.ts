/**
 * People of an agency and their histories (leave, discipline, transfers). Each use case runs in
 * one transaction and writes its audit row there; edits carry the version they read.
 */
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { sortByVietnameseName } from '../../../domain/names.js';
import { type Category, defaultSimilarGroup, type LeadershipRank } from '../../../domain/org.js';
import type { DisciplineInput, LeaveInput, PersonInput, TransferInput } from '../../../domain/person.js';
import { canViewSensitive, type Viewer } from '../../../domain/roles.js';
import { foldVietnamese, normalizeText } from '../../../domain/text.js';
import type { Db, Queryable, Tx } from '../../db/connect.js';
import { likePattern } from '../../db/like.js';
import { disciplines, leavePeriods, people, transfersIn, units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { reassignPerson } from '../reviews/assignment.js';

export interface PeopleFilter {
  q?: string;
  unitId?: string;
  category?: Category;
  partyMember?: boolean;
  leadershipRank?: LeadershipRank;
  page: number;
  pageSize: number;
}

const listColumns = {
  id: people.id,
  staffCode: people.staffCode,
  fullName: people.fullName,
  gender: people.gender,
  birthDate: people.birthDate,
  unitId: people.unitId,
  unitName: units.name,
  positionTitle: people.positionTitle,
  leadershipRank: people.leadershipRank,
  category: people.category,
  partyMember: people.partyMember,
  employmentStart: people.employmentStart,
  similarGroup: people.similarGroup,
  version: people.version,
};

/**
 * Search and filter people. Names sort in the official Vietnamese order (given name first), which
 * neither database collation does, so the filtered set is sorted in code and then paged: one
 * agency has at most a few thousand people.
 */
export async function listPeople(db: Queryable, agencyId: string, f: PeopleFilter) {
  const where: SQL[] = [eq(people.agencyId, agencyId), eq(people.active, true)];
  if (f.unitId) where.push(eq(people.unitId, f.unitId));
  if (f.category) where.push(eq(people.category, f.category));
  if (f.partyMember !== undefined) where.push(eq(people.partyMember, f.partyMember));
  if (f.leadershipRank) where.push(eq(people.leadershipRank, f.leadershipRank));
  const q = f.q ? foldVietnamese(f.q) : '';
  for (const token of q.split(' ').filter(Boolean)) {
    const like = likePattern(token);
    where.push(or(ilike(people.searchName, like), ilike(people.staffCode, like)) as SQL);
  }
  // Two steps: sort the (id, name) pairs of the whole filtered set, then load only the page.
  // Loading every full row just to sort costs ~10x more on PGlite for a thousand people.
  const names = await db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(...where));
  const sorted = sortByVietnameseName(names, (r) => r.fullName);
  const start = (f.page - 1) * f.pageSize;
  const pageIds = sorted.slice(start, start + f.pageSize).map((r) => r.id);
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .select(listColumns)
          .from(people)
          .innerJoin(units, eq(units.id, people.unitId))
          .where(inArray(people.id, pageIds));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  return { total: sorted.length, page: f.page, pageSize: f.pageSize, items };
}

async function loadPerson(db: Queryable, agencyId: string, id: string) {
  const row = (
    await db
      .select()
      .from(people)
      .where(and(eq(people.id, id), eq(people.agencyId, agencyId)))
  )[0];
  if (!row) throw notFound('người này');
  return row;
}

export async function getPerson(db: Queryable, agencyId: string, id: string, viewer: Viewer) {
  const row = await loadPerson(db, agencyId, id);
  const unit = (await db.select({ name: units.name }).from(units).where(eq(units.id, row.unitId)))[0];
  const sensitive = canViewSensitive(viewer, row);
  const base = {
    id: row.id,
    staffCode: row.staffCode,
    fullName: row.fullName,
    gender: row.gender,
    birthDate: sensitive ? row.birthDate : null,
    unitId: row.unitId,
    unitName: unit?.name ?? '',
    positionTitle: row.positionTitle,
    leadershipRank: row.leadershipRank,
    category: row.category,
    employmentStart: row.employmentStart,
    similarGroup: row.similarGroup,
    evaluationAuthority: row.evaluationAuthority,
    email: row.email,
    version: row.version,
    sensitiveVisible: sensitive,
  };
  if (!sensitive) {
    return {
      ...base,
      partyMember: null,
      partyAdmittedOn: null,
      nomineeParty2025: null,
      standingCommitteeManaged: null,
      leaves: [],
      disciplines: [],
      transfersIn: [],
    };
  }
  const [leaves, discs, transfers] = await Promise.all([
    db.select().from(leavePeriods).where(eq(leavePeriods.personId, id)).orderBy(asc(leavePeriods.fromDate)),
    db.select().from(disciplines).where(eq(disciplines.personId, id)).orderBy(asc(disciplines.decidedOn)),
    db.select().from(transfersIn).where(eq(transfersIn.personId, id)).orderBy(asc(transfersIn.transferredOn)),
  ]);
  return {
    ...base,
    partyMember: row.partyMember,
    partyAdmittedOn: row.partyAdmittedOn,
    nomineeParty2025: row.nomineeParty2025,
    standingCommitteeManaged: row.standingCommitteeManaged,
    leaves: leaves.map((l) => ({ id: l.id, kind: l.kind, from: l.fromDate, to: l.toDate, note: l.note })),
    disciplines: discs.map((d) => ({
      id: d.id,
      system: d.system,
      form: d.form,
      decidedOn: d.decidedOn,
      effectiveFrom: d.effectiveFrom,
      reason: d.reason,
    })),
    transfersIn: transfers.map((t) => ({
      id: t.id,
      previousAgency: t.previousAgency,
      monthsThere: t.monthsThere,
      transferredOn: t.transferredOn,
    })),
  };
}

async function assertUnit(tx: Tx, agencyId: string, unitId: string) {
  const u = (
    await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, unitId), eq(units.agencyId, agencyId)))
  )[0];
  if (!u)
    throw new AppError('validation', 'Đơn vị không tồn tại.', [
      { path: 'body.unitId', message: 'Đơn vị không tồn tại.' },
    ]);
}

/** The stored columns for a person's facts, normalised (NFC, single spaces, derived fields). */
export function personColumns(input: PersonInput) {
  const fullName = normalizeText(input.fullName);
  return {
    staffCode: normalizeText(input.staffCode),
    fullName,
    searchName: foldVietnamese(fullName),
    gender: input.gender,
    birthDate: input.birthDate ?? null,
    unitId: input.unitId,
    positionTitle: normalizeText(input.positionTitle ?? ''),
    leadershipRank: input.leadershipRank,
    category: input.category,
    partyMember: input.partyMember,
    partyAdmittedOn: input.partyMember ? (input.partyAdmittedOn ?? null) : null,
    employmentStart: input.employmentStart ?? null,
    similarGroup: input.similarGroup
      ? normalizeText(input.similarGroup)
      : defaultSimilarGroup(input.category, input.leadershipRank),
    evaluationAuthority: normalizeText(input.evaluationAuthority ?? ''),
    email: input.email ?? null,
    nomineeParty2025: input.nomineeParty2025,
    standingCommitteeManaged: input.standingCommitteeManaged,
  };
}

export type PersonColumns = ReturnType<typeof personColumns>;

/** Field-by-field differences, for the audit entry. */
export function diffColumns(
  before: Partial<Record<keyof PersonColumns, unknown>>,
  after: PersonColumns,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const k of Object.keys(after) as (keyof PersonColumns)[]) {
    if (k === 'searchName') continue;
    if ((before[k] ?? null) !== (after[k] ?? null)) changes[k] = [before[k] ?? null, after[k] ?? null];
  }
  return changes;
}

export async function createPerson(db: Db, actor: Actor, input: PersonInput) {
  return db.transaction(async (tx) => {
    await assertUnit(tx, actor.agencyId, input.unitId);
    const cols = personColumns(input);
    const [row] = await tx
      .insert(people)
      .values({ agencyId: actor.agencyId, ...cols })
      .returning();
    if (!row) throw new Error('insert failed');
    await writeAudit(tx, actor, {
      action: 'person.created',
      entityType: 'person',
      entityId: row.id,
      summary: `Thêm ${row.fullName} (${row.staffCode}).`,
      changes: diffColumns({}, cols),
    });
    await reassignPerson(tx, actor, row.id);
    return row;
  });
}

export async function updatePerson(db: Db, actor: Actor, id: string, version: number, input: PersonInput) {
  return db.transaction(async (tx) => {
    const before = await loadPerson(tx, actor.agencyId, id);
    if (before.version !== version) throw staleVersion();
    await assertUnit(tx, actor.agencyId, input.unitId);
    const cols = personColumns(input);
    const changes = diffColumns(before, cols);
    if (Object.keys(changes).length === 0) return before;
    const [row] = await tx
      .update(people)
      .set({ ...cols, version: version + 1, updatedAt: new Date() })
      .where(and(eq(people.id, id), eq(people.version, version)))
      .returning();
    if (!row) throw staleVersion();
    await writeAudit(tx, actor, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      summary: `Sửa thông tin ${row.fullName} (${row.staffCode}).`,
      changes,
    });
    // Category, party membership, leadership or nomination may call for other forms this year.
    await reassignPerson(tx, actor, id);
    return row;
  });
}

/**
 * Histories change the person's facts, so they bump the person's version too: a form opened
 * before the change must not silently overwrite it.
 */
async function touchPerson(tx: Tx, agencyId: string, id: string, version: number) {
  const person = await loadPerson(tx, agencyId, id);
  if (person.version !== version) throw staleVersion();
  const [row] = await tx
    .update(people)
    .set({ version: version + 1, updatedAt: new Date() })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

type HistoryKind = 'leave' | 'discipline' | 'transfer';
const HISTORY_LABEL: Record<HistoryKind, string> = {
  leave: 'thời gian nghỉ',
  discipline: 'quyết định kỷ luật',
  transfer: 'thông tin chuyển đến',
};

export type HistoryInput =
  | { kind: 'leave'; value: LeaveInput }
  | { kind: 'discipline'; value: DisciplineInput }
  | { kind: 'transfer'; value: TransferInput };

export async function addPersonHistory(
  db: Db,
  actor: Actor,
  personId: string,
  version: number,
  input: HistoryInput,
) {
  return db.transaction(async (tx) => {
    const person = await touchPerson(tx, actor.agencyId, personId, version);
    const base = { agencyId: actor.agencyId, personId };
    let id: string | undefined;
    if (input.kind === 'leave') {
      const v = input.value;
      [{ id }] = (await tx
        .insert(leavePeriods)
        .values({ ...base, kind: v.kind, fromDate: v.from, toDate: v.to, note: normalizeText(v.note ?? '') })
        .returning({ id: leavePeriods.id })) as [{ id: string }];
    } else if (input.kind === 'discipline') {
      const v = input.value;
      [{ id }] = (await tx
        .insert(disciplines)
        .values({ ...base, ...v, reason: normalizeText(v.reason ?? '') })
        .returning({ id: disciplines.id })) as [{ id: string }];
    } else {
      const v = input.value;
      [{ id }] = (await tx
        .insert(transfersIn)
        .values({ ...base, ...v, previousAgency: normalizeText(v.previousAgency) })
        .returning({ id: transfersIn.id })) as [{ id: string }];
    }
    await writeAudit(tx, actor, {
      action: `person.${input.kind}_added`,
      entityType: 'person',
      entityId: personId,
      summary: `Thêm ${HISTORY_LABEL[input.kind]} cho ${person.fullName} (${person.staffCode}).`,
      changes: { [input.kind]: input.value },
    });
    return { id, version: person.version };
  });
}

export async function removePersonHistory(
  db: Db,
  actor: Actor,
  personId: string,
  version: number,
  kind: HistoryKind,
  historyId: string,
) {
  const table = kind === 'leave' ? leavePeriods : kind === 'discipline' ? disciplines : transfersIn;
  return db.transaction(async (tx) => {
    const person = await touchPerson(tx, actor.agencyId, personId, version);
    const removed = await tx
      .delete(table)
      .where(and(eq(table.id, historyId), eq(table.personId, personId)))
      .returning();
    if (removed.length === 0) throw notFound(HISTORY_LABEL[kind]);
    const { agencyId: _a, personId: _p, createdAt: _c, ...what } = removed[0] as Record<string, unknown>;
    await writeAudit(tx, actor, {
      action: `person.${kind}_removed`,
      entityType: 'person',
      entityId: personId,
      summary: `Xóa ${HISTORY_LABEL[kind]} của ${person.fullName} (${person.staffCode}).`,
      changes: { [kind]: what },
    });
    return { version: person.version };
  });
}
