/**
 * The unit's dossier through the API, on both databases: its five parts assembled from the records
 * and checked (incomplete before the meeting ends; submitting an incomplete dossier refused with each
 * gap), submitted by the unit, returned by HCQT with a required reason, resubmitted, accepted; each
 * side told; the dashboard cell follows; the parts (4) and (5) download as DOCX and XLSX.
 */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema/index.js';
import { buildWorld } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import {
  endedUnitMeeting,
  meetingApi,
  meetingUnit,
  preparedUnitMeeting,
  startedUnitMeeting,
} from '../meetings/testing.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let u: Awaited<ReturnType<typeof meetingUnit>>;
let api: ReturnType<typeof meetingApi>;
let q: string;

interface Dossier {
  state: string;
  version: number;
  complete: boolean;
  returnReason: string | null;
  canSubmit: boolean;
  canDecide: boolean;
  parts: { code: string; complete: boolean; problems: string[] }[];
}

const dossier = async (cookie = w.cookies.head): Promise<Dossier> => {
  const res = await api('GET', `/api/dossiers?${q}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const which = () => ({ cycleId: u.cycleId, unitId: w.units.unit.id });

beforeAll(async () => {
  t = await createTestApp({ clockToday: '2024-11-04' });
  w = await buildWorld(t.app, t.db);
  api = meetingApi(t);
  u = await meetingUnit(t, w);
  q = `cycleId=${u.cycleId}&unitId=${w.units.unit.id}`;
});
afterAll(() => t.close());

describe('the unit dossier', () => {
  it('is incomplete before the meeting, and cannot be sent so', async () => {
    const d = await dossier();
    expect(d.state).toBe('assembling');
    expect(d.complete).toBe(false);
    expect(d.parts.map((p) => p.code)).toEqual([
      'minutes',
      'collective_report',
      'self_reviews',
      'levels',
      'emulation',
    ]);
    expect(d.parts.find((p) => p.code === 'minutes')?.problems[0]).toContain('chưa tổ chức');
    const refused = await api('POST', '/api/dossiers/submit', w.cookies.head, { ...which(), version: 0 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Hồ sơ chưa đủ');
    // Staff may read it (the cycle is open to them) but only the unit's leaders send it.
    expect((await dossier(u.staff.cookie)).canSubmit).toBe(false);
    const byStaff = await api('POST', '/api/dossiers/submit', u.staff.cookie, { ...which(), version: 0 });
    expect(byStaff.statusCode).toBe(403);
  });

  it('is complete once the meeting has ended, and goes to HCQT, back with a reason, and again', async () => {
    const meetingId = await preparedUnitMeeting(t, w, u);
    await startedUnitMeeting(t, w, u, meetingId);
    await endedUnitMeeting(t, w, u, meetingId);
    let d = await dossier();
    expect(d.parts.filter((p) => !p.complete)).toEqual([]);
    expect(d.canSubmit).toBe(true);
    const sent = await api('POST', '/api/dossiers/submit', w.cookies.head, {
      ...which(),
      version: d.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    d = sent.json();
    expect(d.state).toBe('submitted');
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'dossier'), eq(notifications.accountId, w.accounts.secretary.id)));
    expect(told).toHaveLength(1);
    // Only HCQT decides; a return needs a reason.
    const byHead = await api('POST', '/api/dossiers/decide', w.cookies.head, {
      ...which(),
      version: d.version,
      decision: 'accept',
    });
    expect(byHead.statusCode).toBe(403);
    const noReason = await api('POST', '/api/dossiers/decide', w.cookies.secretary, {
      ...which(),
      version: d.version,
      decision: 'return',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const returned = await api('POST', '/api/dossiers/decide', w.cookies.secretary, {
      ...which(),
      version: d.version,
      decision: 'return',
      reason: 'Thiếu chữ ký thư ký trên biên bản.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    d = await dossier();
    expect(d.state).toBe('returned');
    expect(d.returnReason).toBe('Thiếu chữ ký thư ký trên biên bản.');
    const toHead = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'dossier'), eq(notifications.accountId, w.accounts.head.id)));
    expect(toHead[0]?.body).toContain('Thiếu chữ ký');
    const stale = await api('POST', '/api/dossiers/submit', w.cookies.head, {
      ...which(),
      version: d.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const again = await api('POST', '/api/dossiers/submit', w.cookies.head, {
      ...which(),
      version: d.version,
    });
    expect(again.statusCode, again.body).toBe(200);
    d = again.json();
    const accepted = await api('POST', '/api/dossiers/decide', w.cookies.secretary, {
      ...which(),
      version: d.version,
      decision: 'accept',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('accepted');
  });

  it('shows on the dashboard: the dossier state, and the meeting and dossier steps done', async () => {
    const res = await api('GET', `/api/cycles/${u.cycleId}/progress`, w.cookies.secretary);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as {
      steps: { id: string; code: string }[];
      cells: { stepId: string; unitId: string | null; doneOn: string | null; dossier?: string }[];
    };
    const cell = (code: string) =>
      p.cells.find(
        (c) => c.unitId === w.units.unit.id && c.stepId === p.steps.find((s) => s.code === code)?.id,
      );
    expect(cell('ho-so-don-vi')?.dossier).toBe('accepted');
    expect(cell('ho-so-don-vi')?.doneOn).toBe('2024-11-04');
    expect(cell('hop-don-vi')?.doneOn).toBe('2024-11-04');
    const states = await api('GET', `/api/dossiers/states?cycleId=${u.cycleId}`, w.cookies.secretary);
    expect(states.json().items.find((s: { unitId: string }) => s.unitId === w.units.unit.id).state).toBe(
      'accepted',
    );
  });

  it('gives the proposed levels and the emulation summary as Word and Excel', async () => {
    const docx = await api('GET', `/api/dossiers/document?${q}&part=levels&format=docx`, w.cookies.head);
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await api('GET', `/api/dossiers/document?${q}&part=levels&format=xlsx`, w.cookies.secretary);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0]?.getSheetValues().flat().map(String).join('|') ?? '';
    expect(values).toContain('Trần Văn Trưởng');
    expect(values).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(values).toContain('Vượt tỷ lệ; lý do: Đơn vị hoàn thành vượt kế hoạch.');
    const emu = await api('GET', `/api/dossiers/document?${q}&part=emulation&format=xlsx`, w.cookies.head);
    expect(emu.statusCode, emu.body).toBe(200);
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(emu.rawPayload as unknown as ArrayBuffer);
    const v2 = book2.worksheets[0]?.getSheetValues().flat().map(String).join('|') ?? '';
    expect(v2).toContain('Phạm Văn Viên');
  });
});
