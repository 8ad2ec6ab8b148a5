/** The pure counting core of votes (issue 6 §3): thresholds, tallies, reconciliation, receipts, recount. */
export { BALLOT_ART } from './articles.js';
export {
  isReceipt,
  normalizeReceipt,
  RECEIPT_HEX_LENGTH,
  receiptOf,
  SHORT_RECEIPT_HEX_LENGTH,
  shortReceipt,
} from './receipt.js';
export { type ReconcileInput, type ReconcileResult, reconcile } from './reconcile.js';
export { findReceipt, recount } from './recount.js';
export { tallyCandidates, tallyOpen } from './tally.js';
export {
  conferenceQuorum,
  conferenceThreshold,
  councilThreshold,
  defaultThreshold,
  type Fraction,
  MAX_PCT_DENOMINATOR,
  passes,
  pctFraction,
  pctOf,
  pctWords,
  type Quorum,
  quorumMet,
  thresholdPhrase,
  thresholdProblems,
  thresholdText,
} from './threshold.js';
export * from './types.js';
