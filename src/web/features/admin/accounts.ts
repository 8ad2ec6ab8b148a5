/** Pure helpers of the accounts page: status text, client-side search, a username suggestion. */
import { foldVietnamese } from '../../../domain/text.js';
import type { Account } from './types.js';

export type AccountStatusKind = 'active' | 'disabled' | 'locked';

export interface AccountStatus {
  kind: AccountStatusKind;
  text: string;
  /** antd Tag colour. */
  color: string;
}

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as "HH:mm dd/mm/yyyy" in Vietnam time. */
export function formatVnTimeDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(vnTime.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** True while a lock after wrong passwords is still running. */
export function isTemporarilyLocked(a: Pick<Account, 'lockedUntil'>, now: Date = new Date()): boolean {
  if (!a.lockedUntil) return false;
  const until = new Date(a.lockedUntil).getTime();
  return !Number.isNaN(until) && until > now.getTime();
}

/** "Đã khóa" (by an administrator) wins over "Tạm khóa đến …" (wrong passwords). */
export function accountStatus(
  a: Pick<Account, 'disabled' | 'lockedUntil'>,
  now: Date = new Date(),
): AccountStatus {
  if (a.disabled) return { kind: 'disabled', text: 'Đã khóa', color: 'red' };
  if (a.lockedUntil && isTemporarilyLocked(a, now)) {
    return { kind: 'locked', text: `Tạm khóa đến ${formatVnTimeDate(a.lockedUntil)}`, color: 'orange' };
  }
  return { kind: 'active', text: 'Đang hoạt động', color: 'green' };
}

/** Accounts whose name or username contains every word of the query, ignoring case and diacritics. */
export function filterAccounts<T extends Pick<Account, 'displayName' | 'username'>>(
  items: readonly T[],
  query: string,
): T[] {
  const words = foldVietnamese(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return [...items];
  return items.filter((a) => {
    const hay = foldVietnamese(`${a.displayName} ${a.username}`);
    return words.every((w) => hay.includes(w));
  });
}

/**
 * The usual username for a Vietnamese name: the given name, then the initials of the family and
 * middle names, without diacritics. "Nguyễn Văn Hùng" → "hungnv". Empty when nothing usable remains.
 */
export function suggestUsername(fullName: string): string {
  const words = foldVietnamese(fullName)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  const given = words.at(-1);
  if (!given) return '';
  const initials = words
    .slice(0, -1)
    .map((w) => w[0])
    .join('');
  return `${given}${initials}`.slice(0, 40);
}
