/** Shapes of the cycle forms API (src/server/modules/reviews/cycle-forms.ts). */
import type { FormCode, FormDefinition } from '../../../domain/forms/types.js';

/** One row of `cycle_forms`: the cycle's own copy of a form definition. */
export interface CycleForm {
  id: string;
  code: FormCode;
  definition: FormDefinition;
  /** 1 while the copy is the catalogue's; each save adds one. */
  version: number;
  updatedAt: string;
}

/** GET /api/cycles/:id/forms */
export interface CycleFormsResponse {
  /** True only while the cycle is a draft. */
  editable: boolean;
  forms: CycleForm[];
}
