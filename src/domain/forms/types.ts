/**
 * Self-review forms as data (issue 5.2): each form is a tree of sections holding fields, and
 * optionally a point table. A cycle copies the definitions of its regime when it is created, and the
 * secretary may adjust that copy (wording, criteria, points) until the cycle starts. Answers are a
 * plain object keyed by field key.
 */
import type { Regime } from '../cycle.js';
import type { Level } from '../rules/types.js';

export const FORM_CODES = [
  /** Văn phòng UBND tỉnh, Mẫu số 01: công chức and người lao động who are not party members. */
  'VP_M01',
  /** HD 25-HD/BTCTW (2023), regime 2024: party members without / with a leadership post. */
  'HD25_02A',
  'HD25_02B',
  /** HD 43-HD/BTCTW (2025), regime 2025 on: 2A leaders, 2B non-leaders, 2C outside the political system. */
  'HD43_2A',
  'HD43_2B',
  'HD43_2C',
  /** Viên chức, Nghị định 90/2020/NĐ-CP Mẫu số 03. */
  'ND90_M03',
  /** Nominees to the party committee: Mẫu 01 (3-year review) and Mẫu 02 (10-year self-check) of CV 2397-CV/TU. */
  'CV2397_M01',
  'CV2397_M02',
  /** Collective report (Báo cáo kiểm điểm tập thể), Mẫu 01: units and the leadership collective. */
  'TAP_THE_M01',
] as const;
export type FormCode = (typeof FORM_CODES)[number];

/** Decree 30/2020 state frame, or the party frame (HD 36-HD/VPTW) for party forms. */
export type FormFrame = 'state' | 'party';

export type FieldType =
  /** Free text, several paragraphs. */
  | 'text'
  /** One line (e.g. "Chức vụ Đảng"). */
  | 'line'
  /** A proposed level: one of HTXSNV, HTTNV, HTNV, KHTNV. */
  | 'level'
  /** Last year's weaknesses carried over, each with a remedy status (rules.md §7). */
  | 'remediation'
  /** Answers to the review suggestions addressed to this person or collective. */
  | 'suggestions'
  /** Prior years' results (the 3-year review), prefilled from stored results. */
  | 'prior_results';

/**
 * Who writes a field. The person fills their own self-review; the direct manager's comments and the
 * competent authority's result are printed on the same sheet (NĐ 90/2020 Mẫu số 02, 03) but are not
 * the person's to fill.
 */
export const FIELD_AUTHORS = ['person', 'manager', 'authority'] as const;
export type FieldAuthor = (typeof FIELD_AUTHORS)[number];

export interface FormField {
  key: string;
  label: string;
  type: FieldType;
  /** Must the author fill it before submitting. Always false for fields the person does not fill. */
  required: boolean;
  hint?: string;
  /** Absent = 'person'. */
  filledBy?: FieldAuthor;
}

export interface FormSection {
  key: string;
  /** The heading as printed, with its numbering, e.g. "I. Ưu điểm, kết quả đạt được". */
  heading: string;
  fields: FormField[];
  sections?: FormSection[];
  /**
   * Only for people holding a leadership or management post ("Phần dành cho viên chức quản lý",
   * NĐ 90 Mẫu số 03; item 6 of the Office's Mẫu số 01); applies to the nested sections too.
   */
  leadersOnly?: boolean;
  /** The form's point table (`FormDefinition.scoreTable`) is printed in this section. */
  showsScoreTable?: boolean;
}

export interface ScoreItem {
  key: string;
  label: string;
  max: number;
}

export interface ScoreGroup {
  key: string;
  label: string;
  max: number;
  items: ScoreItem[];
}

/** Who scores: the person, their direct manager, the competent authority (rules.md §6). */
export const SCORE_COLUMNS = ['self', 'manager', 'authority'] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

/** A point band: `min` is inclusive ('min') or exclusive ('exclusive-min', e.g. Hải Phòng's "> 90"). */
export interface ScoreBand {
  level: Level;
  min: number;
  inclusive: boolean;
}

export interface ScoreTable {
  /** e.g. 'QD366-2025'. */
  scheme: string;
  groups: ScoreGroup[];
  bands: ScoreBand[];
  /** Total maximum printed under the table ("Tổng điểm: …/100"); must equal the sum of the groups. */
  max?: number;
  /** Source and verification, shown to the secretary (values tagged [R]/NOT VERIFIED are defaults). */
  source: string;
  verified: boolean;
}

export interface FormDefinition {
  code: FormCode;
  /** Title as printed, e.g. "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN". */
  title: string;
  /** Who the form is for, printed under the title, e.g. "(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)". */
  audience: string;
  frame: FormFrame;
  /** Individual or collective form. */
  subject: 'person' | 'collective';
  regimes: Regime[];
  sections: FormSection[];
  scoreTable?: ScoreTable;
  /** Where the content comes from and what is not verified (rules.md tags). */
  source: string;
  verified: boolean;
}

/** A form's answers: field key → text, level code, or a structured value for the special types. */
export type FormAnswers = Record<string, unknown>;

export interface RemediationItem {
  weakness: string;
  status: 'resolved' | 'in_progress' | 'not_resolved';
  /** Percent done when in progress. */
  percent?: number;
  note?: string;
}

/** One review suggestion (gợi ý kiểm điểm) addressed to the person or collective, and the answer to it. */
export interface SuggestionAnswer {
  /** The stored suggestion's id, when it came from the system. */
  id?: string;
  suggestion: string;
  answer: string;
}

/** One year of the 3-year review (CV 2397 Mẫu 01): the level, or null when the person was not classified. */
export interface PriorResult {
  year: number;
  level: Level | null;
  note?: string;
}

/** Scores per item and column: scores[itemKey][column]. */
export type Scores = Record<string, Partial<Record<ScoreColumn, number>>>;
