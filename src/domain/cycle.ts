/**
 * The annual cycle as data: rule regimes by evaluation year (rules.md §0.1), the built-in template
 * of the 2024 plan's steps (../shared/spec/plan.md), moving a plan to another year, and the
 * deadline state of a step. Pure; shared by server and web.
 */

/** Rule regimes (rules.md §0.1): A = 2023–2024, B = 2025, C = from 2026. */
export const REGIMES = ['2024', '2025', '2026'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABELS: Record<Regime, string> = {
  '2024': 'Năm 2023–2024: NĐ 90/2020 + NĐ 48/2023; QĐ 124-QĐ/TW, HD 25-HD/BTCTW; NĐ 98/2023',
  '2025': 'Năm 2025: NĐ 90/2020 + NĐ 48/2023; QĐ 366-QĐ/TW, HD 43-HD/BTCTW; NĐ 152/2025',
  '2026': 'Từ năm 2026: NĐ 335/2025 (công chức); QĐ 366-QĐ/TW, HD 43-HD/BTCTW; NĐ 152/2025',
};

/** The regime follows the evaluation year (rules.md §0.1). */
export function regimeForYear(year: number): Regime {
  if (year <= 2024) return '2024';
  if (year === 2025) return '2025';
  return '2026';
}

export const CYCLE_STATES = ['draft', 'running', 'closed'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];
export const CYCLE_STATE_LABELS: Record<CycleState, string> = {
  draft: 'Nháp',
  running: 'Đang diễn ra',
  closed: 'Đã kết thúc',
};

export const STEP_SCOPES = ['agency', 'unit'] as const;
export type StepScope = (typeof STEP_SCOPES)[number];
export const STEP_SCOPE_LABELS: Record<StepScope, string> = {
  agency: 'Cấp cơ quan',
  unit: 'Từng đơn vị',
};

export interface StepDefinition {
  /** Stable code inside a cycle, used by dependencies. */
  code: string;
  /** Where the step comes from in the plan, e.g. "II.2.b". */
  sectionRef: string;
  title: string;
  description: string;
  responsible: string;
  participants: string;
  scope: StepScope;
  /** ISO date; null for steps without a fixed date ("ngay sau kiểm điểm"). */
  deadline: string | null;
  /** End of a date range ("Từ ngày 12/12 - 15/12"), else null. */
  deadlineEnd: string | null;
  outputs: string[];
  dependsOn: string[];
}

const d = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The steps of the Office's 2024 plan (seed sections II–III) for evaluation year `year`, with the
 * same day and month (dates in January fall in the following year). Order of processes:
 * staff evaluation before the party classification and before the emulation review (NĐ 90/2020
 * Điều 20; rules.md §1.7, §8).
 */
export function planTemplate(year: number): StepDefinition[] {
  const y = year;
  const s = (
    code: string,
    sectionRef: string,
    title: string,
    o: Partial<StepDefinition> & Pick<StepDefinition, 'responsible' | 'scope'>,
  ): StepDefinition => ({
    code,
    sectionRef,
    title,
    description: '',
    participants: '',
    deadline: null,
    deadlineEnd: null,
    outputs: [],
    dependsOn: [],
    ...o,
  });
  return [
    s('goi-y', 'II.1', 'Gửi gợi ý kiểm điểm đối với tổ chức, cá nhân (qua Phòng Hành chính - Quản trị)', {
      responsible: 'Các phòng, ban, đơn vị',
      scope: 'unit',
      deadline: d(y, 10, 25),
      outputs: ['Gợi ý kiểm điểm'],
    }),
    s('tu-kiem-diem', 'II.1', 'Cá nhân làm bản tự kiểm điểm theo mẫu', {
      description:
        'Đảng viên: Mẫu 02A/02B, chấm điểm theo Mẫu 12/HDDG và Quy chế 140; công chức, người lao động chưa là đảng viên: Mẫu số 01; viên chức Trung tâm Công báo và Tin học: theo NĐ 90/2020, NĐ 48/2023 và quy chế của Trung tâm.',
      responsible: 'Từng công chức, viên chức, người lao động',
      scope: 'unit',
      deadline: d(y, 10, 25),
      outputs: ['Bản tự kiểm điểm'],
    }),
    s(
      'kiem-diem-3-nam',
      'II.1',
      'Kiểm điểm 03 năm và tự rà soát trách nhiệm (người được giới thiệu tham gia cấp ủy)',
      {
        description: `Bảng kiểm điểm 03 năm ${y - 2}, ${y - 1}, ${y} (Mẫu 01, CV 2397-CV/TU) và tự rà soát trách nhiệm trong 10 năm (Mẫu 02).`,
        responsible: 'Lãnh đạo, công chức, viên chức được giới thiệu',
        scope: 'unit',
        deadline: d(y, 10, 25),
        outputs: ['Bảng kiểm điểm 03 năm', 'Bản tự rà soát trách nhiệm'],
      },
    ),
    s('bao-cao-tap-the', 'II.1; II.2.b', 'Trưởng phòng, ban, đơn vị dự thảo báo cáo kiểm điểm tập thể', {
      description: `Nêu cụ thể việc khắc phục khuyết điểm, hạn chế của năm ${y - 1}.`,
      responsible: 'Trưởng các phòng, ban, đơn vị',
      scope: 'unit',
      deadline: d(y, 10, 25),
      outputs: ['Báo cáo kiểm điểm tập thể (dự thảo)'],
    }),
    s(
      'so-lieu-bao-cao',
      'II.3.a',
      'Gửi nội dung, số liệu phục vụ báo cáo của Văn phòng về Phòng Hành chính - Quản trị',
      {
        description: `Số liệu ước tính đến ngày 10/11/${y}.`,
        responsible: 'Các phòng, ban, đơn vị',
        scope: 'unit',
        deadline: d(y, 10, 28),
        outputs: ['Nội dung, số liệu đóng góp'],
      },
    ),
    s(
      'hop-don-vi',
      'II.2',
      'Họp kiểm điểm, đánh giá tập thể và cá nhân cấp phòng; bình xét Lao động tiên tiến (phiếu kín)',
      {
        participants:
          'Toàn thể công chức, viên chức, người lao động của đơn vị; mời lãnh đạo Văn phòng phụ trách và Trưởng phòng Hành chính - Quản trị',
        responsible: 'Trưởng các phòng, ban, đơn vị',
        scope: 'unit',
        deadline: d(y, 11, 5),
        outputs: ['Biên bản cuộc họp', 'Biên bản kiểm phiếu'],
        dependsOn: ['goi-y', 'tu-kiem-diem', 'bao-cao-tap-the'],
      },
    ),
    s('ho-so-don-vi', 'II.2.d', 'Gửi hồ sơ của đơn vị về Phòng Hành chính - Quản trị', {
      description:
        '(1) Biên bản cuộc họp, (2) Bản kiểm điểm của tập thể, (3) Bản tự kiểm điểm cá nhân, (4) Đề xuất mức xếp loại cá nhân, tập thể, (5) Bảng tổng hợp bình xét thi đua, khen thưởng.',
      responsible: 'Các phòng, ban, đơn vị',
      scope: 'unit',
      deadline: d(y, 11, 5),
      outputs: ['Hồ sơ đơn vị (5 thành phần)'],
      dependsOn: ['hop-don-vi'],
    }),
    s(
      'bao-cao-van-phong',
      'II.3.a',
      'Dự thảo Báo cáo tự đánh giá của Văn phòng và Báo cáo kiểm điểm tập thể lãnh đạo Văn phòng, lấy ý kiến góp ý',
      {
        responsible: 'Phòng Hành chính - Quản trị',
        scope: 'agency',
        deadline: d(y, 11, 5),
        outputs: ['Báo cáo tự đánh giá kết quả thực hiện nhiệm vụ', 'Báo cáo kiểm điểm tập thể lãnh đạo'],
        dependsOn: ['so-lieu-bao-cao'],
      },
    ),
    s(
      'bieu-quyet-co-quan',
      'II.3.b',
      'Họp cán bộ chủ chốt bỏ phiếu đánh giá cấp độ hoàn thành nhiệm vụ của cơ quan',
      {
        participants:
          'Đảng ủy Văn phòng, Trưởng các phòng, ban, đơn vị, Chủ tịch Công đoàn, Bí thư Đoàn thanh niên',
        responsible: 'Lãnh đạo Văn phòng',
        scope: 'agency',
        deadline: d(y, 11, 8),
        outputs: ['Biên bản', 'Biên bản kiểm phiếu'],
        dependsOn: ['ho-so-don-vi', 'bao-cao-van-phong'],
      },
    ),
    s('kiem-diem-lanh-dao', 'II.3.c', 'Hội nghị kiểm điểm tập thể lãnh đạo Văn phòng', {
      participants:
        'Cán bộ chủ chốt; mời Chủ tịch, Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ',
      responsible: 'Lãnh đạo Văn phòng',
      scope: 'agency',
      deadline: d(y, 11, 8),
      outputs: ['Biên bản'],
      dependsOn: ['bao-cao-van-phong'],
    }),
    s(
      'tham-van',
      'II.4',
      'Họp tham vấn và kết luận xếp loại cấp phòng và công chức, viên chức, người lao động',
      {
        participants: 'Lãnh đạo Văn phòng, Đảng ủy, Công đoàn, Chi đoàn, Trưởng các phòng, ban, đơn vị',
        responsible: 'Chánh Văn phòng',
        scope: 'agency',
        deadline: d(y, 11, 12),
        outputs: ['Biên bản', 'Kết luận xếp loại'],
        dependsOn: ['ho-so-don-vi'],
      },
    ),
    s('hoi-dong-sang-kien', 'II.5', 'Hội đồng xét duyệt sáng kiến công nhận sáng kiến cấp cơ sở', {
      responsible: 'Chánh Văn phòng (Chủ tịch Hội đồng)',
      scope: 'agency',
      deadline: d(y, 11, 15),
      outputs: ['Biên bản', 'Quyết định công nhận sáng kiến'],
    }),
    s(
      'ho-so-so-noi-vu',
      'II.7.a',
      'Gửi hồ sơ tự xếp loại cơ quan, kiểm điểm lãnh đạo, kết quả xếp loại cho Sở Nội vụ',
      {
        responsible: 'Phòng Hành chính - Quản trị',
        scope: 'agency',
        deadline: d(y, 11, 15),
        outputs: ['Hồ sơ gửi Sở Nội vụ'],
        dependsOn: ['bieu-quyet-co-quan', 'kiem-diem-lanh-dao', 'tham-van'],
      },
    ),
    s('hoi-dong-thi-dua', 'II.6', 'Hội đồng thi đua - khen thưởng của Văn phòng', {
      responsible: 'Chánh Văn phòng (Chủ tịch Hội đồng)',
      scope: 'agency',
      deadline: d(y, 11, 20),
      outputs: ['Biên bản', 'Biên bản kiểm phiếu'],
      dependsOn: ['tham-van', 'hoi-dong-sang-kien'],
    }),
    s('ho-so-khen-thuong', 'II.7.b', 'Hoàn chỉnh và gửi hồ sơ đề nghị khen thưởng cho cấp có thẩm quyền', {
      responsible: 'Phòng Hành chính - Quản trị',
      scope: 'agency',
      deadline: d(y, 12, 12),
      deadlineEnd: d(y, 12, 15),
      outputs: ['Hồ sơ đề nghị khen thưởng'],
      dependsOn: ['hoi-dong-thi-dua'],
    }),
    s(
      'ho-so-ban-to-chuc',
      'II.7.a',
      'Gửi kết quả kiểm điểm 03 năm, tự rà soát và nhận xét của cấp có thẩm quyền về Ban Tổ chức Tỉnh ủy',
      {
        description: 'Đối với công chức thuộc diện Ban Thường vụ Tỉnh ủy quản lý.',
        responsible: 'Phòng Hành chính - Quản trị',
        scope: 'agency',
        deadline: d(y + 1, 1, 31),
        outputs: ['Hồ sơ gửi Ban Tổ chức Tỉnh ủy'],
        dependsOn: ['kiem-diem-3-nam', 'tham-van'],
      },
    ),
    s(
      'tai-lieu-hoi-nghi',
      'II.7 (Hội nghị)',
      'Gửi tài liệu Hội nghị công chức, viên chức, người lao động đến thành viên dự họp',
      {
        responsible: 'Phòng Hành chính - Quản trị',
        scope: 'agency',
        deadline: d(y, 12, 24),
        outputs: ['Bộ tài liệu Hội nghị'],
      },
    ),
    s('hoi-nghi', 'II.7 (Hội nghị)', 'Tổ chức Hội nghị công chức, viên chức, người lao động', {
      description: 'Nội dung theo Điều 51 Luật Thực hiện dân chủ ở cơ sở năm 2022.',
      participants: 'Toàn thể công chức, viên chức, người lao động',
      responsible: 'Lãnh đạo Văn phòng, Công đoàn',
      scope: 'agency',
      deadline: d(y, 12, 27),
      outputs: ['Biên bản Hội nghị', 'Nghị quyết Hội nghị'],
      dependsOn: ['tai-lieu-hoi-nghi'],
    }),
    s('khac-phuc', 'III.2', 'Xây dựng kế hoạch khắc phục hạn chế, khuyết điểm; theo dõi, đôn đốc thực hiện', {
      responsible: 'Từng tập thể, cá nhân',
      scope: 'unit',
      outputs: ['Kế hoạch khắc phục'],
      dependsOn: ['hop-don-vi'],
    }),
  ];
}

/** Adds `years` to an ISO date; 29/02 becomes 28/02 in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  const ny = y + years;
  const last = new Date(Date.UTC(ny, m, 0)).getUTCDate();
  return d(ny, m, Math.min(day, last));
}

/** Saturday or Sunday (dates are calendar dates; no time zone involved). */
export function isWeekend(iso: string): boolean {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
}

export interface MovedStep extends StepDefinition {
  /** Why the new date needs a look: on a weekend or a configured public holiday. */
  reviewReason: string | null;
}

/** Next year's steps from this year's: every date one year later, weekend/holiday dates flagged. */
export function moveStepsToNextYear(
  steps: readonly StepDefinition[],
  holidays: readonly string[] = [],
): MovedStep[] {
  const holidaySet = new Set(holidays);
  const reason = (iso: string | null) => {
    if (!iso) return null;
    if (holidaySet.has(iso)) return 'Ngày nghỉ lễ';
    if (isWeekend(iso)) return new Date(`${iso}T00:00:00Z`).getUTCDay() === 6 ? 'Thứ Bảy' : 'Chủ nhật';
    return null;
  };
  return steps.map((s) => {
    const deadline = s.deadline ? addYears(s.deadline, 1) : null;
    const deadlineEnd = s.deadlineEnd ? addYears(s.deadlineEnd, 1) : null;
    return { ...s, deadline, deadlineEnd, reviewReason: reason(deadline) ?? reason(deadlineEnd) };
  });
}

export const DEADLINE_STATES = [
  'done',
  'done_late',
  'due_soon',
  'overdue',
  'not_started',
  'no_deadline',
] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  done: 'Đã xong',
  done_late: 'Xong muộn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  not_started: 'Chưa đến hạn',
  no_deadline: 'Không có hạn',
};

