/** The meeting as GET /api/meetings/:id returns it (src/server/modules/meetings/view.ts). */
import type { EntryBody } from '../../../domain/meeting/types.js';
import type { Level } from '../../../domain/rules/types.js';

export interface PersonRef {
  personId: string;
  fullName: string;
}

export interface MeetingItemView {
  position: number;
  kind: 'collective_report' | 'person' | 'ballot' | 'minutes';
  title: string;
  subject: PersonRef | null;
  group: 'head' | 'deputy' | 'staff' | null;
  done: boolean;
  /** What the item still lacks, in words ("kết luận ưu điểm, hạn chế"). */
  missing: string[];
  /** The subject's self-reviews (or the collective report) this cycle. */
  reviews: { id: string; formCode: string; state: string; proposedLevel: Level | null }[];
}

export interface MeetingEntryView {
  id: string;
  seq: number;
  itemPosition: number | null;
  speakerName: string | null;
  speakerPersonId: string | null;
  body: EntryBody;
  /** The entry shown is the latest correction of the original. */
  corrected: boolean;
  recordedByName: string;
  recordedAt: string;
}

export interface MeetingView {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  cycle: { id: string; year: number; title: string } | null;
  unit: { id: string; name: string } | null;
  startsAt: string;
  place: string;
  state: 'prepared' | 'running' | 'locked';
  stateLabel: string;
  version: number;
  startedAt: string | null;
  endedAt: string | null;
  chair: PersonRef | null;
  secretary: PersonRef | null;
  deputyChair: PersonRef | null;
  /** Who chairs the current item (a deputy while the chair is reviewed). */
  actingChair: PersonRef | null;
  currentPosition: number | null;
  speaker: PersonRef | null;
  attendees: {
    personId: string;
    fullName: string;
    positionTitle: string;
    role: 'member' | 'guest';
    present: boolean;
    checkedInBy: 'secretary' | 'self' | null;
    absenceReason: string | null;
    hasAccount: boolean;
  }[];
  membersTotal: number;
  presentTotal: number;
  items: MeetingItemView[];
  /** The effective record: corrections applied, in the order things happened. */
  entries: MeetingEntryView[];
  /** Every entry as written (originals of corrections included). */
  record: {
    id: string;
    seq: number;
    itemPosition: number | null;
    speakerName: string | null;
    body: EntryBody;
    corrects: string | null;
    recordedByName: string;
    recordedAt: string;
  }[];
  proposals: {
    itemPosition: number | null;
    subject: PersonRef | null;
    level: Level;
    quotaBreach: boolean;
    quotaMessage: string | null;
    reason: string | null;
  }[];
  quota: {
    groups: {
      group: string;
      members: number;
      HTXSNV: number;
      HTTNV: number;
      allowed: number;
      ok: boolean;
      message: string;
    }[];
    /** Each member's level as the quota counts it: the meeting's proposal, else their own. */
    levels: { personId: string; similarGroup: string; level: Level | null; fromMeeting: boolean }[];
  } | null;
  ballot: {
    id: string;
    title: string;
    state: 'prepared' | 'open' | 'closed';
    mode: 'electronic' | 'paper' | 'mixed';
    presentTotal: number;
    membersTotal: number;
    tokensIssued: number;
    ballotsCast: number;
    paperEntered: boolean;
  } | null;
  /** The QR code's secret: only for those who run the meeting. */
  checkinCode: string | null;
  me: {
    personId: string | null;
    attendee: { present: boolean; role: 'member' | 'guest' } | null;
    canRun: boolean;
    canPrepare: boolean;
  };
}

export interface MeetingListItem {
  id: string;
  kind: string;
  title: string;
  unit: { id: string; name: string } | null;
  startsAt: string;
  place: string;
  state: MeetingView['state'];
  stateLabel: string;
  chairName: string;
}

export interface CreateMeetingInput {
  cycleId: string;
  unitId: string;
  startsAt: string;
  place: string;
  secretaryPersonId: string;
  chairPersonId?: string;
  deputyChairPersonId?: string | null;
  guestPersonIds: string[];
}
