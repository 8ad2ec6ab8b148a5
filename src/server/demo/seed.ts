/**
 * First start of an empty database: seed the demo agency (DEMO on, the default) or create an
 * empty agency with one administrator account (DEMO=0). Runs in one transaction, audited.
 */
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { defaultSimilarGroup } from '../../domain/org.js';
import { foldVietnamese } from '../../domain/text.js';
import type { Db } from '../db/connect.js';
import {
  accounts,
  agencies,
  disciplines,
  leavePeriods,
  people,
  roleGrants,
  transfersIn,
  units,
} from '../db/schema/index.js';
import { type Actor, writeAudit } from '../modules/audit/service.js';
import { hashPassword } from '../modules/auth/service.js';
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_UNITS } from './demo-agency.js';
import { DEMO_TODAY, seedDemoCycle } from './demo-cycle.js';
import { seedDemoReviews } from './demo-reviews.js';

export async function isEmpty(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(agencies);
  return Number(r?.n ?? 0) === 0;
}

/** Who evaluates whom (rules.md §1.5): the Chief by the provincial Chairman, everyone else by the Chief. */
function authorityFor(unitKind: string, rank: string): string {
  return unitKind === 'leadership' && rank === 'head' ? 'Chủ tịch UBND tỉnh' : 'Chánh Văn phòng';
}

/**
 * The demo agency; with its running 2024 cycle unless `withCycle` is false. The cycle's progress and
 * self-reviews are what had happened by `today` (the demo's day, 04/11/2024, unless CLOCK_TODAY moves it).
 */
export async function seedDemoAgency(
  db: Db,
  opts: { withCycle?: boolean; today?: string } = {},
): Promise<string> {
  const agencyId = await seedDemoPeople(db);
  if (opts.withCycle ?? true) {
    const actor = { agencyId, accountId: null, name: 'Hệ thống (dữ liệu mẫu)' };
    const today = opts.today ?? DEMO_TODAY;
    const cycleId = await seedDemoCycle(db, actor, today);
    await seedDemoReviews(db, actor, cycleId, today);
  }
  return agencyId;
}

async function seedDemoPeople(db: Db): Promise<string> {
  // One hash for every demo account: they share the published password `demo`.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [agency] = await tx
      .insert(agencies)
      .values({ ...DEMO_AGENCY })
      .returning();
    if (!agency) throw new Error('agency insert failed');
    const actor: Actor = { agencyId: agency.id, accountId: null, name: 'Hệ thống (dữ liệu mẫu)' };
    const unitIds = new Map<string, string>();
    const unitKinds = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const [row] = await tx
        .insert(units)
        .values({ agencyId: agency.id, code: u.code, name: u.name, kind: u.kind, sortOrder: u.sortOrder })
        .returning({ id: units.id });
      if (!row) throw new Error('unit insert failed');
      unitIds.set(u.code, row.id);
      unitKinds.set(u.code, u.kind);
    }
    for (const u of DEMO_UNITS) {
      if (u.parentCode) {
        await tx
          .update(units)
          .set({ parentId: unitIds.get(u.parentCode) })
          .where(eq(units.id, unitIds.get(u.code) as string));
      }
    }
    for (const p of DEMO_PEOPLE) {
      const unitId = unitIds.get(p.unitCode);
      if (!unitId) throw new Error(`unknown demo unit ${p.unitCode}`);
      const [row] = await tx
        .insert(people)
        .values({
          agencyId: agency.id,
          staffCode: p.staffCode,
          fullName: p.fullName,
          searchName: foldVietnamese(p.fullName),
          gender: p.gender,
          birthDate: p.birthDate,
          unitId,
          positionTitle: p.positionTitle,
          leadershipRank: p.leadershipRank,
          category: p.category,
          partyMember: p.partyMember,
          partyAdmittedOn: p.partyAdmittedOn ?? null,
          employmentStart: p.employmentStart,
          similarGroup: p.similarGroup ?? defaultSimilarGroup(p.category, p.leadershipRank),
          evaluationAuthority: authorityFor(unitKinds.get(p.unitCode) ?? '', p.leadershipRank),
          email: p.email ?? null,
          nomineeParty2025: p.nomineeParty2025 ?? false,
          standingCommitteeManaged: p.standingCommitteeManaged ?? false,
        })
        .returning({ id: people.id });
      if (!row) throw new Error('person insert failed');
      const base = { agencyId: agency.id, personId: row.id };
      for (const l of p.leaves ?? []) {
        await tx
          .insert(leavePeriods)
          .values({ ...base, kind: l.kind, fromDate: l.from, toDate: l.to, note: l.note ?? '' });
      }
      for (const d of p.disciplines ?? []) await tx.insert(disciplines).values({ ...base, ...d });
      for (const t of p.transfersIn ?? []) await tx.insert(transfersIn).values({ ...base, ...t });
      if (p.username) {
        const [acc] = await tx
          .insert(accounts)
          .values({
            agencyId: agency.id,
            username: p.username,
            personId: row.id,
            displayName: p.fullName,
            passwordHash,
          })
          .returning({ id: accounts.id });
        for (const role of p.grants ?? []) {
          await tx.insert(roleGrants).values({ agencyId: agency.id, accountId: acc?.id as string, role });
        }
      }
    }
    await writeAudit(tx, actor, {
      action: 'agency.seeded',
      entityType: 'agency',
      entityId: agency.id,
      summary: `Tạo cơ quan mẫu "${agency.name}" với ${DEMO_UNITS.length} đơn vị và ${DEMO_PEOPLE.length} người.`,
    });
    return agency.id;
  });
}

/** An empty agency with one administrator, for a real office starting from scratch (DEMO=0). */
export async function seedEmptyAgency(
  db: Db,
  adminPassword?: string,
): Promise<{ username: string; password: string }> {
  const password = adminPassword || randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [agency] = await tx
      .insert(agencies)
      .values({
        name: 'Cơ quan chưa đặt tên',
        shortName: 'Cơ quan',
        issuingBodyName: 'CƠ QUAN',
        parentBodyName: '',
        documentCode: 'CQ',
        placeName: '',
      })
      .returning();
    if (!agency) throw new Error('agency insert failed');
    const [acc] = await tx
      .insert(accounts)
      .values({ agencyId: agency.id, username: 'quantri', displayName: 'Quản trị hệ thống', passwordHash })
      .returning({ id: accounts.id });
    await tx.insert(roleGrants).values({ agencyId: agency.id, accountId: acc?.id as string, role: 'admin' });
    await writeAudit(
      tx,
      { agencyId: agency.id, accountId: null, name: 'Hệ thống' },
      {
        action: 'agency.created',
        entityType: 'agency',
        entityId: agency.id,
        summary: 'Tạo cơ quan mới và tài khoản quản trị hệ thống "quantri".',
      },
    );
  });
  return { username: 'quantri', password };
}
