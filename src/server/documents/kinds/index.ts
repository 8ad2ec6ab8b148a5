/** The document kinds the engine knows, by their stored code. */
import { minutes } from './minutes.js';
import { plan } from './plan.js';
import { partyReport, report } from './report.js';
import { reviewForm } from './review-form.js';
import { table } from './table.js';
import type { DocumentKind } from './types.js';
import { voteCount } from './vote-count.js';

// biome-ignore lint/suspicious/noExplicitAny: each kind has its own input type; callers validate with kind.input.
export const DOCUMENT_KINDS: Record<string, DocumentKind<any>> = {
  [plan.kind]: plan,
  [minutes.kind]: minutes,
  [voteCount.kind]: voteCount,
  [table.kind]: table,
  [report.kind]: report,
  [partyReport.kind]: partyReport,
  [reviewForm.kind]: reviewForm,
};

// biome-ignore lint/suspicious/noExplicitAny: see DOCUMENT_KINDS.
export function getKind(kind: string): DocumentKind<any> | undefined {
  return Object.hasOwn(DOCUMENT_KINDS, kind) ? DOCUMENT_KINDS[kind] : undefined;
}

export type { DocumentKind, RenderContext } from './types.js';
export { minutes, partyReport, plan, report, reviewForm, table, voteCount };
