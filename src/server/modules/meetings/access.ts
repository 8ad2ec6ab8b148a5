/**
 * Who may do what at a meeting. Preparing it: whoever runs the unit's business (its head or deputy,
 * or the cycle secretary at HCQT). Running it — the roll call, the agenda, the record, the votes: the
 * same people and the meeting's chair and secretary. Following it: the attendees, and those who see
 * the cycle (the leadership, HCQT).
 */
import type { meetings } from '../../db/schema/index.js';
import type { SessionUser } from '../auth/service.js';
import { runsUnit } from '../reviews/access.js';

type MeetingRow = typeof meetings.$inferSelect;

export function mayPrepare(user: SessionUser, unitId: string | null): boolean {
  return unitId ? runsUnit(user, unitId) : user.permissions.includes('cycles.manage');
}

export function mayRun(
  user: SessionUser,
  m: Pick<MeetingRow, 'unitId' | 'chairPersonId' | 'secretaryPersonId' | 'deputyChairPersonId'>,
): boolean {
  if (mayPrepare(user, m.unitId)) return true;
  const me = user.personId;
  return me !== null && [m.chairPersonId, m.secretaryPersonId, m.deputyChairPersonId].includes(me);
}

/**
 * Not `cycles.view`: every role has it (everyone works from the plan), so it let any member of the
 * agency follow every unit's meeting.
 */
export function mayFollow(user: SessionUser, m: Parameters<typeof mayRun>[1], isAttendee: boolean): boolean {
  return (
    isAttendee ||
    mayRun(user, m) ||
    user.permissions.includes('cycles.manage') ||
    user.roles.includes('leadership')
  );
}
