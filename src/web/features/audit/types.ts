export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: string;
  changes: unknown;
  hash: string;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBeforeSeq: number | null;
  canVerify: boolean;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  brokenAtSeq: number | null;
  headMatches: boolean;
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  q?: string;
  from?: string;
  to?: string;
}
