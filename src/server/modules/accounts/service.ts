/**
 * Account administration (system administrator): list accounts, create one for a person, set the
 * explicit role grants, reset a password, lock or unlock. Each use case is audited; grants and
 * passwords take effect at once (sessions of a disabled or reset account are closed).
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { sortByVietnameseName } from '../../../domain/names.js';
import { GRANTABLE_ROLES, type GrantableRole } from '../../../domain/roles.js';
import type { Db, Queryable } from '../../db/connect.js';
import { accounts, people, roleGrants, sessions, units } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { hashPassword } from '../auth/service.js';

export async function listAccounts(db: Queryable, agencyId: string) {
  const rows = await db
    .select({
      id: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      personId: accounts.personId,
      unitName: units.name,
      disabled: accounts.disabled,
      lockedUntil: accounts.lockedUntil,
      version: accounts.version,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(eq(accounts.agencyId, agencyId))
    .orderBy(asc(accounts.username));
  const grants = await db
    .select({ accountId: roleGrants.accountId, role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.agencyId, agencyId));
  return sortByVietnameseName(rows, (r) => r.displayName).map((r) => ({
    ...r,
    disabled: r.disabled !== 0,
    lockedUntil: r.lockedUntil?.toISOString() ?? null,
    grants: grants.filter((g) => g.accountId === r.id).map((g) => g.role as GrantableRole),
  }));
}

async function loadAccount(db: Queryable, agencyId: string, id: string) {
  const a = (
    await db
      .select()
      .from(accounts)
      .where(and(eq(accounts.id, id), eq(accounts.agencyId, agencyId)))
  )[0];
  if (!a) throw notFound('tài khoản');
  return a;
}

const temporaryPassword = () => randomBytes(6).toString('base64url');

/** Create a sign-in for a person of the agency; returns a temporary password shown once. */
export async function createAccount(db: Db, actor: Actor, input: { personId: string; username: string }) {
  const person = (
    await db
      .select()
      .from(people)
      .where(and(eq(people.id, input.personId), eq(people.agencyId, actor.agencyId)))
  )[0];
  if (!person)
    throw new AppError('validation', 'Người này không thuộc cơ quan.', [
      { path: 'body.personId', message: 'Người này không thuộc cơ quan.' },
    ]);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = await db.transaction(async (tx) => {
    const has = (
      await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, person.id))
    )[0];
    if (has) throw new AppError('conflict', `${person.fullName} đã có tài khoản.`);
    const [row] = await tx
      .insert(accounts)
      .values({
        agencyId: actor.agencyId,
        username: input.username,
        personId: person.id,
        displayName: person.fullName,
        passwordHash,
      })
      .returning({ id: accounts.id });
    await writeAudit(tx, actor, {
      action: 'account.created',
      entityType: 'account',
      entityId: row?.id,
      summary: `Tạo tài khoản ${input.username} cho ${person.fullName}.`,
    });
    return row?.id as string;
  });
  return { id, username: input.username, temporaryPassword: password };
}

export async function setGrants(db: Db, actor: Actor, id: string, version: number, grants: GrantableRole[]) {
  return db.transaction(async (tx) => {
    const a = await loadAccount(tx, actor.agencyId, id);
    if (a.version !== version) throw staleVersion();
    const before = (
      await tx.select({ role: roleGrants.role }).from(roleGrants).where(eq(roleGrants.accountId, id))
    ).map((g) => g.role);
    const next = GRANTABLE_ROLES.filter((r) => grants.includes(r));
    if (a.id === actor.accountId && before.includes('admin') && !next.includes('admin')) {
      throw new AppError('validation', 'Bạn không thể tự bỏ quyền quản trị của chính mình.');
    }
    await tx.delete(roleGrants).where(eq(roleGrants.accountId, id));
    for (const role of next)
      await tx.insert(roleGrants).values({ agencyId: actor.agencyId, accountId: id, role });
    await tx
      .update(accounts)
      .set({ version: version + 1 })
      .where(eq(accounts.id, id));
    await writeAudit(tx, actor, {
      action: 'account.grants_changed',
      entityType: 'account',
      entityId: id,
      summary: `Đổi quyền của tài khoản ${a.username}.`,
      changes: { grants: [before.sort(), next] },
    });
    return { version: version + 1, grants: next };
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const a = await loadAccount(tx, actor.agencyId, id);
    await tx
      .update(accounts)
      .set({
        passwordHash,
        failedLogins: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
        version: a.version + 1,
      })
      .where(eq(accounts.id, id));
    await tx.delete(sessions).where(eq(sessions.accountId, id));
    await writeAudit(tx, actor, {
      action: 'account.password_reset',
      entityType: 'account',
      entityId: id,
      summary: `Đặt lại mật khẩu cho tài khoản ${a.username}.`,
    });
  });
  return { temporaryPassword: password };
}

export async function setDisabled(db: Db, actor: Actor, id: string, version: number, disabled: boolean) {
  return db.transaction(async (tx) => {
    const a = await loadAccount(tx, actor.agencyId, id);
    if (a.version !== version) throw staleVersion();
    if (a.id === actor.accountId && disabled)
      throw new AppError('validation', 'Bạn không thể tự khóa tài khoản của chính mình.');
    await tx
      .update(accounts)
      .set({ disabled: disabled ? 1 : 0, lockedUntil: null, failedLogins: 0, version: version + 1 })
      .where(eq(accounts.id, id));
    if (disabled) await tx.delete(sessions).where(eq(sessions.accountId, id));
    await writeAudit(tx, actor, {
      action: disabled ? 'account.disabled' : 'account.enabled',
      entityType: 'account',
      entityId: id,
      summary: `${disabled ? 'Khóa' : 'Mở khóa'} tài khoản ${a.username}.`,
    });
    return { version: version + 1 };
  });
}
