/**
 * The demo's self-reviews as of its "today" (04/11/2024), consistent with the progress the demo
 * cycle records: units that finished step II.1 have every self-review submitted (on the day they
 * finished, late when after 25/10), one of them returned for more detail; the other units have
 * drafts half written. Collective reports are submitted where the unit finished them. A few
 * suggestions are addressed, one answered. Earlier years' results of the nominees are stored, so
 * their 3-year review opens prefilled.
 */
import { and, eq } from 'drizzle-orm';
import type { FormAnswers, FormDefinition } from '../../domain/forms/types.js';
import { allFields, filledByPerson } from '../../domain/forms/walk.js';
import { type Level, levelRank } from '../../domain/rules/types.js';
import type { Db } from '../db/connect.js';
import {
  cycleSteps,
  people,
  reviewSuggestions,
  reviews,
  reviewVersions,
  stepProgress,
  units,
  yearlyResults,
} from '../db/schema/index.js';
import { type Actor, type AuditInput, writeAuditBatch } from '../modules/audit/service.js';
import { cycleFormMap, loadCycleFor } from '../modules/reviews/cycle-forms.js';
import { rulingFor } from '../modules/reviews/ruling.js';

/** Plausible answers by what the heading is about; the same sentences a clerk would write. */
const SAMPLES: [RegExp, string][] = [
  [
    /chính trị|tư tưởng|phẩm chất/i,
    'Luôn chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; có lập trường tư tưởng vững vàng, không dao động trước những thông tin sai trái.',
  ],
  [
    /đạo đức|lối sống/i,
    'Có lối sống giản dị, trung thực, khiêm tốn; đoàn kết, giúp đỡ đồng nghiệp; không có biểu hiện suy thoái về đạo đức, lối sống.',
  ],
  [
    /tác phong|lề lối/i,
    'Làm việc khoa học, đúng giờ; tiếp nhận và xử lý văn bản kịp thời; thái độ đúng mực với tổ chức, công dân đến liên hệ công tác.',
  ],
  [
    /kỷ luật|tổ chức/i,
    'Chấp hành nghiêm sự phân công của tổ chức, nội quy, quy chế làm việc của cơ quan; thực hiện đầy đủ việc kê khai tài sản, thu nhập theo quy định.',
  ],
  [
    /nhiệm vụ|chỉ tiêu|kết quả/i,
    'Hoàn thành 100% nhiệm vụ được giao đúng tiến độ, bảo đảm chất lượng; tham mưu kịp thời các văn bản trình Ủy ban nhân dân tỉnh.',
  ],
  [
    /cam kết|tu dưỡng/i,
    'Thực hiện tốt cam kết tu dưỡng, rèn luyện, phấn đấu đầu năm; tích cực học tập nâng cao trình độ chuyên môn.',
  ],
  [
    /hạn chế|khuyết điểm|nhược điểm/i,
    '- Có lúc tham mưu văn bản còn chậm so với yêu cầu.\n- Chưa chủ động cập nhật kiến thức pháp luật mới.',
  ],
  [/nguyên nhân/i, 'Khối lượng công việc lớn, nhiều việc đột xuất; bản thân chưa sắp xếp thời gian hợp lý.'],
  [
    /phương hướng|biện pháp|khắc phục/i,
    'Sắp xếp công việc khoa học hơn; dành thời gian nghiên cứu văn bản mới; chủ động phối hợp với các phòng liên quan.',
  ],
  [/trách nhiệm/i, 'Không có hạn chế, khuyết điểm của tập thể liên quan trách nhiệm cá nhân.'],
];
const FALLBACK = 'Thực hiện đầy đủ, nghiêm túc theo yêu cầu.';

function sampleText(label: string): string {
  return SAMPLES.find(([re]) => re.test(label))?.[1] ?? FALLBACK;
}

/** Every field the writer fills, answered; `share` < 1 leaves the later ones empty (a draft). */
function sampleAnswers(def: FormDefinition, level: Level | null, share = 1): FormAnswers {
  const fields = allFields(def).filter(({ field }) => filledByPerson(field));
  const answers: FormAnswers = {};
  const upTo = Math.ceil(fields.length * share);
  fields.slice(0, upTo).forEach(({ field, section }) => {
    if (field.type === 'text') answers[field.key] = sampleText(`${section.heading} ${field.label}`);
    if (field.type === 'line') answers[field.key] = 'Chi bộ Văn phòng';
    if (field.type === 'level' && level) answers[field.key] = level;
    if (field.type === 'remediation') answers[field.key] = [];
  });
  return answers;
}

