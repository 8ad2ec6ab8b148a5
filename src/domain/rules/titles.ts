/**
 * Individual emulation titles (rules.md §3.1, §3.2, §8.2):
 * - Lao động tiên tiến: rated HTTNV or better (Luật TĐKT 2022 Điều 24 khoản 1); not recruited less
 *   than 6 months (TT 01/2024/TT-BNV; regime 2025+ unverified, same default); not while disciplinary
 *   review, investigation, inspection or a complaint is pending (NĐ 152/2025 Điều 4 khoản 4;
 *   2024 by default too). Derived chain [D]: not classified, or leave of 3 to < 6 months, or
 *   discipline in the year → the level cannot reach HTTNV → no LĐTT. Maternity leave counts as
 *   working time (NĐ 152/2025 Điều 4 khoản 5; TT 01/2024 [R]).
 * - Chiến sĩ thi đua cơ sở: LĐTT and (HTXSNV, or an initiative recognised at cơ sở level, or an
 *   accepted scientific work) (Luật 2022 Điều 23); the council then votes (threshold not here).
 */
import { formatVnDate } from '../dates.js';
import { ART } from './articles.js';
import { resolveBasis } from './basis.js';
import { circumstances } from './circumstances.js';
import { dayOf, formatDuration, lengthOf, yearPeriod } from './periods.js';
import { type RuleSettingValues, type SettingsOverrides, settingValues } from './settings.js';
import {
  atLeast,
  LEVEL_LABELS,
  type Level,
  minLevel,
  type PersonFacts,
  type Reason,
  type TitleResult,
  type TitlesInput,
  type TitlesResult,
} from './types.js';

export function checkTitles(input: TitlesInput, overrides?: SettingsOverrides): TitlesResult {
  const s = settingValues(input.regime, overrides);
  const ldtt = checkLdtt(input, s);
  return { titles: [ldtt.result, checkCstdcs(input, ldtt)] };
}

interface LdttOutcome {
  result: TitleResult;
  /** The level the titles use: the input level under the person's ceiling. */
  level: Level | null;
}

function checkLdtt(input: TitlesInput, s: RuleSettingValues): LdttOutcome {
  const reasons: Reason[] = [];
  let eligible = true;
  const person = titlesPerson(input.person, s);
  const basis = resolveBasis(input.person.category, input.regime, s);
  const c = circumstances(input.year, person, s, { nd335: basis.kind === 'nd335' });

  if (s.maternityCountsForTitles && input.person.leaves.some((l) => l.kind === 'maternity')) {
    reasons.push({
      code: 'maternity_counts_titles',
      message: 'Thời gian nghỉ thai sản được tính là thời gian công tác để xét danh hiệu thi đua.',
      article: input.regime === '2024' ? ART.ldttNewRecruit2024 : ART.maternityTitles,
    });
  }

  let level: Level | null = input.level;
  if (!c.evaluated) {
    eligible = false;
    level = null;
    reasons.push(...c.reasons, {
      code: 'not_classified',
      message: 'Không xếp loại chất lượng năm nay nên không đủ điều kiện xét Lao động tiên tiến.',
      article: `${ART.ldtt}; ${ART.timeWorked}`,
    });
  } else if (level === null) {
    eligible = false;
    reasons.push({
      code: 'no_level',
      message: 'Chưa có kết quả xếp loại chất lượng năm nay: chưa xét được Lao động tiên tiến.',
      article: ART.ldtt,
    });
  } else {
    const capped = minLevel(level, c.maxLevel);
    if (capped !== level) {
      const ceiling = c.ceilings.find((x) => x.level === c.maxLevel);
      reasons.push({
        code: 'level_above_ceiling',
        message: `Mức xếp loại đã nhập (${LEVEL_LABELS[level]}) cao hơn mức tối đa có thể xếp (${LEVEL_LABELS[capped]}, do ${ceiling?.why ?? 'hoàn cảnh trong năm'}): xét theo mức ${LEVEL_LABELS[capped]}.`,
        article: ceiling?.article ?? ART.timeWorked,
      });
      level = capped;
    }
    if (atLeast(level, 'HTTNV')) {
      reasons.push({
        code: 'level_ok',
        message: `Xếp loại ${LEVEL_LABELS[level]}: đạt tiêu chuẩn hoàn thành tốt nhiệm vụ trở lên.`,
        article: ART.ldtt,
      });
    } else {
      eligible = false;
      reasons.push({
        code: 'level_below_httnv',
        message: `Xếp loại ${LEVEL_LABELS[level]}: Lao động tiên tiến cần hoàn thành tốt nhiệm vụ trở lên.`,
        article: ART.ldtt,
      });
    }
  }

  const start = dayOf(input.person.employmentStart);
  const end = yearPeriod(input.year).to;
  const served = lengthOf(start <= end ? [{ from: start, to: end }] : [], s.durationMode, s.daysPerMonth);
  if (served.months < s.ldttNewRecruitMinMonths) {
    eligible = false;
    reasons.push({
      code: 'newly_recruited',
      message: `Mới tuyển dụng từ ${formatVnDate(input.person.employmentStart)} (đến 31/12/${input.year} được ${formatDuration(served)}), dưới ${s.ldttNewRecruitMinMonths} tháng: không xét Lao động tiên tiến.`,
      article: input.regime === '2024' ? ART.ldttNewRecruit2024 : ART.ldttNewRecruit2025,
    });
  }

  if (input.pendingProceedings && s.suspendTitlesWhenPending) {
    eligible = false;
    reasons.push({
      code: 'suspended_pending',
      message:
        'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang được xác minh: tạm chưa xét khen thưởng.',
      article: input.regime === '2024' ? ART.pending2024 : ART.pending,
    });
  }

  if (eligible) {
    reasons.push({
      code: 'ldtt_eligible',
      message:
        'Đủ điều kiện xét tặng Lao động tiên tiến; đơn vị bình xét thêm tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.',
      article: ART.ldtt,
    });
  }
  return { result: { title: 'LDTT', eligible, reasons }, level };
}

