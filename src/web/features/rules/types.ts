/** Shapes of the rules API (/api/rules/*) and of the check page's forms. */
import type { Dayjs } from 'dayjs';
import type { Regime } from '../../../domain/cycle.js';
import type {
  Category,
  DisciplineForm,
  DisciplineSystem,
  LeadershipRank,
  LeaveKind,
} from '../../../domain/org.js';
import type {
  ClassifyInput,
  ClassifyResult,
  GeneralAssessment,
  Level,
  QuotaInput,
  QuotaResult,
  TitlesInput,
  TitlesResult,
} from '../../../domain/rules/types.js';

export type { ClassifyInput, ClassifyResult, QuotaInput, QuotaResult, TitlesInput, TitlesResult };

/** GET /api/rules/settings?regime= */
export interface RuleSettingItem {
  key: string;
  label: string;
  value: unknown;
  verified: boolean;
  source: string;
}

export interface RuleSettingsResponse {
  regime: Regime;
  settings: RuleSettingItem[];
}

export interface LeaveRow {
  kind: LeaveKind;
  from: Dayjs | null;
  to: Dayjs | null;
}

export interface DisciplineRow {
  system: DisciplineSystem;
  form: DisciplineForm;
  decidedOn: Dayjs | null;
}

type Count = number | null;

/** The facts form of the "Xếp loại" tab (the titles tab reuses the person part). */
export interface FactsValues {
  category: Category;
  leadership: LeadershipRank;
  employmentStart: Dayjs | null;
  leaves: LeaveRow[];
  disciplines: DisciplineRow[];
  general: GeneralAssessment;
  ideologicalDecline: boolean;
  tasks: { total: Count; onTimeQuality: Count; exceeded: Count; poor: Count };
  /** For leaders: the results of the unit they lead and how many directly managed units reached each level. */
  unit: {
    targetsTotal: Count;
    targetsCompleted: Count;
    targetsExceeded: Count;
    targetsOnTime: Count;
    subUnits: Record<Level, Count>;
  };
  usePoints: boolean;
  points: { general: Count; results: Count };
}

export interface QuotaRow {
  group: string;
  HTXSNV: Count;
  HTTNV: Count;
  exceptionApproved: boolean;
  exceptionPct: Count;
}

export interface QuotaValues {
  groups: QuotaRow[];
}

/** 'auto': the level the "Xếp loại" tab found; 'none': not classified. */
export type TitlesLevelChoice = Level | 'auto' | 'none';

export interface TitlesValues {
  level: TitlesLevelChoice;
  recognisedInitiative: boolean;
  acceptedResearch: boolean;
  pendingProceedings: boolean;
}
