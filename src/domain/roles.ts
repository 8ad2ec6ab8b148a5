/**
 * Roles and permissions as small pure functions. Roles follow from a person's position (unit
 * kind, leadership rank) plus explicit grants; the server checks permissions on every endpoint and
 * sends the same permission list to the web, so the UI never re-implements the rules.
 */
import type { LeadershipRank, UnitKind } from './org.js';

export const ROLES = ['admin', 'secretary', 'leadership', 'unit_head', 'unit_deputy', 'staff'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that can only be granted explicitly; the others follow from position. */
export const GRANTABLE_ROLES = ['admin', 'secretary'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  secretary: 'Thư ký kỳ đánh giá',
  leadership: 'Lãnh đạo Văn phòng',
  unit_head: 'Trưởng đơn vị',
  unit_deputy: 'Phó Trưởng đơn vị',
  staff: 'Cán bộ, công chức, viên chức, người lao động',
};

export interface Position {
  /** null for an account not linked to a person (e.g. a technical administrator). */
  unitKind: UnitKind | null;
  leadershipRank: LeadershipRank | null;
}

export function deriveRoles(position: Position, grants: readonly string[]): Role[] {
  const roles = new Set<Role>();
  for (const g of grants) if ((GRANTABLE_ROLES as readonly string[]).includes(g)) roles.add(g as Role);
  if (position.unitKind !== null) {
    roles.add('staff');
    if (position.unitKind === 'leadership') roles.add('leadership');
    else if (position.leadershipRank === 'head') roles.add('unit_head');
    else if (position.leadershipRank === 'deputy') roles.add('unit_deputy');
  }
  return ROLES.filter((r) => roles.has(r));
}

export const PERMISSIONS = [
  'org.view',
  'agency.edit',
  'people.viewAll',
  'people.viewSensitive',
  'people.edit',
  'people.import',
  'units.edit',
  'audit.view',
  'audit.verify',
  'accounts.manage',
  'documents.view',
  'documents.viewAll',
  'documents.create',
  'cycles.view',
  'cycles.manage',
  'questions.ask',
  'questions.answer',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Permission, readonly Role[]> = {
  'org.view': ROLES,
  'agency.edit': ['admin'],
  'people.viewAll': ['admin', 'secretary', 'leadership', 'unit_head', 'unit_deputy', 'staff'],
  // Leave, discipline and party details are personal data: HR (secretary), the leadership and
  // administrators see everyone's; unit heads see their own unit's (checked per person in canViewSensitive).
  'people.viewSensitive': ['admin', 'secretary', 'leadership'],
  'people.edit': ['admin', 'secretary'],
  'people.import': ['admin', 'secretary'],
  'units.edit': ['admin', 'secretary'],
  'audit.view': ['admin', 'secretary', 'leadership'],
  'audit.verify': ['admin'],
  'accounts.manage': ['admin'],
  // Unit heads and deputies see their unit's documents and the agency-level ones.
  'documents.view': ['admin', 'secretary', 'leadership', 'unit_head', 'unit_deputy'],
  'documents.viewAll': ['admin', 'secretary', 'leadership'],
  'documents.create': ['admin', 'secretary'],
  // Everyone works from the plan; the cycle secretary (HCQT) and administrators shape it.
  'cycles.view': ROLES,
  'cycles.manage': ['admin', 'secretary'],
  // HCQT receives and answers on the Chief's behalf; the leadership answers too (plan III.3).
  // Units raise questions through their head or deputy; HCQT may raise them too.
  'questions.ask': ['admin', 'secretary', 'unit_head', 'unit_deputy'],
  'questions.answer': ['secretary', 'leadership'],
};

export function permissionsFor(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((p) => GRANTS[p].some((r) => roles.includes(r)));
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return GRANTS[permission].some((r) => roles.includes(r));
}

export interface Viewer {
  roles: readonly Role[];
  personId: string | null;
  unitId: string | null;
}

/** May the viewer see a person's leave, discipline and party records? */
export function canViewSensitive(viewer: Viewer, person: { id: string; unitId: string }): boolean {
  if (can(viewer.roles, 'people.viewSensitive')) return true;
  if (viewer.personId === person.id) return true;
  return viewer.roles.includes('unit_head') && viewer.unitId === person.unitId;
}
