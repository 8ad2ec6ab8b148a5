/**
 * The ballots this device's chair or secretary opened the console of (there is no list of ballots on
 * the server yet): id and title only, newest first, at most 10.
 */
import type { KeyValueStore } from './vote.js';

export const RECENT_KEY = 'binhxet.bo-phieu.gan-day';
export const RECENT_MAX = 10;

export interface RecentBallot {
  id: string;
  title: string;
}

export function loadRecent(store: KeyValueStore): RecentBallot[] {
  try {
    const v: unknown = JSON.parse(store.getItem(RECENT_KEY) ?? '[]');
    if (!Array.isArray(v)) return [];
    return v
      .filter(
        (r): r is RecentBallot =>
          typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.title === 'string',
      )
      .slice(0, RECENT_MAX);
  } catch {
    return [];
  }
}

/** Puts the ballot first (once). */
export function rememberBallot(store: KeyValueStore, ballot: RecentBallot): RecentBallot[] {
  const next = [
    { id: ballot.id, title: ballot.title },
    ...loadRecent(store).filter((r) => r.id !== ballot.id),
  ].slice(0, RECENT_MAX);
  try {
    store.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    /* storage full or disabled: nothing to remember */
  }
  return next;
}
