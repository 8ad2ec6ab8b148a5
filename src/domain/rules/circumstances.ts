/**
 * The person's circumstances in the year, before any criterion: whether they are classified at all
 * and the highest level they may get. Shared by classification and the emulation titles.
 *
 * - NĐ 90/2020 Điều 2 khoản 3 (NĐ 48/2023): worked < 6 months → not classified, kiểm điểm only,
 *   except maternity leave; leave of 3 to < 6 months → at most HTNV; maternity → rated on the time
 *   actually worked.
 * - Điều 2 khoản 5 (NĐ 48/2023): any party or administrative discipline in the year → KHTNV,
 *   except a violation already counted in another year (điểm b, c).
 * - Điều 20: transfers (the new unit evaluates; the old unit's comments after ≥ 6 months there).
 * - NĐ 335/2025 (công chức from 2026): discipline from khiển trách up for a public-service
 *   violation → KHTNV. Its time rules are not in rules.md: NĐ 90's are applied and said so.
 */
import { formatVnDate } from '../dates.js';
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SYSTEM_LABELS, LEAVE_KIND_LABELS } from '../org.js';
import { ART } from './articles.js';
import {
  clip,
  dayOf,
  formatDuration,
  isoOf,
  lengthOf,
  type Period,
  subtractDuration,
  union,
  yearPeriod,
} from './periods.js';
import type { RuleSettingValues } from './settings.js';
import {
  type DisciplineFact,
  LEVEL_LABELS,
  type Level,
  minLevel,
  type PersonFacts,
  type Reason,
} from './types.js';

export interface Ceiling {
  level: Level;
  article: string;
  /** Short cause, e.g. "nghỉ 4 tháng trong năm". */
  why: string;
}

export interface Circumstances {
  evaluated: boolean;
  /** HTXSNV when nothing limits the person. */
  maxLevel: Level;
  ceilings: Ceiling[];
  reasons: Reason[];
}

export interface CircumstanceOptions {
  /** Công chức under NĐ 335/2025 (from 2026). */
  nd335: boolean;
}

const vn = (day: number) => formatVnDate(isoOf(day));

function disciplineDate(d: DisciplineFact, s: RuleSettingValues): string {
  return s.disciplineDateBasis === 'effectiveFrom' ? (d.effectiveFrom ?? d.decidedOn) : d.decidedOn;
}

function describeDiscipline(d: DisciplineFact): string {
  return `${DISCIPLINE_FORM_LABELS[d.form].toLowerCase()} (${DISCIPLINE_SYSTEM_LABELS[d.system].toLowerCase()}) theo quyết định ngày ${formatVnDate(d.decidedOn)}`;
}

function disciplineReasons(
  year: number,
  disciplines: DisciplineFact[],
  s: RuleSettingValues,
  opts: CircumstanceOptions,
): { reasons: Reason[]; ceiling: Ceiling | null } {
  const reasons: Reason[] = [];
  let ceiling: Ceiling | null = null;
  for (const d of disciplines) {
    const date = disciplineDate(d, s);
    const what = describeDiscipline(d);
    const effective = date === d.decidedOn ? '' : ` (có hiệu lực từ ${formatVnDate(date)})`;
    if (Number(date.slice(0, 4)) !== year) {
      reasons.push({
        code: 'discipline_other_year',
        message: `Kỷ luật ${what}${effective} không thuộc năm đánh giá ${year}: không tính cho năm này.`,
        article: opts.nd335 ? ART.nd335 : ART.discipline,
      });
      continue;
    }
    // NĐ 90 Điều 2 khoản 5 điểm b, c (NĐ 48/2023); under NĐ 335 the same exceptions are assumed.
    if (d.alreadyCounted && d.alreadyCounted.year !== year) {
      const sameAct = d.alreadyCounted.basis === 'same_act_other_system';
      reasons.push({
        code: sameAct ? 'discipline_same_act_counted' : 'discipline_rated_before_decision',
        message: sameAct
          ? `Kỷ luật ${what} là cùng một hành vi đã bị xử lý kỷ luật và đã tính trong năm ${d.alreadyCounted.year}: chỉ tính một năm đánh giá, không tính lại cho năm ${year}.`
          : `Kỷ luật ${what} là về vi phạm đã được dùng để xếp loại Không hoàn thành nhiệm vụ năm ${d.alreadyCounted.year}: không tính lại cho năm ${year}.`,
        article: sameAct ? ART.disciplineSameAct : ART.disciplineRatedBefore,
      });
      continue;
    }
    if (opts.nd335 && d.dutyRelated === false) {
      reasons.push({
        code: 'discipline_not_duty_related',
        message: `Kỷ luật ${what} không do vi phạm trong thực thi công vụ: không thuộc trường hợp xếp loại Không hoàn thành nhiệm vụ theo Nghị định 335/2025/NĐ-CP.`,
        article: ART.nd335,
      });
      continue;
    }
    const article = opts.nd335 ? ART.nd335 : ART.discipline;
    reasons.push({
      code: 'discipline_in_year',
      message: `Bị kỷ luật ${what}${effective}, trong năm đánh giá ${year}: xếp loại Không hoàn thành nhiệm vụ.`,
      article,
    });
    ceiling ??= { level: 'KHTNV', article, why: `bị kỷ luật trong năm ${year}` };
  }
  return { reasons, ceiling };
}