/**
 * The state of a step against its deadline, seen on `today` (ISO, Asia/Ho_Chi_Minh): done (late
 * if finished after the deadline day), overdue after the deadline day, due soon within `soonDays`
 * days (inclusive), otherwise not started.
 */
export function deadlineState(
  step: { deadline: string | null; deadlineEnd?: string | null },
  doneOn: string | null,
  today: string,
  soonDays = 3,
): DeadlineState {
  const due = step.deadlineEnd ?? step.deadline;
  if (doneOn) return due && doneOn > due ? 'done_late' : 'done';
  if (!due) return 'no_deadline';
  if (today > due) return 'overdue';
  const days = (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= soonDays ? 'due_soon' : 'not_started';
}

/** Dependencies must name steps of the same cycle and must not form a loop. */
export function dependencyProblems(steps: readonly Pick<StepDefinition, 'code' | 'dependsOn'>[]): string[] {
  const codes = new Set(steps.map((s) => s.code));
  const problems: string[] = [];
  for (const s of steps) {
    for (const dep of s.dependsOn) {
      if (!codes.has(dep)) problems.push(`Bước "${s.code}" phụ thuộc vào bước không tồn tại "${dep}".`);
      if (dep === s.code) problems.push(`Bước "${s.code}" không thể phụ thuộc vào chính nó.`);
    }
  }
  const byCode = new Map(steps.map((s) => [s.code, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (code: string, path: string[]): boolean => {
    if (state.get(code) === 'done') return false;
    if (state.get(code) === 'visiting') {
      // Report only the loop itself, not the steps that lead into it.
      const loop = [...path.slice(path.indexOf(code)), code];
      problems.push(`Các bước phụ thuộc vòng tròn: ${loop.join(' → ')}.`);
      return true;
    }
    state.set(code, 'visiting');
    for (const dep of byCode.get(code)?.dependsOn ?? []) {
      // A self-dependency is reported above on its own.
      if (dep !== code && byCode.has(dep) && visit(dep, [...path, code])) return true;
    }
    state.set(code, 'done');
    return false;
  };
  for (const s of steps) if (visit(s.code, [])) break;
  return problems;
}
