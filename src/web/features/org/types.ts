import type { UnitKind } from '../../../domain/org.js';

export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  sortOrder: number;
  version: number;
  peopleCount: number;
  headName: string | null;
}

export interface UnitsResponse {
  items: Unit[];
  canEdit: boolean;
}

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  sortOrder?: number;
}
