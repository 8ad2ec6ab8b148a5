/**
 * Factory functions for tests: each builds exactly the records a test needs, with sensible
 * defaults, straight into the database (no shared seed state).
 */
import { randomBytes } from 'node:crypto';
import type { Category, LeadershipRank, UnitKind } from '../../domain/org.js';
import type { GrantableRole } from '../../domain/roles.js';
import type { App } from '../app.js';
import type { Db } from '../db/connect.js';
import { accounts, agencies, people, roleGrants, units } from '../db/schema/index.js';
import { hashPassword } from '../modules/auth/service.js';
import { personColumns } from '../modules/people/service.js';

const uniq = () => randomBytes(3).toString('hex');

export async function buildAgency(db: Db, over: Partial<typeof agencies.$inferInsert> = {}) {
  const [a] = await db
    .insert(agencies)
    .values({
      name: 'Văn phòng UBND tỉnh Thử nghiệm',
      shortName: 'Văn phòng',
      issuingBodyName: 'VĂN PHÒNG UBND TỈNH',
      parentBodyName: 'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      documentCode: 'VP',
      placeName: 'Quảng Ngãi',
      ...over,
    })
    .returning();
  if (!a) throw new Error('agency');
  return a;
}

export async function buildUnit(
  db: Db,
  agencyId: string,
  over: { name?: string; code?: string; kind?: UnitKind } = {},
) {
  const id = uniq();
  const [u] = await db
    .insert(units)
    .values({
      agencyId,
      name: over.name ?? `Phòng Thử ${id}`,
      code: over.code ?? `P${id}`.toUpperCase(),
      kind: over.kind ?? 'phong',
    })
    .returning();
  if (!u) throw new Error('unit');
  return u;
}

export async function buildPerson(
  db: Db,
  agencyId: string,
  unitId: string,
  over: Partial<{
    fullName: string;
    staffCode: string;
    leadershipRank: LeadershipRank;
    category: Category;
    partyMember: boolean;
    email: string;
  }> = {},
) {
  const cols = personColumns({
    staffCode: over.staffCode ?? `T${uniq()}`,
    fullName: over.fullName ?? 'Nguyễn Văn Thử',
    gender: 'male',
    birthDate: '1985-03-15',
    unitId,
    positionTitle: 'Chuyên viên',
    leadershipRank: over.leadershipRank ?? 'none',
    category: over.category ?? 'cong_chuc',
    partyMember: over.partyMember ?? false,
    partyAdmittedOn: null,
    employmentStart: '2010-09-01',
    evaluationAuthority: 'Chánh Văn phòng',
    email: over.email ?? null,
    nomineeParty2025: false,
    standingCommitteeManaged: false,
  });
  const [p] = await db
    .insert(people)
    .values({ agencyId, ...cols })
    .returning();
  if (!p) throw new Error('person');
  return p;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'matkhau-thu-nghiem';

export async function buildAccount(
  db: Db,
  agencyId: string,
  opts: { personId?: string | null; grants?: GrantableRole[]; username?: string } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const username = opts.username ?? `u${uniq()}`;
  const [a] = await db
    .insert(accounts)
    .values({
      agencyId,
      username,
      personId: opts.personId ?? null,
      displayName: `Người dùng ${username}`,
      passwordHash: await cachedHash,
    })
    .returning();
  if (!a) throw new Error('account');
  for (const role of opts.grants ?? [])
    await db.insert(roleGrants).values({ agencyId, accountId: a.id, role });
  return a;
}

/** Sign in through the API and return the Cookie header value for later requests. */
export async function login(app: App, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bx_session');
  if (!cookie) throw new Error('no session cookie');
  return `bx_session=${cookie.value}`;
}

/**
 * A small agency with the usual cast: an administrator, a cycle secretary (HCQT), a unit head and
 * an ordinary staff member, each signed in.
 */
export async function buildWorld(app: App, db: Db) {
  const agency = await buildAgency(db);
  const hcqt = await buildUnit(db, agency.id, { name: 'Phòng Hành chính - Quản trị', code: 'HCQT' });
  const unit = await buildUnit(db, agency.id, { name: 'Phòng Tổng hợp', code: 'TH' });
  const secretaryPerson = await buildPerson(db, agency.id, hcqt.id, { fullName: 'Lê Thị Thư Ký' });
  const headPerson = await buildPerson(db, agency.id, unit.id, {
    fullName: 'Trần Văn Trưởng',
    leadershipRank: 'head',
  });
  const staffPerson = await buildPerson(db, agency.id, unit.id, { fullName: 'Phạm Văn Viên' });
  const admin = await buildAccount(db, agency.id, { grants: ['admin'] });
  const secretary = await buildAccount(db, agency.id, {
    personId: secretaryPerson.id,
    grants: ['secretary'],
  });
  const head = await buildAccount(db, agency.id, { personId: headPerson.id });
  const staff = await buildAccount(db, agency.id, { personId: staffPerson.id });
  return {
    agency,
    units: { hcqt, unit },
    people: { secretaryPerson, headPerson, staffPerson },
    accounts: { admin, secretary, head, staff },
    cookies: {
      admin: await login(app, admin.username),
      secretary: await login(app, secretary.username),
      head: await login(app, head.username),
      staff: await login(app, staff.username),
    },
  };
}
