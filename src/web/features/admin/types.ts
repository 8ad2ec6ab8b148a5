import type { GrantableRole } from '../../../domain/roles.js';

/** One row of GET /api/accounts. */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  /** null for an account not linked to a person (e.g. a technical administrator). */
  personId: string | null;
  unitName: string | null;
  disabled: boolean;
  /** Set after too many wrong passwords; in the past once the lock has run out. */
  lockedUntil: string | null;
  version: number;
  grants: GrantableRole[];
}

export interface AccountsResponse {
  items: Account[];
}

/** What POST /api/accounts and POST /api/accounts/:id/reset-password give back (shown once). */
export interface CreatedAccount {
  id: string;
  username: string;
  temporaryPassword: string;
}

/** GET /api/agency. */
export interface AgencyDetails {
  id: string;
  name: string;
  shortName: string;
  issuingBodyName: string;
  parentBodyName: string;
  documentCode: string;
  placeName: string;
  version: number;
  canEdit: boolean;
}

export type AgencyInput = Omit<AgencyDetails, 'id' | 'version' | 'canEdit'>;
