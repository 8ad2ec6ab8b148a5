/**
 * What a person's records allow this year: the rules engine run on their record (employment start,
 * leave, discipline, transfers) with neutral performance facts, so `evaluated` and `maxLevel` are the
 * circumstances' verdict ("hired in August: not classified", "disciplined: at most KHTNV"). The level
 * the facts of the work support comes from the form's scores and the meeting, never from here.
 */
import { eq } from 'drizzle-orm';
import type { Regime } from '../../../domain/cycle.js';
import { classify } from '../../../domain/rules/classify.js';
import type { ClassifyResult, PersonFacts } from '../../../domain/rules/types.js';
import type { Queryable } from '../../db/connect.js';
import { disciplines, leavePeriods, people, transfersIn } from '../../db/schema/index.js';

/** A person's record as the rules engine's facts (category, leadership, service, leave, discipline, transfers). */
export async function rulingPersonFacts(db: Queryable, personId: string, year: number): Promise<PersonFacts> {
  const [person, leaves, discs, transfers] = await Promise.all([
    db.select().from(people).where(eq(people.id, personId)),
    db.select().from(leavePeriods).where(eq(leavePeriods.personId, personId)),
    db.select().from(disciplines).where(eq(disciplines.personId, personId)),
    db.select().from(transfersIn).where(eq(transfersIn.personId, personId)),
  ]);
  const p = person[0];
  if (!p) throw new Error('person not found');
  return {
    category: p.category,
    leadership: p.leadershipRank,
    employmentStart: p.employmentStart ?? `${year - 10}-01-01`,
    leaves: leaves.map((l) => ({ kind: l.kind, from: l.fromDate, to: l.toDate })),
    disciplines: discs.map((d) => ({
      system: d.system,
      form: d.form,
      decidedOn: d.decidedOn,
      effectiveFrom: d.effectiveFrom,
    })),
    transfers: transfers.map((t) => ({ transferredOn: t.transferredOn, monthsThere: t.monthsThere })),
  };
}

export async function rulingFor(
  db: Queryable,
  personId: string,
  regime: Regime,
  year: number,
): Promise<ClassifyResult> {
  const person = await rulingPersonFacts(db, personId, year);
  return classify({
    regime,
    year,
    person,
    general: 'good',
    findings: { ideologicalDecline: false },
    tasks: { total: 1, onTimeQuality: 1, exceeded: 1, poor: 0 },
    unit:
      person.leadership === 'none'
        ? undefined
        : { targetsTotal: 1, targetsCompleted: 1, targetsExceeded: 1, targetsOnTime: 1, subUnitLevels: [] },
  });
}
