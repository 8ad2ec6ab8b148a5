/** A commit refused with 400 lists its problems as details with path `rows.<row>.<column>`. */
import type { ApiErrorDetail } from '../../app/api.js';
import type { ImportProblem } from './types.js';

export function problemsFromDetails(details: readonly ApiErrorDetail[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const d of details) {
    const m = /^rows\.(\d+)(?:\.(.*))?$/.exec(d.path);
    if (!m) continue;
    problems.push({ row: Number(m[1]), column: m[2] ?? '', message: d.message });
  }
  return problems.sort((a, b) => a.row - b.row);
}
