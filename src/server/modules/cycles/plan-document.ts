/**
 * The cycle's Kế hoạch, generated through the document engine from the cycle's steps: purpose and
 * requirements, one item per step with who, with whom and by when, the implementation section,
 * the timeline as an appendix, the head of the agency as signer and the plan's "Nơi nhận".
 * For 2024 it reproduces the seed plan's structure and dates.
 */
import { and, eq } from 'drizzle-orm';
import { calendarDate, documentDate } from '../../../domain/document-format.js';
import type { Db } from '../../db/connect.js';
import { agencies, cycles, people, units } from '../../db/schema/index.js';
import type { PlanInputIn } from '../../documents/kinds/plan.js';
import { PLAN_2024 } from '../../documents/kinds/plan-2024.fixture.js';
import { notFound } from '../../http/errors.js';
import { type Actor, writeAudit } from '../audit/service.js';
import { createDocument } from '../documents/service.js';
import { loadSteps } from './service.js';

type Step = Awaited<ReturnType<typeof loadSteps>>[number];

function whenText(s: Step): string {
  if (s.deadline && s.deadlineEnd) {
    const a = calendarDate(s.deadline);
    return `Thời gian: **từ ngày ${String(a.day).padStart(2, '0')}/${String(a.month).padStart(2, '0')} đến ${documentDate(calendarDate(s.deadlineEnd))}**.`;
  }
  if (s.deadline) return `Thời gian hoàn thành: **trước ${documentDate(calendarDate(s.deadline))}**.`;
  return 'Thời gian: ngay sau khi hoàn thành kiểm điểm, xếp loại.';
}

function stepParagraphs(s: Step): string[] {
  const out: string[] = [];
  if (s.description) out.push(s.description);
  if (s.participants) out.push(`Thành phần: ${s.participants}.`);
  out.push(`Chủ trì thực hiện: ${s.responsible}.`);
  if (s.outputs.length) out.push(`Sản phẩm: ${s.outputs.join('; ')}.`);
  out.push(whenText(s));
  return out;
}

export async function buildPlanInput(
  db: Db,
  agencyId: string,
  cycleId: string,
  preamble?: string[],
): Promise<PlanInputIn> {
  const agency = (await db.select().from(agencies).where(eq(agencies.id, agencyId)))[0];
  const cycle = (
    await db
      .select()
      .from(cycles)
      .where(and(eq(cycles.id, cycleId), eq(cycles.agencyId, agencyId)))
  )[0];
  if (!agency || !cycle) throw notFound('kỳ đánh giá');
  const steps = await loadSteps(db, cycleId);
  const head = (
    await db
      .select({ fullName: people.fullName, positionTitle: people.positionTitle })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(
        and(
          eq(people.agencyId, agencyId),
          eq(units.kind, 'leadership'),
          eq(people.leadershipRank, 'head'),
          eq(people.active, true),
        ),
      )
  )[0];
  const [purpose, , implementation] = PLAN_2024.sections;
  const y = cycle.year;
  return {
    subject: `Triển khai việc kiểm điểm tập thể, cá nhân và đánh giá, xếp loại công chức, viên chức, người lao động; bình xét thi đua, khen thưởng và tổ chức Hội nghị công chức, viên chức, người lao động ${agency.shortName} năm ${y}`,
    preamble: preamble?.length
      ? preamble
      : [
          `Thực hiện các văn bản của cấp có thẩm quyền về kiểm điểm, đánh giá, xếp loại chất lượng năm ${y}; ${agency.name} ban hành Kế hoạch tổ chức kiểm điểm tập thể, đánh giá và xếp loại công chức, viên chức, người lao động; bình xét thi đua, khen thưởng và tổ chức Hội nghị công chức, viên chức, người lao động năm ${y}, như sau:`,
        ],
    sections: [
      purpose ?? { heading: 'I. MỤC ĐÍCH, YÊU CẦU', paragraphs: [] },
      {
        heading: 'II. NỘI DUNG',
        paragraphs: [],
        subsections: steps.map((s, i) => ({
          heading: `${i + 1}. ${s.title}`,
          paragraphs: stepParagraphs(s),
        })),
      },
      implementation ?? { heading: 'III. TỔ CHỨC THỰC HIỆN', paragraphs: [] },
    ],
    timeline: {
      title: 'Mốc thời gian thực hiện',
      rows: steps.map((s) => ({
        step: s.title,
        who: s.responsible,
        deadline:
          s.deadline && s.deadlineEnd
            ? `${s.deadline.slice(8)}/${s.deadline.slice(5, 7)} - ${s.deadlineEnd.split('-').reverse().join('/')}`
            : (s.deadline ?? 'Sau kiểm điểm'),
        output: s.outputs.join('; '),
      })),
    },
    signer: {
      title: (head?.positionTitle || 'Thủ trưởng cơ quan').toLocaleUpperCase('vi-VN'),
      fullName: head?.fullName ?? '',
    },
    recipients: PLAN_2024.recipients,
  };
}

/** Generate (or regenerate as a new version) the cycle's plan document, as a draft to issue. */
export async function generatePlanDocument(db: Db, actor: Actor, cycleId: string, preamble?: string[]) {
  const input = await buildPlanInput(db, actor.agencyId, cycleId, preamble);
  return createDocument(
    db,
    actor,
    { kind: 'plan', input, cycleId, sourceType: 'cycle', sourceId: cycleId },
    async (tx, doc) => {
      await tx.update(cycles).set({ planDocumentSeriesId: doc.seriesId }).where(eq(cycles.id, cycleId));
      await writeAudit(tx, actor, {
        action: 'cycle.plan_generated',
        entityType: 'cycle',
        entityId: cycleId,
        summary: 'Lập dự thảo Kế hoạch của kỳ đánh giá.',
        changes: { documentSeriesId: doc.seriesId },
      });
    },
  );
}
