/**
 * Pure helpers of the dossier screens: the label and colour of each state, what the submit button
 * says and why it may be disabled, the counts and filter of the inbox, where the menu entry leads.
 */
import type { CycleState } from '../../../domain/cycle.js';
import { formatVnDate, todayInVietnam } from '../../../domain/dates.js';
import type { Permission, Role } from '../../../domain/roles.js';
import {
  DOSSIER_STATES,
  type Dossier,
  type DossierPartCode,
  type DossierState,
  type DossierStateItem,
} from './types.js';

/** The same wording as the server (service.ts), for the filter and the counts. */
export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  assembling: 'Đang hoàn thiện',
  submitted: 'Đã gửi, chờ tiếp nhận',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

/** antd Tag colours: being assembled grey, waiting blue, returned red, accepted green. */
export const DOSSIER_STATE_COLORS: Record<DossierState, string> = {
  assembling: 'default',
  submitted: 'blue',
  returned: 'red',
  accepted: 'green',
};

export const isDossierState = (value: unknown): value is DossierState =>
  typeof value === 'string' && (DOSSIER_STATES as readonly string[]).includes(value);

export const dossierPath = (cycleId: string, unitId: string): string =>
  `/ho-so-don-vi?cycleId=${encodeURIComponent(cycleId)}&unitId=${encodeURIComponent(unitId)}`;

export const inboxPath = (cycleId: string): string => `/ky-danh-gia/${encodeURIComponent(cycleId)}/ho-so`;

/** "Gửi hồ sơ", or "Gửi lại hồ sơ" after HCQT returned it. */
export function submitButtonText(state: DossierState): string {
  return state === 'returned' ? 'Gửi lại hồ sơ' : 'Gửi hồ sơ';
}

/** "(1), (4) và (5)": the numbers of the parts still missing. */
export function missingPartsText(parts: Pick<Dossier['parts'][number], 'number' | 'complete'>[]): string {
  const numbers = parts.filter((p) => !p.complete).map((p) => `(${p.number})`);
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} và ${numbers.at(-1)}`;
}

/**
 * Why the submit button is disabled, or null when it may be pressed. The server decides who may
 * submit (canSubmit); this only explains a refusal it would make anyway.
 */
export function submitBlockedReason(
  dossier: { complete: boolean; parts: Pick<Dossier['parts'][number], 'number' | 'complete'>[] },
  cycleState: CycleState | null,
): string | null {
  if (cycleState && cycleState !== 'running') return 'Chỉ gửi được hồ sơ khi kỳ đánh giá đang diễn ra.';
  if (!dossier.complete)
    return `Chưa gửi được: hồ sơ còn thiếu thành phần ${missingPartsText(dossier.parts)}. Hoàn thiện các thành phần đánh dấu ✗ bên dưới rồi gửi.`;
  return null;
}

/** An ISO instant as its calendar date in Vietnam, dd/mm/yyyy ('' for none). */
export function vnDateOfInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatVnDate(todayInVietnam(d));
}

/** One line under the state: when it was sent, accepted or returned. */
export function stateDetail(dossier: Pick<Dossier, 'state' | 'submittedAt' | 'decidedAt'>): string | null {
  const sent = vnDateOfInstant(dossier.submittedAt);
  const decided = vnDateOfInstant(dossier.decidedAt);
  switch (dossier.state) {
    case 'assembling':
      return 'Hồ sơ chưa gửi về Phòng Hành chính - Quản trị.';
    case 'submitted':
      return sent ? `Đã gửi ngày ${sent}, chờ Phòng Hành chính - Quản trị tiếp nhận.` : null;
    case 'returned':
      return decided ? `Phòng Hành chính - Quản trị trả lại ngày ${decided}.` : null;
    case 'accepted':
      return decided ? `Phòng Hành chính - Quản trị đã tiếp nhận ngày ${decided}.` : null;
  }
}

export type StateCounts = Record<DossierState, number>;

export function stateCounts(items: readonly Pick<DossierStateItem, 'state'>[]): StateCounts {
  const counts = Object.fromEntries(DOSSIER_STATES.map((s) => [s, 0])) as StateCounts;
  for (const i of items) counts[i.state] += 1;
  return counts;
}

export function filterByState<T extends Pick<DossierStateItem, 'state'>>(
  items: readonly T[],
  state: DossierState | undefined,
): T[] {
  return state ? items.filter((i) => i.state === state) : [...items];
}

/** Roles that receive and decide dossiers, or oversee them: they land on the inbox. */
const INBOX_ROLES: readonly Role[] = ['admin', 'secretary', 'leadership'];

export type DossierTarget =
  | { kind: 'dossier'; unitId: string }
  | { kind: 'inbox' }
  | { kind: 'none'; message: string };

/**
 * Where /ho-so-don-vi without a unit leads: a unit's head or deputy to their unit's dossier; HCQT
 * and the leadership to the inbox of all units; anyone else with a unit to its dossier (read only).
 */
export function defaultTarget(me: {
  unitId: string | null;
  roles: readonly Role[];
  permissions: readonly Permission[];
}): DossierTarget {
  const leadsUnit = me.roles.includes('unit_head') || me.roles.includes('unit_deputy');
  if (me.unitId && leadsUnit) return { kind: 'dossier', unitId: me.unitId };
  if (me.permissions.includes('cycles.manage') || me.roles.some((r) => INBOX_ROLES.includes(r)))
    return { kind: 'inbox' };
  if (me.unitId) return { kind: 'dossier', unitId: me.unitId };
  return { kind: 'none', message: 'Tài khoản của bạn không thuộc đơn vị nào nên không có hồ sơ đơn vị.' };
}

/** Whether the user gets a link to the inbox of all units. */
export function seesInbox(me: { roles: readonly Role[]; permissions: readonly Permission[] }): boolean {
  return (
    me.permissions.includes('cycles.view') &&
    (me.permissions.includes('cycles.manage') || me.roles.some((r) => INBOX_ROLES.includes(r)))
  );
}

export type LinkFormat = 'docx' | 'xlsx' | 'pdf';

/** The file format a part's link asks for (its `format=` query), or null. */
export function linkFormat(href: string): LinkFormat | null {
  const m = /[?&]format=(docx|xlsx|pdf)(?:&|$)/.exec(href);
  return (m?.[1] as LinkFormat | undefined) ?? null;
}

/** The file name to save under when the server names none. */
export function fallbackFileName(label: string, href: string): string {
  const ascii = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii || 'tai-lieu'}.${linkFormat(href) ?? 'docx'}`;
}

const REMARK_SUFFIX = /\s*\(lưu ý\)(?=\.?$)/;

/**
 * One of a part's problems as shown: a gap (red), or a remark (amber, "Lưu ý: …") — everything said
 * about a complete part, and what the server marks "(lưu ý)" on any part.
 */
export function problemLine(problem: string, partComplete: boolean): { text: string; remark: boolean } {
  const marked = REMARK_SUFFIX.test(problem);
  const remark = partComplete || marked;
  const text = problem.replace(REMARK_SUFFIX, '');
  return { text: remark ? `Lưu ý: ${text}` : text, remark };
}

const PART_CODES: readonly DossierPartCode[] = [
  'minutes',
  'collective_report',
  'self_reviews',
  'levels',
  'emulation',
];

/** The parts a refused submit names in its details (`parts.<code>`). */
export function flaggedParts(details: readonly { path: string }[]): DossierPartCode[] {
  return details
    .map((d) => (d.path.startsWith('parts.') ? d.path.slice('parts.'.length) : ''))
    .filter((code): code is DossierPartCode => (PART_CODES as readonly string[]).includes(code));
}
