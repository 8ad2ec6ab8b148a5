/**
 * Meetings (issue 6 §1): one engine for the unit review meeting and, later, the agency's vote, the
 * leadership review, the consultation, the councils and the staff conference. A meeting has a roster,
 * an ordered agenda and an append-only record of entries; corrections are new entries that name the
 * entry they correct. Pure data, no I/O.
 */
import type { Level } from '../rules/types.js';

export const MEETING_KINDS = [
  'unit_review',
  'agency_vote',
  'leadership_review',
  'consultation',
  'initiative_council',
  'emulation_council',
  'staff_conference',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  unit_review: 'Hội nghị kiểm điểm, đánh giá, xếp loại của đơn vị',
  agency_vote: 'Hội nghị cán bộ chủ chốt bỏ phiếu tự xếp loại cơ quan',
  leadership_review: 'Hội nghị kiểm điểm tập thể lãnh đạo',
  consultation: 'Hội nghị hiệp y xếp loại',
  initiative_council: 'Phiên họp Hội đồng xét duyệt sáng kiến',
  emulation_council: 'Phiên họp Hội đồng Thi đua - Khen thưởng',
  staff_conference: 'Hội nghị công chức, viên chức và người lao động',
};

/** prepared → running → locked (ended with the minutes approved; nothing can be added). */
export const MEETING_STATES = ['prepared', 'running', 'locked'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
export const MEETING_STATE_LABELS: Record<MeetingState, string> = {
  prepared: 'Đang chuẩn bị',
  running: 'Đang họp',
  locked: 'Đã kết thúc, biên bản đã thông qua',
};

export type AttendeeRole = 'member' | 'guest';

/** Where a person stands in the order of review (rules.md §2.3: head first, then deputies, then members). */
export type PersonGroup = 'head' | 'deputy' | 'staff';
export const PERSON_GROUP_LABELS: Record<PersonGroup, string> = {
  head: 'Người đứng đầu',
  deputy: 'Cấp phó',
  staff: 'Công chức, viên chức, người lao động',
};

export type AgendaKind = 'collective_report' | 'person' | 'ballot' | 'minutes';

export interface AgendaItem {
  /** 1-based place in the agenda. */
  position: number;
  kind: AgendaKind;
  title: string;
  subjectPersonId: string | null;
  group: PersonGroup | null;
}

export const ENTRY_KINDS = [
  'comment',
  'conclusion',
  'proposal',
  'response',
  'open_vote',
  'chair_change',
  'note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  comment: 'Ý kiến',
  conclusion: 'Kết luận',
  proposal: 'Mức xếp loại đề xuất',
  response: 'Ý kiến của người được kiểm điểm',
  open_vote: 'Biểu quyết',
  chair_change: 'Thay đổi người chủ trì',
  note: 'Ghi chú',
};

export interface OpenVoteBody {
  question: string;
  agree: number;
  disagree: number;
  abstain: number;
  presentTotal: number;
  membersTotal: number;
  passed: boolean;
  /** What the vote is for: approving the collective report, the minutes, or another motion. */
  purpose: 'report_approval' | 'minutes_approval' | 'motion';
}

export interface ProposalBody {
  level: Level;
  /** Over the HTXSNV quota of the person's group (rules.md §1.4.6): a reason is required and HCQT is told. */
  quotaBreach: boolean;
  quotaMessage: string | null;
  reason: string | null;
}

/** The body each kind of entry carries. */
export type EntryBody =
  | { kind: 'comment' | 'note'; text: string }
  | { kind: 'conclusion'; strengths: string; weaknesses: string; text: string }
  | ({ kind: 'proposal' } & ProposalBody)
  | { kind: 'response'; accepts: boolean; text: string }
  | ({ kind: 'open_vote' } & OpenVoteBody)
  | { kind: 'chair_change'; chairPersonId: string; chairName: string; text: string };

export interface Entry {
  id: string;
  seq: number;
  itemPosition: number | null;
  speakerName: string | null;
  body: EntryBody;
  /** The entry this one corrects (replaces): the record itself is never edited. */
  corrects: string | null;
}
