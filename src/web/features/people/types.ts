import type {
  Category,
  DisciplineForm,
  DisciplineSystem,
  Gender,
  LeadershipRank,
  LeaveKind,
} from '../../../domain/org.js';
import type { PersonInput } from '../../../domain/person.js';

export interface PersonListItem {
  id: string;
  staffCode: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  unitId: string;
  unitName: string;
  positionTitle: string;
  leadershipRank: LeadershipRank;
  category: Category;
  /** null when the viewer may not see party membership. */
  partyMember: boolean | null;
  employmentStart: string | null;
  similarGroup: string;
  version: number;
}

export interface PeopleResponse {
  total: number;
  page: number;
  pageSize: number;
  items: PersonListItem[];
  canEdit: boolean;
  canImport: boolean;
  /** May this viewer see (and filter by) party membership? */
  canSeeParty: boolean;
}

export interface LeaveRow {
  id: string;
  kind: LeaveKind;
  from: string;
  to: string;
  note: string;
}

export interface DisciplineRow {
  id: string;
  system: DisciplineSystem;
  form: DisciplineForm;
  decidedOn: string;
  effectiveFrom: string;
  reason: string;
}

export interface TransferRow {
  id: string;
  previousAgency: string;
  monthsThere: number;
  transferredOn: string;
}

export interface PersonDetail {
  id: string;
  staffCode: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  unitId: string;
  unitName: string;
  positionTitle: string;
  leadershipRank: LeadershipRank;
  category: Category;
  employmentStart: string | null;
  similarGroup: string;
  evaluationAuthority: string;
  email: string | null;
  version: number;
  sensitiveVisible: boolean;
  partyMember: boolean | null;
  partyAdmittedOn: string | null;
  nomineeParty2025: boolean | null;
  standingCommitteeManaged: boolean | null;
  leaves: LeaveRow[];
  disciplines: DisciplineRow[];
  transfersIn: TransferRow[];
  canEdit: boolean;
}

/** What POST /api/people and PUT /api/people/:id take: the domain's PersonInput, as JSON. */
export type PersonPayload = PersonInput;
