/** The unit dossier as the API returns it (GET /api/dossiers, GET /api/dossiers/states). */

export const DOSSIER_STATES = ['assembling', 'submitted', 'returned', 'accepted'] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export type DossierPartCode = 'minutes' | 'collective_report' | 'self_reviews' | 'levels' | 'emulation';

export interface DossierLink {
  label: string;
  /** An API URL that answers with a file (Word, Excel, PDF). */
  href: string;
}

export interface DossierPart {
  code: DossierPartCode;
  number: number;
  title: string;
  complete: boolean;
  /** Why it is incomplete; on a complete part, remarks worth a look. */
  problems: string[];
  links: DossierLink[];
}

/** GET /api/dossiers?cycleId=&unitId= (and the answer of submit / decide). */
export interface Dossier {
  cycle: { id: string; year: number; title: string };
  unit: { id: string; name: string };
  state: DossierState;
  stateLabel: string;
  returnReason: string | null;
  /** ISO instants. */
  submittedAt: string | null;
  decidedAt: string | null;
  version: number;
  complete: boolean;
  parts: DossierPart[];
  canSubmit: boolean;
  canDecide: boolean;
}

export interface DossierStateItem {
  unitId: string;
  unitName: string;
  state: DossierState;
  stateLabel: string;
  submittedAt: string | null;
}

/** GET /api/dossiers/states?cycleId= */
export interface DossierStatesResponse {
  items: DossierStateItem[];
}

export interface DossierKey {
  cycleId: string;
  unitId: string;
}

export type DossierDecision = 'accept' | 'return';
