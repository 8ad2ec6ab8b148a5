/**
 * Request and response schemas of the rules API (pure computation on the caller's facts).
 * Messages in Vietnamese; every refinement names the field it is about.
 */
import { z } from 'zod';
import { REGIMES } from '../../../domain/cycle.js';
import { isoDate } from '../../../domain/iso-date.js';
import {
  CATEGORIES,
  DISCIPLINE_FORMS,
  DISCIPLINE_SYSTEMS,
  LEADERSHIP_RANKS,
  LEAVE_KINDS,
} from '../../../domain/org.js';
import { ruleSettings } from '../../../domain/rules/settings.js';
import { GENERAL_ASSESSMENTS, LEVELS, TITLES } from '../../../domain/rules/types.js';

const MAX_COUNT = 100_000;

const count = (what: string) =>
  z
    .number({ error: `Vui lòng nhập ${what} (một số nguyên).` })
    .int(`${capitalise(what)} phải là số nguyên.`)
    .min(0, `${capitalise(what)} không được là số âm.`)
    .max(MAX_COUNT, `${capitalise(what)} quá lớn.`);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const regime = z.enum(REGIMES, { error: 'Giai đoạn áp dụng phải là "2024", "2025" hoặc "2026".' });
const year = z
  .number({ error: 'Vui lòng nhập năm đánh giá.' })
  .int('Năm đánh giá phải là số nguyên.')
  .min(2000, 'Năm đánh giá phải từ 2000 đến 2100.')
  .max(2100, 'Năm đánh giá phải từ 2000 đến 2100.');
export const level = z.enum(LEVELS, { error: 'Mức xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV.' });

const leave = z
  .object({
    kind: z.enum(LEAVE_KINDS, {
      error: 'Loại nghỉ phải là maternity (thai sản), sick (ốm) hoặc other (khác).',
    }),
    from: isoDate,
    to: isoDate,
  })
  .refine((l) => l.from <= l.to, {
    path: ['to'],
    message: 'Ngày kết thúc nghỉ phải sau hoặc bằng ngày bắt đầu.',
  });

const discipline = z
  .object({
    system: z.enum(DISCIPLINE_SYSTEMS, {
      error: 'Loại kỷ luật phải là party (đảng) hoặc administrative (hành chính).',
    }),
    form: z.enum(DISCIPLINE_FORMS, {
      error:
        'Hình thức kỷ luật phải là khien_trach, canh_cao, ha_bac_luong, giang_chuc, cach_chuc hoặc buoc_thoi_viec.',
    }),
    decidedOn: isoDate,
    effectiveFrom: isoDate.optional(),
    dutyRelated: z.boolean().optional(),
    alreadyCounted: z
      .object({
        year,
        basis: z.enum(['khtnv_before_decision', 'same_act_other_system'], {
          error: 'Căn cứ phải là khtnv_before_decision hoặc same_act_other_system.',
        }),
      })
      .optional(),
  })
  .refine((d) => !d.effectiveFrom || d.decidedOn <= d.effectiveFrom, {
    path: ['effectiveFrom'],
    message: 'Ngày có hiệu lực không thể trước ngày quyết định.',
  });

const transfer = z.object({
  transferredOn: isoDate,
  monthsThere: count('số tháng công tác ở đơn vị cũ'),
  previousUnitDissolved: z.boolean().optional(),
});

export const person = z.object(
  {
    category: z.enum(CATEGORIES, {
      error:
        'Đối tượng phải là cong_chuc (công chức), vien_chuc (viên chức) hoặc nguoi_lao_dong (người lao động).',
    }),
    leadership: z.enum(LEADERSHIP_RANKS, {
      error: 'Chức vụ phải là head (người đứng đầu), deputy (cấp phó) hoặc none (không giữ chức vụ).',
    }),
    employmentStart: isoDate,
    leaves: z.array(leave).max(100, 'Tối đa 100 đợt nghỉ.'),
    disciplines: z.array(discipline).max(50, 'Tối đa 50 quyết định kỷ luật.'),
    transfers: z.array(transfer).max(20, 'Tối đa 20 lần chuyển công tác.').optional(),
  },
  { error: 'Vui lòng nhập thông tin người được đánh giá (person).' },
);