export function circumstances(
  year: number,
  person: PersonFacts,
  s: RuleSettingValues,
  opts: CircumstanceOptions,
): Circumstances {
  const reasons: Reason[] = [];
  const timeReasons: Reason[] = [];
  const ceilings: Ceiling[] = [];
  const yp = yearPeriod(year);
  const start = dayOf(person.employmentStart);
  const employed = clip({ from: start, to: yp.to }, yp);
  const bounds = employed ?? yp;
  const leaves = person.leaves
    .map((l) => ({ leave: l, p: clip({ from: dayOf(l.from), to: dayOf(l.to) }, bounds) }))
    .filter((x): x is { leave: (typeof person.leaves)[number]; p: Period } => x.p !== null);
  const maternity = leaves.filter((x) => x.leave.kind === 'maternity');
  const away = union(leaves.filter((x) => x.leave.kind !== 'maternity').map((x) => x.p));
  const months = (n: number) => `${n} tháng`;

  for (const m of maternity) {
    timeReasons.push({
      code: 'maternity_counts',
      message: `Nghỉ thai sản từ ${vn(m.p.from)} đến ${vn(m.p.to)}: không tính là thời gian nghỉ; kết quả xếp loại năm là kết quả của thời gian làm việc thực tế trong năm.`,
      article: ART.timeWorked,
    });
  }

  const awayLen = lengthOf(away, s.durationMode, s.daysPerMonth);
  const workedLen = employed
    ? subtractDuration(lengthOf([employed], s.durationMode, s.daysPerMonth), awayLen, s.daysPerMonth)
    : { months: 0, days: 0 };
  const awayList = leaves
    .filter((x) => x.leave.kind !== 'maternity')
    .map((x) => `${LEAVE_KIND_LABELS[x.leave.kind].toLowerCase()} từ ${vn(x.p.from)} đến ${vn(x.p.to)}`)
    .join('; ');

  if (workedLen.months < s.notEvaluatedBelowMonths) {
    let message: string;
    if (!employed) {
      message = `Bắt đầu công tác từ ${formatVnDate(person.employmentStart)}, sau năm đánh giá ${year}: không xếp loại.`;
    } else if (away.length === 0) {
      message = `Làm việc dưới ${months(s.notEvaluatedBelowMonths)} trong năm ${year} (từ ${vn(employed.from)}, được ${formatDuration(workedLen)}): không xếp loại, chỉ kiểm điểm thời gian công tác.`;
    } else {
      message = `Làm việc dưới ${months(s.notEvaluatedBelowMonths)} trong năm ${year} (được ${formatDuration(workedLen)}, đã trừ ${formatDuration(awayLen)} nghỉ: ${awayList}): không xếp loại, chỉ kiểm điểm thời gian công tác.`;
    }
    timeReasons.push({ code: 'not_evaluated_under_6_months', message, article: ART.timeWorked });
    reasons.push(...timeReasons, ...assumed(opts, timeReasons));
    return { evaluated: false, maxLevel: 'KHTNV', ceilings, reasons };
  }

  if (away.length > 0) {
    const capped = awayLen.months >= s.leaveCapFromMonths && awayLen.months < s.leaveCapBelowMonths;
    if (capped) {
      const why = `nghỉ ${formatDuration(awayLen)} trong năm`;
      ceilings.push({ level: 'HTNV', article: ART.timeWorked, why });
      timeReasons.push({
        code: 'leave_cap_htnv',
        message: `Nghỉ ${formatDuration(awayLen)} trong năm (${awayList}), từ ${months(s.leaveCapFromMonths)} đến dưới ${months(s.leaveCapBelowMonths)}: vẫn đánh giá nhưng không xếp mức Hoàn thành tốt nhiệm vụ trở lên; tối đa Hoàn thành nhiệm vụ.`,
        article: ART.timeWorked,
      });
    } else if (awayLen.months < s.leaveCapFromMonths) {
      timeReasons.push({
        code: 'leave_under_3_months',
        message: `Nghỉ ${formatDuration(awayLen)} trong năm (${awayList}), dưới ${months(s.leaveCapFromMonths)}: không ảnh hưởng mức xếp loại.`,
        article: ART.timeWorked,
      });
    } else {
      // Off ≥ 6 months yet worked ≥ 6 months: the text neither excludes nor limits this case.
      timeReasons.push({
        code: 'leave_six_months_or_more',
        message: `Nghỉ ${formatDuration(awayLen)} trong năm (${awayList}) nhưng vẫn làm việc ${formatDuration(workedLen)}: quy định không giới hạn mức trong trường hợp này; đề nghị Hội đồng xem xét.`,
        article: ART.timeWorked,
      });
    }
  }

  for (const t of person.transfers ?? []) {
    if (Number(t.transferredOn.slice(0, 4)) !== year) continue;
    const when = formatVnDate(t.transferredOn);
    let code: string;
    let message: string;
    if (t.previousUnitDissolved) {
      code = 'transfer_old_unit_dissolved';
      message = `Chuyển công tác ngày ${when}: đơn vị mới đánh giá, xếp loại; đơn vị cũ không còn nên không cần ý kiến của đơn vị cũ.`;
    } else if (t.monthsThere >= 6) {
      code = 'transfer_old_unit_comments';
      message = `Chuyển công tác ngày ${when}, đã công tác ở đơn vị cũ ${t.monthsThere} tháng (từ 6 tháng trở lên): đơn vị mới đánh giá, xếp loại và phải tham khảo ý kiến nhận xét của đơn vị cũ.`;
    } else {
      code = 'transfer_new_unit_evaluates';
      message = `Chuyển công tác ngày ${when}, công tác ở đơn vị cũ ${t.monthsThere} tháng (dưới 6 tháng): đơn vị mới đánh giá, xếp loại.`;
    }
    timeReasons.push({ code, message, article: ART.transfer });
  }

  const disc = disciplineReasons(year, person.disciplines, s, opts);
  if (disc.ceiling) ceilings.push(disc.ceiling);
  reasons.push(...timeReasons, ...assumed(opts, timeReasons), ...disc.reasons);
  const maxLevel = minLevel('HTXSNV', ...ceilings.map((c) => c.level));
  if (ceilings.length > 0) {
    reasons.push({
      code: 'max_level',
      message: `Mức cao nhất có thể xếp: ${LEVEL_LABELS[maxLevel]} (${ceilings.map((c) => c.why).join('; ')}).`,
      article: ceilings.find((c) => c.level === maxLevel)?.article ?? ART.timeWorked,
    });
  }
  return { evaluated: true, maxLevel, ceilings, reasons };
}

/** Under NĐ 335/2025 the time rules of NĐ 90 are applied by assumption: say so whenever one fired. */
function assumed(opts: CircumstanceOptions, fired: Reason[]): Reason[] {
  if (!opts.nd335 || fired.length === 0) return [];
  return [
    {
      code: 'assumed_nd90_time_rules',
      message:
        'Nghị định 335/2025/NĐ-CP: chưa đối chiếu quy định về thời gian công tác, nghỉ, thai sản và chuyển công tác; tạm áp dụng như Nghị định 90/2020/NĐ-CP.',
      article: `${ART.nd335}; ${ART.timeWorked}`,
    },
  ];
}
