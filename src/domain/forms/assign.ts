/**
 * Which self-review forms a person writes (Kế hoạch năm 2024 mục II.1; rules.md §2.1, §2.3):
 * - party members: the party form of the regime's guide, chosen by leadership post;
 * - công chức and người lao động who write no party form: the Office's Mẫu số 01;
 * - viên chức: Decree 90's Mẫu số 03 (with the party form as well when a party member);
 * - nominees to the party committee: CV 2397 Mẫu 01 and Mẫu 02 in addition.
 */
import type { Regime } from '../cycle.js';
import { formatVnDate } from '../dates.js';
import { selfCheckFromYear, threeYearReviewYears } from './catalogue/nominee.js';
import type { FormCode } from './types.js';

export interface AssignmentFacts {
  category: 'cong_chuc' | 'vien_chuc' | 'nguoi_lao_dong';
  partyMember: boolean;
  /** ISO date of admission to the party; null when unknown. */
  partyAdmittedOn: string | null;
  leadershipRank: 'head' | 'deputy' | 'none';
  /** Member of the agency's leadership collective (Lãnh đạo Văn phòng). */
  inLeadershipUnit: boolean;
  /** Nominated to the party committee or its inspection commission for the new term. */
  nominee: boolean;
  /** Party member not working in the political system (HD 43 Mẫu 2C). */
  outsidePoliticalSystem?: boolean;
}

export interface AssignedForm {
  code: FormCode;
  /** Vietnamese, citing the rule. */
  reason: string;
}

export interface Assignment {
  forms: AssignedForm[];
}

const PLAN = 'Kế hoạch năm 2024 của Văn phòng, mục II.1';

/** QĐ 366 Điều 5 khoản 2.1 (rules.md §2.3); QĐ 124 is assumed to say the same [R]. */
function exemptionArticle(regime: Regime): string {
  return regime === '2024'
    ? 'Quy định 124-QĐ/TW (chưa đối chiếu nguyên văn; như Điều 5 khoản 2.1 Quy định 366-QĐ/TW)'
    : 'Điều 5 khoản 2.1 Quy định 366-QĐ/TW';
}

