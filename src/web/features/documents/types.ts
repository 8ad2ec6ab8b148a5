export type DocumentState = 'draft' | 'issued';
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';

export interface DocumentKindInfo {
  kind: string;
  label: string;
  typeCode: string | null;
  xlsx: boolean;
}

export interface DocumentKindsResponse {
  items: DocumentKindInfo[];
}

/** A row of the list: the latest version of one document. */
export interface DocumentRow {
  id: string;
  seriesId: string;
  version: number;
  kind: string;
  subject: string;
  state: DocumentState;
  /** "Số: 05/BB-VP"; a draft has blanks for the number; '' for kinds without a number. */
  numberText: string;
  issuedOn: string | null;
  unitId: string | null;
  sourceType: string | null;
  sourceId: string | null;
  createdByName: string;
  createdAt: string;
  formats: DocumentFormat[];
}

export interface DocumentsResponse {
  items: DocumentRow[];
  canCreate: boolean;
}

export interface DocumentVersion {
  id: string;
  version: number;
  state: DocumentState;
  numberText: string;
  checksum: string;
  createdByName: string;
  createdAt: string;
}

export interface DocumentDetail {
  id: string;
  seriesId: string;
  version: number;
  kind: string;
  kindLabel: string;
  subject: string;
  state: DocumentState;
  numberText: string;
  issuedOn: string | null;
  unitId: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
  checksum: string;
  createdByName: string;
  createdAt: string;
  files: { format: DocumentFormat; size: number }[];
  canXlsx: boolean;
  versions: DocumentVersion[];
}

export interface DocumentFilter {
  kind?: string;
  unitId?: string;
  cycleId?: string;
  state?: DocumentState;
}

export interface IssueResult {
  id: string;
  version: number;
  numberText: string;
  issuedOn: string | null;
}

export interface RegenerateResult {
  id: string;
  version: number;
  numberText: string;
}

export interface CreatedDocument {
  id: string;
  seriesId: string;
  version: number;
}
