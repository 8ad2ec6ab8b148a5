/**
 * Last year's weaknesses carried into this year's section III (rules.md §7; HD 43 Mẫu 2B mục A.III):
 * each earlier weakness is reported again with its remedy status until it is resolved. From last
 * year's review: the remediation items still open, then each weakness written in section II
 * ("Hạn chế, khuyết điểm"), one per paragraph or list line, as not yet resolved.
 */
import type { FormAnswers, RemediationItem } from './types.js';

/** The keys the catalogue uses for the weaknesses text and the remediation list. */
export const WEAKNESS_FIELD = 'han_che';
export const REMEDIATION_FIELD = 'khac_phuc';

const LIST_MARK = /^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ][.)])\s*/i;

export function splitWeaknesses(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARK, '').trim())
    .filter((line) => line.length >= 3);
}

export function carriedWeaknesses(previous: FormAnswers): RemediationItem[] {
  const stillOpen = Array.isArray(previous[REMEDIATION_FIELD])
    ? (previous[REMEDIATION_FIELD] as RemediationItem[]).filter((i) => i.status !== 'resolved')
    : [];
  const written =
    typeof previous[WEAKNESS_FIELD] === 'string' ? splitWeaknesses(previous[WEAKNESS_FIELD] as string) : [];
  const seen = new Set(stillOpen.map((i) => i.weakness.trim().toLowerCase()));
  return [
    ...stillOpen.map((i) => ({
      weakness: i.weakness,
      status: i.status,
      ...(i.percent !== undefined ? { percent: i.percent } : {}),
    })),
    ...written
      .filter((w) => !seen.has(w.toLowerCase()))
      .map((weakness) => ({ weakness, status: 'not_resolved' as const })),
  ];
}
