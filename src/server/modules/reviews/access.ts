/**
 * Who may do what with a review. The writer is the person (their own review) or, for a collective's
 * report, the unit's head or deputy; reviewers are the cycle secretary (HCQT), the leadership, and
 * the head or deputy of the person's unit (not for their own review).
 */
import type { reviews } from '../../db/schema/index.js';
import type { SessionUser } from '../auth/service.js';

type Review = Pick<typeof reviews.$inferSelect, 'personId' | 'unitId'>;

const leadsUnit = (user: SessionUser, unitId: string) =>
  user.unitId === unitId && (user.roles.includes('unit_head') || user.roles.includes('unit_deputy'));

export const isSecretary = (user: SessionUser) => user.permissions.includes('cycles.manage');
const isLeadership = (user: SessionUser) => user.roles.includes('leadership');

export function isWriter(user: SessionUser, r: Review): boolean {
  if (r.personId) return user.personId === r.personId;
  return leadsUnit(user, r.unitId);
}

export function isReviewer(user: SessionUser, r: Review): boolean {
  if (r.personId && user.personId === r.personId) return false;
  return isSecretary(user) || isLeadership(user) || leadsUnit(user, r.unitId);
}

/** The direct manager's column: the head or deputy of the person's unit (or HCQT on their behalf). */
export function mayScoreAs(user: SessionUser, r: Review, column: 'manager' | 'authority'): boolean {
  if (r.personId && user.personId === r.personId) return false;
  if (column === 'manager') return leadsUnit(user, r.unitId) || isSecretary(user);
  return isSecretary(user) || isLeadership(user);
}

export function mayView(user: SessionUser, r: Review): boolean {
  return isWriter(user, r) || isReviewer(user, r);
}

/** Runs the unit's own business (its ballot, its meeting): the cycle secretary, or the unit's head or deputy. */
export function runsUnit(user: SessionUser, unitId: string): boolean {
  return isSecretary(user) || leadsUnit(user, unitId);
}

/** Suggestions go from the secretary, the leadership, or the head or deputy of the unit concerned. */
export function maySuggest(user: SessionUser, unitId: string): boolean {
  return isSecretary(user) || isLeadership(user) || leadsUnit(user, unitId);
}
