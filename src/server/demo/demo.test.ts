/**
 * The demo agency a newcomer meets: a running 2024 cycle whose self-reviews agree with the progress
 * it records, a returned review, suggestions, nominees' earlier results, and an intact audit chain.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycles, reviewSuggestions, reviews, units, yearlyResults } from '../db/schema/index.js';
import { verifyAuditChain } from '../modules/audit/service.js';
import { cycleProgress } from '../modules/cycles/progress.js';
import { createTestDatabase, type TestDatabase } from '../test/harness.js';
import { DEMO_TODAY } from './demo-cycle.js';
import { seedDemoAgency } from './seed.js';

let t: TestDatabase;
let agencyId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  agencyId = await seedDemoAgency(t.database.db);
});
afterAll(() => t.drop());

describe('the demo agency', () => {
  it('has self-reviews consistent with the dashboard: finished units submitted, the others drafting', async () => {
    const db = t.database.db;
    const cycle = (await db.select().from(cycles).where(eq(cycles.agencyId, agencyId)))[0];
    expect(cycle?.state).toBe('running');
    const p = await cycleProgress(db, agencyId, cycle?.id as string, DEMO_TODAY);
    const step = p.steps.find((s) => s.code === 'tu-kiem-diem');
    const unitCode = new Map(p.units.map((u) => [u.id, u.code]));
    const cells = p.cells.filter((c) => c.stepId === step?.id);
    for (const c of cells) {
      const total = c.count?.total ?? 0;
      expect(total, unitCode.get(c.unitId as string)).toBeGreaterThan(0);
      // A returned review counts as not submitted: Phòng Tổng hợp is one short.
      const expected = c.doneOn ? (unitCode.get(c.unitId as string) === 'TH' ? total - 1 : total) : 0;
      expect(c.count?.done, unitCode.get(c.unitId as string)).toBe(expected);
    }
    const all = await db
      .select()
      .from(reviews)
      .where(eq(reviews.cycleId, cycle?.id as string));
    expect(all.filter((r) => r.state === 'returned')).toHaveLength(1);
    expect(all.some((r) => r.state === 'draft' && Object.keys(r.answers).length > 0)).toBe(true);
    expect(all.filter((r) => r.submittedLate).length).toBeGreaterThan(0);
    const kt = (
      await db
        .select()
        .from(units)
        .where(and(eq(units.agencyId, agencyId), eq(units.code, 'KT')))
    )[0];
    const ktCollective = all.find((r) => r.unitId === kt?.id && r.personId === null);
    expect(ktCollective?.state).toBe('submitted');
  });

  it('has suggestions, earlier results for the nominees, and an intact audit chain', async () => {
    const db = t.database.db;
    const suggestions = await db
      .select()
      .from(reviewSuggestions)
      .where(eq(reviewSuggestions.agencyId, agencyId));
    expect(suggestions.map((s) => Boolean(s.answer)).sort()).toEqual([false, true]);
    expect(
      (await db.select().from(yearlyResults).where(eq(yearlyResults.agencyId, agencyId))).length,
    ).toBeGreaterThan(0);
    expect((await verifyAuditChain(db, agencyId)).ok).toBe(true);
  });
});
