/**
 * A document kind: what input it takes (zod), which type name and symbol it carries
 * (NĐ 30/2020 Phụ lục III), and how it renders its content into the common frame.
 * The engine (documents service) numbers, stores, converts and bundles; kinds only lay out.
 */
import type { Document } from 'docx';
import type { z } from 'zod';
import type { Frame } from '../frame.js';

/** The agency facts every header needs. */
export interface AgencyHeading {
  parentBodyName: string;
  issuingBodyName: string;
  documentCode: string;
  placeName: string;
}

export interface RenderContext {
  agency: AgencyHeading;
  /** "Số: 05/BB-VP", or the draft form with blanks where the number goes. */
  numberText: string;
  /** ISO date of issue; null for a draft. */
  date: string | null;
}

export interface DocumentKind<I = unknown> {
  /** Stable code stored with the document: 'plan', 'minutes', 'vote_count', 'table', 'report'. */
  kind: string;
  /** Vietnamese name of the kind for lists ("Biên bản kiểm phiếu"). */
  label: string;
  /** Symbol used in the number (KH, BB, BC, …); null when the kind is not numbered. */
  typeCode: string | null;
  frame: Frame;
  input: z.ZodType<I>;
  /** The trích yếu shown in lists and used as the file name. */
  subject(input: I): string;
  docx(input: I, ctx: RenderContext): Document;
  /** Table kinds also export the same table as XLSX. */
  xlsx?(input: I, ctx: RenderContext): Promise<Buffer>;
}