const tasks = z
  .object(
    {
      total: count('số chỉ tiêu, nhiệm vụ được giao').min(1, 'Cần ít nhất 1 chỉ tiêu, nhiệm vụ được giao.'),
      onTimeQuality: count('số chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng'),
      exceeded: count('số chỉ tiêu, nhiệm vụ vượt mức'),
      poor: count('số chỉ tiêu, nhiệm vụ chậm hoặc chưa bảo đảm chất lượng'),
    },
    { error: 'Vui lòng nhập số liệu chỉ tiêu, nhiệm vụ (tasks).' },
  )
  .superRefine((t, ctx) => {
    const over = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (t.onTimeQuality > t.total)
      over('onTimeQuality', 'Số nhiệm vụ đúng tiến độ không thể lớn hơn tổng số nhiệm vụ.');
    if (t.exceeded > t.total) over('exceeded', 'Số nhiệm vụ vượt mức không thể lớn hơn tổng số nhiệm vụ.');
    if (t.poor > t.total)
      over('poor', 'Số nhiệm vụ chậm, chưa bảo đảm chất lượng không thể lớn hơn tổng số nhiệm vụ.');
    else if (t.onTimeQuality <= t.total && t.onTimeQuality + t.poor > t.total) {
      over(
        'poor',
        'Số nhiệm vụ đúng tiến độ cộng số nhiệm vụ chậm, chưa bảo đảm chất lượng không thể vượt tổng số.',
      );
    }
  });

const unit = z
  .object({
    targetsTotal: count('số chỉ tiêu, nhiệm vụ của đơn vị').min(
      1,
      'Cần ít nhất 1 chỉ tiêu, nhiệm vụ của đơn vị.',
    ),
    targetsCompleted: count('số chỉ tiêu đơn vị hoàn thành'),
    targetsExceeded: count('số chỉ tiêu đơn vị vượt mức'),
    targetsOnTime: count('số chỉ tiêu đơn vị hoàn thành đúng tiến độ, bảo đảm chất lượng'),
    subUnitLevels: z.array(level).max(1000, 'Tối đa 1000 đơn vị trực thuộc.'),
  })
  .superRefine((u, ctx) => {
    const over = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (u.targetsCompleted > u.targetsTotal) {
      over('targetsCompleted', 'Số chỉ tiêu hoàn thành không thể lớn hơn tổng số chỉ tiêu của đơn vị.');
    }
    if (u.targetsExceeded > u.targetsCompleted) {
      over('targetsExceeded', 'Số chỉ tiêu vượt mức không thể lớn hơn số chỉ tiêu đã hoàn thành.');
    }
    if (u.targetsOnTime > u.targetsCompleted) {
      over('targetsOnTime', 'Số chỉ tiêu đúng tiến độ không thể lớn hơn số chỉ tiêu đã hoàn thành.');
    }
  });

const points = z.object({
  general: z.number({ error: 'Vui lòng nhập điểm tiêu chí chung.' }).min(0, 'Điểm không được âm.').max(100),
  results: z
    .number({ error: 'Vui lòng nhập điểm kết quả thực hiện nhiệm vụ.' })
    .min(0, 'Điểm không được âm.')
    .max(100),
});

const EXAMPLE_PERSON = {
  category: 'cong_chuc',
  leadership: 'none',
  employmentStart: '2015-09-01',
  leaves: [{ kind: 'sick', from: '2024-03-04', to: '2024-06-28' }],
  disciplines: [],
} as const;

