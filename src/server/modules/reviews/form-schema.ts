/** The shape of a form definition the secretary sends when adjusting a cycle's copy. */
import { z } from 'zod';
import { REGIMES } from '../../../domain/cycle.js';
import type { FormDefinition, FormSection } from '../../../domain/forms/types.js';
import { FORM_CODES } from '../../../domain/forms/types.js';
import { LEVELS } from '../../../domain/rules/types.js';

const text = (max: number) => z.string().trim().min(1, 'Không được để trống.').max(max);
const key = z.string().regex(/^[a-zA-Z0-9_.-]{1,60}$/, 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch.');

const field = z.object({
  key,
  label: text(1000),
  type: z.enum(['text', 'line', 'level', 'remediation', 'suggestions', 'prior_results']),
  required: z.boolean(),
  hint: z.string().max(2000).optional(),
  filledBy: z.enum(['person', 'manager', 'authority']).optional(),
});

const section: z.ZodType<FormSection> = z.lazy(() =>
  z.object({
    key,
    heading: text(1000),
    fields: z.array(field).max(100),
    sections: z.array(section).max(50).optional(),
    leadersOnly: z.boolean().optional(),
    showsScoreTable: z.boolean().optional(),
  }),
);

const scoreTable = z.object({
  scheme: text(60),
  groups: z
    .array(
      z.object({
        key,
        label: text(1000),
        max: z.number().min(0).max(1000),
        items: z.array(z.object({ key, label: text(1000), max: z.number().min(0).max(1000) })).max(100),
      }),
    )
    .max(20),
  bands: z
    .array(z.object({ level: z.enum(LEVELS), min: z.number().min(0).max(1000), inclusive: z.boolean() }))
    .max(4),
  max: z.number().min(0).max(1000).optional(),
  source: z.string().max(2000),
  verified: z.boolean(),
});

export const formDefinitionSchema: z.ZodType<FormDefinition> = z.object({
  code: z.enum(FORM_CODES),
  title: text(500),
  audience: z.string().max(500),
  frame: z.enum(['state', 'party']),
  subject: z.enum(['person', 'collective']),
  regimes: z.array(z.enum(REGIMES)).min(1),
  sections: z.array(section).min(1).max(50),
  scoreTable: scoreTable.optional(),
  source: z.string().max(2000),
  verified: z.boolean(),
}) as z.ZodType<FormDefinition>;
