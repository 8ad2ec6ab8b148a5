/**
 * The first document made from records: the staff list (Danh sách cán bộ, công chức, viên chức,
 * người lao động) of a unit or of the whole agency, in the official name order, as DOCX and XLSX.
 */
import { and, eq } from 'drizzle-orm';
import { sortByVietnameseName } from '../../../domain/names.js';
import { CATEGORY_LABELS, LEADERSHIP_RANK_LABELS } from '../../../domain/org.js';
import type { Db } from '../../db/connect.js';
import { agencies, people, units } from '../../db/schema/index.js';
import { notFound } from '../../http/errors.js';
import type { Actor } from '../audit/service.js';
import { createDocument } from './service.js';

export async function createPeopleListDocument(db: Db, actor: Actor, unitId: string | null) {
  const agency = (await db.select().from(agencies).where(eq(agencies.id, actor.agencyId)))[0];
  if (!agency) throw notFound('cơ quan');
  let unitName: string | null = null;
  if (unitId) {
    const unit = (
      await db
        .select()
        .from(units)
        .where(and(eq(units.id, unitId), eq(units.agencyId, actor.agencyId)))
    )[0];
    if (!unit) throw notFound('đơn vị');
    unitName = unit.name;
  }
  const where = [eq(people.agencyId, actor.agencyId), eq(people.active, true)];
  if (unitId) where.push(eq(people.unitId, unitId));
  const rows = await db
    .select({
      staffCode: people.staffCode,
      fullName: people.fullName,
      birthDate: people.birthDate,
      unitName: units.name,
      positionTitle: people.positionTitle,
      leadershipRank: people.leadershipRank,
      category: people.category,
      employmentStart: people.employmentStart,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(...where));
  const sorted = sortByVietnameseName(rows, (r) => r.fullName);
  const subject = `Cán bộ, công chức, viên chức, người lao động ${unitName ?? agency.name}`;
  return createDocument(db, actor, {
    kind: 'table',
    unitId,
    sourceType: unitId ? 'unit' : 'agency',
    sourceId: unitId ?? actor.agencyId,
    input: {
      typeName: 'DANH SÁCH',
      subject,
      columns: [
        { key: 'stt', title: 'STT', type: 'number', width: 6 },
        { key: 'staffCode', title: 'Mã cán bộ', type: 'text', width: 12 },
        { key: 'fullName', title: 'Họ và tên', type: 'text', width: 26 },
        { key: 'birthDate', title: 'Ngày sinh', type: 'date', width: 13 },
        ...(unitId ? [] : [{ key: 'unitName', title: 'Đơn vị', type: 'text' as const, width: 26 }]),
        { key: 'positionTitle', title: 'Chức vụ', type: 'text', width: 20 },
        { key: 'rank', title: 'Vai trò lãnh đạo', type: 'text', width: 14 },
        { key: 'category', title: 'Loại', type: 'text', width: 14 },
        { key: 'employmentStart', title: 'Ngày bắt đầu công tác', type: 'date', width: 14 },
      ],
      rows: sorted.map((r, i) => ({
        stt: i + 1,
        staffCode: r.staffCode,
        fullName: r.fullName,
        birthDate: r.birthDate,
        unitName: r.unitName,
        positionTitle: r.positionTitle,
        rank: r.leadershipRank === 'none' ? '' : LEADERSHIP_RANK_LABELS[r.leadershipRank],
        category: CATEGORY_LABELS[r.category],
        employmentStart: r.employmentStart,
      })),
      note: `Danh sách có ${sorted.length} người.`,
    },
  });
}
