/**
 * The demo agency's 2024 cycle: created from the template, running, with some units ahead and some
 * late as of the demo's "today" (04/11/2024, the day before the unit meetings are due), so that a
 * newcomer sees a living dashboard.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { cycleSteps, stepProgress, units } from '../db/schema/index.js';
import { type Actor, writeAudit } from '../modules/audit/service.js';
import { changeCycleState, createCycle } from '../modules/cycles/service.js';

/** The calendar day the demo runs on unless CLOCK_TODAY says otherwise. */
export const DEMO_TODAY = '2024-11-04';

/** Done dates per unit code for the steps due 25/10 and 28/10, and the meeting/dossier ahead of time. */
const DONE: Record<string, Partial<Record<string, string>>> = {
  HCQT: {
    'goi-y': '2024-10-22',
    'tu-kiem-diem': '2024-10-24',
    'bao-cao-tap-the': '2024-10-25',
    'so-lieu-bao-cao': '2024-10-28',
    'hop-don-vi': '2024-11-01',
    'ho-so-don-vi': '2024-11-02',
  },
  TH: {
    'goi-y': '2024-10-24',
    'tu-kiem-diem': '2024-10-25',
    'bao-cao-tap-the': '2024-10-25',
    'so-lieu-bao-cao': '2024-10-27',
    'hop-don-vi': '2024-11-02',
  },
  KT: {
    'goi-y': '2024-10-25',
    'tu-kiem-diem': '2024-10-29',
    'bao-cao-tap-the': '2024-10-30',
    'so-lieu-bao-cao': '2024-10-31',
  },
  KGVX: {
    'goi-y': '2024-10-23',
    'tu-kiem-diem': '2024-10-25',
    'so-lieu-bao-cao': '2024-10-28',
    'hop-don-vi': '2024-11-04',
  },
  NCPC: { 'goi-y': '2024-10-25', 'tu-kiem-diem': '2024-10-25', 'bao-cao-tap-the': '2024-10-24' },
  KSTTHC: { 'goi-y': '2024-10-28' },
  BTCD: {
    'goi-y': '2024-10-21',
    'tu-kiem-diem': '2024-10-23',
    'bao-cao-tap-the': '2024-10-24',
    'so-lieu-bao-cao': '2024-10-26',
    'kiem-diem-3-nam': '2024-10-25',
  },
  TTCBTH: {
    'goi-y': '2024-10-25',
    'tu-kiem-diem': '2024-10-26',
    'bao-cao-tap-the': '2024-10-25',
    'so-lieu-bao-cao': '2024-10-28',
  },
};

/** Creates and starts the 2024 cycle and records what the units had finished by `today`. */
export async function seedDemoCycle(db: Db, actor: Actor, today: string = DEMO_TODAY): Promise<string> {
  const cycle = await createCycle(db, actor, { year: 2024, from: 'template' });
  await changeCycleState(db, actor, cycle.id, cycle.version, 'start');
  await db.transaction(async (tx) => {
    const steps = await tx.select().from(cycleSteps).where(eq(cycleSteps.cycleId, cycle.id));
    const unitRows = await tx.select().from(units).where(eq(units.agencyId, actor.agencyId));
    const rows = [];
    for (const u of unitRows) {
      for (const [code, doneOn] of Object.entries(DONE[u.code] ?? {})) {
        const step = steps.find((s) => s.code === code);
        if (step && doneOn && doneOn <= today)
          rows.push({
            agencyId: actor.agencyId,
            cycleId: cycle.id,
            stepId: step.id,
            unitId: u.id,
            doneOn,
            updatedByName: actor.name,
          });
      }
    }
    if (rows.length) await tx.insert(stepProgress).values(rows);
    await writeAudit(tx, actor, {
      action: 'cycle.demo_progress',
      entityType: 'cycle',
      entityId: cycle.id,
      summary: `Dữ liệu mẫu: ghi nhận ${rows.length} bước đã hoàn thành của các đơn vị.`,
    });
  });
  return cycle.id;
}