export const classifyBody = z
  .object({
    regime,
    year,
    person,
    general: z.enum(GENERAL_ASSESSMENTS, {
      error: 'Tiêu chí chung phải là good (tốt), meets (đáp ứng) hoặc fails (chưa đáp ứng).',
    }),
    findings: z.object(
      {
        ideologicalDecline: z.boolean({
          error: 'Vui lòng cho biết có kết luận suy thoái hay không (true/false).',
        }),
        subordinateCorruption: z.boolean().optional(),
        breachOfProhibitions: z.boolean().optional(),
      },
      { error: 'Vui lòng nhập các kết luận (findings).' },
    ),
    tasks,
    unit: unit.optional(),
    points: points.optional(),
    remediation: z
      .object({
        total: count('số hạn chế, khuyết điểm năm trước'),
        resolved: count('số hạn chế đã khắc phục'),
      })
      .refine((r) => r.resolved <= r.total, {
        path: ['resolved'],
        message: 'Số hạn chế đã khắc phục không thể lớn hơn tổng số.',
      })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.person.leadership !== 'none' && !b.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'Người giữ chức vụ lãnh đạo, quản lý cần số liệu kết quả của đơn vị phụ trách (unit).',
      });
    }
    if (b.points) {
      const s = ruleSettings(b.regime);
      if (b.points.general > s.pointMaxGeneral.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', 'general'],
          message: `Điểm tiêu chí chung tối đa ${s.pointMaxGeneral.value} điểm.`,
        });
      }
      if (b.points.results > s.pointMaxResults.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', 'results'],
          message: `Điểm kết quả thực hiện nhiệm vụ tối đa ${s.pointMaxResults.value} điểm.`,
        });
      }
    }
  })
  .meta({
    examples: [
      {
        regime: '2024',
        year: 2024,
        person: EXAMPLE_PERSON,
        general: 'good',
        findings: { ideologicalDecline: false },
        tasks: { total: 12, onTimeQuality: 12, exceeded: 7, poor: 0 },
      },
      {
        regime: '2026',
        year: 2026,
        person: {
          category: 'cong_chuc',
          leadership: 'head',
          employmentStart: '2008-06-01',
          leaves: [],
          disciplines: [],
        },
        general: 'good',
        findings: { ideologicalDecline: false, subordinateCorruption: false },
        tasks: { total: 20, onTimeQuality: 19, exceeded: 8, poor: 1 },
        unit: {
          targetsTotal: 30,
          targetsCompleted: 30,
          targetsExceeded: 12,
          targetsOnTime: 27,
          subUnitLevels: ['HTTNV', 'HTXSNV'],
        },
        points: { general: 28, results: 63.5 },
        remediation: { total: 2, resolved: 2 },
      },
    ],
  });

export const quotaBody = z
  .object({
    regime,
    groups: z
      .array(
        z.object({
          group: z.string().trim().min(1, 'Vui lòng nhập tên nhóm.').max(200, 'Tên nhóm tối đa 200 ký tự.'),
          HTXSNV: count('số người hoàn thành xuất sắc nhiệm vụ'),
          HTTNV: count('số người hoàn thành tốt nhiệm vụ'),
          exceptionApproved: z.boolean().optional(),
          exceptionPct: z
            .number({ error: 'Tỷ lệ ngoại lệ phải là số.' })
            .min(0, 'Tỷ lệ không được âm.')
            .max(100, 'Tỷ lệ tối đa 100%.')
            .optional(),
        }),
        { error: 'Vui lòng nhập danh sách nhóm (groups).' },
      )
      .min(1, 'Cần ít nhất một nhóm.')
      .max(1000, 'Tối đa 1000 nhóm.'),
  })
  .meta({
    examples: [
      {
        regime: '2025',
        groups: [
          { group: 'Công chức không giữ chức vụ', HTXSNV: 3, HTTNV: 14 },
          { group: 'Công chức lãnh đạo, quản lý', HTXSNV: 2, HTTNV: 8, exceptionApproved: true },
        ],
      },
    ],
  });

export const titlesBody = z
  .object({
    regime,
    year,
    person,
    level: level.nullable(),
    recognisedInitiative: z.boolean({ error: 'Vui lòng cho biết có sáng kiến được công nhận hay không.' }),
    acceptedResearch: z.boolean({ error: 'Vui lòng cho biết có đề tài khoa học được nghiệm thu hay không.' }),
    pendingProceedings: z.boolean({
      error: 'Vui lòng cho biết có đang bị xem xét kỷ luật, thanh tra, khiếu nại, tố cáo hay không.',
    }),
  })
  .meta({
    examples: [
      {
        regime: '2025',
        year: 2025,
        person: { ...EXAMPLE_PERSON, leaves: [{ kind: 'maternity', from: '2025-02-01', to: '2025-07-31' }] },
        level: 'HTTNV',
        recognisedInitiative: true,
        acceptedResearch: false,
        pendingProceedings: false,
      },
    ],
  });

export const settingsQuery = z.object({ regime });

const reason = z.object({ code: z.string(), message: z.string(), article: z.string() });

export const classifyResult = z.object({
  evaluated: z.boolean(),
  maxLevel: level.nullable(),
  level: level.nullable(),
  reasons: z.array(reason),
});

export const quotaResult = z.object({
  groups: z.array(
    z.object({
      group: z.string(),
      allowed: z.number().int(),
      ok: z.boolean(),
      blocking: z.boolean(),
      reasons: z.array(reason),
    }),
  ),
});

export const titlesResult = z.object({
  titles: z.array(z.object({ title: z.enum(TITLES), eligible: z.boolean(), reasons: z.array(reason) })),
});

export const settingsResult = z.object({
  regime,
  settings: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.unknown(),
      verified: z.boolean(),
      source: z.string(),
    }),
  ),
});