/** `iso` plus six calendar months, the day clamped to the month's end (31/08 → 28 or 29/02). */
function sixMonthsAfter(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const total = y * 12 + (mo - 1) + 6;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const nd = Math.min(d, last);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(ny, 4)}-${pad(nm)}-${pad(nd)}`;
}

/**
 * Party members admitted less than 6 months before the end of the evaluation year do not review
 * (rules.md §2.3). Unknown or unreadable dates count as long-standing membership: the secretary sees
 * the party form assigned and can correct the date.
 */
export function admittedTooRecently(admittedOn: string | null, year: number): boolean {
  if (admittedOn === null) return false;
  const sixMonths = sixMonthsAfter(admittedOn);
  return sixMonths !== null && sixMonths > `${year}-12-31`;
}

function partyForm(facts: AssignmentFacts, regime: Regime, leader: boolean): AssignedForm {
  const post = leader ? 'giữ chức vụ lãnh đạo, quản lý' : 'không giữ chức vụ lãnh đạo, quản lý';
  if (regime === '2024') {
    if (facts.outsidePoliticalSystem) {
      return {
        code: 'HD25_02A',
        reason:
          'Đảng viên không làm việc trong hệ thống chính trị: Hướng dẫn 25-HD/BTCTW không có mẫu riêng, dùng Mẫu 02A (giả định, rules.md §2.1).',
      };
    }
    return {
      code: leader ? 'HD25_02B' : 'HD25_02A',
      reason: `Đảng viên ${post}: bản kiểm điểm theo Mẫu ${leader ? '02B' : '02A'} của Hướng dẫn 25-HD/BTCTW, chấm điểm theo Bảng tham chiếu Mẫu 12/HDDG (${PLAN}; rules.md §2.1).`,
    };
  }
  if (facts.outsidePoliticalSystem) {
    return {
      code: 'HD43_2C',
      reason:
        'Đảng viên không làm việc trong hệ thống chính trị: Mẫu 2C của Hướng dẫn 43-HD/BTCTW (mục 2.1 điểm b; rules.md §2.1).',
    };
  }
  return {
    code: leader ? 'HD43_2A' : 'HD43_2B',
    reason: `Đảng viên ${post}: Mẫu ${leader ? '2A' : '2B'} của Hướng dẫn 43-HD/BTCTW (mục 2.1 điểm b; rules.md §2.1; ở Hướng dẫn 25 hai chữ cái ngược lại).`,
  };
}

export function formsFor(facts: AssignmentFacts, regime: Regime, year: number): Assignment {
  const forms: AssignedForm[] = [];
  // A member of the leadership collective holds a post even when the unit rank is not recorded.
  const leader = facts.leadershipRank !== 'none' || facts.inLeadershipUnit;
  const tooRecent = facts.partyMember && admittedTooRecently(facts.partyAdmittedOn, year);
  const writesPartyForm = facts.partyMember && !tooRecent;

  const exemption = tooRecent
    ? ` Đảng viên kết nạp ngày ${formatVnDate(facts.partyAdmittedOn)}, chưa đủ 6 tháng tính đến 31/12/${year}, nên không làm bản kiểm điểm đảng viên (${exemptionArticle(regime)}; rules.md §2.3).`
    : '';

  if (writesPartyForm) {
    const form = partyForm(facts, regime, leader);
    const twoPlaces =
      facts.inLeadershipUnit && !facts.outsidePoliticalSystem
        ? ' Thành viên Lãnh đạo Văn phòng kiểm điểm ở chi bộ trước, rồi ở tập thể lãnh đạo (rules.md §2.3).'
        : '';
    forms.push({ code: form.code, reason: form.reason + twoPlaces });
  }

  if (facts.category === 'vien_chuc') {
    forms.push({
      code: 'ND90_M03',
      reason: `Viên chức: phiếu đánh giá, xếp loại theo Mẫu số 03 Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP) và Quy chế đánh giá của Trung tâm (${PLAN})${writesPartyForm ? ', ngoài bản kiểm điểm đảng viên' : ''}.${exemption}`,
    });
  } else if (!writesPartyForm) {
    const who = facts.category === 'cong_chuc' ? 'Công chức' : 'Người lao động';
    const notParty = facts.partyMember ? 'chưa làm bản kiểm điểm đảng viên' : 'chưa là đảng viên';
    const leaderPart = leader
      ? ' Người giữ chức vụ lãnh đạo, quản lý ghi thêm mục kết quả hoạt động của đơn vị.'
      : '';
    forms.push({
      code: 'VP_M01',
      reason: `${who} ${notParty}: bản tự kiểm điểm theo Mẫu số 01 của Văn phòng (${PLAN}).${leaderPart}${exemption}`,
    });
  }

  if (facts.nominee) {
    const years = threeYearReviewYears(year).join(', ');
    forms.push(
      {
        code: 'CV2397_M01',
        reason: `Được giới thiệu tham gia cấp ủy (ủy ban kiểm tra cấp ủy): bảng kiểm điểm 03 năm gần nhất (${years}) theo Mẫu 01 kèm Công văn 2397-CV/TU (${PLAN}).`,
      },
      {
        code: 'CV2397_M02',
        reason: `Được giới thiệu tham gia cấp ủy (ủy ban kiểm tra cấp ủy): tự rà soát trách nhiệm trong các kết luận thanh tra, kiểm tra, kiểm toán, điều tra, vụ án, vụ việc, khiếu nại, tố cáo từ năm ${selfCheckFromYear(year)} đến nay theo Mẫu 02 kèm Công văn 2397-CV/TU (${PLAN}).`,
      },
    );
  }
  return { forms };
}

/** Units and the leadership collective report on one form in every regime (Kế hoạch mục II.2.b, II.3.a). */
export function collectiveFormFor(_regime: Regime): FormCode {
  return 'TAP_THE_M01';
}
