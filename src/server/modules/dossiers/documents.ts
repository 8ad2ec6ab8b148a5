/**
 * Parts (4) and (5) of the unit's dossier as documents of the `table` kind (DOCX and XLSX): the list
 * of proposed levels (individuals and the collective) and the emulation summary table (the Lao động
 * tiên tiến ballot per candidate, with the ineligible and why).
 */
import { eq } from 'drizzle-orm';
import { LEVEL_LABELS } from '../../../domain/rules/types.js';
import type { Queryable } from '../../db/connect.js';
import { ballots } from '../../db/schema/index.js';
import type { TableInputIn } from '../../documents/kinds/table.js';
import { AppError } from '../../http/errors.js';
import type { SessionUser } from '../auth/service.js';
import { ballotResult } from '../ballots/service.js';
import { proposedLevels, unitMeeting } from './parts.js';

const fmtPct = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;

export async function levelsTable(
  db: Queryable,
  cycle: { id: string; year: number },
  unit: { id: string; name: string },
): Promise<TableInputIn> {
  const meeting = await unitMeeting(db, cycle.id, unit.id);
  if (!meeting) throw new AppError('conflict', 'Đơn vị chưa tổ chức hội nghị kiểm điểm.');
  const rows = await proposedLevels(db, meeting.id, cycle.id);
  return {
    typeName: 'DANH SÁCH',
    subject: `Đề xuất mức xếp loại chất lượng năm ${cycle.year} của ${unit.name}`,
    columns: [
      { key: 'stt', title: 'STT', type: 'number', width: 6 },
      { key: 'fullName', title: 'Họ và tên', type: 'text', width: 26 },
      { key: 'positionTitle', title: 'Chức vụ', type: 'text', width: 18 },
      { key: 'self', title: 'Tự xếp loại', type: 'text', width: 22 },
      { key: 'proposed', title: 'Hội nghị đề xuất', type: 'text', width: 22 },
      { key: 'note', title: 'Ghi chú', type: 'text', width: 30 },
    ],
    rows: rows.map((r, i) => ({
      stt: i + 1,
      fullName: r.fullName,
      positionTitle: r.positionTitle,
      self: r.selfProposed ? LEVEL_LABELS[r.selfProposed] : '',
      proposed: r.proposed ? LEVEL_LABELS[r.proposed] : 'Chưa đề xuất',
      note: r.quotaBreach ? `Vượt tỷ lệ; lý do: ${r.reason ?? ''}` : '',
    })),
    note: `Theo biên bản hội nghị kiểm điểm ngày ${meeting.startsAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })}.`,
  };
}

export async function emulationTable(
  db: Queryable,
  user: SessionUser,
  cycle: { id: string; year: number },
  unit: { id: string; name: string },
): Promise<TableInputIn> {
  const meeting = await unitMeeting(db, cycle.id, unit.id);
  const ballot = meeting?.ballotId
    ? (await db.select().from(ballots).where(eq(ballots.id, meeting.ballotId)))[0]
    : null;
  const noResult = () =>
    new AppError('conflict', 'Chưa có kết quả bỏ phiếu kín bình xét thi đua của đơn vị.');
  if (!ballot) throw noResult();
  if (ballot.state !== 'closed') throw noResult();
  const result = await ballotResult(db, user, ballot.id);
  return {
    typeName: 'BẢNG TỔNG HỢP',
    subject: `Kết quả bình xét danh hiệu "Lao động tiên tiến" năm ${cycle.year} của ${unit.name}`,
    columns: [
      { key: 'stt', title: 'STT', type: 'number', width: 6 },
      { key: 'name', title: 'Họ và tên', type: 'text', width: 26 },
      { key: 'agree', title: 'Đồng ý', type: 'number', width: 10 },
      { key: 'disagree', title: 'Không đồng ý', type: 'number', width: 12 },
      { key: 'pct', title: 'Tỷ lệ đồng ý', type: 'text', width: 12 },
      { key: 'result', title: 'Kết quả', type: 'text', width: 36 },
    ],
    rows: result.tally.perCandidate.map((c, i) => ({
      stt: i + 1,
      name: c.name,
      agree: c.eligible ? c.agree : null,
      disagree: c.eligible ? c.disagree : null,
      pct: c.eligible ? fmtPct(c.pct) : '',
      result: c.eligible
        ? c.passed
          ? 'Đề nghị công nhận'
          : 'Không đạt tỷ lệ'
        : `Không đủ điều kiện: ${c.reasons.join(' ')}`,
    })),
    note: `Số thành viên: ${ballot.membersTotal}; có mặt: ${ballot.presentTotal}; phiếu hợp lệ: ${result.tally.ballots.valid}; ${result.tally.thresholdText}.`,
  };
}
