/**
 * Sign-in, sessions and passwords. Sessions live in the database (stateless app servers); the
 * cookie holds a random token and the table only its SHA-256.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { UnitKind } from '../../../domain/org.js';
import { deriveRoles, type Permission, permissionsFor, type Role } from '../../../domain/roles.js';
import type { Db, Queryable } from '../../db/connect.js';
import { accounts, people, roleGrants, sessions, units } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const MIN_PASSWORD_LENGTH = 8;

export interface SessionUser {
  accountId: string;
  agencyId: string;
  username: string;
  displayName: string;
  personId: string | null;
  unitId: string | null;
  roles: Role[];
  permissions: Permission[];
}

export function actorOf(user: SessionUser): Actor {
  return { agencyId: user.agencyId, accountId: user.accountId, name: user.displayName };
}

export const hashPassword = (password: string) => argonHash(password);

let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
};

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () =>
  new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.');

function timeInVietnam(d: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/**
 * Check the password, apply the lock-out rule and open a session.
 * Returns the cookie token. Wrong passwords count towards a temporary lock (audited).
 */
export async function signIn(
  db: Db,
  input: { username: string; password: string },
  sessionHours: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const username = input.username.trim().toLowerCase();
  const account = (await db.select().from(accounts).where(eq(accounts.username, username)))[0];
  if (!account || account.disabled) {
    // Spend the same time as a real check so timing does not reveal which usernames exist.
    await argonVerify(await dummyHash(), input.password).catch(() => false);
    throw invalidCredentials();
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    throw new AppError(
      'locked',
      `Tài khoản đang tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${timeInVietnam(account.lockedUntil)}.`,
    );
  }
  const ok = await argonVerify(account.passwordHash, input.password).catch(() => false);
  const actor: Actor = { agencyId: account.agencyId, accountId: account.id, name: account.displayName };
  if (!ok) {
    const failures = account.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await db.transaction(async (tx) => {
      await tx
        .update(accounts)
        .set({
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : account.lockedUntil,
        })
        .where(eq(accounts.id, account.id));
      await writeAudit(tx, actor, {
        action: lock ? 'account.locked' : 'auth.login_failed',
        entityType: 'account',
        entityId: account.id,
        summary: lock
          ? `Tài khoản ${account.username} bị tạm khóa ${LOCK_MINUTES} phút sau ${MAX_FAILED_LOGINS} lần nhập sai mật khẩu.`
          : `Đăng nhập không thành công vào tài khoản ${account.username} (lần ${failures}).`,
      });
    });
    if (lock) {
      throw new AppError(
        'locked',
        `Bạn đã nhập sai mật khẩu ${MAX_FAILED_LOGINS} lần. Tài khoản tạm khóa ${LOCK_MINUTES} phút.`,
      );
    }
    throw invalidCredentials();
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      tokenHash: tokenHash(token),
      agencyId: account.agencyId,
      accountId: account.id,
      expiresAt,
    });
    await tx.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    // Housekeeping: expired sessions of this account are useless.
    await tx.delete(sessions).where(and(eq(sessions.accountId, account.id), lt(sessions.expiresAt, now)));
    await writeAudit(tx, actor, {
      action: 'auth.login',
      entityType: 'account',
      entityId: account.id,
      summary: `${account.displayName} đăng nhập.`,
    });
  });
  return { token, expiresAt };
}

export async function signOut(db: Db, token: string, user: SessionUser): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
    await writeAudit(tx, actorOf(user), {
      action: 'auth.logout',
      entityType: 'account',
      entityId: user.accountId,
      summary: `${user.displayName} đăng xuất.`,
    });
  });
}

const userColumns = {
  accountId: accounts.id,
  agencyId: accounts.agencyId,
  username: accounts.username,
  displayName: accounts.displayName,
  disabled: accounts.disabled,
  personId: accounts.personId,
  unitId: people.unitId,
  leadershipRank: people.leadershipRank,
  unitKind: units.kind,
};

type UserRow = {
  accountId: string;
  agencyId: string;
  username: string;
  displayName: string;
  disabled: number;
  personId: string | null;
  unitId: string | null;
  leadershipRank: string | null;
  unitKind: string | null;
};

/** Roles from the position plus explicit grants, and the permissions they give. */
async function toSessionUser(db: Queryable, row: UserRow | undefined): Promise<SessionUser | null> {
  if (!row || row.disabled) return null;
  const grants = await db
    .select({ role: roleGrants.role })
    .from(roleGrants)
    .where(eq(roleGrants.accountId, row.accountId));
  const roles = deriveRoles(
    {
      unitKind: (row.unitKind as UnitKind | null) ?? null,
      leadershipRank: (row.leadershipRank as 'head' | 'deputy' | 'none' | null) ?? null,
    },
    grants.map((g) => g.role),
  );
  return {
    accountId: row.accountId,
    agencyId: row.agencyId,
    username: row.username,
    displayName: row.displayName,
    personId: row.personId,
    unitId: row.unitId ?? null,
    roles,
    permissions: permissionsFor(roles),
  };
}

/** The signed-in user behind a cookie token, or null when it is unknown or expired. Runs on every request. */
export async function resolveSession(
  db: Queryable,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const rows = await db
    .select(userColumns)
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(people, eq(people.id, accounts.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, now)));
  return toSessionUser(db, rows[0]);
}

/** An account as a user with its roles and permissions; null when it is unknown or disabled. */
export async function resolveAccountUser(db: Queryable, accountId: string): Promise<SessionUser | null> {
  const rows = await db
    .select(userColumns)
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(eq(accounts.id, accountId));
  return toSessionUser(db, rows[0]);
}

/** Change one's own password; every other session of the account is closed. */
export async function changePassword(
  db: Db,
  user: SessionUser,
  currentToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = (await db.select().from(accounts).where(eq(accounts.id, user.accountId)))[0];
  if (!account) throw invalidCredentials();
  const ok = await argonVerify(account.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) {
    throw new AppError('validation', 'Mật khẩu hiện tại không đúng.', [
      { path: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [
      { path: 'body.newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, passwordChangedAt: new Date(), version: sql`${accounts.version} + 1` })
      .where(eq(accounts.id, user.accountId));
    await tx
      .delete(sessions)
      .where(
        and(eq(sessions.accountId, user.accountId), sql`${sessions.tokenHash} <> ${tokenHash(currentToken)}`),
      );
    await writeAudit(tx, actorOf(user), {
      action: 'account.password_changed',
      entityType: 'account',
      entityId: user.accountId,
      summary: `${user.displayName} đổi mật khẩu.`,
    });
  });
}
