/** The person form's values and their conversion to and from the API's PersonInput. */
import type { Dayjs } from 'dayjs';
import type { Category, Gender, LeadershipRank } from '../../../domain/org.js';
import { dayjsToIso, isoToDayjs } from '../../components/dates.js';
import type { PersonDetail, PersonPayload } from './types.js';

export interface PersonFormValues {
  staffCode: string;
  fullName: string;
  gender: Gender;
  birthDate: Dayjs | null;
  unitId: string | undefined;
  positionTitle: string;
  leadershipRank: LeadershipRank;
  category: Category | undefined;
  partyMember: boolean;
  partyAdmittedOn: Dayjs | null;
  employmentStart: Dayjs | null;
  similarGroup: string;
  evaluationAuthority: string;
  email: string;
  nomineeParty2025: boolean;
  standingCommitteeManaged: boolean;
}

export function emptyPersonValues(unitId?: string): PersonFormValues {
  return {
    staffCode: '',
    fullName: '',
    gender: 'male',
    birthDate: null,
    unitId,
    positionTitle: '',
    leadershipRank: 'none',
    category: undefined,
    partyMember: false,
    partyAdmittedOn: null,
    employmentStart: null,
    similarGroup: '',
    evaluationAuthority: '',
    email: '',
    nomineeParty2025: false,
    standingCommitteeManaged: false,
  };
}

export function personToValues(p: PersonDetail): PersonFormValues {
  return {
    staffCode: p.staffCode,
    fullName: p.fullName,
    gender: p.gender,
    birthDate: isoToDayjs(p.birthDate),
    unitId: p.unitId,
    positionTitle: p.positionTitle,
    leadershipRank: p.leadershipRank,
    category: p.category,
    partyMember: p.partyMember ?? false,
    partyAdmittedOn: isoToDayjs(p.partyAdmittedOn),
    employmentStart: isoToDayjs(p.employmentStart),
    similarGroup: p.similarGroup,
    evaluationAuthority: p.evaluationAuthority,
    email: p.email ?? '',
    nomineeParty2025: p.nomineeParty2025 ?? false,
    standingCommitteeManaged: p.standingCommitteeManaged ?? false,
  };
}

/** Form values (already validated: unit and category chosen) → the API body. */
export function valuesToPayload(v: PersonFormValues): PersonPayload {
  const similarGroup = v.similarGroup?.trim() ?? '';
  return {
    staffCode: v.staffCode.trim(),
    fullName: v.fullName.trim(),
    gender: v.gender,
    birthDate: dayjsToIso(v.birthDate),
    unitId: v.unitId as string,
    positionTitle: v.positionTitle?.trim() ?? '',
    leadershipRank: v.leadershipRank,
    category: v.category as Category,
    partyMember: v.partyMember,
    partyAdmittedOn: v.partyMember ? dayjsToIso(v.partyAdmittedOn) : null,
    employmentStart: dayjsToIso(v.employmentStart),
    ...(similarGroup ? { similarGroup } : {}),
    evaluationAuthority: v.evaluationAuthority?.trim() ?? '',
    email: v.email?.trim() ? v.email.trim() : null,
    nomineeParty2025: v.nomineeParty2025,
    standingCommitteeManaged: v.standingCommitteeManaged,
  };
}
