/**
 * The quota while the unit meeting proposes levels (plan II.2 note; rules.md §1.4.6: HTXSNV at most
 * 20% of HTTNV per group with similar duties, NĐ 90/2020 Điều 2 khoản 6 as amended by NĐ 48/2023).
 * Each member counts at the level the meeting proposed, or — not yet reviewed — at the level their
 * self-review proposes, so the chair sees from the first person whether the unit is heading over.
 */
import type { Regime } from '../cycle.js';
import { checkQuota } from '../rules/quota.js';
import type { SettingsOverrides } from '../rules/settings.js';
import type { Level, QuotaGroupResult } from '../rules/types.js';

export interface QuotaMember {
  personId: string;
  similarGroup: string;
  /** The level the meeting proposed (effective entry), if any. */
  proposed: Level | null;
  /** The level the self-review proposes. */
  selfProposed: Level | null;
}

export interface QuotaStatus {
  groups: (QuotaGroupResult & { HTXSNV: number; HTTNV: number; members: number })[];
}

export function levelFor(m: QuotaMember): Level | null {
  return m.proposed ?? m.selfProposed;
}

export function meetingQuota(
  regime: Regime,
  members: readonly QuotaMember[],
  overrides?: SettingsOverrides,
): QuotaStatus {
  const groups = new Map<string, { HTXSNV: number; HTTNV: number; members: number }>();
  for (const m of members) {
    const g = groups.get(m.similarGroup) ?? { HTXSNV: 0, HTTNV: 0, members: 0 };
    const level = levelFor(m);
    if (level === 'HTXSNV') g.HTXSNV += 1;
    if (level === 'HTTNV') g.HTTNV += 1;
    g.members += 1;
    groups.set(m.similarGroup, g);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  const result = checkQuota(
    {
      regime,
      groups: names.map((group) => ({ group, ...(groups.get(group) as { HTXSNV: number; HTTNV: number }) })),
    },
    overrides,
  );
  return {
    groups: result.groups.map((r) => ({
      ...r,
      ...(groups.get(r.group) as { HTXSNV: number; HTTNV: number; members: number }),
    })),
  };
}

/**
 * Would proposing `level` for `personId` put (or keep) their group over the quota? Returns the
 * group's result with the proposal counted, and whether it breaches. Lowering a level never breaches.
 */
export function proposalQuota(
  regime: Regime,
  members: readonly QuotaMember[],
  personId: string,
  level: Level,
  overrides?: SettingsOverrides,
): { breach: boolean; group: QuotaStatus['groups'][number] | null; message: string | null } {
  const withProposal = members.map((m) => (m.personId === personId ? { ...m, proposed: level } : m));
  const me = withProposal.find((m) => m.personId === personId);
  if (!me) return { breach: false, group: null, message: null };
  const group =
    meetingQuota(regime, withProposal, overrides).groups.find((g) => g.group === me.similarGroup) ?? null;
  const breach = level === 'HTXSNV' && group !== null && !group.ok;
  const exceeded = group?.reasons.find((r) => r.code === 'quota_exceeded');
  return { breach, group, message: breach && exceeded ? `${exceeded.message} (${exceeded.article})` : null };
}
