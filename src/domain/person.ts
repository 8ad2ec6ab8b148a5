/**
 * Validated inputs for a person and their histories. One schema for the API and the web forms.
 */
import { z } from 'zod';
import { isoDate } from './iso-date.js';
import {
  CATEGORIES,
  DISCIPLINE_FORMS,
  DISCIPLINE_SYSTEMS,
  GENDERS,
  LEADERSHIP_RANKS,
  LEAVE_KINDS,
} from './org.js';

const text = (max: number) => z.string().trim().max(max);

export const personInputSchema = z
  .object({
    staffCode: text(30).min(1, 'Vui lòng nhập mã cán bộ.'),
    fullName: text(120).min(2, 'Vui lòng nhập họ và tên.'),
    gender: z.enum(GENDERS),
    birthDate: isoDate.nullable().optional(),
    unitId: z.uuid('Vui lòng chọn đơn vị.'),
    positionTitle: text(200).default(''),
    leadershipRank: z.enum(LEADERSHIP_RANKS).default('none'),
    category: z.enum(CATEGORIES),
    partyMember: z.boolean().default(false),
    partyAdmittedOn: isoDate.nullable().optional(),
    employmentStart: isoDate.nullable().optional(),
    similarGroup: text(200).optional(),
    evaluationAuthority: text(200).default(''),
    email: z.email('Email không hợp lệ.').nullable().optional(),
    nomineeParty2025: z.boolean().default(false),
    standingCommitteeManaged: z.boolean().default(false),
  })
  .refine((p) => p.partyMember || !p.partyAdmittedOn, {
    path: ['partyAdmittedOn'],
    message: 'Chỉ nhập ngày vào Đảng khi người này là đảng viên.',
  });
export type PersonInput = z.infer<typeof personInputSchema>;

export const leaveInputSchema = z
  .object({ kind: z.enum(LEAVE_KINDS), from: isoDate, to: isoDate, note: text(500).default('') })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' });
export type LeaveInput = z.infer<typeof leaveInputSchema>;

export const disciplineInputSchema = z
  .object({
    system: z.enum(DISCIPLINE_SYSTEMS),
    form: z.enum(DISCIPLINE_FORMS),
    decidedOn: isoDate,
    effectiveFrom: isoDate,
    reason: text(1000).default(''),
  })
  .refine((d) => d.decidedOn <= d.effectiveFrom, {
    path: ['effectiveFrom'],
    message: 'Ngày có hiệu lực không thể trước ngày quyết định.',
  });
export type DisciplineInput = z.infer<typeof disciplineInputSchema>;

export const transferInputSchema = z.object({
  previousAgency: text(300).min(2, 'Vui lòng nhập cơ quan công tác trước.'),
  monthsThere: z.number().int().min(0).max(600),
  transferredOn: isoDate,
});
export type TransferInput = z.infer<typeof transferInputSchema>;
