/** The downloadable staff-list template: the exact headers, a hint row as comments, one example. */
import { IMPORT_COLUMNS } from '../../../domain/people-import.js';

const EXAMPLE: Record<string, string> = {
  staffCode: 'VP999',
  fullName: 'Nguyễn Văn An',
  gender: 'Nam',
  birthDate: '15/03/1985',
  unitName: 'Phòng Tổng hợp',
  positionTitle: 'Chuyên viên',
  leadershipRank: 'Không',
  category: 'Công chức',
  partyMember: 'Có',
  partyAdmittedOn: '19/05/2010',
  employmentStart: '01/09/2008',
  similarGroup: '',
  email: 'an.nv@example.gov.vn',
  username: '',
};

export function templateCsv(): string {
  const line = (cells: string[]) =>
    cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  // BOM so that Excel opens the UTF-8 file with the right diacritics.
  return `\uFEFF${line(IMPORT_COLUMNS.map((c) => c.header))}\r\n${line(IMPORT_COLUMNS.map((c) => EXAMPLE[c.key] ?? ''))}\r\n`;
}

export async function templateXlsx(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, c.header.length + 4),
  }));
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    cell.note = `${c.required ? 'Bắt buộc. ' : ''}${c.hint}`;
  });
  ws.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, EXAMPLE[c.key] ?? ''])));
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Cột', key: 'header', width: 28 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Hướng dẫn', key: 'hint', width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    guide.addRow({ header: c.header, required: c.required ? 'Có' : '', hint: c.hint });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