const at = (isoDay: string) => new Date(`${isoDay}T09:00:00+07:00`);

export async function seedDemoReviews(db: Db, actor: Actor, cycleId: string, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await loadCycleFor(tx, actor.agencyId, cycleId);
    const forms = await cycleFormMap(tx, cycle);
    const steps = await tx.select().from(cycleSteps).where(eq(cycleSteps.cycleId, cycleId));
    const done = await tx.select().from(stepProgress).where(eq(stepProgress.cycleId, cycleId));
    const doneOn = (code: string, unitId: string) => {
      const step = steps.find((s) => s.code === code);
      return done.find((d) => d.stepId === step?.id && d.unitId === unitId)?.doneOn ?? null;
    };
    const rows = await tx.select().from(reviews).where(eq(reviews.cycleId, cycleId));
    const unitRows = await tx.select().from(units).where(eq(units.agencyId, actor.agencyId));
    const audits: AuditInput[] = [];
    let returned = false;
    // Deterministic: every other non-leader by staff code.
    const staff = await tx
      .select({ id: people.id, rank: people.leadershipRank, code: people.staffCode })
      .from(people)
      .where(eq(people.agencyId, actor.agencyId));
    const outstanding = new Set(
      staff
        .sort((a, b) => a.code.localeCompare(b.code))
        .filter((_, i) => i % 6 === 3)
        .map((p) => p.id),
    );
    const draftWriters = new Set(
      staff
        .filter((p) => p.rank === 'none')
        .sort((a, b) => a.code.localeCompare(b.code))
        .filter((_, i) => i % 2 === 0)
        .map((p) => p.id),
    );
    for (const r of rows) {
      const def = forms.get(r.formCode);
      if (!def) continue;
      const finished = doneOn(r.personId ? 'tu-kiem-diem' : 'bao-cao-tap-the', r.unitId);
      // Mostly HTTNV; about one in six proposes HTXSNV (within the 20% quota of most groups).
      let level: Level | null = r.personId && outstanding.has(r.personId) ? 'HTXSNV' : 'HTTNV';
      if (r.personId) {
        const ruling = await rulingFor(tx, r.personId, cycle.regime, cycle.year);
        if (!ruling.evaluated) level = null;
        else if (ruling.maxLevel && levelRank(ruling.maxLevel) < levelRank(level)) level = ruling.maxLevel;
      }
      if (!finished) {
        // Not finished: from 24/10 every other staff member (not the heads) has a draft half written.
        if (r.personId && today >= '2024-10-24' && draftWriters.has(r.personId)) {
          const answers = sampleAnswers(def, null, 0.5);
          await tx.update(reviews).set({ answers, version: 2 }).where(eq(reviews.id, r.id));
          await tx.insert(reviewVersions).values({
            agencyId: r.agencyId,
            reviewId: r.id,
            version: 2,
            state: 'draft',
            answers,
            scores: {},
            proposedLevel: null,
            event: 'save',
            byName: 'Dữ liệu mẫu',
            at: at('2024-10-24'),
          });
        }
        continue;
      }
      const answers = sampleAnswers(def, level);
      const late = finished > '2024-10-25';
      const unit = unitRows.find((u) => u.id === r.unitId);
      // One returned review, to show the secretary's comment and the revision.
      const returnIt: boolean =
        !returned && today >= '2024-11-01' && r.personId !== null && unit?.code === 'TH';
      returned ||= returnIt;
      await tx
        .update(reviews)
        .set({
          answers,
          proposedLevel: level,
          state: returnIt ? 'returned' : 'submitted',
          submittedAt: at(finished),
          submittedLate: late,
          returnComment: returnIt
            ? 'Đề nghị bổ sung số liệu cụ thể về kết quả thực hiện nhiệm vụ năm 2024.'
            : null,
          version: returnIt ? 4 : 3,
        })
        .where(eq(reviews.id, r.id));
      const base = {
        agencyId: r.agencyId,
        reviewId: r.id,
        answers,
        scores: {},
        proposedLevel: level,
        byName: 'Dữ liệu mẫu',
      };
      await tx.insert(reviewVersions).values([
        { ...base, version: 2, state: 'draft', event: 'save', at: at(finished) },
        { ...base, version: 3, state: 'submitted', event: 'submit', at: at(finished) },
        ...(returnIt
          ? [
              {
                ...base,
                version: 4,
                state: 'returned' as const,
                event: 'return',
                note: 'Đề nghị bổ sung số liệu cụ thể về kết quả thực hiện nhiệm vụ năm 2024.',
                byName: 'Phòng Hành chính - Quản trị',
                at: at('2024-11-01'),
              },
            ]
          : []),
      ]);
      audits.push({
        action: 'review.demo_submitted',
        entityType: 'review',
        entityId: r.id,
        summary: `Dữ liệu mẫu: bản kiểm điểm nộp ngày ${finished.split('-').reverse().join('/')}${late ? ' (muộn)' : ''}${returnIt ? ', đã trả lại để bổ sung' : ''}.`,
      });
    }

    // Suggestions: one answered in Phòng Tổng hợp, one waiting in Phòng Kiểm soát TTHC.
    const firstOf = async (unitCode: string) => {
      const unit = unitRows.find((u) => u.code === unitCode);
      if (!unit) return null;
      return (
        await tx
          .select()
          .from(people)
          .where(and(eq(people.unitId, unit.id), eq(people.leadershipRank, 'none'), eq(people.active, true)))
      )[0];
    };
    const answeredTo = await firstOf('TH');
    const waitingTo = await firstOf('KSTTHC');
    const suggestions = [
      answeredTo && {
        agencyId: actor.agencyId,
        cycleId,
        personId: answeredTo.id,
        unitId: answeredTo.unitId,
        fromName: 'Trưởng phòng Tổng hợp',
        text: 'Đề nghị làm rõ nguyên nhân chậm tham mưu báo cáo kinh tế - xã hội quý III.',
        deadline: '2024-10-24',
        answer:
          'Do số liệu của các sở gửi chậm; bản thân chưa chủ động đôn đốc. Từ quý IV đã lập lịch nhắc trước 5 ngày.',
        answeredAt: at('2024-10-23'),
      },
      waitingTo && {
        agencyId: actor.agencyId,
        cycleId,
        personId: waitingTo.id,
        unitId: waitingTo.unitId,
        fromName: 'Phòng Hành chính - Quản trị',
        text: 'Đề nghị giải trình việc hồ sơ thủ tục hành chính trễ hạn trong tháng 9/2024.',
        deadline: '2024-10-25',
      },
    ]
      .filter((s): s is NonNullable<typeof s> => Boolean(s))
      .filter(() => today >= '2024-10-22')
      .map((s) =>
        'answer' in s && today < '2024-10-23' ? { ...s, answer: undefined, answeredAt: undefined } : s,
      );
    if (suggestions.length) await tx.insert(reviewSuggestions).values(suggestions);

    // Earlier years of the nominees, for their 3-year review.
    const nominees = await tx
      .select()
      .from(people)
      .where(and(eq(people.agencyId, actor.agencyId), eq(people.nomineeParty2025, true)));
    const results = nominees.flatMap((p) =>
      [2022, 2023].map((year) => ({
        agencyId: actor.agencyId,
        personId: p.id,
        year,
        level: (year === 2022 ? 'HTTNV' : 'HTXSNV') as Level,
        title: year === 2023 ? 'Chiến sĩ thi đua cơ sở' : 'Lao động tiên tiến',
        source: 'import' as const,
      })),
    );
    if (results.length) await tx.insert(yearlyResults).values(results);
    audits.push({
      action: 'review.demo_seeded',
      entityType: 'cycle',
      entityId: cycleId,
      summary: `Dữ liệu mẫu: ${suggestions.length} gợi ý kiểm điểm, kết quả các năm 2022–2023 của ${nominees.length} người được giới thiệu.`,
    });
    await writeAuditBatch(tx, actor, audits);
  });
}
