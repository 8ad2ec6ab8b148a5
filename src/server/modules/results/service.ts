/**
 * Results of earlier years (issue 5.5): imported from a spreadsheet (preview, then all-or-nothing
 * commit, audited per row) and read back to prefill the 3-year review (Mẫu 01 of CV 2397).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PriorResult } from '../../../domain/forms/types.js';
import { parseResultsTable, type ResultProblem, type ResultRow } from '../../../domain/results-import.js';
import { canViewSensitive } from '../../../domain/roles.js';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import { foldVietnamese } from '../../../domain/text.js';
import type { Db, Queryable } from '../../db/connect.js';
import { people, yearlyResults } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../http/errors.js';
import { type Actor, type AuditInput, writeAuditBatch } from '../audit/service.js';
import type { SessionUser } from '../auth/service.js';
import type { RawTable } from '../people/import-file.js';

export interface ResultsImport {
  rows: number;
  toAdd: number;
  toUpdate: number;
  problems: ResultProblem[];
  committed: boolean;
}

const levelText = (r: Pick<ResultRow, 'level'>) => (r.level ? LEVEL_LABELS[r.level] : 'Không xếp loại');

async function plan(db: Queryable, agencyId: string, table: RawTable, maxYear: number) {
  const parsed = parseResultsTable(table.header, table.rows, { maxYear });
  const codes = [...new Set(parsed.rows.map((r) => r.staffCode.toUpperCase()))];
  const staff = codes.length
    ? await db
        .select({ id: people.id, staffCode: people.staffCode, fullName: people.fullName })
        .from(people)
        .where(and(eq(people.agencyId, agencyId), inArray(sql`upper(${people.staffCode})`, codes)))
    : [];
  const byCode = new Map(staff.map((p) => [p.staffCode.toUpperCase(), p]));
  const problems = [...parsed.problems];
  const matched: (ResultRow & { personId: string })[] = [];
  for (const r of parsed.rows) {
    const p = byCode.get(r.staffCode.toUpperCase());
    if (!p) {
      problems.push({
        row: r.rowNumber,
        column: 'staffCode',
        message: `Không có người mang mã ${r.staffCode}.`,
      });
    } else if (foldVietnamese(p.fullName) !== foldVietnamese(r.fullName)) {
      problems.push({
        row: r.rowNumber,
        column: 'fullName',
        message: `Mã ${r.staffCode} là của ${p.fullName}, không phải "${r.fullName}".`,
      });
    } else {
      matched.push({ ...r, personId: p.id });
    }
  }
  const existing = matched.length
    ? await db
        .select()
        .from(yearlyResults)
        .where(
          inArray(
            yearlyResults.personId,
            matched.map((m) => m.personId),
          ),
        )
    : [];
  const have = new Map(existing.map((e) => [`${e.personId}|${e.year}`, e]));
  return { problems: problems.sort((a, b) => a.row - b.row), matched, have };
}

export async function importResults(
  db: Db,
  actor: Actor,
  table: RawTable,
  opts: { dryRun: boolean; maxYear: number; fileName: string },
): Promise<ResultsImport> {
  const preview = await plan(db, actor.agencyId, table, opts.maxYear);
  const summary = (p: typeof preview, committed: boolean): ResultsImport => ({
    rows: p.matched.length + p.problems.filter((x) => x.row > 1).length,
    toAdd: p.matched.filter((m) => !p.have.has(`${m.personId}|${m.year}`)).length,
    toUpdate: p.matched.filter((m) => p.have.has(`${m.personId}|${m.year}`)).length,
    problems: p.problems,
    committed,
  });
  if (opts.dryRun || preview.problems.length > 0) return summary(preview, false);
  return db.transaction(async (tx) => {
    // Plan again inside the transaction: what the clerk previewed may have changed meanwhile.
    const p = await plan(tx, actor.agencyId, table, opts.maxYear);
    if (p.problems.length > 0) return summary(p, false);
    const audits: AuditInput[] = [];
    for (const m of p.matched) {
      const before = p.have.get(`${m.personId}|${m.year}`);
      const values = { level: m.level, title: m.title, note: m.note, source: 'import' as const };
      if (before) {
        await tx.update(yearlyResults).set(values).where(eq(yearlyResults.id, before.id));
      } else {
        await tx
          .insert(yearlyResults)
          .values({ agencyId: actor.agencyId, personId: m.personId, year: m.year, ...values });
      }
      audits.push({
        action: before ? 'result.updated' : 'result.imported',
        entityType: 'person',
        entityId: m.personId,
        summary: `${before ? 'Cập nhật' : 'Nhập'} kết quả năm ${m.year} của ${m.fullName}: ${levelText(m)}${m.title ? `, ${m.title}` : ''} (tệp ${opts.fileName}).`,
        changes: before
          ? { level: [before.level, m.level], title: [before.title, m.title] }
          : { level: m.level },
      });
    }
    await writeAuditBatch(tx, actor, audits);
    return summary(p, true);
  });
}

/** A person's results by year, for whoever may see their records. */
export async function listResults(db: Queryable, viewer: SessionUser, personId: string) {
  const person = (
    await db
      .select({ id: people.id, unitId: people.unitId })
      .from(people)
      .where(and(eq(people.id, personId), eq(people.agencyId, viewer.agencyId)))
  )[0];
  if (!person) throw notFound('người');
  if (!canViewSensitive(viewer, person)) throw forbidden();
  return db
    .select()
    .from(yearlyResults)
    .where(eq(yearlyResults.personId, personId))
    .orderBy(asc(yearlyResults.year));
}

/** The 3-year review's table: each year's stored result (the evaluation year itself is not known yet). */
export async function priorResultsFor(
  db: Queryable,
  personId: string,
  years: number[],
): Promise<PriorResult[]> {
  const rows = await db
    .select()
    .from(yearlyResults)
    .where(and(eq(yearlyResults.personId, personId), inArray(yearlyResults.year, years)));
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return years.map((year) => {
    const r = byYear.get(year);
    return {
      year,
      level: r?.level ?? null,
      ...(r?.title || r?.note ? { note: [r.title, r.note].filter(Boolean).join('; ') } : {}),
    };
  });
}