function checkCstdcs(input: TitlesInput, ldtt: LdttOutcome): TitleResult {
  const reasons: Reason[] = [];
  let eligible = ldtt.result.eligible;
  if (!eligible) {
    reasons.push({
      code: 'ldtt_required',
      message: 'Chưa đủ điều kiện Lao động tiên tiến nên chưa xét Chiến sĩ thi đua cơ sở.',
      article: ART.cstdcs,
    });
  }
  const grounds: string[] = [];
  if (ldtt.level === 'HTXSNV') grounds.push('xếp loại Hoàn thành xuất sắc nhiệm vụ');
  if (input.recognisedInitiative) grounds.push('có sáng kiến được công nhận cấp cơ sở');
  if (input.acceptedResearch) grounds.push('có đề tài, đề án, công trình khoa học được nghiệm thu');
  if (grounds.length > 0) {
    reasons.push({
      code: 'achievement',
      message: `Có thành tích để xét Chiến sĩ thi đua cơ sở: ${grounds.join('; ')}.`,
      article: ART.cstdcs,
    });
  } else {
    eligible = false;
    reasons.push({
      code: 'no_achievement',
      message:
        'Chiến sĩ thi đua cơ sở cần xếp loại Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận cấp cơ sở, hoặc có đề tài, đề án, công trình khoa học được nghiệm thu.',
      article: ART.cstdcs,
    });
  }
  if (eligible) {
    reasons.push({
      code: 'council_vote_required',
      message: 'Đủ điều kiện đề nghị; Hội đồng Thi đua - Khen thưởng bỏ phiếu theo tỷ lệ quy định.',
      article: input.regime === '2024' ? ART.councilVote2024 : ART.councilVote2025,
    });
  }
  return { title: 'CSTDCS', eligible, reasons };
}

/** When the settings do not count maternity leave for titles, treat it as ordinary leave. */
function titlesPerson(person: PersonFacts, s: RuleSettingValues): PersonFacts {
  if (s.maternityCountsForTitles) return person;
  return {
    ...person,
    leaves: person.leaves.map((l) => (l.kind === 'maternity' ? { ...l, kind: 'other' } : l)),
  };
}
