import type { ImportProblem } from '../../../domain/people-import.js';

export type { ImportProblem };

export interface ImportPreview {
  totalRows: number;
  toAdd: { row: number; staffCode: string; fullName: string; unitName: string }[];
  toUpdate: {
    row: number;
    staffCode: string;
    fullName: string;
    changes: Record<string, [unknown, unknown]>;
  }[];
  unchanged: number;
  unitsToCreate: string[];
  accountsToCreate: string[];
  problems: ImportProblem[];
}

export interface ImportResult extends ImportPreview {
  committed: boolean;
  newAccounts: { username: string; fullName: string; temporaryPassword: string }[];
}
